import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { fastParseJson } from './fast-json.js';

// Text that is hard on a key counter: quotes, colons, backslashes, spaces and brackets inside keys and strings.
const tricky = fc.string({ unit: fc.constantFrom('a', 'b', ':', '"', '\\', ' ', '\n', ',', '{', '[', '}', ']', 'é'), maxLength: 6 });
const value = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    tricky,
    fc.integer(),
    fc.constant(null),
    fc.boolean(),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(tricky, tie('value'), { maxKeys: 4 }),
  ),
})).value;
const indent = fc.constantFrom(undefined, 0, 1, 2, '\t');

test('any JSON without repeated keys takes the fast path and reads as JSON.parse reads it', () => {
  fc.assert(
    fc.property(value, indent, (v, space) => {
      const text = JSON.stringify(v, null, space);
      assert.deepEqual(fastParseJson(text), JSON.parse(text));
    }),
    { numRuns: 3000 },
  );
});

test('a key written twice in one object is never taken by the fast path', () => {
  fc.assert(
    fc.property(value, tricky, indent, fc.constantFrom('', ' ', '\n  '), (v, key, space, gap) => {
      const k = JSON.stringify(key);
      const inner = JSON.stringify(v, null, space);
      const text = `{"x": ${inner}, ${k}${gap}: 1, "list": [${k}, ":${key}"], ${k}${gap}:${gap}${inner}}`;
      assert.equal(fastParseJson(text), undefined);
    }),
    { numRuns: 3000 },
  );
});

test('a course-like text with colons in its strings takes the fast path', () => {
  const text = JSON.stringify({ a: 'Question 1: which?', b: [{ href: 'https://example.org' }], 'c:': ':d' }, null, 2);
  assert.deepEqual(fastParseJson(text), JSON.parse(text));
});
