/**
 * The migration ladder: each step lifts a course file from one formatVersion to the next, so older
 * files keep loading. Steps run in order from the file's version up to FORMAT_VERSION.
 */
import { FORMAT_VERSION } from '../model/format-version.js';
import type { Issue } from '../validate/issue.js';

type Json = Record<string, unknown>;
/** MIGRATIONS[n] lifts version n to n + 1. Empty while version 1 is the only one. */
const MIGRATIONS: Readonly<Record<number, (course: Json) => Json>> = {};

export type MigrateResult =
  { readonly ok: true; readonly course: Json; readonly from: number } | { readonly ok: false; readonly issue: Issue };

/** Brings a parsed course object to the current format version, or says why it cannot. */
export function migrate(json: unknown): MigrateResult {
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    return {
      ok: false,
      issue: {
        path: [],
        code: 'type',
        message: `expected a course object { ... }, got ${json === null ? 'null' : Array.isArray(json) ? 'a list' : typeof json}`,
        hint: 'A course file is one JSON object with "formatVersion", "id", "title" and "modules".',
      },
    };
  const course = json as Json;
  if (!Object.prototype.hasOwnProperty.call(course, 'formatVersion'))
    return {
      ok: false,
      issue: {
        path: [],
        code: 'format-version',
        message: 'missing "formatVersion"',
        hint: `Add "formatVersion": ${FORMAT_VERSION} at the top of the file so Haven knows how to read it.`,
      },
    };
  const version = course.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return {
      ok: false,
      issue: {
        path: ['formatVersion'],
        code: 'format-version',
        message: `"formatVersion" must be a whole number from 1, got ${JSON.stringify(version)}`,
        hint: `This version of Haven writes "formatVersion": ${FORMAT_VERSION}.`,
      },
    };
  if (version > FORMAT_VERSION)
    return {
      ok: false,
      issue: {
        path: ['formatVersion'],
        code: 'format-version',
        message: `this course was made by a newer Haven (format ${version}; this Haven reads up to ${FORMAT_VERSION})`,
        hint: 'Update Haven to open it.',
      },
    };
  let current = course;
  for (let v = version; v < FORMAT_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step)
      return {
        ok: false,
        issue: {
          path: ['formatVersion'],
          code: 'format-version',
          message: `no migration from format ${v}`,
          hint: 'Report this to the Haven team.',
        },
      };
    current = { ...step(current), formatVersion: v + 1 };
  }
  return { ok: true, course: current, from: version };
}
