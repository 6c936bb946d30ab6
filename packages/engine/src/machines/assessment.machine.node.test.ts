import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createActor } from 'xstate';
import { assessmentMachine } from './assessment.machine.js';
import { scenarioMachine } from './scenario.machine.js';
import { courseMachine } from './course.machine.js';
import { blockKey, buildCourse } from '../testing/build.js';
import { project } from '../project.js';
import { feedbackFor } from '../rules/assessment.js';
import { emptyProgress } from '../reducers/progress.js';
import { viewPage } from '../reducers/navigation.js';
import type { Course, QuestionBlock } from '@haven/course';
import type { Progress } from '../types.js';

const env = { now: Date.UTC(2025, 0, 1) };

/** Progress with every page viewed, so every block can be answered. */
function allViewed(course: Course, seed = 1): Progress {
  let p = emptyProgress(course, { seed });
  for (const m of course.modules) for (const page of m.pages) p = viewPage(course, p, page.key, env);
  return p;
}

const quiz = buildCourse({
  rule: 'viewed-and-passed',
  assessment: { passMark: 50, attempts: 2 },
  modules: [
    {
      id: 'm',
      pages: [
        {
          id: 'p',
          blocks: [
            { type: 'question', id: 'q1', items: [{ options: 4, correct: [1] }] },
            { type: 'question', id: 'q2', items: [{ options: 5, correct: [0, 3] }] },
          ],
        },
      ],
    },
  ],
});

function runQuiz(progress = allViewed(quiz)) {
  const actor = createActor(assessmentMachine, { input: { course: quiz, scope: 'course', progress, now: () => env.now } });
  actor.start();
  return actor;
}

test('a multiple-choice item is correct only for exactly the correct set', () => {
  const actor = runQuiz();
  actor.send({ type: 'answer.submit', blockId: 'q2', itemId: 'q2', selected: ['o0'] });
  const item = actor.getSnapshot().context.progress.blocks[blockKey(quiz, 'q2')];
  assert.equal(item?.kind, 'question');
  assert.equal(item?.kind === 'question' && item.items[0]!.correct, false);
  assert.equal(item?.kind === 'question' && item.items[0]!.final, true, 'counted items allow one try by default');
});

test('an attempt finishes when every counted item is final; the score decides pass or fail', () => {
  const actor = runQuiz();
  actor.send({ type: 'answer.submit', blockId: 'q1', itemId: 'q1', selected: ['o1'] });
  assert.equal(actor.getSnapshot().value, 'answering');
  assert.equal(project(quiz, actor.getSnapshot().context.progress).success, 'unknown', 'unknown until the attempt is over');
  actor.send({ type: 'answer.submit', blockId: 'q2', itemId: 'q2', selected: ['o0', 'o3'] });
  assert.deepEqual(actor.getSnapshot().value, { finished: 'passed' });
  const p = project(quiz, actor.getSnapshot().context.progress);
  assert.equal(p.success, 'passed');
  assert.deepEqual(p.score, { raw: 100, min: 0, max: 100, scaled: 1 });
});

test('failing, retaking with cleared answers, and no retake once attempts are used up', () => {
  const actor = runQuiz();
  actor.send({ type: 'answer.submit', blockId: 'q1', itemId: 'q1', selected: ['o0'] });
  actor.send({ type: 'answer.submit', blockId: 'q2', itemId: 'q2', selected: ['o1'] });
  assert.deepEqual(actor.getSnapshot().value, { finished: 'failed' });
  let p = project(quiz, actor.getSnapshot().context.progress);
  assert.equal(p.success, 'failed');
  assert.equal(p.score?.raw, 0);
  actor.send({ type: 'answer.submit', blockId: 'q1', itemId: 'q1', selected: ['o1'] });
  const q1 = actor.getSnapshot().context.progress.blocks[blockKey(quiz, 'q1')];
  assert.equal(q1?.kind === 'question' && q1.items[0]!.tries, 1, 'a final answer takes no more tries');
  actor.send({ type: 'assessment.retake', scope: 'course' });
  assert.equal(actor.getSnapshot().value, 'answering');
  assert.equal(actor.getSnapshot().context.progress.assessments[0]!.attempt, 2);
  assert.equal(project(quiz, actor.getSnapshot().context.progress).interactions.length, 0, 'answers cleared');
  actor.send({ type: 'answer.submit', blockId: 'q1', itemId: 'q1', selected: ['o1'] });
  actor.send({ type: 'answer.submit', blockId: 'q2', itemId: 'q2', selected: ['o2'] });
  assert.deepEqual(actor.getSnapshot().value, { finished: 'passed' }, '50% meets the pass mark');
  p = project(quiz, actor.getSnapshot().context.progress);
  assert.equal(p.score?.raw, 50);
  actor.send({ type: 'assessment.retake', scope: 'course' });
  assert.deepEqual(actor.getSnapshot().value, { finished: 'passed' }, 'two attempts allowed, both used');
});

test('items with several tries: wrong answers leave it open until the tries run out', () => {
  const course = buildCourse({
    modules: [
      { id: 'm', pages: [{ id: 'p', blocks: [{ type: 'question', id: 'q', items: [{ options: 4, correct: [2], attempts: 2 }] }] }] },
    ],
  });
  const actor = createActor(courseMachine, { input: { course } }).start();
  actor.send({ type: 'answer.submit', blockId: 'q', itemId: 'q', selected: ['o0'] });
  const item = () => {
    const s = actor.getSnapshot().context.progress.blocks[blockKey(course, 'q')];
    return s?.kind === 'question' ? s.items[0] : undefined;
  };
  assert.deepEqual([item()?.tries, item()?.final], [1, false]);
  const first = item();
  actor.send({ type: 'answer.submit', blockId: 'q', itemId: 'q', selected: ['o0', 'o1'] });
  assert.equal(item(), first, 'two options on a single-choice item are refused');
  actor.send({ type: 'answer.submit', blockId: 'q', itemId: 'q', selected: ['o1'] });
  assert.deepEqual([item()?.tries, item()?.final, item()?.correct], [2, true, false]);
});

test('feedback is the chosen options’ own feedback', () => {
  const block = quiz.modules[0]!.pages[0]!.blocks[1] as QuestionBlock;
  assert.deepEqual(feedbackFor(block.questions[0]!, ['o3', 'o1']), [
    { optionId: 'o1', correct: false, feedback: 'Feedback 1' },
    { optionId: 'o3', correct: true, feedback: 'Feedback 3' },
  ]);
});

const bank = buildCourse({
  assessment: { passMark: 60, attempts: 0 },
  rule: 'passed',
  modules: [
    {
      id: 'm',
      pages: [
        { id: 'intro' },
        {
          id: 'test',
          blocks: [
            { type: 'question', id: 'bank', draw: 2, items: [0, 1, 2, 3, 4].map((i) => ({ id: `b${i}`, options: 3, correct: [i % 3] })) },
          ],
        },
      ],
    },
  ],
});
const bankKey = (bank.modules[0]!.pages[1]!.blocks[0] as QuestionBlock).key;

test('bank draws happen on first sight, stay fixed across resume, and differ by seed', () => {
  const draws = new Set<string>();
  for (let seed = 1; seed <= 12; seed++) {
    const actor = createActor(courseMachine, { input: { course: bank, seed } }).start();
    actor.send({ type: 'nav.next' });
    const state = actor.getSnapshot().context.progress.blocks[bankKey];
    assert.ok(state?.kind === 'question' && state.draw.length === 2);
    draws.add(state.draw.join(','));
    const json = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
    const again = createActor(courseMachine, { snapshot: json, input: { course: bank } }).start();
    again.send({ type: 'nav.previous' });
    again.send({ type: 'nav.next' });
    assert.deepEqual(again.getSnapshot().context.progress.blocks[bankKey], state, 'same draw after resume and revisit');
    const fromProgress = createActor(courseMachine, { input: { course: bank, progress: actor.getSnapshot().context.progress } }).start();
    assert.deepEqual(fromProgress.getSnapshot().context.progress.blocks[bankKey], state);
  }
  assert.ok(draws.size > 1, 'different learners get different draws');
});

test('a retake redraws the bank for the new attempt', () => {
  const actor = createActor(courseMachine, { input: { course: bank, seed: 3 } }).start();
  actor.send({ type: 'nav.next' });
  const answerAll = () => {
    const s = actor.getSnapshot().context.progress.blocks[bankKey];
    assert.ok(s?.kind === 'question');
    for (const key of s.draw) actor.send({ type: 'answer.submit', blockId: 'bank', itemId: `b${key}`, selected: ['o2'] });
  };
  const draws: string[] = [];
  for (let attempt = 1; attempt <= 6; attempt++) {
    const s = actor.getSnapshot().context.progress.blocks[bankKey];
    assert.ok(s?.kind === 'question');
    draws.push(s.draw.join(','));
    answerAll();
    actor.send({ type: 'assessment.retake', scope: 'course' });
    assert.equal(actor.getSnapshot().context.progress.assessments[0]!.attempt, attempt + 1);
  }
  assert.ok(new Set(draws).size > 1, `redraws: ${draws.join(' | ')}`);
});

const story = buildCourse({
  modules: [
    {
      id: 'm',
      pages: [
        {
          id: 'p',
          blocks: [
            {
              type: 'scenario',
              id: 's',
              start: 'start',
              nodes: [
                {
                  id: 'start',
                  choices: [
                    { id: 'listen', next: 'mid' },
                    { id: 'rush', next: 'bad' },
                  ],
                },
                { id: 'mid', choices: [{ id: 'thank', next: 'good' }] },
                { id: 'good', end: true },
                { id: 'bad', end: true },
              ],
            },
          ],
        },
      ],
    },
  ],
});

test('scenario: choices build a path of choice keys to an end; restart clears it', () => {
  const actor = createActor(scenarioMachine, { input: { course: story, blockId: 's', progress: allViewed(story) } }).start();
  const state = () => actor.getSnapshot().context.progress.blocks[blockKey(story, 's')];
  actor.send({ type: 'scenario.choose', blockId: 's', choiceId: 'thank' });
  assert.equal(state(), undefined, 'a choice from another node is refused');
  actor.send({ type: 'scenario.choose', blockId: 's', choiceId: 'listen' });
  assert.deepEqual(state(), { kind: 'scenario', path: [0], ended: false });
  actor.send({ type: 'scenario.choose', blockId: 's', choiceId: 'thank' });
  assert.deepEqual(state(), { kind: 'scenario', path: [0, 2], ended: true });
  assert.equal(actor.getSnapshot().value, 'ended');
  actor.send({ type: 'scenario.choose', blockId: 's', choiceId: 'listen' });
  assert.deepEqual(state(), { kind: 'scenario', path: [0, 2], ended: true }, 'nothing after the end');
  actor.send({ type: 'scenario.restart', blockId: 's' });
  assert.equal(actor.getSnapshot().value, 'choosing');
  assert.deepEqual(state(), { kind: 'scenario', path: [], ended: false });
  actor.send({ type: 'scenario.choose', blockId: 's', choiceId: 'rush' });
  assert.deepEqual(state(), { kind: 'scenario', path: [1], ended: true });
});

test('completion rule "passed" needs the pass, not the pages; "viewed-and-passed" needs both', () => {
  const actor = createActor(courseMachine, { input: { course: bank, seed: 5 } }).start();
  actor.send({ type: 'nav.next' });
  const s = actor.getSnapshot().context.progress.blocks[bankKey];
  assert.ok(s?.kind === 'question');
  const block = bank.modules[0]!.pages[1]!.blocks[0] as QuestionBlock;
  for (const key of s.draw) {
    const item = block.questions.find((q) => q.key === key)!;
    actor.send({ type: 'answer.submit', blockId: 'bank', itemId: item.id, selected: item.correct });
  }
  assert.equal(project(bank, actor.getSnapshot().context.progress).completion, 'completed');
  const both = createActor(assessmentMachine, {
    input: { course: quiz, scope: 'course', progress: viewPage(quiz, emptyProgress(quiz), quiz.modules[0]!.pages[0]!.key, env) },
  }).start();
  both.send({ type: 'answer.submit', blockId: 'q1', itemId: 'q1', selected: ['o1'] });
  both.send({ type: 'answer.submit', blockId: 'q2', itemId: 'q2', selected: ['o0', 'o3'] });
  assert.equal(project(quiz, both.getSnapshot().context.progress).completion, 'completed');
});
