/** `haven validate <file|dir>...`: checks course files and explains each problem on one line. Never writes. */
import { formatError, type CourseError } from '@haven/course';
import { colours, type CliIo } from '../io.js';
import { readArgs } from './args.js';
import { dirname, resolve } from 'node:path';
import { findCourseFiles, loadCourse, fileProblems } from './course-files.js';

export const VALIDATE_HELP = `Usage: haven validate <file|dir>... [--json]

Checks course files. A folder means its course.json, or every course.json below it
(e.g. "haven validate courses"). Files are never changed.

Options:
  --json       print the results as JSON
  -h, --help   show this help

Exit codes: 0 every course is valid, 1 problems found, 2 wrong usage.
`;

export interface FileReport {
  readonly file: string;
  readonly ok: boolean;
  readonly modules?: number;
  readonly pages?: number;
  readonly errors: readonly CourseError[];
  readonly warnings: readonly CourseError[];
}

export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const args = readArgs(argv, ['--json', '--help']);
  const usageError = (message: string) => {
    io.stderr.write(`haven validate: ${message}\nUsage: haven validate <file|dir>... [--json]\n`);
    return 2;
  };
  if (!args.ok) return usageError(args.message);
  if (args.flags.has('--help')) return (io.stdout.write(VALIDATE_HELP), 0);
  if (!args.paths.length) return usageError('name at least one course file or folder');
  const found = findCourseFiles(args.paths, io.cwd);
  if (!found.ok) return usageError(found.message);

  const reports = found.files.map((file) => report(file, io.cwd));
  if (args.flags.has('--json')) io.stdout.write(`${JSON.stringify(reports, null, 2)}\n`);
  else print(reports, io);
  return reports.every((r) => r.ok) ? 0 : 1;
}

export function report(file: string, cwd: string): FileReport {
  const loaded = loadCourse(file, cwd);
  const r = loaded.result;
  if (!r.ok) return { file, ok: false, errors: r.errors, warnings: [] };
  const fileErrors = fileProblems(loaded.text ?? '', file, resolve(cwd, dirname(file)));
  const warnings = [...r.warnings];
  if (!loaded.hasLock) warnings.push(lockWarning(loaded.lockFile, 'there is no lock file, so tracking keys are not fixed yet', file));
  else if (r.lockChanged) warnings.push(lockWarning(loaded.lockFile, 'the lock file is missing keys for new parts of the course', file));
  if (fileErrors.length) return { file, ok: false, errors: fileErrors, warnings };
  const pages = r.course.modules.reduce((n, m) => n + m.pages.length, 0);
  return { file, ok: true, modules: r.course.modules.length, pages, errors: [], warnings };
}

function lockWarning(lockFile: string, message: string, courseFile: string): CourseError {
  const dir = courseFile.includes('/') ? courseFile.slice(0, courseFile.lastIndexOf('/')) : '.';
  return {
    file: lockFile,
    line: 1,
    column: 1,
    pointer: '',
    code: 'rule',
    message,
    hint: `Run "haven lock ${dir}" and commit ${lockFile}, so learners keep their progress when the course changes.`,
  };
}

function print(reports: readonly FileReport[], io: CliIo): void {
  const c = colours(io);
  for (const r of reports) {
    if (r.ok) {
      const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
      io.stdout.write(`${c.green('✓')} ${r.file}: valid (${plural(r.modules ?? 0, 'module')}, ${plural(r.pages ?? 0, 'page')})\n`);
    }
    for (const e of r.errors) io.stdout.write(`${c.red(formatError(e))}\n`);
    for (const w of r.warnings) io.stdout.write(`${c.yellow('warning')} ${formatError(w)}\n`);
  }
  const failed = reports.filter((r) => !r.ok);
  if (failed.length) {
    const count = failed.reduce((n, r) => n + r.errors.length, 0);
    io.stdout.write(
      `${c.red('✗')} ${count} problem${count === 1 ? '' : 's'} in ${failed.length} of ${reports.length} file${reports.length === 1 ? '' : 's'}\n`,
    );
  }
}
