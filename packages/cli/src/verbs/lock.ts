/**
 * `haven lock <dir>...`: writes or extends course.lock.json for a valid course. Append-only: keys
 * already in the lock never change, so learners keep their progress. An invalid course is left alone.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatError, formatLock } from '@haven/course';
import { colours, type CliIo } from '../io.js';
import { readArgs } from './args.js';
import { findCourseFiles, loadCourse } from './course-files.js';

export const LOCK_HELP = `Usage: haven lock <dir|file>...

Writes course.lock.json beside each course.json, or adds keys for new modules, pages and
activities. Existing keys never change. Commit the lock file with the course.

Options:
  -h, --help   show this help

Exit codes: 0 written or up to date, 1 the course has problems (nothing written), 2 wrong usage.
`;

export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const args = readArgs(argv, ['--help']);
  const usageError = (message: string) => {
    io.stderr.write(`haven lock: ${message}\nUsage: haven lock <dir|file>...\n`);
    return 2;
  };
  if (!args.ok) return usageError(args.message);
  if (args.flags.has('--help')) return (io.stdout.write(LOCK_HELP), 0);
  if (!args.paths.length) return usageError('name at least one course folder');
  const found = findCourseFiles(args.paths, io.cwd);
  if (!found.ok) return usageError(found.message);
  const c = colours(io);
  let status = 0;
  for (const file of found.files) {
    const loaded = loadCourse(file, io.cwd);
    const r = loaded.result;
    if (!r.ok) {
      for (const e of r.errors) io.stdout.write(`${c.red(formatError(e))}\n`);
      io.stdout.write(`${c.red('✗')} ${file}: not locked until these problems are fixed\n`);
      status = 1;
      continue;
    }
    for (const w of r.warnings) io.stdout.write(`${c.yellow('warning')} ${formatError(w)}\n`);
    if (loaded.hasLock && !r.lockChanged) {
      io.stdout.write(`${c.green('✓')} ${loaded.lockFile}: up to date\n`);
      continue;
    }
    writeFileSync(resolve(io.cwd, loaded.lockFile), formatLock(r.lock));
    const count = Object.keys(r.lock.keys).length;
    io.stdout.write(`${c.green('✓')} ${loaded.lockFile}: ${loaded.hasLock ? 'extended' : 'written'} (${count} keys)\n`);
  }
  return status;
}
