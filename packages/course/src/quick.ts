/**
 * `parseQuick` (`@haven/course/quick`): the run-time player's path for a course with nothing to report.
 * It runs the checks `parse` runs (schema, whole-course checks, lock, keys, normalisation) but leaves
 * out what only an error report needs: the schema's descriptions, the JSON parser that tracks positions,
 * and placing messages in the file. Whenever there is anything to report (an error or a warning) it
 * returns undefined, and the caller runs `parse`, which finds the same problems and explains them.
 */
import { fastParseJson } from './json/fast-json.js';
import { MAX_COURSE_CHARS } from './model/limits.js';
import { LockedKeys, SequentialKeys } from './keys/key-source.js';
import { migrate } from './migrate/migrate.js';
import { runtimeCourseSchema } from './model/schema.runtime.generated.js';
import type { CourseFile, ParseResult, TrackingLock } from './model/types.js';
import { normalise } from './normalise/normalise.js';
import { checkSemantics } from './semantic/semantic.js';
import { validate } from './validate/validate.js';

export type QuickParseResult = Extract<ParseResult, { ok: true }>;

export interface QuickParseOptions {
  readonly lock?: TrackingLock | string;
  /** `JSON.parse` of the text, when the caller already has it (the player parses once to spot a compiled course). */
  readonly parsed?: unknown;
}

export function parseQuick(text: string, options: QuickParseOptions = {}): QuickParseResult | undefined {
  if (typeof text !== 'string' || text.length > MAX_COURSE_CHARS) return undefined;
  const value = fastParseJson(text, options.parsed);
  if (value === undefined) return undefined;
  const migrated = migrate(value);
  if (!migrated.ok) return undefined;
  if (validate(migrated.course, runtimeCourseSchema).length) return undefined;
  const file = migrated.course as unknown as CourseFile;
  if (checkSemantics(file).length) return undefined;
  const previous = typeof options.lock === 'string' ? quickLock(options.lock) : options.lock;
  if (previous === null) return undefined;
  // A lock for another course is worth a warning, which only `parse` words.
  if (previous && previous.courseId !== file.id) return undefined;
  try {
    const keys = previous ? new LockedKeys(previous) : new SequentialKeys();
    const course = normalise(file, keys);
    const { lock, changed } = keys.lock(file.id, course);
    return { ok: true, course, lock, lockChanged: changed, warnings: [] };
  } catch {
    return undefined;
  }
}

/** A lock file that `parseLock` would accept as it is, or null for anything it would report. */
function quickLock(text: string): TrackingLock | null {
  const v = fastParseJson(text);
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return null;
  if (v['lockVersion'] !== 1 || typeof v['courseId'] !== 'string') return null;
  const next = v['next'];
  const keys = v['keys'];
  if (typeof next !== 'number' || !Number.isInteger(next) || next < 1) return null;
  if (typeof keys !== 'object' || keys === null || Array.isArray(keys)) return null;
  const out: Record<string, number> = {};
  for (const [name, key] of Object.entries(keys)) {
    if (typeof key !== 'number' || !Number.isInteger(key) || key < 1) return null;
    Object.defineProperty(out, name, { value: key, enumerable: true, writable: true, configurable: true });
  }
  return { lockVersion: 1, courseId: v['courseId'], next, keys: out };
}
