/** Finding course files and reading them with their lock, shared by `validate` and `lock`. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import {
  fileReferences,
  locate,
  lockFileNameFor,
  parse,
  type CourseError,
  type CourseFile,
  type Finding,
  type ParseResult,
  withoutBom,
} from '@haven/course';

const SKIP = new Set(['node_modules', 'dist', 'out', 'storybook-static']);

export type FindResult = { readonly ok: true; readonly files: string[] } | { readonly ok: false; readonly message: string };

/**
 * A file stays itself; a folder means its course.json, or every course.json below it.
 * Paths come back as the user would write them: relative to `cwd` when inside it.
 */
export function findCourseFiles(args: readonly string[], cwd: string): FindResult {
  const files: string[] = [];
  for (const arg of args) {
    const path = resolve(cwd, arg);
    if (!existsSync(path)) return { ok: false, message: `"${arg}" does not exist` };
    if (statSync(path).isFile()) files.push(path);
    else if (existsSync(join(path, 'course.json'))) files.push(join(path, 'course.json'));
    else {
      const found = walk(path);
      if (!found.length) return { ok: false, message: `no course.json in "${arg}" or below it` };
      files.push(...found);
    }
  }
  return { ok: true, files: [...new Set(files)].map((f) => shown(f, cwd)) };
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (SKIP.has(name) || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...walk(path));
    else if (name === 'course.json') out.push(path);
  }
  return out;
}

function shown(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel.startsWith('..') ? path : rel.split('\\').join('/');
}

export interface LoadedCourse {
  readonly file: string;
  /** The course text, when the file could be read. */
  readonly text?: string;
  readonly lockFile: string;
  readonly hasLock: boolean;
  readonly result: ParseResult;
}

/** Reads and parses a course with the lock beside it (when there is one). Never writes. */
export function loadCourse(file: string, cwd: string): LoadedCourse {
  const lockFile = lockFileNameFor(file);
  const lockPath = resolve(cwd, lockFile);
  const hasLock = existsSync(lockPath);
  const read = readCourseText(file, cwd);
  if (!read.ok) return { file, lockFile, hasLock, result: { ok: false, errors: [read.error] } };
  const text = read.text;
  const lock = hasLock ? readFileSync(lockPath, 'utf8') : undefined;
  return { file, text, lockFile, hasLock, result: parse(text, file, lock === undefined ? {} : { lock, lockFileName: lockFile }) };
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The text of a course file, which must be UTF-8. A file saved in another encoding (Windows-1252, as
 * older editors save "é" or curly quotes) would otherwise load with those characters silently replaced.
 */
export function readCourseText(file: string, cwd: string): { ok: true; text: string } | { ok: false; error: CourseError } {
  const at = (line: number, column: number, message: string, hint: string): { ok: false; error: CourseError } => ({
    ok: false,
    error: { file, line, column, pointer: '', code: 'json-syntax', message, hint },
  });
  let bytes: Buffer;
  try {
    bytes = readFileSync(resolve(cwd, file));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'error';
    return code === 'ENOENT'
      ? at(1, 1, 'no course.json here', 'Give the folder that holds course.json, or create one with "haven new".')
      : at(1, 1, `cannot read the file (${code})`, 'Check the path and permissions.');
  }
  try {
    return { ok: true, text: strictUtf8.decode(bytes) };
  } catch {
    // Where the first character that is not UTF-8 stands (the lenient decoder marks it U+FFFD).
    const lenient = bytes.toString('utf8');
    const before = lenient.slice(0, Math.max(0, lenient.indexOf('\ufffd')));
    const line = before.split('\n').length;
    return at(
      line,
      before.length - before.lastIndexOf('\n'),
      'the file is not saved as UTF-8: this character is in another encoding (often Windows-1252)',
      'Save the file as UTF-8 in your editor (in Notepad: Save as, then Encoding: UTF-8), then check the characters here.',
    );
  }
}

export const courseDirOf = (file: string) => dirname(file);

/**
 * Problems with the files the course refers to, placed in the course text like any other problem: a
 * file its folder lacks, or captions that are not WebVTT (browsers show no other kind, so learners
 * would get no captions). Only a tool that sees the folder can check this, so `haven build` refuses
 * such a course and `validate` and the preview say so first.
 * `text` must be a course `parse` accepted; `courseFile` is its name as shown, `dir` the folder it is in.
 */
export function fileProblems(text: string, courseFile: string, dir: string): CourseError[] {
  const course = JSON.parse(withoutBom(text)) as CourseFile;
  const findings: Finding[] = [];
  for (const ref of fileReferences(course)) {
    const path = resolve(dir, ref.file);
    if (!isFile(path)) {
      findings.push({
        path: ref.path,
        code: 'missing-file',
        message: `"${ref.file}" is not in the course folder`,
        hint:
          nearName(dir, ref.file) ??
          `Put the file at ${join(dirname(courseFile), ref.file)}, or correct the path: it is relative to the folder that holds course.json.`,
      });
    } else if (ref.path.at(-1) === 'captions') {
      const problem = captionsProblem(path);
      if (problem) findings.push({ path: ref.path, code: 'file-format', message: `"${ref.file}" ${problem.message}`, hint: problem.hint });
    }
  }
  return locate(text, courseFile, findings);
}

/** WebVTT files start with "WEBVTT" (after an optional byte-order mark). */
function captionsProblem(path: string): { message: string; hint: string } | undefined {
  const start = readFileSync(path)
    .subarray(0, 256)
    .toString('utf8')
    .replace(/^\ufeff/, '');
  if (/^WEBVTT(?:[ \t\r\n]|$)/.test(start)) return undefined;
  const srt = /^\s*\d+\s*\r?\n\d{2}:\d{2}:\d{2},\d{3} --> /.test(start);
  return {
    message: srt ? 'holds SubRip (.srt) captions, which browsers do not show' : 'is not a WebVTT captions file',
    hint: srt
      ? 'Convert it to WebVTT: add a line "WEBVTT" and a blank line at the top, write times with a full stop instead of a comma (00:00:01.500), and name it .vtt.'
      : 'Captions must be WebVTT: a text file whose first line is "WEBVTT", then cues such as "00:00:00.000 --> 00:00:02.000" and their text.',
  };
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** A file in the same folder whose name differs only in case: web servers (and most LMSs) treat those as different files. */
function nearName(dir: string, file: string): string | undefined {
  const folder = resolve(dir, dirname(file));
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return undefined;
  }
  const wanted = basename(file).toLowerCase();
  const found = names.find((name) => name.toLowerCase() === wanted);
  if (!found) return undefined;
  const spelled = relative(dir, join(folder, found)).split('\\').join('/');
  return `Did you mean "${spelled}"? File names are case-sensitive on web servers and in most LMSs.`;
}
