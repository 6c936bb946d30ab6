import type { CourseError } from './model/types.js';

/** One line, as `haven validate` prints it: `file:line:col /pointer: message; hint`. */
export function formatError(e: CourseError): string {
  const hint = e.hint ? `; ${e.hint}` : '';
  const related = e.related ? ` (see also ${e.related.line}:${e.related.column} ${e.related.pointer || '/'})` : '';
  return `${e.file}:${e.line}:${e.column} ${e.pointer || '/'}: ${e.message}${hint}${related}`;
}
