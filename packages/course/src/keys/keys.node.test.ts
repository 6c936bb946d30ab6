import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assignKeys, formatLock, parseLock, parse } from '../index.js';
import type { CourseFile, TrackingLock } from '../model/types.js';
import { minimalCourse } from '../testing/fixtures.js';
import { syntheticCourse } from '../testing/synthetic.js';
import { walkBlocks } from '../helpers.js';

type BlockFile = CourseFile['modules'][number]['pages'][number]['blocks'][number];
const reflection = (id: string): BlockFile => ({ type: 'reflection', id, prompt: `About ${id}?` });
const courseWith = (...blocks: BlockFile[]): CourseFile => {
  const c = minimalCourse();
  return { ...c, modules: [{ ...c.modules[0]!, pages: [{ id: 'p1', title: 'Page', blocks }] }] };
};
const keyOf = (lock: TrackingLock, id: string) => lock.keys[`b:${id}`];

test('without a lock, keys follow document order from 1', () => {
  const { lock, changed } = assignKeys(courseWith(reflection('a'), reflection('b')));
  assert.equal(changed, true);
  assert.deepEqual(lock.keys, { 'm:m1': 1, 'p:p1': 2, 'b:a': 3, 'b:b': 4 });
  assert.equal(lock.next, 5);
});

test('adding, removing and reordering blocks keeps the keys of unchanged blocks', () => {
  const first = assignKeys(courseWith(reflection('a'), reflection('b'), reflection('c'))).lock;
  const reordered = assignKeys(courseWith(reflection('c'), reflection('a'), reflection('b')), first);
  assert.equal(reordered.changed, false);
  assert.deepEqual(reordered.lock, first);
  const removed = assignKeys(courseWith(reflection('c'), reflection('a')), first);
  assert.equal(removed.changed, false);
  assert.equal(keyOf(removed.lock, 'b'), keyOf(first, 'b'), 'a removed block keeps its entry');
  const added = assignKeys(courseWith(reflection('new'), reflection('c'), reflection('a')), removed.lock);
  assert.equal(added.changed, true);
  for (const id of ['a', 'b', 'c']) assert.equal(keyOf(added.lock, id), keyOf(first, id));
  assert.equal(keyOf(added.lock, 'new'), first.next, 'a new block gets the next key, never a removed one');
  assert.equal(added.lock.next, first.next + 1);
});

test('parts are counted within their block, append-only too', () => {
  const q = (options: string[]): BlockFile => ({
    type: 'question',
    id: 'q',
    prompt: 'Which?',
    mode: 'single',
    options: options.map((id) => ({ id, text: id, feedback: 'f' })),
    correct: [options[0]!],
  });
  const first = assignKeys(courseWith(q(['a', 'b', 'c']))).lock;
  assert.deepEqual(
    ['a', 'b', 'c'].map((o) => first.keys[`b:q/options/q/${o}`]),
    [1, 2, 3],
  );
  const edited = assignKeys(courseWith(q(['c', 'd', 'a'])), first).lock;
  assert.deepEqual(
    ['a', 'b', 'c', 'd'].map((o) => edited.keys[`b:q/options/q/${o}`]),
    [1, 2, 3, 4],
  );
  const r = parse(JSON.stringify(courseWith(q(['c', 'd', 'a']))), 'course.json', { lock: edited });
  assert.ok(r.ok && r.course.modules[0]!.pages[0]!.blocks[0]!.type === 'question');
  if (r.ok && r.course.modules[0]!.pages[0]!.blocks[0]!.type === 'question')
    assert.deepEqual(
      r.course.modules[0]!.pages[0]!.blocks[0]!.questions[0]!.options.map((o) => [o.id, o.key]),
      [
        ['c', 3],
        ['d', 4],
        ['a', 1],
      ],
    );
});

test('the lock file round-trips through its text form', () => {
  const { lock } = assignKeys(courseWith(reflection('a')));
  const read = parseLock(formatLock(lock), 'course.lock.json');
  assert.ok(read.ok);
  if (read.ok) assert.deepEqual(read.lock, lock);
  const broken = parseLock('{"lockVersion": 1, "courseId": "x", "next": 0, "keys": {}}', 'course.lock.json');
  assert.ok(!broken.ok);
  if (!broken.ok) assert.equal(broken.errors[0]!.pointer, '/next');
});

test('parse uses the lock text and reports whether it changed', () => {
  const text = JSON.stringify(courseWith(reflection('a'), reflection('b')));
  const old = formatLock(assignKeys(courseWith(reflection('b'))).lock);
  const r = parse(text, 'courses/x/course.json', { lock: old });
  assert.ok(r.ok);
  if (!r.ok) return;
  assert.equal(r.lockChanged, true);
  assert.equal(r.lock.keys['b:b'], 3, 'b keeps the key it had');
  assert.equal(r.lock.keys['b:a'], 4);
});

test('parse gives every model part the key assignKeys gives its name, with and without a lock', () => {
  const course = syntheticCourse({ pages: 40, questions: 30, blocks: 120 });
  const edited: CourseFile = { ...course, modules: [...course.modules].reverse() };
  const cases: [CourseFile, TrackingLock | undefined][] = [
    [course, undefined],
    [course, assignKeys(edited).lock],
    [edited, assignKeys(course).lock],
  ];
  for (const [file, previous] of cases) {
    const expected = assignKeys(file, previous);
    const r = parse(JSON.stringify(file), 'course.json', previous && { lock: previous });
    assert.ok(r.ok);
    if (!r.ok) return;
    assert.equal(formatLock(r.lock), formatLock(expected.lock), 'same lock, same order');
    assert.equal(r.lockChanged, expected.changed);
    const key = (name: string) => expected.byName.get(name);
    for (const m of r.course.modules) {
      assert.equal(m.key, key(`m:${m.id}`));
      for (const p of m.pages) assert.equal(p.key, key(`p:${p.id}`));
    }
    for (const { block: b } of walkBlocks(r.course)) {
      if (b.type === 'question')
        for (const q of b.questions) {
          assert.equal(q.key, key(`b:${b.id}/items/${q.id}`));
          for (const o of q.options) assert.equal(o.key, key(`b:${b.id}/options/${q.id}/${o.id}`));
        }
      if (b.type === 'scenario')
        for (const n of b.nodes) {
          assert.equal(n.key, key(`b:${b.id}/nodes/${n.id}`));
          for (const c of n.choices) assert.equal(c.key, key(`b:${b.id}/choices/${n.id}.${c.id}`));
        }
      if (b.type === 'sort') for (const c of b.categories) assert.equal(c.key, key(`b:${b.id}/categories/${c.id}`));
      if (b.type === 'sort' || b.type === 'likert') for (const i of b.items) assert.equal(i.key, key(`b:${b.id}/items/${i.id}`));
      if ('key' in b) assert.equal(b.key, key(`b:${b.id}`));
    }
  }
});
