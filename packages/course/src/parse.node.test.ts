import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse, formatError, findBlock, pagesInOrder, walkBlocks, type CourseFile } from './index.js';
import { locate, minimalCourse } from './testing/fixtures.js';
import { blocks, choice, ending, errorsOf, FILE, page, question, type Json } from './testing/broken-course.js';

const scenario = (nodes: Json[], start = 'n1'): Json => ({ type: 'scenario', id: 's1', title: 'S', start, nodes });

test('the example course is valid, and the CLI line format matches the brief', () => {
  const text = readFileSync(new URL('../../../courses/example/course.json', import.meta.url), 'utf8');
  const lock = readFileSync(new URL('../../../courses/example/course.lock.json', import.meta.url), 'utf8');
  const r = parse(text, 'courses/example/course.json', { lock });
  assert.ok(r.ok, r.ok ? '' : r.errors.map(formatError).join('\n'));
  assert.equal(r.lockChanged, false, 'the committed lock is complete');
  const types = new Set([...walkBlocks(r.course)].map((ref) => ref.block.type));
  assert.deepEqual([...types].sort(), [
    'accordion',
    'callout',
    'certificate',
    'likert',
    'media',
    'question',
    'reflection',
    'resource',
    'scenario',
    'sort',
    'text',
  ]);
  assert.deepEqual(
    r.course.modules.map((m) => m.gate),
    ['open', 'sequential', 'sequential'],
  );
  assert.equal(pagesInOrder(r.course).at(-1)?.page.blocks.at(-1)?.type, 'certificate');
});

test('unknown block type: position of the value, pointer and a did-you-mean hint', () => {
  const { text, errors } = errorsOf((c) => blocks(c).push({ type: 'questoin', id: 'q9' }));
  assert.equal(errors.length, 1);
  const e = errors[0]!;
  assert.deepEqual({ line: e.line, column: e.column }, locate(text, '"questoin"'));
  assert.equal(e.pointer, '/modules/0/pages/0/blocks/1/type');
  assert.equal(e.code, 'unknown-block-type');
  assert.equal(
    formatError(e),
    `${FILE}:${e.line}:${e.column} /modules/0/pages/0/blocks/1/type: unknown block type "questoin"; did you mean "question"?`,
  );
});

test('unknown property: points at the key and suggests the right one', () => {
  const { text, errors } = errorsOf((c) => {
    const q = question();
    (q.options as Json[])[1] = { id: 'b', text: 'B', feeback: 'No.' };
    blocks(c).push(q);
  });
  const unknown = errors.find((e) => e.code === 'unknown-property')!;
  assert.deepEqual({ line: unknown.line, column: unknown.column }, locate(text, '"feeback"'));
  assert.equal(unknown.pointer, '/modules/0/pages/0/blocks/1/options/1/feeback');
  assert.equal(unknown.hint, 'did you mean "feedback"?');
  const missing = errors.find((e) => e.code === 'required')!;
  assert.equal(missing.message, 'missing required property "feedback"');
  assert.match(missing.hint ?? '', /Kind, specific feedback/);
});

test('wrong type says what was expected and what was found', () => {
  const { text, errors } = errorsOf((c) => ((c.modules as Json[])[0]!.estimatedMinutes = 'ten'));
  assert.equal(errors[0]!.message, 'expected a whole number, got "ten"');
  assert.deepEqual({ line: errors[0]!.line, column: errors[0]!.column }, locate(text, '"ten"'));
});

test('enum values get a did-you-mean', () => {
  const { errors } = errorsOf((c) => ((c.modules as Json[])[0]!.gate = 'sequental'));
  assert.equal(errors[0]!.hint, 'did you mean "sequential"?');
  assert.equal(errors[0]!.pointer, '/modules/0/gate');
});

test('JSON syntax errors give the line and column of the break', () => {
  const text = '{\n  "formatVersion": 1,\n  "id": "x",\n  "title": "A" "B"\n}';
  const r = parse(text, FILE);
  assert.ok(!r.ok);
  assert.equal(r.errors.length, 1);
  assert.deepEqual(
    { line: r.errors[0]!.line, column: r.errors[0]!.column, code: r.errors[0]!.code },
    { line: 4, column: 16, code: 'json-syntax' },
  );
  const trailing = parse('{\n  "a": [1, 2,]\n}', FILE);
  assert.ok(!trailing.ok);
  assert.deepEqual([trailing.errors[0]!.line, trailing.errors[0]!.column], [2, 14]);
  assert.match(trailing.errors[0]!.message, /trailing comma/);
});

test('duplicate ids anywhere in the course report both places', () => {
  const { text, errors } = errorsOf((c) => blocks(c).push({ type: 'text', id: 'p1', body: 'Again.' }));
  const e = errors.find((x) => x.code === 'duplicate-id')!;
  const first = locate(text, '"id": "p1"');
  const second = locate(text, '"id": "p1"', text.indexOf('"id": "p1"') + 1);
  assert.deepEqual({ line: e.line, column: e.column }, { line: second.line, column: second.column + 6 });
  assert.deepEqual({ line: e.related?.line, column: e.related?.column }, { line: first.line, column: first.column + 6 });
  assert.equal(e.related?.pointer, '/modules/0/pages/0/id');
});

test('references to missing ids', () => {
  const assess = errorsOf((c) => {
    blocks(c).push(question());
    c.assessment = { passMark: 80, questions: ['q2'] };
  });
  assert.deepEqual(
    assess.errors.map((e) => [e.code, e.pointer, e.message]),
    [['missing-reference', '/assessment/questions/0', 'no question block with id "q2"']],
  );
  const pair = errorsOf((c) =>
    blocks(c).push({ type: 'likert', id: 'after', phase: 'post', pairWith: 'before', prompt: 'How?', items: [{ id: 'i', text: 'I' }] }),
  );
  assert.equal(pair.errors[0]!.pointer, '/modules/0/pages/0/blocks/1/pairWith');
  assert.equal(pair.errors[0]!.code, 'missing-reference');
  const audience = errorsOf((c) => (page(c).audiences = ['primary']));
  assert.equal(audience.errors[0]!.pointer, '/modules/0/pages/0/audiences/0');
  const sort = errorsOf((c) =>
    blocks(c).push({
      type: 'sort',
      id: 's',
      prompt: 'Sort.',
      categories: [
        { id: 'blaming', title: 'Blaming' },
        { id: 'non-blaming', title: 'Non-blaming' },
      ],
      items: [
        { id: 'a', text: 'A', category: 'blamng', feedback: 'f' },
        { id: 'b', text: 'B', category: 'non-blaming', feedback: 'f' },
      ],
    }),
  );
  assert.equal(sort.errors[0]!.pointer, '/modules/0/pages/0/blocks/1/items/0/category');
  assert.equal(sort.errors[0]!.hint, 'did you mean "blaming"?');
});

test('answers: a correct answer not among the options, several correct in single mode, draw larger than the bank', () => {
  const notOption = errorsOf((c) => blocks(c).push(question({ correct: ['c'] })));
  assert.equal(notOption.errors[0]!.code, 'correct-not-an-option');
  assert.equal(notOption.errors[0]!.pointer, '/modules/0/pages/0/blocks/1/correct/0');
  assert.deepEqual([notOption.errors[0]!.line, notOption.errors[0]!.column], Object.values(locate(notOption.text, '"c"')));
  const twoCorrect = errorsOf((c) => blocks(c).push(question({ correct: ['a', 'b'] })));
  assert.match(twoCorrect.errors[0]!.message, /single-choice question has 2 correct answers/);
  const bank = errorsOf((c) => {
    const q = question();
    blocks(c).push({ type: 'question', id: 'bank', bank: { draw: 3, questions: [{ ...q, type: undefined, id: 'x' }] } });
  });
  assert.equal(bank.errors[0]!.pointer, '/modules/0/pages/0/blocks/1/bank/draw');
  assert.match(bank.errors[0]!.message, /draw 3 is more than the 1 questions/);
});

test('scenario graph: missing next, missing start, unreachable node, neither/both, no ending', () => {
  const next = errorsOf((c) => blocks(c).push(scenario([{ id: 'n1', text: 'T', choices: [choice('go', 'nowhere')] }, ending('n2')])));
  assert.ok(
    next.errors.some((e) => e.code === 'scenario-missing-node' && e.pointer === '/modules/0/pages/0/blocks/1/nodes/0/choices/0/next'),
  );
  assert.ok(next.errors.some((e) => e.code === 'scenario-unreachable-node' && e.pointer === '/modules/0/pages/0/blocks/1/nodes/1'));
  const start = errorsOf((c) => blocks(c).push(scenario([{ id: 'n1', text: 'T', choices: [choice('go', 'n2')] }, ending('n2')], 'n0')));
  assert.equal(start.errors[0]!.pointer, '/modules/0/pages/0/blocks/1/start');
  assert.equal(start.errors[0]!.code, 'scenario-missing-node');
  const neither = errorsOf((c) =>
    blocks(c).push(
      scenario([
        { id: 'n1', text: 'T', choices: [choice('go', 'n2')] },
        { id: 'n2', text: 'Stuck.' },
      ]),
    ),
  );
  assert.ok(neither.errors.some((e) => e.message === 'node "n2" has neither choices nor an end'));
  assert.ok(neither.errors.some((e) => e.code === 'scenario-no-ending'));
  const both = errorsOf((c) =>
    blocks(c).push(
      scenario([{ id: 'n1', text: 'T', choices: [choice('go', 'n2')], end: { outcome: 'good', summary: 'x' } }, ending('n2')]),
    ),
  );
  assert.ok(both.errors.some((e) => e.message === 'node "n1" has both choices and an end'));
});

test('markup errors point inside the string', () => {
  const { text, errors } = errorsOf((c) => (blocks(c)[0]!.body = 'Hello <script>x</script> and [a](http://bad.example).'));
  assert.equal(errors.length, 2);
  assert.deepEqual([errors[0]!.line, errors[0]!.column], Object.values(locate(text, '<script>')));
  assert.equal(errors[0]!.code, 'markup');
  assert.deepEqual([errors[1]!.line, errors[1]!.column], Object.values(locate(text, 'http://bad')));
});

test('media: web addresses and images without alt are refused', () => {
  const { errors } = errorsOf((c) => blocks(c).push({ type: 'media', id: 'img', kind: 'image', src: 'https://cdn.example.com/a.png' }));
  assert.deepEqual(
    errors.map((e) => [e.code, e.pointer]),
    [
      ['accessibility', '/modules/0/pages/0/blocks/1'],
      ['pattern', '/modules/0/pages/0/blocks/1/src'],
    ],
  );
  const video = errorsOf((c) => blocks(c).push({ type: 'media', id: 'v', kind: 'video', src: 'media/v.mp4', transcript: 'Words.' }));
  assert.equal(video.errors[0]!.message, 'missing required property "captions"');
});

test('every error is collected and sorted by position', () => {
  const { errors } = errorsOf((c) => {
    c.title = '';
    blocks(c).push({ type: 'questoin', id: 'x' }, { type: 'text', id: 'Bad Id', body: 'b' });
  });
  assert.equal(errors.length, 3);
  const positions = errors.map((e) => e.line * 10000 + e.column);
  assert.deepEqual(
    positions,
    [...positions].sort((a, b) => a - b),
  );
});

test('format version: missing, newer, and the current one', () => {
  const missing = errorsOf((c) => delete c.formatVersion);
  assert.equal(missing.errors[0]!.code, 'format-version');
  assert.match(missing.errors[0]!.hint ?? '', /"formatVersion": 1/);
  const newer = errorsOf((c) => (c.formatVersion = 7));
  assert.match(newer.errors[0]!.message, /made by a newer Haven/);
  assert.equal(newer.errors[0]!.pointer, '/formatVersion');
});

test('normalisation fills defaults, resolves attempts and freezes everything', () => {
  const course = minimalCourse() as unknown as Json;
  blocks(course).push(
    question(),
    question({ id: 'q2' }),
    { type: 'callout', id: 'c', body: 'Note.' },
    { type: 'likert', id: 'l', phase: 'pre', prompt: 'How?', items: [{ id: 'i', text: 'I' }] },
    { type: 'reflection', id: 'r', prompt: 'Why?' },
  );
  (course.modules as Json[])[0]!.contentNote = { summary: 'About this.' };
  course.assessment = { passMark: 50, questions: ['q1'] };
  course.completion = { rule: 'viewed-and-passed' };
  const r = parse(JSON.stringify(course), FILE);
  assert.ok(r.ok, r.ok ? '' : r.errors.map(formatError).join('\n'));
  const c = r.course;
  const m = c.modules[0]!;
  assert.equal(m.gate, 'open');
  assert.deepEqual(m.contentNote, { summary: 'About this.', coming: [], canSkip: true });
  assert.deepEqual([c.references, m.references, m.outcomes, c.audiences], [[], [], [], []]);
  assert.deepEqual(c.privacy, { reflectionsLeaveDevice: false });
  assert.deepEqual(c.assessment, { passMark: 50, attempts: 0, questions: ['q1'] });
  const q1 = findBlock(c, 'q1')!.block;
  const q2 = findBlock(c, 'q2')!.block;
  assert.ok(q1.type === 'question' && q2.type === 'question');
  assert.equal(q1.single, true);
  assert.equal(q1.draw, 1);
  assert.equal(q1.questions[0]!.attempts, 1, 'counts towards the assessment');
  assert.equal(q2.questions[0]!.attempts, 0, 'practice question');
  assert.deepEqual(
    q1.questions[0]!.options.map((o) => o.key),
    [1, 2],
  );
  const callout = findBlock(c, 'c')!.block;
  assert.ok(callout.type === 'callout' && callout.tone === 'info');
  const likert = findBlock(c, 'l')!.block;
  assert.ok(likert.type === 'likert');
  assert.deepEqual(likert.scale, { min: 1, max: 5, minLabel: 'Not at all confident', maxLabel: 'Very confident' });
  const reflection = findBlock(c, 'r')!.block;
  assert.ok(reflection.type === 'reflection' && reflection.maxLength === 5000);
  assert.ok(Object.isFrozen(c) && Object.isFrozen(m.pages[0]!.blocks) && Object.isFrozen(q1.questions[0]!.options[0]));
  assert.throws(() => {
    (c.modules[0] as { title: string }).title = 'changed';
  }, TypeError);
  const keys = [m.key, m.pages[0]!.key, q1.key, q2.key, likert.key, reflection.key];
  assert.deepEqual(keys, [1, 2, 3, 4, 5, 6], 'document order without a lock');
});

test('a course file type is assignable from the minimal fixture', () => {
  const c: CourseFile = minimalCourse();
  assert.ok(parse(JSON.stringify(c), FILE).ok);
});
