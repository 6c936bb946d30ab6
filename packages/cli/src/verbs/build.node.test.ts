import assert from 'node:assert/strict';
import { cp, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { readCompiled } from '@haven/course';
import { packageProblems } from '../../../lms/src/package/test-support/package-checks.js';
import { validateManifestXsd } from '../../../lms/src/package/test-support/xsd-validate.js';
import { run, type Io } from './build.js';

const support = fileURLToPath(new URL('../../../lms/src/package/test-support/', import.meta.url));
/** A stand-in for the player's bundle, so these tests do not depend on the player's build. */
const placeholderRuntime = join(support, 'fixture-runtime');

function capture(cwd: string, isTTY = false) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    stdout: { write: (t: string) => out.push(t) },
    stderr: { write: (t: string) => err.push(t), isTTY },
    cwd,
    env: {},
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}

let tmp: string;
let course: string;
before(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'haven-build-'));
});
after(async () => {
  await rm(tmp, { recursive: true, force: true });
});
beforeEach(async () => {
  await rm(join(tmp, 'work'), { recursive: true, force: true });
  course = join(tmp, 'work', 'course');
  await cp(join(support, 'fixture-course'), course, { recursive: true });
});

const build = async (...argv: string[]) => {
  const c = capture(join(tmp, 'work'));
  const code = await run([...argv, '--runtime', placeholderRuntime], c.io);
  return { code, stdout: c.stdout(), stderr: c.stderr() };
};

async function exists(path: string) {
  return stat(path).then(
    () => true,
    () => false,
  );
}

describe('haven build', () => {
  it('writes a valid SCORM 1.2 package by default and reports it as JSON', async () => {
    const { code, stdout, stderr } = await build('course', '--json');
    assert.equal(code, 0, stderr);
    const report = JSON.parse(stdout);
    assert.equal(report.ok, true);
    assert.equal(report.target, 'scorm12');
    assert.equal(report.packages.length, 1);
    const [pkg] = report.packages;
    assert.equal(pkg.path, join(tmp, 'work', 'out', 'fixture-course-scorm12.zip'));
    const bytes = await readFile(pkg.path);
    assert.equal(pkg.bytes, bytes.byteLength);
    const entries = unzipSync(bytes);
    assert.equal(pkg.files, Object.keys(entries).length);
    assert.deepEqual(packageProblems('scorm12', entries), []);
    const manifest = new TextDecoder().decode(entries['imsmanifest.xml']);
    assert.deepEqual((await validateManifestXsd('scorm12', manifest)).errors, []);
  });

  it('writes SCORM 2004 to the file --out names, and says so plainly without colour', async () => {
    const { code, stdout } = await build('course', '--target', 'scorm2004', '--out', 'dist-lms/pack.zip');
    assert.equal(code, 0);
    assert.match(stdout, /^Wrote dist-lms\/pack\.zip \(.+ kB, \d+ files, SCORM 2004 4th edition\)$/m);
    assert.ok(!stdout.includes('\u001b['), 'no colour codes when not on a terminal');
    const entries = unzipSync(await readFile(join(tmp, 'work', 'dist-lms', 'pack.zip')));
    assert.deepEqual(packageProblems('scorm2004', entries), []);
    const manifest = new TextDecoder().decode(entries['imsmanifest.xml']);
    assert.deepEqual((await validateManifestXsd('scorm2004', manifest)).errors, []);
  });

  it('writes a package for a web server with --target web: no SCORM manifest, and a launch page that looks for no LMS', async () => {
    const { code, stdout } = await build('course', '--target', 'web');
    assert.equal(code, 0);
    assert.match(stdout, /^Wrote out\/fixture-course-web\.zip \(.+, \d+ files, for a web server\)$/m);
    const entries = unzipSync(await readFile(join(tmp, 'work', 'out', 'fixture-course-web.zip')));
    assert.equal(entries['imsmanifest.xml'], undefined);
    assert.match(new TextDecoder().decode(entries['index.html']), /lms="none"/);
    assert.ok(readCompiled(JSON.parse(new TextDecoder().decode(entries['course/course.json']))).ok);
  });

  it('writes one valid package per module with --per-module, showing progress on stderr', async () => {
    const { code, stdout, stderr } = await build('course', '--per-module', '--target', 'scorm2004', '--json');
    assert.equal(code, 0, stderr);
    assert.match(stderr, /\[1\/2\] Building first…\n\[2\/2\] Building second…\n/);
    const names = JSON.parse(stdout).packages.map((p: { path: string }) => p.path);
    assert.deepEqual(names, [
      join(tmp, 'work', 'out', 'fixture-course-first-scorm2004.zip'),
      join(tmp, 'work', 'out', 'fixture-course-second-scorm2004.zip'),
    ]);
    for (const name of names) {
      const entries = unzipSync(await readFile(name));
      assert.deepEqual(packageProblems('scorm2004', entries), []);
      const shipped = JSON.parse(new TextDecoder().decode(entries['course/course.json']));
      assert.equal(shipped.modules.length, 1);
      const manifest = new TextDecoder().decode(entries['imsmanifest.xml']);
      assert.deepEqual((await validateManifestXsd('scorm2004', manifest)).errors, []);
    }
  });

  it('rewrites one progress line in place on a terminal', async () => {
    const c = capture(join(tmp, 'work'), true);
    assert.equal(await run(['course', '--per-module', '--runtime', placeholderRuntime], c.io), 0);
    assert.ok(c.stderr().includes('\r\u001b[2K[2/2] Building second…'));
    assert.ok(!c.stderr().includes('…\n'));
  });

  it('updates the lock file and ships the same keys', async () => {
    const before = JSON.parse(await readFile(join(course, 'course.lock.json'), 'utf8'));
    assert.deepEqual(before.keys, {});
    const { code, stdout } = await build('course');
    assert.equal(code, 0);
    assert.match(stdout, /Updated course\/course\.lock\.json/);
    const lockText = await readFile(join(course, 'course.lock.json'), 'utf8');
    const lock = JSON.parse(lockText);
    assert.ok(lock.keys['p:welcome'] > 0 && lock.keys['b:q-hears'] > 0);
    const entries = unzipSync(await readFile(join(tmp, 'work', 'out', 'fixture-course-scorm12.zip')));
    const shipped = readCompiled(JSON.parse(new TextDecoder().decode(entries['course/course.json'])));
    assert.ok(shipped.ok);
    const page = shipped.course.modules.flatMap((m) => m.pages).find((p) => p.id === 'welcome');
    assert.equal(page?.key, lock.keys['p:welcome']);
    const again = await build('course');
    assert.doesNotMatch(again.stdout, /Updated/);
    assert.equal(await readFile(join(course, 'course.lock.json'), 'utf8'), lockText);
  });

  it('exits 1 with the validation errors and writes nothing for an invalid course', async () => {
    const path = join(course, 'course.json');
    const text = await readFile(path, 'utf8');
    await writeFile(path, text.replace('"type": "text"', '"type": "txet"'));
    const lockBefore = await readFile(join(course, 'course.lock.json'), 'utf8');
    const { code, stdout, stderr } = await build('course');
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.match(stderr, /course\/course\.json:\d+:\d+ \/modules\/0\/pages\/0\/blocks\/0\/type: /);
    assert.ok(!stderr.includes('    at '), 'no stack trace');
    assert.equal(await exists(join(tmp, 'work', 'out')), false);
    assert.equal(await readFile(join(course, 'course.lock.json'), 'utf8'), lockBefore);
  });

  it('exits 1 and writes nothing when a referenced file is missing, saying where the course names it', async () => {
    await rm(join(course, 'media', 'leaflet.pdf'));
    const text = await readFile(join(course, 'course.json'), 'utf8');
    const { code, stdout } = await build('course', '--per-module', '--json');
    assert.equal(code, 1);
    const report = JSON.parse(stdout);
    assert.equal(report.ok, false);
    const [problem] = report.problems;
    assert.equal(problem.code, 'missing-file');
    assert.equal(problem.file, join('course', 'course.json'));
    assert.equal(problem.line, text.slice(0, text.indexOf('"media/leaflet.pdf"')).split('\n').length);
    assert.match(problem.pointer, /^\/modules\/\d+\/pages\/\d+\/blocks\/\d+\/href$/);
    assert.match(problem.message, /"media\/leaflet\.pdf" is not in the course folder/);
    assert.match(problem.hint, /course\/media\/leaflet\.pdf/);
    assert.equal(await exists(join(tmp, 'work', 'out')), false);
  });

  it('builds a course saved with a byte-order mark, as some Windows editors save it', async () => {
    const path = join(course, 'course.json');
    await writeFile(path, `\ufeff${await readFile(path, 'utf8')}`);
    const { code, stderr } = await build('course', '--out', 'out/bom.zip');
    assert.equal(code, 0, stderr);
    const files = unzipSync(await readFile(join(tmp, 'work', 'out', 'bom.zip')));
    assert.ok(readCompiled(JSON.parse(new TextDecoder().decode(files['course/course.json']))).ok);
  });

  it('exits 1 for a folder without a course', async () => {
    const { code, stderr } = await build('nowhere');
    assert.equal(code, 1);
    assert.match(stderr, /no course\.json here/);
  });

  it('exits 2 on wrong usage, and 0 with help', async () => {
    for (const argv of [
      [],
      ['course', '--target', 'scorm3'],
      ['course', '--colour'],
      ['a', 'b'],
      ['course', '--per-module', '--out', 'x.zip'],
      ['course', '--out', 'folder'],
    ]) {
      const c = capture(join(tmp, 'work'));
      assert.equal(await run(argv, c.io), 2, argv.join(' '));
      assert.match(c.stderr(), /haven build --help/);
    }
    const help = capture(tmp);
    assert.equal(await run(['--help'], help.io), 0);
    assert.match(help.stdout(), /^Usage: haven build <course-dir>/);
    assert.deepEqual(await readdir(join(tmp, 'work')), ['course']);
  });
});

describe('haven build on courses/example with the real runtime', () => {
  const example = fileURLToPath(new URL('../../../../courses/example/', import.meta.url));
  for (const target of ['scorm12', 'scorm2004'] as const) {
    it(`writes a ${target} package that passes the XSDs and every check`, async () => {
      const dir = join(tmp, `example-${target}`);
      await cp(example, join(dir, 'example'), { recursive: true });
      const c = capture(dir);
      // No --runtime: the repository's dist/ (built by Vite if missing), exactly as trainers run it.
      const code = await run(['example', '--target', target, '--json'], c.io);
      assert.equal(code, 0, c.stderr());
      const [pkg] = JSON.parse(c.stdout()).packages;
      const entries = unzipSync(await readFile(pkg.path));
      assert.deepEqual(packageProblems(target, entries), []);
      assert.ok(entries['haven/haven.js'] && readCompiled(JSON.parse(new TextDecoder().decode(entries['course/course.json']))).ok);
      const manifest = new TextDecoder().decode(entries['imsmanifest.xml']);
      assert.deepEqual((await validateManifestXsd(target, manifest)).errors, []);
    });
  }
});
