import { test } from 'node:test';
import assert from 'node:assert/strict';
import { closest, editDistance, suggester } from './suggest.js';

test('edit distance is the real distance, also for words of very different lengths', () => {
  assert.equal(editDistance('questoin', 'question'), 1);
  assert.equal(editDistance('formatVersion', 'audiences'), 11);
  assert.equal(editDistance('', 'abcde'), 5);
});

test('a slip is suggested; a long word of a different length is not taken for one', () => {
  assert.equal(closest('audiense', ['audiences', 'modules']), 'audiences');
  assert.equal(closest('formatVersion', ['audiences']), undefined);
  assert.equal(closest('x'.repeat(5000), ['x'.repeat(5001)]), undefined);
});

test('a shared budget stops suggesting once spent', () => {
  const suggest = suggester(200);
  assert.equal(suggest('titel', ['title']), 'did you mean "title"?');
  const many = Array.from({ length: 50 }, (_, i) => `name-${i}`);
  assert.equal(suggest('name-1x', many), undefined);
  assert.equal(suggest('titel', ['title']), undefined);
});
