/**
 * Engine figures: resume data size for a large course, and how one `nav.next` scales with course size.
 * Prints a table, then (last line) a flat JSON object of the figures.
 */
import { createActor } from 'xstate';
import { performance } from 'node:perf_hooks';
import { courseMachine, decode, encode, encodeWithin } from '@haven/engine';
import { completeLearner } from '../packages/engine/src/testing/learner.js';
import { parsedSynthetic } from '../packages/engine/src/testing/parsed.js';

const synthetic500 = parsedSynthetic({ questions: 500, blocks: 2000 });
const answered = completeLearner(synthetic500);
const everything = completeLearner(synthetic500, { activities: true });
const suspend = encode(synthetic500, answered);
const suspendAll = encode(synthetic500, everything);
const roundTrip = decode(synthetic500, suspend);
if (!roundTrip.ok || encode(synthetic500, roundTrip.progress) !== suspend) throw new Error('codec round trip failed');
const within = encodeWithin(synthetic500, everything, 1100);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Median time of one nav.next through the course (fresh learner, no-op effects), over many walks. */
function navNext(pages: number, samples: number): number {
  const course = parsedSynthetic({ pages });
  const times: number[] = [];
  while (times.length < samples) {
    const actor = createActor(courseMachine, { input: { course, seed: 1 } }).start();
    for (let i = 1; i < pages && times.length < samples; i++) {
      const t = performance.now();
      actor.send({ type: 'nav.next' });
      times.push(performance.now() - t);
    }
    actor.stop();
  }
  return median(times);
}

navNext(50, 2000); // warm up the JIT on the same code paths
navNext(5000, 2000);
const small = Math.min(navNext(50, 5000), navNext(50, 5000));
const large = Math.min(navNext(5000, 5000), navNext(5000, 5000));

const figures = {
  'suspend.chars.synthetic500': suspend.length,
  'suspend.chars.synthetic500.allActivities': suspendAll.length,
  'nav.us.synthetic50': Math.round(small * 1000 * 10) / 10,
  'nav.us.synthetic5000': Math.round(large * 1000 * 10) / 10,
  'nav.ratio.5000vs50': Math.round((large / small) * 100) / 100,
};
console.log('Figure'.padEnd(44) + 'Value');
for (const [name, value] of Object.entries(figures)) console.log(name.padEnd(44) + String(value));
console.log(
  `(all activities held to 1,100 chars by encodeWithin: ${within.data.length} chars, dropped: ${within.dropped.join(', ') || 'nothing'})`,
);
console.log(JSON.stringify(figures));
