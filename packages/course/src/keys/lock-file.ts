/** Reads course.lock.json: a typed result, never a throw. */
import { readJson } from '../json/fast-json.js';
import { parseJson } from '../json/parse-json.js';
import type { CourseError, TrackingLock } from '../model/types.js';

export type LockResult = { readonly ok: true; readonly lock: TrackingLock } | { readonly ok: false; readonly errors: CourseError[] };

export function parseLock(text: string, file: string): LockResult {
  return quickLock(text) ?? carefulLock(text, file);
}

/**
 * The common case, a sound lock, through native JSON.parse: its fresh `keys` object is the record
 * the careful path would copy out (same own keys, order and values; JSON.parse, like the careful
 * parser, keeps the last of a repeated key in the first one's place). Anything to report: undefined.
 */
function quickLock(text: string): LockResult | undefined {
  const v = readJson(text)?.value;
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return undefined;
  if (v.lockVersion !== 1 || typeof v.courseId !== 'string') return undefined;
  if (typeof v.next !== 'number' || !Number.isInteger(v.next) || v.next < 1) return undefined;
  const keys = v.keys;
  if (typeof keys !== 'object' || keys === null || Array.isArray(keys)) return undefined;
  for (const name in keys) {
    const key = keys[name];
    if (typeof key !== 'number' || !Number.isInteger(key) || key < 1) return undefined;
  }
  return { ok: true, lock: { lockVersion: 1, courseId: v.courseId, next: v.next, keys: keys as Record<string, number> } };
}

function carefulLock(text: string, file: string): LockResult {
  const json = parseJson(text);
  const error = (offset: number, pointer: string, message: string, hint: string): LockResult => {
    const { line, column } = json.source.lineColumn(offset);
    return { ok: false, errors: [{ file, line, column, pointer, code: 'rule', message, hint }] };
  };
  const regenerate = 'Restore it from version control. Deleting it gives new keys, and learners would lose progress.';
  if (!json.ok) return error(json.error.offset, '', `the lock file is not valid JSON: ${json.error.message}`, regenerate);
  const v = json.value;
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return error(0, '', 'the lock file is not a JSON object', regenerate);
  if (v.lockVersion !== 1)
    return error(json.source.offsetOf(['lockVersion']), '/lockVersion', 'unknown lock file version', 'This Haven writes "lockVersion": 1.');
  if (typeof v.courseId !== 'string') return error(json.source.offsetOf(['courseId']), '/courseId', '"courseId" must be text', regenerate);
  if (typeof v.next !== 'number' || !Number.isInteger(v.next) || v.next < 1)
    return error(json.source.offsetOf(['next']), '/next', '"next" must be a whole number from 1', regenerate);
  const keys = v.keys;
  if (typeof keys !== 'object' || keys === null || Array.isArray(keys))
    return error(json.source.offsetOf(['keys']), '/keys', '"keys" must be an object', regenerate);
  const out: Record<string, number> = {};
  for (const [name, key] of Object.entries(keys)) {
    if (typeof key !== 'number' || !Number.isInteger(key) || key < 1)
      return error(json.source.offsetOf(['keys', name]), `/keys/${name}`, `key for "${name}" must be a whole number from 1`, regenerate);
    Object.defineProperty(out, name, { value: key, enumerable: true, writable: true, configurable: true });
  }
  return { ok: true, lock: { lockVersion: 1, courseId: v.courseId, next: v.next, keys: out } };
}
