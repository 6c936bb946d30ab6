/**
 * One run of `parse` shows every mistake: the whole-course checks (ids, references, answers, scenario
 * graphs) also run when the schema finds errors, on whatever is still usable, without repeating what
 * the schema already says.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse, formatError, type CourseError } from './index.js';
import { checkSemantics } from './semantic/semantic.js';
import { locate } from './testing/fixtures.js';
import { blocks, choice, ending, errorsOf, FILE, page, question, type Json } from './testing/broken-course.js';

const codes = (errors: readonly CourseError[]) => errors.map((e) => [e.code, e.pointer]);

const scenario = (nodes: unknown[], over: Json = {}): Json => ({ type: 'scenario', id: 's1', title: 'S', start: 'n1', nodes, ...over });

function assertSorted(errors: readonly CourseError[]): void {
  const positions = errors.map((e) => e.line * 1e6 + e.column);
  assert.deepEqual(
    positions,
    [...positions].sort((a, b) => a - b),
  );
}

test('a misspelt key and a duplicate id are both reported in one run, each with its place', () => {
  const { text, errors } = errorsOf((c) => {
    page(c).titel = page(c).title;
    delete page(c).title;
    blocks(c).push({ type: 'text', id: 'p1', body: 'Again.' });
  });
  assert.deepEqual(codes(errors), [
    ['required', '/modules/0/pages/0'],
    ['duplicate-id', '/modules/0/pages/0/blocks/1/id'],
    ['unknown-property', '/modules/0/pages/0/titel'],
  ]);
  const unknown = errors[2]!;
  assert.deepEqual([unknown.line, unknown.column], Object.values(locate(text, '"titel"')));
  assert.equal(unknown.hint, 'did you mean "title"?');
  const dup = errors[1]!;
  const second = locate(text, '"id": "p1"', text.indexOf('"id": "p1"') + 1);
  assert.deepEqual([dup.line, dup.column], [second.line, second.column + 6]);
  assert.equal(dup.related?.pointer, '/modules/0/pages/0/id');
  assert.match(formatError(dup), /^courses\/x\/course\.json:\d+:\d+ \/modules\/0\/pages\/0\/blocks\/1\/id: duplicate id "p1"/);
  assertSorted(errors);
});

test('a schema error and a missing scenario node are both reported', () => {
  const { errors } = errorsOf((c) => {
    c.lang = 'English';
    blocks(c).push(scenario([{ id: 'n1', text: 'T', choices: [choice('go', 'n3')] }, ending('n2')]));
  });
  assert.deepEqual(codes(errors), [
    ['pattern', '/lang'],
    ['scenario-no-ending', '/modules/0/pages/0/blocks/1'],
    ['scenario-missing-node', '/modules/0/pages/0/blocks/1/nodes/0/choices/0/next'],
    ['scenario-unreachable-node', '/modules/0/pages/0/blocks/1/nodes/1'],
  ]);
  assert.equal(errors[2]!.message, 'choice "go" leads to "n3", which is not a node in this scenario');
});

test('a schema error in the same question and a wrong correct answer are both reported', () => {
  const { errors } = errorsOf((c) => blocks(c).push(question({ mode: 'singel', correct: ['c'], attempts: 'two' })));
  assert.deepEqual(codes(errors), [
    ['enum', '/modules/0/pages/0/blocks/1/mode'],
    ['correct-not-an-option', '/modules/0/pages/0/blocks/1/correct/0'],
    ['type', '/modules/0/pages/0/blocks/1/attempts'],
  ]);
  assert.equal(errors[1]!.message, 'correct answer "c" is not one of the options');
});

test('banks, sorts, likert pairs, audiences and assessments are checked beside schema errors', () => {
  const { errors } = errorsOf((c) => {
    c.version = '1.0';
    c.audiences = [
      { id: 'primary', title: 'Primary' },
      { id: 'secondary', title: 'Secondary' },
    ];
    page(c).audiences = ['primray'];
    blocks(c).push(
      { type: 'question', id: 'bank', bank: { draw: 3, questions: [{ ...question(), type: undefined, id: 'x' }] } },
      {
        type: 'sort',
        id: 's',
        prompt: 'Sort.',
        categories: [
          { id: 'blaming', title: 'Blaming' },
          { id: 'non-blaming', title: 7 },
        ],
        items: [
          { id: 'a', text: 'A', category: 'blamng', feedback: 'f' },
          { id: 'b', text: 'B', category: 'non-blaming', feedback: 'f' },
        ],
      },
      { type: 'likert', id: 'after', phase: 'post', pairWith: 'befor', prompt: 'How?', items: [{ id: 'i', text: 'I' }] },
      { type: 'likert', id: 'before', phase: 'pre', prompt: 'How?', items: [{ id: 'i', text: 'I' }] },
    );
    c.assessment = { passMark: 180, questions: ['bank', 'q9'] };
  });
  assert.deepEqual(codes(errors), [
    ['pattern', '/version'],
    ['range', '/modules/0/pages/0/blocks/1/bank/draw'],
    ['type', '/modules/0/pages/0/blocks/2/categories/1/title'],
    ['missing-reference', '/modules/0/pages/0/blocks/2/items/0/category'],
    ['missing-reference', '/modules/0/pages/0/blocks/3/pairWith'],
    ['missing-reference', '/modules/0/pages/0/audiences/0'],
    ['range', '/assessment/passMark'],
    ['missing-reference', '/assessment/questions/1'],
  ]);
  assert.equal(errors[3]!.hint, 'did you mean "blaming"?');
  assert.equal(errors[4]!.hint, 'did you mean "before"?');
  assert.equal(errors[5]!.hint, 'did you mean "primary"?');
  assertSorted(errors);
});

test('no follow-on reports for a value the schema already reports', () => {
  // Ids that are not valid ids: the pattern errors say so; the repeat is not reported as well.
  const ids = errorsOf((c) => blocks(c).push({ type: 'text', id: 'Bad Id', body: 'x' }, { type: 'text', id: 'Bad Id', body: 'y' }));
  assert.deepEqual(codes(ids.errors), [
    ['pattern', '/modules/0/pages/0/blocks/1/id'],
    ['pattern', '/modules/0/pages/0/blocks/2/id'],
  ]);
  // A correct answer that is no valid id is not also "not among the options".
  const correct = errorsOf((c) => blocks(c).push(question({ correct: ['A'] })));
  assert.deepEqual(codes(correct.errors), [['pattern', '/modules/0/pages/0/blocks/1/correct/0']]);
  // A repeated correct answer is "listed twice", not also several answers to a single-choice question.
  const twice = errorsOf((c) => blocks(c).push(question({ correct: ['a', 'a'] })));
  assert.deepEqual(codes(twice.errors), [['duplicate-id', '/modules/0/pages/0/blocks/1/correct/1']]);
  // A scale whose ends are out of range is not also "minimum not below maximum".
  const scale = errorsOf((c) =>
    blocks(c).push({
      type: 'likert',
      id: 'l',
      phase: 'pre',
      prompt: 'How?',
      scale: { min: 9, max: 5, minLabel: 'Low', maxLabel: 'High' },
      items: [{ id: 'i', text: 'I' }],
    }),
  );
  assert.deepEqual(codes(scale.errors), [['range', '/modules/0/pages/0/blocks/1/scale/min']]);
  // A missing "correct" list is a schema error only.
  const missing = errorsOf((c) => blocks(c).push(question({ correct: undefined })));
  assert.deepEqual(codes(missing.errors), [['required', '/modules/0/pages/0/blocks/1']]);
  // A draw that is no whole number is not also "more than the bank".
  const draw = errorsOf((c) =>
    blocks(c).push({ type: 'question', id: 'bank', bank: { draw: 1.5, questions: [{ ...question(), type: undefined }] } }),
  );
  assert.deepEqual(codes(draw.errors), [['type', '/modules/0/pages/0/blocks/1/bank/draw']]);
});

test('a part that a reference could name but whose id is unusable silences "not found" until it is fixed', () => {
  // The option without an id may be the "c" that "correct" names.
  const option = errorsOf((c) =>
    blocks(c).push(
      question({
        options: [
          { id: 'a', text: 'A', feedback: 'Yes.' },
          { text: 'C', feedback: 'No.' },
        ],
        correct: ['c'],
      }),
    ),
  );
  assert.deepEqual(codes(option.errors), [['required', '/modules/0/pages/0/blocks/1/options/1']]);
  // A misspelt block type: the assessment's reference to it is not reported as missing.
  const type = errorsOf((c) => {
    blocks(c).push({ ...question(), type: 'questoin' });
    c.assessment = { passMark: 80, questions: ['q1'] };
  });
  assert.deepEqual(codes(type.errors), [['unknown-block-type', '/modules/0/pages/0/blocks/1/type']]);
  // A node without an id: choices leading to it, and what only it leads to, are not reported.
  const node = errorsOf((c) =>
    blocks(c).push(
      scenario([{ id: 'n1', text: 'T', choices: [choice('go', 'n2')] }, { text: 'Then.', choices: [choice('on', 'n3')] }, ending('n3')]),
    ),
  );
  assert.deepEqual(codes(node.errors), [['required', '/modules/0/pages/0/blocks/1/nodes/1']]);
});

test('a misspelt property is not also reported as missing by a whole-course check', () => {
  const choices = errorsOf((c) =>
    blocks(c).push(
      scenario([
        { id: 'n1', text: 'T', choises: [choice('go', 'n2')] },
        { id: 'n2', text: 'Then.', choices: [choice('on', 'n3')] },
        ending('n3'),
      ]),
    ),
  );
  assert.deepEqual(codes(choices.errors), [['unknown-property', '/modules/0/pages/0/blocks/1/nodes/0/choises']]);
  const assessment = errorsOf((c) => {
    blocks(c).push(question());
    c.completion = { rule: 'passed' };
    c.assesment = { passMark: 80 };
  });
  assert.deepEqual(codes(assessment.errors), [['unknown-property', '/assesment']]);
  const href = errorsOf((c) => blocks(c).push({ type: 'resource', id: 'r', title: 'R', hrf: 'media/r.pdf' }));
  assert.deepEqual(codes(href.errors), [['unknown-property', '/modules/0/pages/0/blocks/1/hrf']]);
  // Without a likely slip the whole-course check still speaks.
  const neither = errorsOf((c) => blocks(c).push({ type: 'resource', id: 'r', title: 'R', colour: 'red' }));
  assert.deepEqual(codes(neither.errors), [
    ['required', '/modules/0/pages/0/blocks/1'],
    ['unknown-property', '/modules/0/pages/0/blocks/1/colour'],
  ]);
});

test('the whole-course checks take any value without throwing', () => {
  const hostile: unknown[] = [
    null,
    undefined,
    42,
    'course',
    [],
    [{ modules: [] }],
    { modules: null },
    { modules: {} },
    { modules: [null, 1, 'x', [], { pages: 'p' }, { pages: [null, { blocks: {} }, { blocks: [null, 1, [], {}] }] }] },
    { audiences: 'all', modules: [{ pages: [{ audiences: [1, null, {}], blocks: [{ type: 'text', audiences: {} }] }] }] },
    { assessment: { questions: 'all' }, completion: { rule: 'passed' }, modules: [{ assessment: { questions: [1, null, {}] } }] },
    JSON.parse('{"__proto__": {"id": "x"}, "modules": [{"__proto__": [], "id": "m", "pages": [{"id": {"__proto__": 1}}]}]}'),
    {
      modules: [
        {
          pages: [
            {
              blocks: [
                { type: 'question', id: 'q', options: 'abc', correct: 'a', mode: 'single' },
                { type: 'question', id: 'q2', options: [null, 1], correct: [1, null, 'a'] },
                { type: 'question', id: 'b', bank: { draw: '3', questions: [null, { options: {}, correct: {} }] } },
                { type: 'question', id: 'b2', bank: [] },
                { type: 'sort', id: 's', categories: {}, items: [null, { category: 5 }] },
                {
                  type: 'scenario',
                  id: 'sc',
                  start: 5,
                  nodes: [null, 1, { id: 'a', choices: {} }, { id: 'b', choices: [null, { next: 3 }] }],
                },
                { type: 'scenario', id: 'sc2', start: 'a', nodes: [{ id: 'a', choices: [{ next: 'a' }] }] },
                { type: 'likert', id: 'l', pairWith: 'q', phase: 'post', items: 'x', scale: { min: '1', max: null } },
                { type: 'likert', id: 'l2', pairWith: 'l', phase: 'post', items: [null] },
                { type: 'likert', id: 'l3', pairWith: ['l'], phase: 7 },
                { type: 'resource', id: 'r' },
                { type: { type: 'text' }, id: [] },
              ],
            },
          ],
        },
      ],
    },
  ];
  for (const value of hostile) assert.ok(Array.isArray(checkSemantics(value)));
  assert.equal(({} as Json).id, undefined, 'Object.prototype untouched');
});

test('huge lists stay quick, and long names are shortened in messages', () => {
  const many = 20000;
  const options = Array.from({ length: many }, (_, i) => ({ id: `option-${i}`, text: 'x', feedback: 'y' }));
  const correct = Array.from({ length: many }, (_, i) => `missing-${i}`);
  const long = 'x'.repeat(100000);
  const course = {
    modules: [
      {
        id: long,
        pages: [
          {
            id: long,
            blocks: [
              { type: 'question', id: 'q', mode: 'single', options, correct },
              { type: 'sort', id: 's', categories: options, items: correct.map((c) => ({ id: c, category: c })) },
            ],
          },
        ],
      },
    ],
    assessment: { questions: correct },
  };
  const started = performance.now();
  const issues = checkSemantics(course);
  assert.ok(performance.now() - started < 10000, `took ${performance.now() - started} ms`);
  assert.equal(issues.filter((i) => i.code === 'correct-not-an-option').length, many);
  const dup = issues.find((i) => i.code === 'duplicate-id')!;
  assert.equal(dup.message, 'duplicate id text of 100000 characters: a module already uses it');
  assert.ok(issues.every((i) => i.message.length < 500 && (i.hint ?? '').length < 1000));
});

test('a missing or malformed format version is reported with the other mistakes, read as the current format', () => {
  const missing = errorsOf((c) => {
    delete c.formatVersion;
    c.titel = 'Typo';
    blocks(c).push({ type: 'text', id: 'p1', body: 'Again.' });
  });
  assert.deepEqual(codes(missing.errors), [
    ['format-version', ''],
    ['duplicate-id', '/modules/0/pages/0/blocks/1/id'],
    ['unknown-property', '/titel'],
  ]);
  const text = errorsOf((c) => {
    c.formatVersion = '1';
    blocks(c).push(question({ correct: ['c'] }));
  });
  assert.deepEqual(codes(text.errors), [
    ['format-version', '/formatVersion'],
    ['correct-not-an-option', '/modules/0/pages/0/blocks/1/correct/0'],
  ]);
  // A newer format is unknown here, so nothing else is judged by this one.
  const newer = errorsOf((c) => {
    c.formatVersion = 2;
    blocks(c).push({ type: 'text', id: 'p1', body: 'Again.' });
  });
  assert.deepEqual(codes(newer.errors), [['format-version', '/formatVersion']]);
});

test('one misspelt key anywhere in the example course brings only the schema reports, no follow-ons', () => {
  const example = JSON.parse(readFileSync(new URL('../../../courses/example/course.json', import.meta.url), 'utf8')) as Json;
  const keyPaths: (string | number)[][] = [];
  const walk = (v: unknown, path: (string | number)[]) => {
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
    else if (typeof v === 'object' && v !== null)
      for (const [k, x] of Object.entries(v)) {
        keyPaths.push([...path, k]);
        walk(x, [...path, k]);
      }
  };
  walk(example, []);
  assert.ok(keyPaths.length > 300);
  // Slips like the ones the schema's did-you-mean catches: a letter dropped, two letters swapped.
  const slipsOf = (k: string) => [k.slice(1), `${k[0]}${k[2] ?? ''}${k[1]}${k.slice(3)}`];
  const schemaCodes = new Set(['required', 'unknown-property', 'accessibility', 'format-version']);
  for (const path of keyPaths) {
    const key = String(path.at(-1));
    for (const slip of slipsOf(key)) {
      if (slip === key) continue;
      const course = structuredClone(example);
      const holder = path.slice(0, -1).reduce<Json>((v, s) => v[s] as Json, course);
      // Renamed in place, so the key keeps its position in the file.
      for (const [k, v] of Object.entries(holder)) {
        delete holder[k];
        holder[k === key ? slip : k] = v;
      }
      const r = parse(JSON.stringify(course, null, 2), FILE);
      assert.ok(!r.ok);
      if (r.ok) continue;
      const others = r.errors.filter((e) => !schemaCodes.has(e.code));
      assert.deepEqual(others.map(formatError), [], `"${key}" misspelt "${slip}" at /${path.join('/')}`);
    }
  }
});
