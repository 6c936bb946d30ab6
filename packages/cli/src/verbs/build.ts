/**
 * `haven build <course-dir>`: validates a course and writes SCORM packages for an LMS (or, with
 * `--target web`, the same files without SCORM for an intranet's web server).
 * Everything is built in memory first; zips are written only when every package built, so a failed
 * build never leaves a broken or partial zip behind.
 */
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { colours, processIo, type CliIo } from '../io.js';
import { formatError, formatLock, migrate, parse, type CourseError, type CourseFile, type TrackingLock, withoutBom } from '@haven/course';
import { buildPackage, courseForModule, type PackageErrorCode, type PackageTarget } from '@haven/lms/node';
import { fileProblems, readCourseText } from './course-files.js';

export const BUILD_HELP = `Usage: haven build <course-dir> [options]

Checks the course, then writes a SCORM package (a zip) to upload to an LMS, or
with --target web the same files without SCORM, to unzip onto a web server.

Options:
  --target <t>     scorm12 (default, the widest LMS support), scorm2004, or web
  --per-module     write one package per module, for LMSs that assign modules separately
  --out <path>     the zip to write (default out/<course-id>-<target>.zip);
                   with --per-module, the folder to write the zips into (default out/)
  --runtime <dir>  the built learner runtime (default: dist/ of this repository,
                   built with "npm run build" when missing)
  --json           print what was written as JSON
  -h, --help       show this help

Exit codes: 0 written, 1 the course has problems (nothing written), 2 wrong usage.
`;

const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

/** The streams, folder and environment a verb may touch (tests swap them). */
export type Io = CliIo;

/** Colours for messages on stderr: only on a terminal, and never when NO_COLOR is set. */
export function painter(io: Io) {
  return colours({ ...io, stdout: io.stderr });
}

/** A path as the user would write it: relative to the working folder when inside it. */
export function shownPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel === '' ? '.' : rel.startsWith('..') ? path : rel.split('\\').join('/');
}

class UsageError extends Error {}

interface BuildArgs {
  readonly courseDir: string;
  readonly target: PackageTarget;
  readonly perModule: boolean;
  readonly out?: string;
  readonly runtime?: string;
  readonly json: boolean;
}

export interface WrittenPackage {
  readonly path: string;
  readonly bytes: number;
  readonly files: number;
  readonly target: PackageTarget;
  readonly module?: string;
}

export async function run(argv: readonly string[], io: Io = processIo()): Promise<number> {
  const paint = painter(io);
  let args: BuildArgs | 'help';
  try {
    args = parseBuildArgs(argv);
  } catch (error) {
    io.stderr.write(`${paint.red('haven build:')} ${(error as Error).message}\nRun "haven build --help" for usage.\n`);
    return 2;
  }
  if (args === 'help') {
    io.stdout.write(BUILD_HELP);
    return 0;
  }
  const json = args.json;
  const fail = (problems: readonly Problem[]): number => {
    if (json) io.stdout.write(`${JSON.stringify({ ok: false, problems }, null, 2)}\n`);
    else for (const p of problems) io.stderr.write(`${formatProblem(p, paint)}\n`);
    return 1;
  };

  const courseDir = resolve(io.cwd, args.courseDir);
  const loaded = await loadCourse(courseDir, args.courseDir);
  if (!loaded.ok) return fail(loaded.problems);
  const { file, lock } = loaded;
  if (!args.json) for (const w of loaded.warnings) io.stderr.write(`${paint.bold('warning')} ${formatError(w)}\n`);

  const plans: { course: CourseFile; module?: string; name: string }[] = [];
  if (args.perModule) {
    for (const module of file.modules) {
      const reduced = courseForModule(file, module.id);
      // The reduced course goes through the same checks, so a module package is never invalid.
      const checked = reduced && loaded.recheck(reduced);
      if (!reduced || !checked?.ok) return fail(checked && !checked.ok ? checked.problems : []);
      plans.push({ course: reduced, module: module.id, name: `${file.id}-${module.id}-${args.target}.zip` });
    }
  } else plans.push({ course: file, name: `${file.id}-${args.target}.zip` });

  const outDir = resolve(io.cwd, args.perModule ? (args.out ?? 'out') : dirname(args.out ?? join('out', 'x')));
  const outPath = (name: string) => (args.perModule || !args.out ? join(outDir, name) : resolve(io.cwd, args.out));

  const runtimeDir = args.runtime ? resolve(io.cwd, args.runtime) : await defaultRuntime(io);
  if (typeof runtimeDir !== 'string') return fail([runtimeDir]);

  const progress = progressLine(io, plans.length);
  const built: { path: string; zip: Uint8Array; files: number; module?: string }[] = [];
  for (const [i, plan] of plans.entries()) {
    progress(i, plan.module ?? file.id);
    const result = await buildPackage({
      target: args.target,
      course: plan.course,
      lock,
      courseDir,
      runtimeDir,
      ...(plan.module ? { moduleId: plan.module } : {}),
    });
    if (!result.ok) {
      progress(plans.length);
      return fail([{ file: shownPath(io.cwd, courseDir), code: result.code, message: result.message }]);
    }
    built.push({ path: outPath(plan.name), zip: result.zip, files: result.files.length, ...(plan.module ? { module: plan.module } : {}) });
  }
  progress(plans.length);

  // The lock file is updated only once the build has succeeded, with the keys the packages carry.
  if (loaded.lockChanged) await writeFile(loaded.lockPath, loaded.lockText);
  const written: WrittenPackage[] = [];
  for (const pkg of built) {
    await mkdir(dirname(pkg.path), { recursive: true });
    const partial = `${pkg.path}.partial`;
    await writeFile(partial, pkg.zip);
    await rename(partial, pkg.path);
    written.push({
      path: pkg.path,
      bytes: pkg.zip.byteLength,
      files: pkg.files,
      target: args.target,
      ...(pkg.module ? { module: pkg.module } : {}),
    });
  }

  if (args.json) {
    io.stdout.write(`${JSON.stringify({ ok: true, target: args.target, lockUpdated: loaded.lockChanged, packages: written }, null, 2)}\n`);
  } else {
    const out = colours(io);
    for (const w of written) {
      io.stdout.write(
        `${out.green('Wrote')} ${shownPath(io.cwd, w.path)} ${out.dim(`(${formatBytes(w.bytes)}, ${w.files} files, ${TARGET_NAMES[w.target]})`)}\n`,
      );
    }
    if (loaded.lockChanged)
      io.stdout.write(`Updated ${shownPath(io.cwd, loaded.lockPath)} with new tracking keys: commit it with the course.\n`);
  }
  return 0;
}

const TARGET_NAMES: Readonly<Record<PackageTarget, string>> = {
  scorm12: 'SCORM 1.2',
  scorm2004: 'SCORM 2004 4th edition',
  web: 'for a web server',
};
const TARGET_ALIASES: Readonly<Record<string, PackageTarget>> = {
  scorm12: 'scorm12',
  '1.2': 'scorm12',
  scorm2004: 'scorm2004',
  '2004': 'scorm2004',
  web: 'web',
};

function parseBuildArgs(argv: readonly string[]): BuildArgs | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        target: { type: 'string' },
        'per-module': { type: 'boolean', default: false },
        out: { type: 'string' },
        runtime: { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\. To specify a positional argument.*$/s, '.'));
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  if (positionals.length !== 1) {
    throw new UsageError(
      positionals.length
        ? `expected one course folder, got ${positionals.length}`
        : 'which course? Give its folder, e.g. haven build courses/example',
    );
  }
  const target = TARGET_ALIASES[values.target ?? 'scorm12'];
  if (!target) throw new UsageError(`unknown target "${values.target}": use scorm12, scorm2004 or web`);
  if (values['per-module'] && values.out?.endsWith('.zip')) {
    throw new UsageError('with --per-module, --out names a folder for the zips, not a .zip file');
  }
  if (!values['per-module'] && values.out !== undefined && !values.out.endsWith('.zip')) {
    throw new UsageError(`--out should name a .zip file, got "${values.out}"`);
  }
  return {
    courseDir: positionals[0] ?? '.',
    target,
    perModule: values['per-module'] ?? false,
    ...(values.out !== undefined ? { out: values.out } : {}),
    ...(values.runtime !== undefined ? { runtime: values.runtime } : {}),
    json: values.json ?? false,
  };
}

/** The repository's dist/, built once with Vite when it is missing. */
async function defaultRuntime(io: Io): Promise<string | Problem> {
  const dist = join(REPO_ROOT, 'dist');
  if (await exists(join(dist, 'haven.js'))) return dist;
  io.stderr.write('Building the learner runtime (npm run build)…\n');
  try {
    const vite = await import('vite');
    await vite.build({ root: REPO_ROOT, logLevel: 'error' });
  } catch (error) {
    return { file: 'dist', code: 'RUNTIME_MISSING', message: `The learner runtime could not be built: ${(error as Error).message}` };
  }
  return dist;
}

/** "[2/5] Building second…" on stderr: rewritten in place on a terminal, one plain line each otherwise. */
function progressLine(io: Io, total: number) {
  if (total < 2) return (_i: number, _label?: string) => {};
  const tty = Boolean(io.stderr.isTTY);
  return (i: number, label?: string) => {
    if (i >= total) {
      if (tty) io.stderr.write('\r\u001b[2K');
      return;
    }
    const line = `[${i + 1}/${total}] Building ${label}…`;
    io.stderr.write(tty ? `\r\u001b[2K${line}` : `${line}\n`);
  };
}

/** Course errors exactly as `haven validate` prints them; packaging errors as "file: message". */
export function formatProblem(p: Problem, paint: ReturnType<typeof painter>): string {
  return paint.red('line' in p ? formatError(p) : `${p.file}: ${p.message}`);
}

export function formatBytes(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} kB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** What stops a build: a course error (with a position) or a packaging error (a file and a message). */
export type Problem = CourseError | { readonly file: string; readonly code: PackageErrorCode; readonly message: string };

export type LoadedCourse =
  | {
      readonly ok: true;
      /** The authored course, brought to the current format version: what packages ship. */
      readonly file: CourseFile;
      readonly lock: TrackingLock;
      readonly lockPath: string;
      readonly lockText: string;
      readonly lockChanged: boolean;
      readonly warnings: readonly CourseError[];
      /** Runs a derived course (e.g. one module of it) through the same checks, with the same lock. */
      readonly recheck: (course: CourseFile) => ParseOutcome;
    }
  | { readonly ok: false; readonly problems: readonly Problem[] };

type ParseOutcome = { readonly ok: true } | { readonly ok: false; readonly problems: readonly Problem[] };

/** Reads and checks `<dir>/course.json` and its lock file exactly as `haven validate` does. */
export async function loadCourse(dir: string, shownAs: string): Promise<LoadedCourse> {
  const coursePath = join(dir, 'course.json');
  const lockPath = join(dir, 'course.lock.json');
  const fileName = join(shownAs, 'course.json');
  const read = readCourseText(coursePath, dir);
  if (!read.ok) return { ok: false, problems: [{ ...read.error, file: fileName }] };
  const text = read.text;
  const lockText = await readFile(lockPath, 'utf8').catch(() => undefined);
  const result = parse(text, fileName, lockText === undefined ? {} : { lock: lockText });
  if (!result.ok) return { ok: false, problems: result.errors };
  const fileErrors = fileProblems(text, fileName, dir);
  if (fileErrors.length) return { ok: false, problems: fileErrors };
  const migrated = migrate(JSON.parse(withoutBom(text)));
  if (!migrated.ok) return { ok: false, problems: [] };
  const file = migrated.course as unknown as CourseFile;
  const lock = result.lock;
  return {
    ok: true,
    file,
    lock,
    lockPath,
    lockText: formatLock(lock),
    lockChanged: result.lockChanged || lockText === undefined,
    warnings: result.warnings,
    recheck: (course) => {
      const again = parse(JSON.stringify(course, null, 2), fileName, { lock });
      return again.ok ? { ok: true } : { ok: false, problems: again.errors };
    },
  };
}
