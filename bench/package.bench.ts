/**
 * Package sizes and build times: both SCORM targets built in memory from courses/example with the
 * runtime in dist/ (run `npm run build` first). Prints a table, then the figures as one JSON line.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { migrate, parse, type CourseFile } from '@haven/course';
import { buildPackage, type ScormTarget } from '@haven/lms/node';

const courseDir = fileURLToPath(new URL('../courses/example/', import.meta.url));
const runtimeDir = fileURLToPath(new URL('../dist/', import.meta.url));

const text = await readFile(`${courseDir}course.json`, 'utf8');
const parsed = parse(text, 'courses/example/course.json', { lock: await readFile(`${courseDir}course.lock.json`, 'utf8') });
const migrated = migrate(JSON.parse(text));
if (!parsed.ok || !migrated.ok) throw new Error('courses/example does not validate');
const course = migrated.course as unknown as CourseFile;

const figures: Record<string, number> = {};
console.log('package: courses/example, built in memory'.padEnd(44) + 'bytes'.padStart(10) + 'files'.padStart(8) + 'ms'.padStart(8));
for (const target of ['scorm12', 'scorm2004'] as const satisfies readonly ScormTarget[]) {
  const runs: number[] = [];
  let bytes = 0;
  let files = 0;
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    const result = await buildPackage({ target, course, lock: parsed.lock, courseDir, runtimeDir });
    runs.push(performance.now() - start);
    if (!result.ok) throw new Error(result.message);
    bytes = result.zip.byteLength;
    files = Object.keys(unzipSync(result.zip)).length;
  }
  const ms = Math.round(Math.min(...runs));
  figures[`package.bytes.${target}`] = bytes;
  figures[`package.ms.${target}`] = ms;
  console.log(`  ${target}`.padEnd(44) + String(bytes).padStart(10) + String(files).padStart(8) + String(ms).padStart(8));
}
console.log(JSON.stringify(figures));
