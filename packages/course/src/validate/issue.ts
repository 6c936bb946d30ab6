import type { JsonPath } from '../json/parse-json.js';
import type { CourseErrorCode } from '../model/types.js';

/** A problem found before positions are known; `parse` turns it into a CourseError. */
export interface Issue {
  readonly path: JsonPath;
  readonly code: CourseErrorCode;
  readonly message: string;
  readonly hint?: string;
  /**
   * For a missing property: its name. The issue is placed at the object, but it is about `path` +
   * `missing`, which is how follow-on reports are recognised.
   */
  readonly missing?: string;
  /**
   * For a whole-course report placed at one value but drawn from others (a scale's minimum and
   * maximum): those values. When the schema reports any of them, this report is left out.
   */
  readonly from?: readonly JsonPath[];
  /** Point at the property name rather than its value. */
  readonly atKey?: boolean;
  /** Index inside a string value (as decoded), for markup problems. */
  readonly inString?: number;
  /** A second place involved, e.g. the first of two duplicate ids. */
  readonly related?: Readonly<{ path: JsonPath; atKey?: boolean; offset?: number }>;
}

/** RFC 6901 JSON pointer. */
export function pointer(path: JsonPath): string {
  return path.map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}
