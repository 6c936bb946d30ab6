import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { BitReader, BitWriter } from './bits.js';
import { readKeySet, readSubset, writeKeySet, writeSubset } from './key-set.js';
import { fromBase64Url, toBase64Url } from './base64url.js';

const sortedKeys = fc.uniqueArray(fc.nat(5000), { maxLength: 200 }).map((a) => a.sort((x, y) => x - y));

test('key sets round trip in both forms, and "all of them" is nearly free', () => {
  fc.assert(
    fc.property(sortedKeys, fc.nat(40), (keys, k) => {
      const w = new BitWriter();
      writeKeySet(w, keys);
      w.expGolomb(k);
      const r = new BitReader(w.toBytes(), w.length);
      assert.deepEqual(readKeySet(r), keys);
      assert.equal(r.expGolomb(), k);
      assert.equal(r.remaining, 0);
    }),
  );
  const all = Array.from({ length: 5000 }, (_, i) => i + 3);
  const w = new BitWriter();
  writeKeySet(w, all);
  assert.ok(w.length < 64, `${w.length} bits for 5,000 consecutive keys`);
});

test('subsets of the course’s keys round trip, and all-but-a-few costs a few bits per exception', () => {
  fc.assert(
    fc.property(sortedKeys, fc.array(fc.boolean(), { maxLength: 200 }), (universe, picks) => {
      const keys = universe.filter((_, i) => picks[i]);
      const w = new BitWriter();
      writeSubset(w, keys, universe);
      assert.deepEqual(readSubset(new BitReader(w.toBytes(), w.length), universe), keys);
    }),
  );
  const pages = Array.from({ length: 500 }, (_, i) => 2 + i * 4);
  const w = new BitWriter();
  writeSubset(w, pages.slice(0, 499), pages);
  assert.ok(w.length < 40, `${w.length} bits`);
});

test('base64url round trips and refuses characters outside [A-Za-z0-9_-] or a non-canonical spelling', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
      const text = toBase64Url(bytes);
      assert.match(text, /^[A-Za-z0-9_-]*$/);
      assert.deepEqual(fromBase64Url(text), bytes);
    }),
  );
  assert.equal(fromBase64Url('ab+c'), undefined);
  assert.deepEqual(fromBase64Url('AA'), new Uint8Array([0]));
  assert.equal(fromBase64Url('AF'), undefined, 'leftover bits must be zero');
});

test('a hostile run length is refused before any work is done', () => {
  const w = new BitWriter();
  w.expGolomb(3); // three keys
  w.bit(1); // runs form
  w.expGolomb(0); // one run
  w.expGolomb(0); // from key 0
  w.expGolomb(2 ** 40); // absurdly long
  assert.throws(() => readKeySet(new BitReader(w.toBytes(), w.length)), /runs longer/);
});
