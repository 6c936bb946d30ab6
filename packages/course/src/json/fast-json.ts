/**
 * The fast path for valid files: the engine's own JSON.parse, plus a check that no object has a
 * key twice (JSON.parse would silently keep the last). Counting keys in the text and in the value
 * is enough: they differ exactly when some key repeats. Anything unusual returns undefined, and
 * the caller falls back to the careful parser, which explains the problem with its position.
 */
import type { JsonValue } from './parse-json.js';
import { withoutBom } from './bom.js';

export function fastParseJson(text: string, parsed?: unknown): JsonValue | undefined {
  // A caller that has already run JSON.parse on the text saves a second parse.
  const read = parsed === undefined ? readJson(text) : { value: parsed as JsonValue, keys: keysInText(withoutBom(text)) };
  return read && read.keys === keysInValue(read.value) ? read.value : undefined;
}

/**
 * JSON.parse and the number of keys written in the text, for a caller that counts the keys in the
 * value on a walk of its own; undefined for a syntax error.
 */
export function readJson(text: string): { readonly value: JsonValue; readonly keys: number } | undefined {
  const body = withoutBom(text);
  let value: JsonValue;
  try {
    value = JSON.parse(body) as JsonValue;
  } catch {
    return undefined;
  }
  return { value, keys: keysInText(body) };
}

/** Keys in the text: by their colons when that is unambiguous, else string by string. */
function keysInText(text: string): number {
  const byColons = keysByColons(text);
  return byColons >= 0 ? byColons : keysByStrings(text);
}

const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;

/**
 * In valid JSON every key is followed by exactly one structural colon, and every structural colon
 * follows a key's closing quote (spaces between). A colon inside a string either has no quote
 * before it, or an escaped one, or the string's opening quote (a string starting with ":"). An
 * opening quote always follows a space or one of `{ [ , :`, so a quote that follows anything else
 * is a closing one. When the quote before a colon follows a space or one of those four (a key ending
 * in one of them, or a string starting with ":"), the colon cannot be told apart: -1.
 * Colons are far fewer than quotes, so this is several times faster than walking every string.
 */
function keysByColons(text: string): number {
  let count = 0;
  for (let colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
    let quote = colon - 1;
    let c = text.charCodeAt(quote);
    while (isSpace(c)) c = text.charCodeAt(--quote);
    if (c !== 34 || isEscaped(text, quote)) continue;
    const before = text.charCodeAt(quote - 1);
    if (quote === 0 || isSpace(before) || before === 123 || before === 91 || before === 44 || before === 58) return -1;
    count++;
  }
  return count;
}

/** Strings followed by ":" are keys; string contents are skipped whole, so quotes inside them do not count. */
function keysByStrings(text: string): number {
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

/** Own keys of every object in the value; NaN when it nests too deep. */
export function keysInValue(value: JsonValue, depth = 0): number {
  if (depth > MAX_DEPTH) return NaN;
  let count = 0;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const v = value[i]!;
      if (typeof v === 'object' && v !== null) count += keysInValue(v, depth + 1);
    }
  } else if (typeof value === 'object' && value !== null) {
    // Own keys only, "__proto__" included (JSON.parse makes it an own property).
    const keys = Object.keys(value);
    count = keys.length;
    for (let i = 0; i < keys.length; i++) {
      const v = value[keys[i]!]!;
      if (typeof v === 'object' && v !== null) count += keysInValue(v, depth + 1);
    }
  }
  return count;
}
