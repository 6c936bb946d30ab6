/**
 * The shipped courses keep the promises of issue 7: structure, learner safety, feedback on every
 * option, checked helplines only, no unverified figures, and enough learning content.
 * Each expected course folder must exist: a missing course is a failure, not a skip.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

import { parse, walkBlocks, type Block, type Course, type Module } from '@haven/course';

interface Expected {
  readonly name: string;
  readonly modules: readonly number[];
  readonly minWords: number;
  readonly sequential?: boolean;
}

const EXPECTED: readonly Expected[] = [
  { name: 'practitioner', modules: [5], minWords: 8000 },
  { name: 'senior-leader', modules: [1], minWords: 2500 },
  { name: 'champion', modules: [4, 5], minWords: 16000, sequential: true },
];

/** The helplines checked in the content brief, as dialled. */
const CHECKED_PHONES = [
  '999',
  '0808 2000 247',
  '0808 801 0327',
  '0808 80 10 800',
  '0800 027 1234',
  '0808 800 5000',
  '0800 1111',
  '116 123',
];
const digits = (s: string) => s.replace(/\D/g, '');
const CHECKED_DIGITS = new Set(CHECKED_PHONES.map(digits));
/** Numbers the brief marks as unverified (Northern Ireland helpline, Respect phoneline). */
const UNVERIFIED_PHONES = ['0808 802 1414', '0808 802 4040'];
/** Figures the brief marks as unverified (PHW infographic multiples, programme percentages). */
const UNVERIFIED_FIGURES = ['15×', '15x', '20×', '20x', '93%', '65%'];

/** Keys whose string values are identifiers or settings, not words a learner reads. */
const NOT_PROSE = new Set([
  '$schema',
  'id',
  'type',
  'lang',
  'version',
  'phase',
  'pairWith',
  'mode',
  'correct',
  'category',
  'next',
  'quality',
  'outcome',
  'start',
  'tone',
  'url',
  'href',
  'phone',
  'kind',
  'src',
  'captions',
  'poster',
  'rule',
  'gate',
  'audiences',
]);

interface Loaded {
  readonly course: Course;
  readonly raw: unknown;
  readonly text: string;
}

const cache = new Map<string, Loaded>();

function load(name: string): Loaded {
  const cached = cache.get(name);
  if (cached) return cached;
  const file = new URL(`./${name}/course.json`, import.meta.url);
  const lockFile = new URL(`./${name}/course.lock.json`, import.meta.url);
  assert.ok(existsSync(file), `courses/${name}/course.json does not exist yet`);
  assert.ok(existsSync(lockFile), `courses/${name}/course.lock.json does not exist: run "haven lock courses/${name}"`);
  const text = readFileSync(file, 'utf8');
  const result = parse(text, `courses/${name}/course.json`, { lock: readFileSync(lockFile, 'utf8') });
  if (!result.ok) assert.fail(result.errors.map((e) => `${e.line}:${e.column} ${e.pointer} ${e.message}`).join('\n'));
  assert.equal(result.lockChanged, false, `courses/${name}/course.lock.json is out of date: run "haven lock courses/${name}"`);
  const loaded = { course: result.course, raw: JSON.parse(text) as unknown, text };
  cache.set(name, loaded);
  return loaded;
}

function blocksOf(module: Module): Block[] {
  return module.pages.flatMap((page) => [...page.blocks]);
}

/** Every human-readable string, except reference lists and support contacts. */
function prose(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) prose(v, out);
  else if (value && typeof value === 'object')
    for (const [key, v] of Object.entries(value)) if (!NOT_PROSE.has(key) && key !== 'references' && key !== 'support') prose(v, out);
  return out;
}

function wordCount(raw: unknown): number {
  return prose(raw)
    .join(' ')
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

for (const expected of EXPECTED) {
  const { name } = expected;
  describe(`course: ${name}`, () => {
    it('exists, parses without errors and has an up-to-date lock file', () => {
      const { course } = load(name);
      assert.equal(course.lang, 'en-GB');
    });

    it('has the expected number of modules', () => {
      const { course } = load(name);
      assert.ok(
        expected.modules.includes(course.modules.length),
        `expected ${expected.modules.join(' or ')} modules, found ${course.modules.length}`,
      );
    });

    it('gives every module outcomes, a content note the learner can skip for now, and references', () => {
      for (const module of load(name).course.modules) {
        assert.ok(module.outcomes.length > 0, `${module.id}: no outcomes`);
        assert.ok(module.contentNote, `${module.id}: no content note`);
        assert.ok(module.contentNote.summary.trim().length > 40, `${module.id}: the content note is too thin to be specific`);
        assert.equal(module.contentNote.canSkip, true, `${module.id}: the content note must offer "come back later"`);
        assert.ok(module.references.length > 0, `${module.id}: no references`);
      }
    });

    it('opens every module with a support callout and pairs pre and post confidence ratings', () => {
      for (const module of load(name).course.modules) {
        const blocks = blocksOf(module);
        assert.ok(
          blocks.some((b) => b.type === 'callout' && b.tone === 'support'),
          `${module.id}: no callout with tone "support"`,
        );
        const pre = blocks.filter((b) => b.type === 'likert' && b.phase === 'pre');
        const post = blocks.filter((b) => b.type === 'likert' && b.phase === 'post');
        assert.ok(pre.length > 0, `${module.id}: no pre likert`);
        assert.ok(post.length > 0, `${module.id}: no post likert`);
        for (const p of post) {
          if (p.type !== 'likert') continue;
          const partner = pre.find((b) => b.id === p.pairWith);
          assert.ok(partner && partner.type === 'likert', `${module.id}: post likert ${p.id} is not paired with a pre block here`);
          assert.deepEqual(
            p.items.map((i) => i.id),
            partner.items.map((i) => i.id),
            `${module.id}: ${p.id} and ${partner.id} rate different items`,
          );
        }
      }
    });

    it('gives every module a knowledge check and at least one activity', () => {
      for (const module of load(name).course.modules) {
        const types = new Set(blocksOf(module).map((b) => b.type));
        assert.ok(types.has('question'), `${module.id}: no question`);
        assert.ok(types.has('sort') || types.has('scenario') || types.has('reflection'), `${module.id}: no sort, scenario or reflection`);
      }
    });

    it('gives feedback on every option, scenario choice, ending and sort item', () => {
      const empty = (s: string | undefined) => !s || s.trim().length === 0;
      for (const { block, module } of walkBlocks(load(name).course)) {
        const where = `${module.id}/${block.id}`;
        if (block.type === 'question')
          for (const q of block.questions) {
            assert.ok(q.correct.length > 0, `${where}: no correct answer`);
            for (const o of q.options) assert.ok(!empty(o.feedback), `${where}: option ${o.id} has no feedback`);
          }
        if (block.type === 'scenario')
          for (const node of block.nodes) {
            for (const c of node.choices) assert.ok(!empty(c.feedback), `${where}: choice ${c.id} has no feedback`);
            if (node.end) assert.ok(!empty(node.end.summary), `${where}: ending ${node.id} has no summary`);
          }
        if (block.type === 'sort')
          for (const item of block.items) assert.ok(!empty(item.feedback), `${where}: sort item ${item.id} has no feedback`);
      }
    });

    it('lists the checked helplines and no other numbers', () => {
      const { course, text } = load(name);
      const phones = course.support.contacts.flatMap((c) => (c.phone ? [c.phone] : []));
      for (const required of ['0808 2000 247', '116 123', '999']) assert.ok(phones.includes(required), `support contacts lack ${required}`);
      for (const phone of phones) assert.ok(CHECKED_DIGITS.has(digits(phone)), `support lists an unchecked number: ${phone}`);
      assert.ok(
        course.support.contacts.some((c) => !c.phone && /employ|EAP|occupational|line manager/i.test(`${c.name} ${c.description ?? ''}`)),
        'support lacks the employer (EAP, occupational health, line manager) entry',
      );
      for (const unverified of UNVERIFIED_PHONES)
        assert.ok(!digits(text).includes(digits(unverified)), `the course mentions the unverified number ${unverified}`);
      // Any UK-style number written in the course text must be one of the checked ones.
      for (const match of text.matchAll(/(?<![\d.-])0\d{3}[ \d]{4,10}\d(?![\d-])/g))
        assert.ok(CHECKED_DIGITS.has(digits(match[0])), `the course mentions an unchecked number: ${match[0]}`);
    });

    it('contains none of the figures the brief marks as unverified', () => {
      const { text } = load(name);
      for (const figure of UNVERIFIED_FIGURES)
        assert.ok(!text.toLowerCase().includes(figure.toLowerCase()), `the course contains the unverified figure "${figure}"`);
    });

    it(`has at least ${expected.minWords} words of learning content`, () => {
      const words = wordCount(load(name).raw);
      assert.ok(words >= expected.minWords, `${words} words, below ${expected.minWords}`);
    });

    it('has a certificate', () => {
      const blocks = [...walkBlocks(load(name).course)].map((r) => r.block);
      assert.ok(
        blocks.some((b) => b.type === 'certificate'),
        'no certificate block',
      );
    });

    it('has a course assessment whenever completion needs a pass', () => {
      const { course } = load(name);
      if (course.completion.rule !== 'viewed') {
        assert.ok(course.assessment, 'completion needs a pass but there is no course assessment');
        assert.ok(course.assessment.passMark > 0);
      }
    });

    if (expected.sequential)
      it('unlocks its modules in order', () => {
        for (const module of load(name).course.modules) assert.equal(module.gate, 'sequential', `${module.id} is not sequential`);
      });
  });
}

describe('course: practitioner (specific promises)', () => {
  it('has a ten-question end-of-course quiz with an 80% pass mark, counted towards completion', () => {
    const { course } = load('practitioner');
    assert.equal(course.completion.rule, 'viewed-and-passed');
    assert.ok(course.assessment);
    assert.equal(course.assessment.passMark, 80);
    const ids = course.assessment.questions;
    assert.ok(Array.isArray(ids) && ids.length === 10, 'the quiz must list exactly ten questions');
    const questionIds = new Set([...walkBlocks(course)].filter((r) => r.block.type === 'question').map((r) => r.block.id));
    for (const id of ids) assert.ok(questionIds.has(id), `quiz question ${id} is not a question block`);
  });

  it('lets practitioners take the five topic modules in any order', () => {
    for (const module of load('practitioner').course.modules) assert.equal(module.gate, 'open', `${module.id} is not open`);
  });
});
