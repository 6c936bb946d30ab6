import { BitReader, BitWriter, CodecError, expGolombBits, riceBits } from './bits.js';

/**
 * A sorted set of tracking keys, in whichever of two forms is shorter (1 bit says which):
 * - gaps: each key as the distance from the previous one, Rice-coded with the best k (3 bits);
 * - runs: runs of consecutive keys as (gap, length) pairs, which makes "every page viewed" nearly free.
 * Ties go to the first form and the smallest k, so the encoding is canonical.
 */
export function writeKeySet(w: BitWriter, keys: readonly number[]): void {
  w.expGolomb(keys.length);
  if (!keys.length) return;
  const gaps = keys.map((k, i) => (i === 0 ? k : k - keys[i - 1]! - 1));
  let bestK = 0;
  let bestGapBits = Infinity;
  for (let k = 0; k < 8; k++) {
    const bits = gaps.reduce((n, g) => n + riceBits(g, k), 0);
    if (bits < bestGapBits) [bestK, bestGapBits] = [k, bits];
  }
  const runs = toRuns(keys);
  const runBits = expGolombBits(runs.length - 1) + runs.reduce((n, [gap, len]) => n + expGolombBits(gap) + expGolombBits(len - 1), 0);
  if (runBits < bestGapBits) {
    w.bit(1);
    w.expGolomb(runs.length - 1);
    for (const [gap, len] of runs) {
      w.expGolomb(gap);
      w.expGolomb(len - 1);
    }
    return;
  }
  w.bit(0);
  w.uint(bestK, 3);
  for (const g of gaps) w.rice(g, bestK);
}

export function readKeySet(r: BitReader): number[] {
  const count = r.expGolomb();
  if (count > r.remaining) throw new CodecError('key set larger than the data');
  if (!count) return [];
  const keys: number[] = [];
  if (r.bit() === 1) {
    const runs = r.expGolomb() + 1;
    let next = 0;
    for (let i = 0; i < runs; i++) {
      const start = next + r.expGolomb();
      const len = r.expGolomb() + 1;
      if (keys.length + len > count) throw new CodecError('runs longer than the key count');
      for (let j = 0; j < len; j++) keys.push(start + j);
      next = start + len + 1;
    }
    if (keys.length !== count) throw new CodecError('runs do not match the key count');
    return keys;
  }
  const k = r.uint(3);
  let previous = -1;
  for (let i = 0; i < count; i++) {
    previous = previous + 1 + r.rice(k);
    keys.push(previous);
  }
  return keys;
}

/** [gap from the end of the previous run (+1), length]; the first gap is from 0. */
function toRuns(keys: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  let next = 0;
  let i = 0;
  while (i < keys.length) {
    const start = keys[i]!;
    let len = 1;
    while (i + len < keys.length && keys[i + len] === start + len) len++;
    runs.push([start - next, len]);
    next = start + len + 1;
    i += len;
  }
  return runs;
}

/**
 * A key set that is a subset of a kind of key the course has (pages, notes, reflections), in whichever
 * of two forms is shorter (1 bit): the plain key set, or "every key of that kind below N, except D".
 * The second form makes "all pages viewed" a few bits. It stays keyed by keys: the reader applies it to
 * its own course's keys, and as keys are never reused, keys added since (all >= N) are left out and
 * keys removed since are simply absent.
 */
export function writeSubset(w: BitWriter, keys: readonly number[], universe: readonly number[]): void {
  const plain = new BitWriter();
  writeKeySet(plain, keys);
  const n = keys.length ? keys[keys.length - 1]! + 1 : 0;
  const chosen = new Set(keys);
  const complement = new BitWriter();
  complement.expGolomb(n);
  writeKeySet(
    complement,
    universe.filter((k) => k < n && !chosen.has(k)),
  );
  const use = complement.length < plain.length ? complement : plain;
  w.bit(use === complement);
  w.append(use);
}

export function readSubset(r: BitReader, universe: readonly number[]): number[] {
  if (r.bit() === 0) return readKeySet(r);
  const n = r.expGolomb();
  const except = new Set(readKeySet(r));
  return universe.filter((k) => k < n && !except.has(k));
}
