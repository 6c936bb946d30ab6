/**
 * Synthetic courses for benchmarks and load tests: valid, deterministic (seeded) and as large as asked.
 * `syntheticCourse({ pages: 5000 })` gives ~4 blocks a page of mixed types; `{ questions: 500, blocks: 2000 }`
 * gives exactly that many question blocks (single and multiple choice, 4 to 6 options) among 2,000 blocks.
 */
import type { CourseFile } from '../model/types.js';

export interface SyntheticOptions {
  /** Pages in the course. Default: blocks / 4, or 50. */
  readonly pages?: number;
  /** Blocks in the course, spread evenly over the pages. Default: pages * 4. */
  readonly blocks?: number;
  /** How many of the blocks are questions. Default: a quarter of the blocks. */
  readonly questions?: number;
  readonly pagesPerModule?: number;
  readonly seed?: number;
}

type BlockFile = CourseFile['modules'][number]['pages'][number]['blocks'][number];
type PageFile = CourseFile['modules'][number]['pages'][number];

/** Mulberry32: a tiny seeded generator, so every run builds the same course. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const OTHER_TYPES = ['text', 'callout', 'reflection', 'sort', 'likert', 'scenario', 'accordion', 'text'] as const;

export function syntheticCourse(options: SyntheticOptions = {}): CourseFile {
  const pages = options.pages ?? (options.blocks ? Math.ceil(options.blocks / 4) : 50);
  const blocks = options.blocks ?? pages * 4;
  const questions = Math.min(options.questions ?? Math.floor(blocks / 4), blocks);
  const perModule = options.pagesPerModule ?? 10;
  const rnd = random(options.seed ?? 1);
  // Spread the questions evenly through the course.
  const isQuestion = (index: number) => Math.floor(((index + 1) * questions) / blocks) > Math.floor((index * questions) / blocks);

  let blockIndex = 0;
  const modules: CourseFile['modules'] = [];
  for (let p = 0; p < pages; p++) {
    const m = Math.floor(p / perModule);
    if (!modules[m]) modules[m] = { id: `m${m + 1}`, title: `Module ${m + 1}`, gate: m % 2 ? 'sequential' : 'open', pages: [] };
    const count = Math.floor(((p + 1) * blocks) / pages) - Math.floor((p * blocks) / pages);
    const pageBlocks: BlockFile[] = [];
    for (let b = 0; b < count; b++, blockIndex++) {
      const id = `b${blockIndex + 1}`;
      pageBlocks.push(isQuestion(blockIndex) ? question(id, rnd) : other(id, OTHER_TYPES[blockIndex % OTHER_TYPES.length]!, p));
    }
    if (!pageBlocks.length) pageBlocks.push({ type: 'text', id: `t${p + 1}`, body: 'A short paragraph.' });
    const page: PageFile = { id: `p${p + 1}`, title: `Page ${p + 1}`, blocks: pageBlocks };
    (modules[m]!.pages as PageFile[]).push(page);
  }
  return {
    formatVersion: 1,
    id: `synthetic-${pages}`,
    version: '1.0.0',
    title: `Synthetic course of ${pages} pages`,
    lang: 'en-GB',
    completion: { rule: questions ? 'viewed-and-passed' : 'viewed' },
    ...(questions ? { assessment: { passMark: 70, attempts: 0, questions: 'all' as const } } : {}),
    support: { contacts: [{ name: 'National Domestic Abuse Helpline', phone: '0808 2000 247' }] },
    modules,
  };
}

function question(id: string, rnd: () => number): BlockFile {
  const optionCount = 4 + Math.floor(rnd() * 3);
  const multiple = rnd() < 0.4;
  const options = Array.from({ length: optionCount }, (_, i) => ({
    id: `o${i + 1}`,
    text: `Option ${i + 1} for ${id}`,
    feedback: `Feedback on option ${i + 1}: why it is or is not the best answer.`,
  }));
  const correct = multiple ? ['o1', `o${optionCount}`] : [`o${1 + Math.floor(rnd() * optionCount)}`];
  return {
    type: 'question',
    id,
    prompt: `Question ${id}: which is the **best** answer?`,
    mode: multiple ? 'multiple' : 'single',
    options,
    correct,
  };
}

function other(id: string, type: (typeof OTHER_TYPES)[number], page: number): BlockFile {
  switch (type) {
    case 'callout':
      return { type: 'callout', id, tone: 'tip', body: `A tip on page ${page + 1}: *take your time*.` };
    case 'reflection':
      return { type: 'reflection', id, prompt: 'What will you try next week?' };
    case 'accordion':
      return { type: 'accordion', id, items: [{ title: 'More', body: '- One\n- Two' }] };
    case 'sort':
      return {
        type: 'sort',
        id,
        prompt: 'Sort these phrases.',
        categories: [
          { id: 'blaming', title: 'Blaming' },
          { id: 'non-blaming', title: 'Non-blaming' },
        ],
        items: [
          { id: 'a', text: 'She failed to protect them.', category: 'blaming', feedback: 'This blames the protective parent.' },
          { id: 'b', text: 'His abuse frightens them.', category: 'non-blaming', feedback: 'This names who causes harm.' },
        ],
      };
    case 'likert':
      return { type: 'likert', id, phase: 'pre', prompt: 'How confident are you?', items: [{ id: 'i1', text: 'Noticing' }] };
    case 'scenario':
      return {
        type: 'scenario',
        id,
        title: 'A short scenario',
        start: 'start',
        nodes: [
          {
            id: 'start',
            text: 'A child asks to talk.',
            choices: [
              { id: 'listen', text: 'Listen', next: 'good', feedback: 'Listening helps.', quality: 'best' },
              { id: 'rush', text: 'Rush', next: 'poor', feedback: 'Rushing can shut a child down.', quality: 'poor' },
            ],
          },
          { id: 'good', text: 'The child feels heard.', end: { outcome: 'good', summary: 'You listened.' } },
          { id: 'poor', text: 'The child goes quiet.', end: { outcome: 'poor', summary: 'Next time, slow down.' } },
        ],
      };
    default:
      return { type: 'text', id, body: `Paragraph on page ${page + 1}.\n\nA second paragraph with [a link](https://example.org).` };
  }
}

/** The synthetic course as course.json text, as a file on disk would hold it. */
export function syntheticCourseText(options: SyntheticOptions = {}): string {
  return JSON.stringify(syntheticCourse(options), null, 2);
}
