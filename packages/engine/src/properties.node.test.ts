import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { arbRun } from './testing/arbitrary.js';
import { replay } from './testing/replay.js';
import { merge, sameContent } from './merge.js';
import { project } from './project.js';
import type { Progress } from './types.js';

test('random event sequences never throw, keep progress within 0..1, never undo completion, and bump the revision on every change', () => {
  fc.assert(
    fc.property(arbRun, ([course, events, seed]) => {
      const states = replay(course, events, seed);
      let completed = false;
      for (let i = 0; i < states.length; i++) {
        const p = states[i]!;
        const view = project(course, p);
        assert.ok(view.progress >= 0 && view.progress <= 1, `progress ${view.progress}`);
        for (const m of view.modules) assert.ok(m.progress >= 0 && m.progress <= 1);
        if (completed) assert.equal(view.completion, 'completed', 'completion never goes back');
        completed ||= view.completion === 'completed';
        if (i === 0) continue;
        const before = states[i - 1]!;
        if (p !== before) {
          assert.ok(p.revision > before.revision, 'a change bumps the revision');
        }
        for (const k of before.viewed) assert.ok(p.viewed.includes(k), 'viewed pages stay viewed');
        if (before.completedAt) assert.equal(p.completedAt, before.completedAt);
      }
      // Summaries carried step by step during navigation agree with a recount from scratch.
      const last = states.at(-1)!;
      assert.deepEqual(project(course, last), project(course, { ...last, viewed: [...last.viewed] }));
    }),
    { numRuns: 200 },
  );
});

const atLeast = (merged: Progress, side: Progress) => {
  for (const k of side.viewed) assert.ok(merged.viewed.includes(k));
  for (const k of side.notesAcknowledged) assert.ok(merged.notesAcknowledged.includes(k));
  assert.ok(merged.timeSpentMs >= side.timeSpentMs);
  if (side.completedAt) assert.ok(merged.completedAt && merged.completedAt <= side.completedAt);
  for (const [k, a] of Object.entries(side.assessments)) {
    const m = merged.assessments[Number(k)]!;
    assert.ok(m.attempt >= a.attempt);
    if (a.passed) assert.ok(m.passed);
    if (a.bestScore !== undefined) assert.ok(m.bestScore! >= a.bestScore);
  }
  for (const [k, s] of Object.entries(side.blocks)) {
    const m = merged.blocks[Number(k)];
    if (s.kind === 'reflection' && s.done) assert.deepEqual(m, s);
    if (s.kind === 'question') {
      // Answers from an older assessment attempt give way to the newer attempt; otherwise final answers stay.
      const newer = Object.entries(merged.assessments).some(([key, a]) => a.attempt > (side.assessments[Number(key)]?.attempt ?? 1));
      if (newer || m?.kind !== 'question' || m.draw.join() !== s.draw.join()) continue;
      for (const [item, answer] of Object.entries(s.items)) {
        const got = m.items[Number(item)];
        assert.ok(got, 'an answer is never lost');
        if (answer.final) assert.ok(got.final, 'a final answer stays final');
        assert.ok(got.tries >= answer.tries);
      }
    }
  }
};

test('merge is monotonic, commutative and idempotent on progress from two devices', () => {
  fc.assert(
    fc.property(arbRun, fc.array(fc.nat(), { maxLength: 40 }), ([course, events, seed], picks) => {
      const other = picks.map((i) => events[i % Math.max(1, events.length)]!).filter(Boolean);
      const a = replay(course, events, seed).at(-1)!;
      const b = replay(course, other, seed).at(-1)!;
      const ab = merge(course, a, b);
      const ba = merge(course, b, a);
      assert.deepEqual(ab, ba, 'commutative');
      atLeast(ab, a);
      atLeast(ab, b);
      assert.equal(merge(course, a, a), a, 'merging with itself changes nothing');
      assert.ok(sameContent(merge(course, ab, a), ab), 'merging again adds nothing');
      if (!sameContent(a, b)) assert.ok(ab.revision >= Math.max(a.revision, b.revision));
      const hi = a.revision >= b.revision ? a : b;
      if (a.revision !== b.revision) assert.equal(ab.location, hi.location, 'location from the higher revision');
    }),
    { numRuns: 150 },
  );
});
