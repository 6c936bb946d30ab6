import { test } from 'node:test';
import assert from 'node:assert/strict';
import { project } from './project.js';
import { blockKey, buildCourse } from './testing/build.js';
import { emptyProgress } from './reducers/progress.js';
import { viewPage } from './reducers/navigation.js';
import { submitAnswer } from './reducers/answers.js';
import { submitLikert } from './reducers/activities.js';
import type { Progress } from './types.js';

const env = { now: Date.UTC(2025, 6, 1, 12), shownAt: Date.UTC(2025, 6, 1, 12) - 4000 };

const course = buildCourse({
  rule: 'viewed-and-passed',
  modules: [
    {
      id: 'one',
      assessment: { passMark: 100, attempts: 0 },
      pages: [
        {
          id: 'a',
          blocks: [
            { type: 'question', id: 'qa', items: [{ options: 4, correct: [0] }] },
            { type: 'likert', id: 'conf', items: ['noticing', 'asking'] },
          ],
        },
      ],
    },
    {
      id: 'two',
      gate: 'sequential',
      assessment: { passMark: 50, attempts: 0 },
      pages: [
        {
          id: 'b',
          blocks: [{ type: 'question', id: 'bank', draw: 2, items: [0, 1, 2].map((i) => ({ id: `item${i}`, options: 3, correct: [i] })) }],
        },
        { id: 'c', optional: true },
      ],
    },
  ],
});

const answer = (p: Progress, blockId: string, itemId: string, selected: string[]) =>
  submitAnswer(course, p, { blockId, itemId, selected }, env);

test('completion goes not-attempted, incomplete, completed; optional pages do not count', () => {
  let p = emptyProgress(course, { seed: 4 });
  assert.equal(project(course, p).completion, 'not-attempted');
  assert.equal(project(course, p).location, '');
  assert.equal(project(course, p).pageIndex, -1);
  p = viewPage(course, p, course.modules[0]!.pages[0]!.key, env);
  let view = project(course, p);
  assert.deepEqual([view.completion, view.progress, view.location, view.pageIndex, view.pageCount], ['incomplete', 0.5, 'a', 0, 3]);
  assert.deepEqual(
    view.modules.map((m) => m.status),
    ['in-progress', 'locked'],
    'module one needs its assessment passed before two opens',
  );
  p = answer(p, 'qa', 'qa', ['o0']);
  p = viewPage(course, p, course.modules[1]!.pages[0]!.key, env);
  view = project(course, p);
  assert.equal(view.progress, 1);
  assert.equal(view.completion, 'incomplete', 'module two is not passed yet');
  assert.equal(view.success, 'unknown', 'module two has not finished an attempt');
  const bank = p.blocks[blockKey(course, 'bank')];
  assert.ok(bank?.kind === 'question');
  const [first, second] = bank.draw;
  p = answer(p, 'bank', `item${first}`, [`o${first}`]);
  p = answer(p, 'bank', `item${second}`, [`o${(second! + 1) % 3}`]);
  view = project(course, p);
  assert.equal(view.success, 'passed');
  assert.equal(view.completion, 'completed');
  assert.deepEqual(view.score, { raw: 75, min: 0, max: 100, scaled: 0.75 }, 'average of 100 and 50');
  assert.deepEqual(
    view.interactions.map((i) => [i.id, i.type, i.result]),
    [
      ['qa.qa', 'choice', 'correct'],
      [`bank.item${first}`, 'choice', 'correct'],
      [`bank.item${second}`, 'choice', 'incorrect'],
    ],
  );
  assert.equal(view.interactions[0]!.latencyMs, 4000);
  assert.equal(view.interactions[0]!.timestamp, new Date(env.now).toISOString());
});

test('likert ratings are neutral interactions, one per rated item', () => {
  let p = viewPage(course, emptyProgress(course), course.modules[0]!.pages[0]!.key, env);
  p = submitLikert(course, p, 'conf', { asking: 4 }, env);
  p = submitLikert(course, p, 'conf', { asking: 9 }, env);
  const likert = project(course, p).interactions;
  assert.deepEqual(
    likert.map((i) => [i.id, i.type, i.response, i.result]),
    [['conf.asking', 'likert', ['4'], 'neutral']],
  );
});

test('a failed finished attempt below the pass mark is reported as failed with its score', () => {
  let p = viewPage(course, emptyProgress(course), course.modules[0]!.pages[0]!.key, env);
  p = answer(p, 'qa', 'qa', ['o1']);
  const view = project(course, p);
  assert.equal(view.success, 'unknown', 'module two has not been attempted');
  assert.equal(p.assessments[course.modules[0]!.key]?.bestScore, 0);
  assert.equal(p.assessments[course.modules[0]!.key]?.passed, false);
});
