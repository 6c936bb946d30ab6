/**
 * Course parse + validate time: JSON text in, normalised frozen course out (JSON parse, schema,
 * whole-course checks, tracking keys, normalisation, deep freeze). Median of several runs.
 * Goal: under 300 ms for 5,000 pages, growing linearly. The synthetic pages hold about 4 blocks of
 * mixed types (a quarter of them questions with 4 to 6 options and feedback), about 2.7 KB of JSON each.
 */
import { parse } from '@haven/course';
import { syntheticCourseText } from '@haven/course/testing';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(pages: number, runs: number): { ms: number; bytes: number; pages: number } {
  const text = syntheticCourseText({ pages });
  const first = parse(text, `synthetic-${pages}.json`);
  if (!first.ok) throw new Error(`synthetic course of ${pages} pages is invalid: ${first.errors[0]?.message}`);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    parse(text, `synthetic-${pages}.json`);
    samples.push(performance.now() - start);
  }
  return { ms: Math.round(median(samples) * 10) / 10, bytes: text.length, pages };
}

const small = time(50, 21);
const large = time(5000, 7);
const rows = [
  ['synthetic 50 pages', small],
  ['synthetic 5,000 pages', large],
] as const;
console.log('course parse + validate (median)');
for (const [name, r] of rows)
  console.log(
    `  ${name.padEnd(24)} ${String(r.ms).padStart(8)} ms   ${(r.bytes / 1e6).toFixed(2)} MB of JSON (${(r.bytes / r.pages / 1024).toFixed(1)} KB a page)`,
  );
console.log(`  ratio 5000/50: ${(large.ms / small.ms).toFixed(1)} (pages x100)`);
console.log(JSON.stringify({ 'validate.ms.synthetic50': small.ms, 'validate.ms.synthetic5000': large.ms }));
