/**
 * Engine figures: resume data size for a large course, and how one `nav.next` scales with course size.
 * Prints a table, then (last line) a flat JSON object of the figures.
 */
import { createActor } from 'xstate';
import { performance } from 'node:perf_hooks';
import type { Course } from '@haven/course';
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

/** Walks a course page by page with fresh learners (no-op effects), timing each `nav.next`. */
function walker(course: Course, pages: number) {
  let actor = createActor(courseMachine, { input: { course, seed: 1 } }).start();
  let at = 0;
  return (samples: number, into: number[]) => {
    for (let n = 0; n < samples; n++) {
      if (++at >= pages) {
        actor.stop();
        actor = createActor(courseMachine, { input: { course, seed: 1 } }).start();
        at = 1;
      }
      const t = performance.now();
      actor.send({ type: 'nav.next' });
      into.push(performance.now() - t);
    }
  };
}

// The machine is shared, so the two sizes are measured in alternating rounds to see the same load;
// the large course is walked through all its pages over the rounds, so late pages are measured too.
const walk50 = walker(parsedSynthetic({ pages: 50 }), 50);
const walk5000 = walker(parsedSynthetic({ pages: 5000 }), 5000);
walk50(3000, []); // warm up the JIT on the same code paths
walk5000(3000, []);
const smallTimes: number[] = [];
const largeTimes: number[] = [];
for (let round = 0; round < 20; round++) {
  walk50(500, smallTimes);
  walk5000(500, largeTimes);
}
const small = median(smallTimes);
const large = median(largeTimes);

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
