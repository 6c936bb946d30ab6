import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createCourseActor } from './actor.js';
import { decode, encode } from './codec/resume.js';
import { project } from './project.js';
import { exampleCourse } from './testing/parsed.js';
import type { Projection } from './types.js';

/** A learner walks courses/example from start to certificate through the real machine. */
test('courses/example: choose an audience, pass the content notes, answer, complete and resume', () => {
  const course = exampleCourse();
  let t = Date.UTC(2025, 3, 1, 9);
  const reports: Projection[] = [];
  const actor = createCourseActor(course, { now: () => (t += 30_000), seed: 9, report: (r) => reports.push(r.projection) });
  actor.start();
  const snap = () => actor.getSnapshot();
  const where = () => project(course, snap().context.progress).location;
  assert.deepEqual(snap().value, { active: 'choosingAudience' });
  actor.send({ type: 'audience.choose', audienceId: 'secondary' });
  assert.deepEqual(snap().value, { active: 'notice' }, 'the first module has a content note');
  actor.send({ type: 'note.continue' });
  assert.equal(where(), 'welcome');
  actor.send({ type: 'likert.submit', blockId: 'confidence-before', values: { noticing: 2 } });
  actor.send({ type: 'nav.next' });
  if (snap().matches({ active: 'notice' })) actor.send({ type: 'note.continue' });
  assert.equal(where(), 'what-children-live-with');
  const victim = course.modules[0]!.pages[1]!.blocks.find((b) => b.id === 'who-is-a-victim');
  assert.ok(victim?.type === 'question');
  actor.send({ type: 'answer.submit', blockId: victim.id, itemId: victim.questions[0]!.id, selected: victim.questions[0]!.correct });
  actor.send({ type: 'nav.next' });
  assert.equal(where(), 'noticing-secondary', 'the primary page is not shown to a secondary learner');
  actor.send({ type: 'nav.goto', pageId: 'before-you-go' });
  assert.equal(where(), 'noticing-secondary', 'the last module is sequential and locked');

  // Walk on, passing every note and answering every counted question correctly.
  for (let guard = 0; guard < 40 && where() !== 'certificate'; guard++) {
    if (snap().matches({ active: 'notice' })) {
      actor.send({ type: 'note.continue' });
      continue;
    }
    const page = course.modules.flatMap((m) => m.pages).find((p) => p.id === where())!;
    for (const block of page.blocks) {
      if (block.type !== 'question') continue;
      const state = snap().context.progress.blocks[block.key];
      const keys = state?.kind === 'question' ? state.draw : block.questions.slice(0, block.draw).map((q) => q.key);
      for (const item of block.questions.filter((q) => keys.includes(q.key))) {
        actor.send({ type: 'answer.submit', blockId: block.id, itemId: item.id, selected: item.correct });
      }
    }
    actor.send({ type: 'nav.next' });
  }
  assert.equal(where(), 'certificate');
  const final = project(course, snap().context.progress);
  assert.equal(final.completion, 'completed');
  assert.equal(final.success, 'passed');
  assert.equal(final.score?.raw, 100);
  assert.ok(final.interactions.some((i) => i.id === 'who-is-a-victim.who-is-a-victim' || i.id.startsWith('who-is-a-victim.')));
  assert.ok(final.interactions.every((i) => /^\S+$/.test(i.id)));
  assert.deepEqual(reports.at(-1), final, 'the last report is the projection of the final progress');

  // Resume on another device from the LMS's suspend data alone.
  const data = encode(course, snap().context.progress);
  const decoded = decode(course, data);
  assert.ok(decoded.ok);
  const again = createCourseActor(course, { progress: decoded.progress });
  again.start();
  assert.equal(project(course, again.getSnapshot().context.progress).location, 'certificate');
  assert.equal(project(course, again.getSnapshot().context.progress).completion, 'completed');
});
