/**
 * `parse`: course JSON text in, a normalised frozen course (or every error found) out.
 * Order: JSON syntax -> format version (migrations) -> schema -> whole-course checks -> keys -> model.
 * The whole-course checks also run when the schema finds errors, on the parts still usable, so one
 * run shows every mistake; a report about a value the schema already reports is left out.
 * Never throws for bad input; runs in browsers under a strict CSP and in Node.
 */
import { keysInValue, readJson } from './json/fast-json.js';
import { parseJson, type JsonPath, type JsonSyntaxError, type SourceMap } from './json/parse-json.js';
import { LockedKeys, SequentialKeys } from './keys/key-source.js';
import { parseLock } from './keys/lock-file.js';
import { migrate, type MigrateResult } from './migrate/migrate.js';
import { courseSchema } from './model/schema.generated.js';
import type { CourseError, CourseFile, ParseResult, TrackingLock } from './model/types.js';
import { normalise } from './normalise/normalise.js';
import { MAX_COURSE_CHARS } from './model/limits.js';
import { isCompiled } from './compiled/compiled.js';
import { checkSemantics } from './semantic/semantic.js';
import { pointer, type Issue } from './validate/issue.js';
import { validate, validateCountingKeys } from './validate/validate.js';

export interface ParseOptions {
  /** The tracking-key lock: parsed, or the text of course.lock.json. Without it keys follow document order. */
  readonly lock?: TrackingLock | string;
  /** File name used in lock errors; default: course.lock.json beside `fileName`. */
  readonly lockFileName?: string;
}

export function parse(text: string, fileName: string, options: ParseOptions = {}): ParseResult {
  if (typeof text !== 'string')
    return fail([at(fileName, 1, 1, '', 'type', 'the course is not text', 'Pass the file contents as a string.')]);
  if (text.length > MAX_COURSE_CHARS) {
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    return fail([
      at(
        fileName,
        1,
        1,
        '',
        'too-large',
        `the course file is ${mb(text.length)}; Haven reads course files of up to ${mb(MAX_COURSE_CHARS)}`,
        'Split it into several courses (for example one per module or day), or move long documents into files that resource blocks link to.',
      ),
    ]);
  }
  const read = readFile(text);
  if (!read.ok) {
    const { line, column } = read.source.lineColumn(read.error.offset);
    return fail([at(fileName, line, column, '', 'json-syntax', `JSON syntax error: ${read.error.message}`, read.error.hint)]);
  }
  const { migrated, issues } = read;
  let withPositions: SourceMap | undefined;
  const located = (): SourceMap => (withPositions ??= read.source ?? parseJson(text).source);
  if (isCompiled(read.value)) {
    const compiled: Issue = {
      path: ['compiled'],
      atKey: true,
      code: 'rule',
      message: 'this is a compiled course, written by "haven build" for learners\' browsers, not a course to edit or check',
      hint: 'Check and edit the course.json in the course folder, then build it again.',
    };
    return fail(toErrors([compiled], fileName, located()));
  }
  if (!migrated.ok) {
    const unversioned = withoutVersion(read.value);
    if (unversioned) checkAsCurrentFormat(unversioned, issues);
    return fail(toErrors([...issues, migrated.issue], fileName, located()));
  }
  const file = migrated.course as unknown as CourseFile;
  issues.push(...(issues.length === 0 ? checkSemantics(file) : withoutFollowOns(checkSemantics(file), issues)));
  if (issues.length) return fail(toErrors(issues, fileName, located()));

  let previous: TrackingLock | undefined;
  if (typeof options.lock === 'string') {
    const lockName = options.lockFileName ?? lockFileNameFor(fileName);
    const lock = parseLock(options.lock, lockName);
    if (!lock.ok) return fail(lock.errors);
    previous = lock.lock;
  } else previous = options.lock;

  const warnings: CourseError[] = [];
  if (previous && previous.courseId !== file.id)
    warnings.push(
      at(
        options.lockFileName ?? lockFileNameFor(fileName),
        1,
        1,
        '/courseId',
        'rule',
        `the lock file is for course "${previous.courseId}", not "${file.id}"`,
        'If the course id changed on purpose, keep the lock so learners keep their progress; otherwise check you copied the right lock file.',
      ),
    );
  try {
    const keys = previous ? new LockedKeys(previous) : new SequentialKeys();
    const course = normalise(file, keys);
    const { lock, changed } = keys.lock(file.id, course);
    return { ok: true, course, lock, lockChanged: changed, warnings };
  } catch (e) {
    // Only reachable through a bug in Haven itself; still a typed result, never a crash.
    return fail([at(fileName, 1, 1, '', 'rule', e instanceof Error ? e.message : 'internal error', 'Report this to the Haven team.')]);
  }
}

type FileRead =
  | { readonly ok: false; readonly error: JsonSyntaxError; readonly source: SourceMap }
  | {
      readonly ok: true;
      readonly value: unknown;
      readonly migrated: MigrateResult;
      readonly issues: Issue[];
      readonly source: SourceMap | undefined;
    };

/**
 * JSON syntax, format version and schema. Fast path: native JSON.parse, trusted when the keys in the
 * text and in the value agree (else some key repeats). Positions are worked out, by the careful
 * parser, only when there is something to report.
 */
function readFile(text: string): FileRead {
  const fast = readJson(text);
  if (fast) {
    const migrated = migrate(fast.value);
    const issues: Issue[] = [];
    if (!migrated.ok) {
      if (keysInValue(fast.value) === fast.keys) return { ok: true, value: fast.value, migrated, issues, source: undefined };
    } else {
      const seen = validateCountingKeys(migrated.course, courseSchema, issues);
      // With issues the count may be off (a check can stop early), so the value is counted on its own.
      if (issues.length === 0 ? seen === fast.keys : keysInValue(fast.value) === fast.keys)
        return { ok: true, value: fast.value, migrated, issues, source: undefined };
    }
  }
  const json = parseJson(text);
  if (!json.ok) return json;
  const issues: Issue[] = json.duplicates.map((d) => ({
    path: d.path,
    atKey: true,
    code: 'json-syntax',
    message: `property "${String(d.path.at(-1))}" appears twice in the same object`,
    hint: 'JSON keeps only the last one: remove or rename one of them.',
    related: { path: d.path, atKey: true, offset: d.firstOffset },
  }));
  const migrated = migrate(json.value);
  if (migrated.ok) validate(migrated.course, courseSchema, [], issues);
  return { ok: true, value: json.value, migrated, issues, source: json.source };
}

/**
 * A course object whose "formatVersion" is missing or no whole number: most likely meant for the
 * current format, so it is checked as such and its other mistakes show in the same run. A newer
 * version is not: its format is unknown here.
 */
function withoutVersion(value: unknown): Record<string, unknown> | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const version = Object.prototype.hasOwnProperty.call(value, 'formatVersion')
    ? (value as Record<string, unknown>)['formatVersion']
    : undefined;
  return typeof version === 'number' && Number.isInteger(version) && version >= 1 ? undefined : (value as Record<string, unknown>);
}

/** Schema and whole-course checks of an unversioned course; the version itself is the migration's to report. */
function checkAsCurrentFormat(course: Record<string, unknown>, issues: Issue[]): void {
  const schema: Issue[] = [];
  validate(course, courseSchema, [], schema);
  const known = [...issues, ...schema];
  for (const issue of schema) if (issue.missing !== 'formatVersion' && issue.path[0] !== 'formatVersion') issues.push(issue);
  issues.push(...withoutFollowOns(checkSemantics(course), known));
}

/**
 * Whole-course reports minus those about a value that already has a schema error (a repeated id that
 * is also no valid id, say), or drawn from such values: the schema's report says what to fix first. A
 * missing property counts as a schema error at the property's own place.
 */
function withoutFollowOns(semantic: readonly Issue[], schema: readonly Issue[]): Issue[] {
  if (semantic.length === 0) return [];
  const reported = new Set<string>();
  for (const issue of schema) reported.add(pointer(issue.missing === undefined ? issue.path : [...issue.path, issue.missing]));
  return semantic.filter((issue) => !reported.has(pointer(issue.path)) && !issue.from?.some((path) => reported.has(pointer(path))));
}

export function lockFileNameFor(courseFileName: string): string {
  const slash = Math.max(courseFileName.lastIndexOf('/'), courseFileName.lastIndexOf('\\'));
  return `${courseFileName.slice(0, slash + 1)}course.lock.json`;
}

function fail(errors: CourseError[]): ParseResult {
  return { ok: false, errors };
}

function at(
  file: string,
  line: number,
  column: number,
  ptr: string,
  code: CourseError['code'],
  message: string,
  hint?: string,
): CourseError {
  return { file, line, column, pointer: ptr, code, message, ...(hint !== undefined && { hint }) };
}

/** A problem found outside `parse`, by a check that can see more than the text (the course folder). */
export interface Finding {
  readonly path: JsonPath;
  readonly code: CourseError['code'];
  readonly message: string;
  readonly hint?: string;
}

/** Places such problems in the course text, as `parse` places its own: line, column and JSON pointer. */
export function locate(text: string, fileName: string, findings: readonly Finding[]): CourseError[] {
  return findings.length ? toErrors(findings, fileName, parseJson(text).source) : [];
}

/** Positions every issue and sorts them as they appear in the file. */
export function toErrors(issues: readonly Issue[], file: string, source: SourceMap): CourseError[] {
  const errors = issues.map((issue) => {
    let offset = source.offsetOf(issue.path, issue.atKey);
    if (issue.inString !== undefined) offset = offsetInString(source.text, offset, issue.inString);
    const { line, column } = source.lineColumn(offset);
    const related = issue.related;
    const relatedOffset = related ? (related.offset ?? source.offsetOf(related.path, related.atKey)) : 0;
    const error: CourseError = {
      ...at(file, line, column, pointer(issue.path), issue.code, issue.message, issue.hint),
      ...(related && { related: { ...source.lineColumn(relatedOffset), pointer: pointer(related.path) } }),
    };
    return { error, offset };
  });
  errors.sort((a, b) => a.offset - b.offset);
  return errors.map((e) => e.error);
}

/** Offset in the source of the `index`-th decoded character of the string starting at `quote`. */
function offsetInString(text: string, quote: number, index: number): number {
  let i = quote + 1;
  for (let decoded = 0; decoded < index && i < text.length; decoded++) i += text[i] === '\\' ? (text[i + 1] === 'u' ? 6 : 2) : 1;
  return i;
}

export type { JsonPath };
