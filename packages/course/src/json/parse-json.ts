/**
 * A small JSON parser that keeps source positions, so every course error can name file:line:column.
 * Unlike JSON.parse it reports duplicate keys, and it never lets a "__proto__" key touch a prototype.
 * Positions are kept beside the values (a WeakMap per container), so the values stay plain JSON.
 */

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
export type JsonPath = readonly (string | number)[];

interface ContainerPositions {
  /** Object: key -> offsets of the key and of its value. Array: value offsets by index. */
  readonly keys?: Map<string, { key: number; value: number }>;
  readonly items?: number[];
}

export interface JsonSyntaxError {
  readonly offset: number;
  readonly message: string;
  readonly hint: string;
}

export interface DuplicateKey {
  readonly path: JsonPath;
  readonly offset: number;
  readonly firstOffset: number;
}

export type JsonParseResult =
  | { readonly ok: true; readonly value: JsonValue; readonly source: SourceMap; readonly duplicates: readonly DuplicateKey[] }
  | { readonly ok: false; readonly error: JsonSyntaxError; readonly source: SourceMap };

/** Maps values and offsets back to lines and columns. */
export class SourceMap {
  private lineStarts: number[] | undefined;
  constructor(
    readonly text: string,
    private readonly positions: WeakMap<object, ContainerPositions>,
    private readonly root: JsonValue | undefined,
    private readonly rootOffset: number,
  ) {}

  /** 1-based line and column of an offset (columns count UTF-16 code units, like most editors). */
  lineColumn(offset: number): { line: number; column: number } {
    const starts = (this.lineStarts ??= computeLineStarts(this.text));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  }

  /**
   * Offset of the value at `path` (or of its key, when `key` is true). Walks as deep as the path
   * exists and returns the deepest known place, so a missing property points at its parent.
   */
  offsetOf(path: JsonPath, key = false): number {
    let value: JsonValue | undefined = this.root;
    let offset = this.rootOffset;
    for (let i = 0; i < path.length; i++) {
      if (value === null || value === undefined || typeof value !== 'object') break;
      const pos = this.positions.get(value);
      if (!pos) break;
      const segment = path[i]!;
      if (Array.isArray(value)) {
        const at = pos.items?.[Number(segment)];
        if (at === undefined) break;
        offset = at;
        value = value[Number(segment)];
      } else {
        const at = pos.keys?.get(String(segment));
        if (!at) break;
        offset = key && i === path.length - 1 ? at.key : at.value;
        value = Object.prototype.hasOwnProperty.call(value, segment) ? value[String(segment)] : undefined;
      }
    }
    return offset;
  }

  position(path: JsonPath, key = false): { line: number; column: number } {
    return this.lineColumn(this.offsetOf(path, key));
  }
}

function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

class Fail extends Error {
  constructor(
    readonly offset: number,
    readonly why: string,
    readonly hint: string,
  ) {
    super(why);
  }
}

const MAX_DEPTH = 200;
const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
const STRING_BREAK_HINT = 'Close the string with " on the same line; write \\n for a new line.';

/**
 * Parses JSON text; a leading byte order mark is allowed. Never throws. With `positions: false` it
 * skips recording where each value sits (much faster on big files); duplicates are still found, but
 * their first place is only known with positions.
 */
export function parseJson(text: string, options: { positions?: boolean } = {}): JsonParseResult {
  const track = options.positions ?? true;
  const positions = new WeakMap<object, ContainerPositions>();
  const duplicates: DuplicateKey[] = [];
  const path: (string | number)[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = text.length;

  const describe = (at: number): string => {
    if (at >= n) return 'end of file';
    const c = text[at]!;
    if (c === '"') return 'quote';
    if (/\s/.test(c)) return 'space';
    return `"${c}"`;
  };
  const ws = () => {
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c !== 32 && c !== 10 && c !== 13 && c !== 9) break;
    }
  };
  const value = (depth: number): JsonValue => {
    if (depth > MAX_DEPTH)
      throw new Fail(i, `nesting deeper than ${MAX_DEPTH} levels`, 'A course is never this deep: look for runaway brackets.');
    ws();
    const c = text.charCodeAt(i);
    if (c === 123) return object(depth);
    if (c === 91) return array(depth);
    if (c === 34) return string();
    if (c === 45 || (c >= 48 && c <= 57)) return number();
    if (text.startsWith('true', i)) return ((i += 4), true);
    if (text.startsWith('false', i)) return ((i += 5), false);
    if (text.startsWith('null', i)) return ((i += 4), null);
    if (i >= n) throw new Fail(i, 'unexpected end of file: a value is missing', 'The file may be cut short: check its last lines.');
    if (c === 39) throw new Fail(i, 'single quotes are not allowed', 'JSON strings use double quotes: "like this".');
    if (c === 125 || c === 93)
      throw new Fail(i, `unexpected ${describe(i)}: a value is missing`, 'Look for a comma with nothing after it.');
    throw new Fail(
      i,
      `unexpected ${describe(i)}: expected a value`,
      'Values are "text", numbers, true, false, null, { objects } or [ lists ].',
    );
  };
  const object = (depth: number): JsonValue => {
    i++;
    const out: { [key: string]: JsonValue } = {};
    const keys = track ? new Map<string, { key: number; value: number }>() : undefined;
    if (keys) positions.set(out, { keys });
    ws();
    if (text.charCodeAt(i) === 125) return (i++, out);
    for (;;) {
      ws();
      if (text.charCodeAt(i) !== 34) {
        if (text.charCodeAt(i) === 125) throw new Fail(i, 'trailing comma before "}"', 'Remove the comma after the last property.');
        throw new Fail(i, `unexpected ${describe(i)}: expected a property name in double quotes`, 'Properties are written "name": value.');
      }
      const keyAt = i;
      const key = string();
      ws();
      if (text.charCodeAt(i) !== 58) throw new Fail(i, `unexpected ${describe(i)}: expected ":" after "${key}"`, 'Write "name": value.');
      i++;
      ws();
      const valueAt = i;
      path.push(key);
      const v = value(depth + 1);
      path.pop();
      if (keys) {
        const first = keys.get(key);
        if (first) duplicates.push({ path: [...path, key], offset: keyAt, firstOffset: first.key });
        keys.set(key, { key: keyAt, value: valueAt });
      } else if (Object.prototype.hasOwnProperty.call(out, key))
        duplicates.push({ path: [...path, key], offset: keyAt, firstOffset: keyAt });
      // defineProperty, not assignment, for "__proto__": such a key must stay plain data.
      if (key === '__proto__') Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
      else out[key] = v;
      ws();
      const c = text.charCodeAt(i);
      if (c === 44) {
        i++;
        continue;
      }
      if (c === 125) return (i++, out);
      throw new Fail(i, `unexpected ${describe(i)}: expected "," or "}"`, 'A comma may be missing after the previous property.');
    }
  };
  const array = (depth: number): JsonValue => {
    i++;
    const out: JsonValue[] = [];
    const items: number[] | undefined = track ? [] : undefined;
    if (items) positions.set(out, { items });
    ws();
    if (text.charCodeAt(i) === 93) return (i++, out);
    for (;;) {
      ws();
      if (text.charCodeAt(i) === 93) throw new Fail(i, 'trailing comma before "]"', 'Remove the comma after the last item.');
      items?.push(i);
      if (track) {
        path.push(out.length);
        out.push(value(depth + 1));
        path.pop();
      } else out.push(value(depth + 1));
      ws();
      const c = text.charCodeAt(i);
      if (c === 44) {
        i++;
        continue;
      }
      if (c === 93) return (i++, out);
      throw new Fail(i, `unexpected ${describe(i)}: expected "," or "]"`, 'A comma may be missing after the previous item.');
    }
  };
  const string = (): string => {
    const start = ++i;
    // Fast path: no escapes.
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === 34) return text.slice(start, i++);
      if (c === 92) break;
      if (c < 32) throw new Fail(i, 'line break or control character inside a string', STRING_BREAK_HINT);
    }
    let out = text.slice(start, i);
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === 34) return (i++, out);
      if (c < 32) throw new Fail(i, 'line break or control character inside a string', STRING_BREAK_HINT);
      if (c !== 92) {
        out += text[i];
        continue;
      }
      const e = text[++i] ?? '';
      if (e === 'u') {
        const hex = text.slice(i + 1, i + 5);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw new Fail(i - 1, 'bad \\u escape', 'Write \\u followed by four hexadecimal digits.');
        out += String.fromCharCode(parseInt(hex, 16));
        i += 4;
      } else {
        const m = ESCAPES[e];
        if (m === undefined)
          throw new Fail(i - 1, `bad escape "\\${e}"`, 'Valid escapes are \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX.');
        out += m;
      }
    }
    throw new Fail(start - 1, 'string never closed', 'Add the closing double quote.');
  };
  const number = (): number => {
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(text);
    if (!m) throw new Fail(i, `unexpected ${describe(i)}: not a valid number`, 'Numbers are written like 12, 0.5 or -3.');
    i += m[0].length;
    return Number(m[0]);
  };

  const rootOffset = i;
  try {
    const root = value(0);
    ws();
    if (i < n)
      throw new Fail(i, `unexpected ${describe(i)} after the end of the course`, 'A file holds one JSON value: remove what follows it.');
    return { ok: true, value: root, source: new SourceMap(text, positions, root, rootOffset), duplicates };
  } catch (e) {
    const source = new SourceMap(text, positions, undefined, rootOffset);
    if (e instanceof Fail) return { ok: false, error: { offset: e.offset, message: e.why, hint: e.hint }, source };
    // A stack overflow on hostile input: still a typed result.
    return {
      ok: false,
      error: { offset: i, message: 'the file could not be read as JSON', hint: 'Check that it is a Haven course file.' },
      source,
    };
  }
}
