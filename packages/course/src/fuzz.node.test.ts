/**
 * Property tests: the shipped example course, broken in random ways (values deleted, replaced, retyped,
 * ids copied elsewhere, junk inserted), never makes `parse` throw; it always answers with a course or
 * with errors whose line and column are real and whose pointer names a place in the file. The quick
 * path agrees: it gives a course exactly when `parse` does.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parse, formatError, type ParseResult } from './index.js';
import { parseQuick } from './quick.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Segment = string | number;

const exampleText = readFileSync(new URL('../../../courses/example/course.json', import.meta.url), 'utf8');
const example = JSON.parse(exampleText) as Json;

/** Every place in a value, the root first. */
function pathsOf(value: Json, path: Segment[] = [], out: Segment[][] = []): Segment[][] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...path, i], out));
  else if (typeof value === 'object' && value !== null) for (const k of Object.keys(value)) pathsOf(value[k]!, [...path, k], out);
  return out;
}

/** Every text value under an "id" key: copying one elsewhere makes repeats and dangling references. */
const ids = pathsOf(example)
  .filter((p) => p.at(-1) === 'id')
  .map((p) => p.reduce<Json>((v, s) => (v as Record<string, Json>)[s]!, example) as string);

/** Sets a property as plain data, so "__proto__" stays an own key as JSON.parse would make it. */
function put(o: Record<string, Json>, key: string, value: Json): void {
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
}

function nested(depth: number): Json {
  let v: Json = 'deep';
  for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { a: v };
  return v;
}

const junk: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(null, true, false, 0, -1, 1.5, 1e300, '', 'Bad Id', 'n1', 'a', 'all', 'single', 'question', 'scenario'),
  fc.constantFrom<Json>('<script>alert(1)</script>', '[link](http://example.org)', 'https://cdn.example.com/x.mp4', '**open'),
  fc.constantFrom<Json>({}, [], [null], [[]], { id: 'x' }, JSON.parse('{"__proto__": {"polluted": true}}') as Json),
  fc.constantFrom<Json>('x'.repeat(30000), nested(250), nested(20)),
  fc.string({ maxLength: 20 }),
  fc.integer(),
  fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
  fc.constantFrom<Json>(...ids),
);
const junkKey = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'id', 'type', 'choises', 'correct', 'bank', 'end', 'next'),
  fc.string(),
);

type Mutation =
  | { kind: 'delete' | 'retype'; at: number }
  | { kind: 'replace'; at: number; value: Json }
  | { kind: 'insert'; at: number; key: string; value: Json };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constantFrom<'delete' | 'retype'>('delete', 'retype'), at: fc.nat() }),
  fc.record({ kind: fc.constant<'replace'>('replace'), at: fc.nat(), value: junk }),
  fc.record({ kind: fc.constant<'insert'>('insert'), at: fc.nat(), key: junkKey, value: junk }),
);

function retyped(v: Json): Json {
  if (typeof v === 'string') return v.length;
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 'true' : 0;
  if (v === null) return {};
  if (Array.isArray(v)) return Object.fromEntries(v.map((x, i) => [String(i), x]));
  return Object.values(v);
}

/** Applies one mutation in place and returns the (possibly new) root. */
function mutate(root: Json, m: Mutation): Json {
  const paths = pathsOf(root);
  const path = paths[m.at % paths.length]!;
  const parentPath = path.slice(0, -1);
  const parent = parentPath.reduce<Json>((v, s) => (v as Record<string, Json>)[s]!, root) as Record<string, Json> | Json[];
  const key = path.at(-1);
  const current = key === undefined ? root : (parent as Record<string, Json>)[key]!;
  const set = (value: Json): Json => {
    if (key === undefined) return value;
    if (Array.isArray(parent)) parent[key as number] = value;
    else put(parent, key as string, value);
    return root;
  };
  switch (m.kind) {
    case 'delete':
      if (key === undefined) return root;
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key as string];
      return root;
    case 'retype':
      return set(retyped(current));
    case 'replace':
      return set(structuredClone(m.value));
    case 'insert': {
      // A copy: the junk constants are shared between runs and must not grow into each other.
      const value = structuredClone(m.value);
      if (Array.isArray(current)) current.splice(m.at % (current.length + 1), 0, value);
      else if (typeof current === 'object' && current !== null) put(current, m.key, value);
      else return set([current, value]);
      return root;
    }
  }
}

/** The value a JSON pointer names, or a failure when it names nothing. */
function resolves(root: unknown, pointer: string): boolean {
  if (pointer === '') return true;
  if (!pointer.startsWith('/')) return false;
  let v = root;
  for (const raw of pointer.slice(1).split('/')) {
    const s = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(v)) {
      if (!/^(0|[1-9]\d*)$/.test(s) || Number(s) >= v.length) return false;
      v = v[Number(s)];
    } else if (typeof v === 'object' && v !== null) {
      if (!Object.prototype.hasOwnProperty.call(v, s)) return false;
      v = (v as Record<string, unknown>)[s];
    } else return false;
  }
  return true;
}

/** What must hold for any text: no throw, real places, pointers into the file, sorted, quick path agrees. */
function assertSound(text: string): ParseResult {
  const r = parse(text, 'fuzz.json');
  let value: unknown;
  let parses = true;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    parses = false;
  }
  const lines = text.split('\n').length;
  if (!r.ok) {
    assert.ok(r.errors.length > 0, 'a failure names at least one error');
    let last = 0;
    for (const e of r.errors) {
      const where = formatError(e);
      assert.equal(e.file, 'fuzz.json');
      assert.ok(Number.isInteger(e.line) && Number.isInteger(e.column) && e.line >= 1 && e.column >= 1, where);
      assert.ok(e.line <= lines, where);
      assert.ok(typeof e.message === 'string' && e.message.length > 0, where);
      assert.ok(e.hint === undefined || typeof e.hint === 'string', where);
      if (parses) assert.ok(resolves(value, e.pointer), `pointer names nothing: ${where}`);
      if (e.related) {
        assert.ok(e.related.line >= 1 && e.related.column >= 1, where);
        if (parses) assert.ok(resolves(value, e.related.pointer), `related pointer names nothing: ${where}`);
      }
      const position = e.line * 1e7 + e.column;
      assert.ok(position >= last, `errors are in file order: ${where}`);
      last = position;
    }
    assert.equal(parseQuick(text), undefined, 'the quick path leaves anything parse reports to parse');
  } else assert.deepEqual(parseQuick(text), r, 'the quick path gives what parse gives');
  assert.equal(({} as Record<string, unknown>)['polluted'], undefined, 'Object.prototype untouched');
  return r;
}

test('the unbroken example course parses', () => {
  assert.equal(assertSound(exampleText).ok, true);
});

test('a broken example course never throws, and every error has a real place and pointer', () => {
  let failures = 0;
  fc.assert(
    fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), fc.boolean(), (mutations, pretty) => {
      let course = structuredClone(example);
      for (const m of mutations) course = mutate(course, m);
      const r = assertSound(JSON.stringify(course, null, pretty ? 2 : undefined) ?? 'undefined');
      if (!r.ok) failures++;
    }),
    { numRuns: 400 },
  );
  assert.ok(failures > 200, `most mutations break the course (${failures} of 400 did)`);
});

test('junk typed into the text never throws, and errors still have a real place', () => {
  fc.assert(
    fc.property(
      fc.nat(exampleText.length),
      fc.nat(40),
      fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('{', '}', '[', ']', ',', ':', '"', '\\', '\uFEFF', '"id": "x",')),
      (at, cut, inserted) => {
        assertSound(exampleText.slice(0, at) + inserted + exampleText.slice(Math.min(exampleText.length, at + cut)));
      },
    ),
    { numRuns: 200 },
  );
});
