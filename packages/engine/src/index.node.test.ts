import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PACKAGE } from './index.js';

test('engine entry point loads', () => {
  assert.equal(PACKAGE, '@haven/engine');
});
