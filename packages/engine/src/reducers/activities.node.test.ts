import { test } from 'node:test';
import assert from 'node:assert/strict';
import { saveReflection, submitLikert, submitSort } from './activities.js';
import { viewPage } from './navigation.js';
import { emptyProgress } from './progress.js';
import { blockKey, buildCourse } from '../testing/build.js';

const env = { now: Date.UTC(2025, 1, 1) };
const course = buildCourse({
  modules: [
    {
      id: 'm',
      pages: [
        {
          id: 'p',
          blocks: [
            {
              type: 'sort',
              id: 'words',
              categories: ['blaming', 'fair'],
              items: [
                { id: 'a', category: 'blaming' },
                { id: 'b', category: 'fair' },
              ],
            },
            { type: 'likert', id: 'conf', items: ['noticing'] },
            { type: 'reflection', id: 'r' },
          ],
        },
        { id: 'later', blocks: [{ type: 'reflection', id: 'unseen' }] },
      ],
    },
  ],
});
const seen = viewPage(course, emptyProgress(course), course.modules[0]!.pages[0]!.key, env);

test('sort: every item must be placed in a known category; the check counts right placements', () => {
  assert.equal(submitSort(course, seen, 'words', { a: 'blaming' }), seen, 'partial placements are refused');
  assert.equal(submitSort(course, seen, 'words', { a: 'blaming', b: 'elsewhere' }), seen, 'unknown categories are refused');
  const p = submitSort(course, seen, 'words', { a: 'fair', b: 'fair' });
  assert.deepEqual(p.blocks[blockKey(course, 'words')], { kind: 'sort', placements: { 0: 1, 1: 1 }, checked: true, correctCount: 1 });
  assert.equal(submitSort(course, p, 'words', { a: 'fair', b: 'fair' }), p, 'the same check again changes nothing');
});

test('likert: ratings outside the scale or for unknown items are refused; later ratings replace earlier ones', () => {
  assert.equal(submitLikert(course, seen, 'conf', { noticing: 6 }, env), seen);
  assert.equal(submitLikert(course, seen, 'conf', { other: 3 }, env), seen);
  const p = submitLikert(course, submitLikert(course, seen, 'conf', { noticing: 2 }, env), 'conf', { noticing: 4 }, env);
  assert.deepEqual(p.blocks[blockKey(course, 'conf')], { kind: 'likert', values: { 0: 4 }, at: new Date(env.now).toISOString() });
});

test('reflection: only the fact of a non-empty save is kept, and only for a block the learner has seen', () => {
  assert.equal(saveReflection(course, seen, 'r', '   '), seen);
  assert.equal(saveReflection(course, seen, 'unseen', 'text'), seen);
  const p = saveReflection(course, seen, 'r', 'My thoughts');
  assert.deepEqual(p.blocks[blockKey(course, 'r')], { kind: 'reflection', done: true });
});
