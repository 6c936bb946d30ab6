import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createActor } from 'xstate';
import { courseMachine } from './course.machine.js';
import { createCourseActor } from '../actor.js';
import { buildCourse } from '../testing/build.js';
import { project } from '../project.js';
import type { Course } from '@haven/course';
import type { Progress } from '../types.js';

const clock = () => {
  let t = Date.UTC(2025, 2, 1, 10);
  return () => (t += 1000);
};

const pageId = (course: Course, key: number | null) => course.modules.flatMap((m) => m.pages).find((p) => p.key === key)?.id;

function start(course: Course, progress?: Progress) {
  const actor = createActor(courseMachine, { input: { course, progress, now: clock(), seed: 42 } });
  actor.start();
  const where = () => pageId(course, actor.getSnapshot().context.progress.location);
  return { actor, where, progress: () => actor.getSnapshot().context.progress, state: () => actor.getSnapshot().value };
}

const gated = buildCourse({
  modules: [
    { id: 'intro', pages: [{ id: 'a' }, { id: 'b' }] },
    { id: 'core', gate: 'sequential', pages: [{ id: 'c' }, { id: 'd', optional: true }, { id: 'e' }] },
    { id: 'extra', gate: 'open', pages: [{ id: 'f' }] },
  ],
});

test('starts on the first page and views it', () => {
  const { where, progress, state } = start(gated);
  assert.deepEqual(state(), { active: 'reading' });
  assert.equal(where(), 'a');
  assert.deepEqual(progress().viewed, [gated.modules[0]!.pages[0]!.key]);
});

test('nav.next and nav.previous move through the pages in order', () => {
  const { actor, where } = start(gated);
  actor.send({ type: 'nav.next' });
  assert.equal(where(), 'b');
  actor.send({ type: 'nav.previous' });
  assert.equal(where(), 'a');
  actor.send({ type: 'nav.previous' });
  assert.equal(where(), 'a', 'nothing before the first page');
});

test('a sequential module stays locked until the module before it is complete', () => {
  const { actor, where } = start(gated);
  actor.send({ type: 'nav.goto', pageId: 'c' });
  assert.equal(where(), 'a', 'goto into a locked module is refused');
  assert.equal(project(gated, actor.getSnapshot().context.progress).modules[1]!.status, 'locked');
  actor.send({ type: 'nav.goto', pageId: 'f' });
  assert.equal(where(), 'f', 'an open module can be visited in any order');
  actor.send({ type: 'nav.goto', pageId: 'b' });
  actor.send({ type: 'nav.goto', pageId: 'c' });
  assert.equal(where(), 'c', 'opens once the previous module is complete');
});

test('in a sequential module there is no goto past the first unviewed required page', () => {
  const { actor, where } = start(gated);
  actor.send({ type: 'nav.next' });
  actor.send({ type: 'nav.next' });
  assert.equal(where(), 'c');
  actor.send({ type: 'nav.goto', pageId: 'e' });
  assert.equal(where(), 'e', 'd is optional, so e is open once c is viewed');
  const fresh = start(gated);
  fresh.actor.send({ type: 'nav.next' });
  fresh.actor.send({ type: 'nav.next' });
  fresh.actor.send({ type: 'nav.previous' });
  fresh.actor.send({ type: 'nav.previous' });
  fresh.actor.send({ type: 'nav.goto', pageId: 'c' });
  assert.equal(fresh.where(), 'c');
  const strict = buildCourse({ modules: [{ id: 's', gate: 'sequential', pages: [{ id: 'p1' }, { id: 'p2' }, { id: 'p3' }] }] });
  const s = start(strict);
  s.actor.send({ type: 'nav.goto', pageId: 'p3' });
  assert.equal(s.where(), 'p1', 'p2 is required and unviewed');
});

test('course completion by viewing counts required pages only and sets completedAt once', () => {
  const { actor, progress } = start(gated);
  for (const id of ['b', 'c', 'e']) actor.send({ type: 'nav.goto', pageId: id });
  assert.equal(progress().completedAt, undefined, 'f is still unviewed');
  actor.send({ type: 'nav.goto', pageId: 'f' });
  const done = progress().completedAt;
  assert.ok(done, 'optional page d is not needed');
  const p = project(gated, progress());
  assert.equal(p.completion, 'completed');
  assert.equal(p.progress, 1);
  actor.send({ type: 'nav.goto', pageId: 'd' });
  assert.equal(progress().completedAt, done, 'completedAt is never moved');
});

const noted = buildCourse({
  modules: [
    { id: 'one', pages: [{ id: 'p1' }] },
    { id: 'hard', note: { canSkip: true }, pages: [{ id: 'h1' }, { id: 'h2', note: { canSkip: false } }] },
    { id: 'after', pages: [{ id: 'z' }] },
  ],
});

test('a content note holds the learner until they continue, then the page is viewed', () => {
  const { actor, where, state, progress } = start(noted);
  actor.send({ type: 'nav.next' });
  assert.deepEqual(state(), { active: 'notice' });
  assert.equal(where(), 'h1');
  assert.equal(actor.getSnapshot().context.notice?.id, 'hard');
  assert.ok(!progress().viewed.includes(noted.modules[1]!.pages[0]!.key), 'not viewed behind the note');
  actor.send({ type: 'nav.next' });
  assert.equal(where(), 'h1', 'nav.next does not skip a note');
  actor.send({ type: 'note.continue' });
  assert.deepEqual(state(), { active: 'reading' });
  assert.ok(progress().notesAcknowledged.includes(noted.modules[1]!.key));
  actor.send({ type: 'nav.next' });
  assert.deepEqual(state(), { active: 'notice' }, 'the page note comes next');
  actor.send({ type: 'note.defer' });
  assert.deepEqual(state(), { active: 'notice' }, 'a note that cannot be skipped stays');
  actor.send({ type: 'note.continue' });
  assert.equal(where(), 'h2');
});

test('deferring a module note moves on past the module, and the note comes back on return', () => {
  const { actor, where, state, progress } = start(noted);
  actor.send({ type: 'nav.next' });
  actor.send({ type: 'note.defer' });
  assert.equal(where(), 'z', 'skips every page under the note');
  assert.deepEqual(state(), { active: 'reading' });
  assert.deepEqual(progress().notesDeferred, [noted.modules[1]!.key]);
  actor.send({ type: 'nav.previous' });
  assert.deepEqual(state(), { active: 'notice' }, 'returning shows the deferred note again');
  assert.equal(actor.getSnapshot().context.notice?.id, 'hard');
  actor.send({ type: 'note.continue' });
  assert.deepEqual(progress().notesDeferred, [], 'acknowledging clears the deferral');
});

test('a break pauses everything and resumes exactly where the learner was', () => {
  const { actor, where, state, progress } = start(noted);
  actor.send({ type: 'nav.next' });
  actor.send({ type: 'break.start' });
  assert.equal(actor.getSnapshot().value, 'paused');
  const before = progress();
  actor.send({ type: 'nav.next' });
  actor.send({ type: 'note.continue' });
  actor.send({ type: 'time.tick', ms: 60_000 });
  assert.equal(progress(), before, 'nothing changes during a break');
  actor.send({ type: 'break.end' });
  assert.deepEqual(state(), { active: 'notice' }, 'back on the same note');
  assert.equal(where(), 'h1');
});

const audiences = buildCourse({
  audiences: ['primary', 'secondary'],
  modules: [
    {
      id: 'm',
      pages: [{ id: 'shared' }, { id: 'prim', audiences: ['primary'] }, { id: 'sec', audiences: ['secondary'] }, { id: 'end' }],
    },
  ],
});

test('a course with audiences waits for a choice, then shows only that audience’s pages', () => {
  const { actor, where, state, progress } = start(audiences);
  assert.deepEqual(state(), { active: 'choosingAudience' });
  assert.equal(project(audiences, progress()).completion, 'not-attempted', 'nothing is complete before the choice');
  actor.send({ type: 'nav.next' });
  assert.equal(progress().location, null);
  actor.send({ type: 'audience.choose', audienceId: 'nobody' });
  assert.deepEqual(state(), { active: 'choosingAudience' });
  actor.send({ type: 'audience.choose', audienceId: 'secondary' });
  assert.equal(where(), 'shared');
  actor.send({ type: 'nav.next' });
  assert.equal(where(), 'sec');
  actor.send({ type: 'nav.goto', pageId: 'prim' });
  assert.equal(where(), 'sec', 'pages for other audiences are not reachable');
  actor.send({ type: 'nav.next' });
  const p = project(audiences, progress());
  assert.equal(p.pageCount, 3);
  assert.equal(p.completion, 'completed', 'the other audience’s page is not required');
});

test('every change bumps the revision and runs persist then report; no change runs nothing', () => {
  const calls: string[] = [];
  const revisions: number[] = [];
  const actor = createCourseActor(gated, {
    now: clock(),
    persist: ({ progress }) => {
      calls.push('persist');
      revisions.push(progress.revision);
    },
    report: ({ projection }) => calls.push(`report:${projection.location}`),
  });
  actor.start();
  assert.deepEqual(calls, ['persist', 'report:a']);
  calls.length = 0;
  actor.send({ type: 'nav.previous' });
  assert.deepEqual(calls, [], 'a refused move changes nothing');
  actor.send({ type: 'nav.next' });
  assert.deepEqual(calls, ['persist', 'report:b']);
  assert.ok(revisions[1]! > revisions[0]!);
  assert.equal(actor.getSnapshot().context.progress.revision, revisions[1]);
});

test('reflection text goes only to the saveReflection effect, never into progress', () => {
  const course = buildCourse({ modules: [{ id: 'm', pages: [{ id: 'p', blocks: [{ type: 'reflection', id: 'r' }] }] }] });
  const saved: { blockId: string; text: string }[] = [];
  const actor = createCourseActor(course, { saveReflection: (p) => saved.push(p) });
  actor.start();
  actor.send({ type: 'reflection.save', blockId: 'r', text: 'I felt unsure at first.' });
  actor.send({ type: 'reflection.save', blockId: 'missing', text: 'x' });
  assert.deepEqual(saved, [{ blockId: 'r', text: 'I felt unsure at first.' }]);
  const progress = actor.getSnapshot().context.progress;
  const block = course.modules[0]!.pages[0]!.blocks[0]!;
  assert.ok('key' in block);
  assert.deepEqual(progress.blocks[block.key], { kind: 'reflection', done: true });
  assert.ok(!JSON.stringify(progress).includes('unsure'));
});

test('a draft keeps the words through the saveReflection effect without counting the reflection as done, even during a break', () => {
  const course = buildCourse({ modules: [{ id: 'm', pages: [{ id: 'p', blocks: [{ type: 'reflection', id: 'r' }] }] }] });
  const saved: { blockId: string; text: string }[] = [];
  const persisted: Progress[] = [];
  const actor = createCourseActor(course, { saveReflection: (p) => saved.push(p), persist: ({ progress }) => persisted.push(progress) });
  actor.start();
  persisted.length = 0;
  const before = actor.getSnapshot().context.progress;
  actor.send({ type: 'reflection.draft', blockId: 'r', text: 'Half a thought' });
  actor.send({ type: 'break.start' });
  actor.send({ type: 'reflection.draft', blockId: 'r', text: 'Half a thought, and more' });
  actor.send({ type: 'reflection.draft', blockId: 'missing', text: 'x' });
  assert.deepEqual(saved, [
    { blockId: 'r', text: 'Half a thought' },
    { blockId: 'r', text: 'Half a thought, and more' },
  ]);
  assert.deepEqual(persisted, [], 'no progress to write: nothing changed');
  assert.equal(actor.getSnapshot().context.progress, before);
  actor.send({ type: 'break.end' });
  actor.send({ type: 'reflection.save', blockId: 'r', text: 'A whole thought' });
  const block = course.modules[0]!.pages[0]!.blocks[0]!;
  assert.ok('key' in block);
  assert.deepEqual(actor.getSnapshot().context.progress.blocks[block.key], { kind: 'reflection', done: true });
});

test('persistence: a JSON round trip of the snapshot continues the same', () => {
  const { actor } = start(noted);
  actor.send({ type: 'nav.next' });
  actor.send({ type: 'note.continue' });
  actor.send({ type: 'nav.next' });
  const json = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
  actor.stop();
  const restored = createActor(courseMachine, { snapshot: json, input: { course: noted } });
  restored.start();
  assert.deepEqual(restored.getSnapshot().value, { active: 'notice' });
  assert.equal(restored.getSnapshot().context.notice?.id, 'h2');
  restored.send({ type: 'note.continue' });
  restored.send({ type: 'nav.next' });
  assert.equal(pageId(noted, restored.getSnapshot().context.progress.location), 'z');
  const viaHelper = createCourseActor(noted, { snapshot: json });
  viaHelper.start();
  assert.equal(viaHelper.getSnapshot().context.course, noted, 'the helper puts the live course back');
  viaHelper.send({ type: 'note.continue' });
  assert.equal(pageId(noted, viaHelper.getSnapshot().context.progress.location), 'h2');
});

test('resuming from progress returns to the stored location', () => {
  const first = start(gated);
  first.actor.send({ type: 'nav.next' });
  first.actor.send({ type: 'nav.next' });
  const again = start(gated, first.progress());
  assert.equal(again.where(), 'c');
  assert.equal(again.progress().revision, first.progress().revision, 'resuming alone changes nothing');
});

test('time.tick adds active time; progress.merge takes the other side’s answers without going back', () => {
  const { actor, progress } = start(gated);
  actor.send({ type: 'time.tick', ms: 1500 });
  actor.send({ type: 'time.tick', ms: -5 });
  assert.equal(progress().timeSpentMs, 1500);
  const other = start(gated);
  for (const id of ['b', 'c', 'e', 'f']) other.actor.send({ type: 'nav.goto', pageId: id });
  actor.send({ type: 'progress.merge', progress: other.progress() });
  assert.equal(progress().viewed.length, 5);
  assert.ok(progress().completedAt);
  actor.send({ type: 'progress.merge', progress: { ...other.progress(), courseId: 'another-course' } });
  assert.equal(progress().viewed.length, 5, 'progress of another course is ignored');
});
