import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createActor } from 'xstate';
import { courseMachine } from '../machines/course.machine.js';
import { arbRun } from '../testing/arbitrary.js';
import { replay } from '../testing/replay.js';
import { arrive } from './arrive.js';
import { emptyProgress } from './progress.js';

const T = Date.UTC(2025, 5, 1);

test('arrive starts a learner exactly where the course machine does, from any progress', () => {
  fc.assert(
    fc.property(arbRun, fc.nat(), fc.nat(), ([course, events, seed], pick, page) => {
      // A stored snapshot from anywhere in the run, as a player would resume it, or a new learner's;
      // its location is any page (another device may have moved on to a page not yet seen here).
      const states = [emptyProgress(course, { seed }), ...replay(course, events, seed)];
      const keys = course.modules.flatMap((m) => m.pages.map((p) => p.key));
      const stored = states[pick % states.length]!;
      const progress = page % 3 === 0 ? stored : { ...stored, location: keys[page % keys.length]! };
      const actor = createActor(courseMachine, { input: { course, progress, now: () => T } }).start();
      const snapshot = actor.getSnapshot();
      actor.stop();
      const arrival = arrive(course, progress, { now: T, shownAt: T });
      assert.deepEqual(snapshot.value, { active: arrival.state });
      assert.deepEqual(arrival.progress, snapshot.context.progress);
      assert.deepEqual(arrival.state === 'notice' ? arrival.notice : null, snapshot.context.notice);
    }),
    { numRuns: 300 },
  );
});

test('a new learner of a course with audiences is asked to choose one, and nothing else changes', () => {
  fc.assert(
    fc.property(arbRun, ([course, , seed]) => {
      const [fresh] = replay(course, [], seed);
      const arrival = arrive(course, fresh!, { now: T });
      if (course.audiences.length === 0) return;
      assert.equal(arrival.state, 'choosingAudience');
      assert.equal(arrival.progress, fresh);
    }),
    { numRuns: 50 },
  );
});
