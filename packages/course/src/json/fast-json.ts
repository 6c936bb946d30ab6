/**
 * The fast path for valid files: the engine's own JSON.parse, plus a check that no object has a
 * key twice (JSON.parse would silently keep the last). Counting keys in the text and in the value
 * is enough: they differ exactly when some key repeats. Anything unusual returns undefined, and
 * the caller falls back to the careful parser, which explains the problem with its position.
 */
import type { JsonValue } from './parse-json.js';

export function fastParseJson(text: string): JsonValue | undefined {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let value: JsonValue;
  try {
    value = JSON.parse(body) as JsonValue;
  } catch {
    return undefined;
  }
  return keysInText(body) === keysInValue(value) ? value : undefined;
}

/** Strings followed by ":" are keys; string contents are skipped whole, so quotes inside them do not count. */
function keysInText(text: string): number {
  let count = 0;
  let i = text.indexOf('"');
  while (i >= 0) {
    let end = text.indexOf('"', i + 1);
    while (end > 0 && isEscaped(text, end)) end = text.indexOf('"', end + 1);
    if (end < 0) return -1;
    let k = end + 1;
    while (
      k < text.length &&
      (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 10 || text.charCodeAt(k) === 13 || text.charCodeAt(k) === 9)
    )
      k++;
    if (text.charCodeAt(k) === 58) count++;
    i = text.indexOf('"', end + 1);
  }
  return count;
}

function isEscaped(text: string, quote: number): boolean {
  let backslashes = 0;
  for (let k = quote - 1; text.charCodeAt(k) === 92; k--) backslashes++;
  return backslashes % 2 === 1;
}

/** Deeper than any course: give up (NaN never equals a count), so the careful parser explains it. */
const MAX_DEPTH = 200;

function keysInValue(value: JsonValue, depth = 0): number {
  if (value === null || typeof value !== 'object') return 0;
  if (depth > MAX_DEPTH) return NaN;
  let count = 0;
  if (Array.isArray(value)) for (const v of value) count += keysInValue(v, depth + 1);
  else
    for (const key in value) {
      count++;
      count += keysInValue(value[key]!, depth + 1);
    }
  // A "__proto__" key is an own property after JSON.parse but for-in still sees it; nothing is missed.
  return count;
}
