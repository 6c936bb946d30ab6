import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse, formatError, MAX_COURSE_CHARS } from './index.js';
import { parseQuick } from './quick.js';
import { minimalCourse } from './testing/fixtures.js';

const valid = JSON.stringify(minimalCourse(), null, 2);
const corpus: Record<string, string> = {
  empty: '',
  whitespace: '  \n\t ',
  null: 'null',
  array: '[]',
  number: '42',
  string: '"course"',
  'bom only': '\uFEFF',
  truncated: valid.slice(0, valid.length / 2),
  'deeply nested arrays': '['.repeat(100000),
  'deeply nested objects': '{"a":'.repeat(5000) + '1' + '}'.repeat(5000),
  'huge string': JSON.stringify({ ...minimalCourse(), title: 'x'.repeat(5 * 1024 * 1024) }),
  'unicode and emoji in ids': JSON.stringify({ ...minimalCourse(), id: 'cöurse-😀' }),
  'lone surrogate escape': '{"formatVersion": 1, "title": "\\ud800"}',
  'duplicate keys': valid.replace('"title": "Mini"', '"title": "Mini",\n  "title": "Other"'),
  '__proto__ key': valid.replace('"title": "Mini"', '"title": "Mini",\n  "__proto__": {"polluted": true}'),
  'constructor key': valid.replace('"title": "Mini"', '"title": "Mini",\n  "constructor": {"prototype": {"polluted": true}}'),
  'control characters': '{"formatVersion": 1, "id": "a\u0001b"}',
  'junk after the course': `${valid} trailing`,
  'wrong shapes everywhere': JSON.stringify({
    formatVersion: 1,
    id: 3,
    version: [],
    title: {},
    lang: null,
    completion: 'all',
    support: [],
    modules: {},
  }),
  'numbers out of range': valid.replace('"formatVersion": 1', '"formatVersion": 1e400'),
  'binary noise': String.fromCharCode(...Array.from({ length: 2000 }, (_, i) => (i * 7919) % 256)),
};

for (const [name, text] of Object.entries(corpus)) {
  test(`hostile input never throws and always returns errors: ${name}`, () => {
    const r = parse(text, 'hostile.json');
    assert.equal(r.ok, false);
    if (r.ok) return;
    assert.ok(r.errors.length > 0);
    for (const e of r.errors) {
      assert.ok(e.line >= 1 && e.column >= 1, formatError(e));
      assert.equal(typeof e.message, 'string');
      assert.equal(e.file, 'hostile.json');
    }
    assert.equal(({} as Record<string, unknown>).polluted, undefined, 'Object.prototype untouched');
  });
}

test('a file over the size limit is refused before it is parsed, with a hint', () => {
  const big = JSON.stringify({ ...minimalCourse(), description: 'x'.repeat(MAX_COURSE_CHARS) });
  const r = parse(big, 'big.json');
  assert.equal(r.ok, false);
  if (r.ok) return;
  assert.deepEqual(
    r.errors.map((e) => [e.code, e.line, e.column]),
    [['too-large', 1, 1]],
  );
  assert.match(r.errors[0]!.message, /up to 32\.0 MB/);
  assert.match(r.errors[0]!.hint ?? '', /Split it/);
  assert.equal(parseQuick(big), undefined);
});

test('a BOM before a valid course is accepted', () => {
  assert.ok(parse(`\uFEFF${valid}`, 'bom.json').ok);
});

test('a "__proto__" key stays plain data and is reported as unknown', () => {
  const r = parse(corpus['__proto__ key']!, 'proto.json');
  assert.ok(!r.ok);
  if (!r.ok)
    assert.deepEqual(
      r.errors.map((e) => [e.code, e.pointer]),
      [['unknown-property', '/__proto__']],
    );
});

test('duplicate JSON keys are errors that name both places', () => {
  const r = parse(corpus['duplicate keys']!, 'dup.json');
  assert.ok(!r.ok);
  if (r.ok) return;
  const e = r.errors.find((x) => x.message.includes('appears twice'))!;
  assert.equal(e.pointer, '/title');
  assert.deepEqual([e.line, e.related?.line], [6, 5]);
});
