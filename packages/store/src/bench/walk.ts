import type { Block, Course, Module, Page, TrackedBlock } from '@haven/course';
import type { BlockState, CourseEvent, Progress } from '@haven/engine';

/**
 * A generated course and a scripted walk through it, as progress changes. Each learner action is the
 * list of (progress, event) pairs the player saves in one tick: arriving on a page (navigation, block
 * viewed, a content note), answering a question, sorting, a scenario, a reflection, a likert rating.
 */
export interface WalkAction {
  readonly label: string;
  readonly saves: readonly (readonly [Progress, CourseEvent])[];
}

export interface CourseShape {
  readonly modules: number;
  readonly pagesPerModule: number;
  readonly blocksPerPage: number;
}

const KINDS = ['question', 'sort', 'scenario', 'reflection', 'likert'] as const;

/** A normalised course (as `parse` returns it), tracking keys given in document order. */
export function generateCourse(id: string, shape: CourseShape): Course {
  let key = 1;
  const modules: Module[] = [];
  for (let m = 0; m < shape.modules; m++) {
    const moduleKey = key++;
    const pages: Page[] = [];
    for (let g = 0; g < shape.pagesPerModule; g++) {
      const pageKey = key++;
      const blocks: Block[] = [{ type: 'text', id: `t${pageKey}`, body: 'Some text.' }];
      for (let b = 0; b < shape.blocksPerPage; b++) blocks.push(trackedBlock(KINDS[(m + g + b) % KINDS.length]!, key++));
      pages.push({ id: `p${pageKey}`, key: pageKey, title: `Page ${pageKey}`, optional: false, blocks });
    }
    modules.push({
      id: `m${moduleKey}`,
      key: moduleKey,
      title: `Module ${moduleKey}`,
      outcomes: [],
      gate: 'sequential',
      contentNote: { summary: 'This part talks about abuse at home.', coming: ['Stories from children'], canSkip: true },
      references: [],
      pages,
    });
  }
  return {
    formatVersion: 1,
    id,
    version: '1.0.0',
    title: 'Generated course',
    lang: 'en-GB',
    audiences: [],
    completion: { rule: 'viewed' },
    support: { contacts: [] },
    privacy: { reflectionsLeaveDevice: false },
    references: [],
    modules,
  };
}

function trackedBlock(kind: (typeof KINDS)[number], key: number): TrackedBlock {
  const id = `b${key}`;
  switch (kind) {
    case 'question':
      return {
        type: 'question',
        id,
        key,
        single: true,
        draw: 1,
        questions: [
          {
            id,
            key: 0,
            prompt: 'Which response is child-centred?',
            mode: 'single',
            options: [0, 1, 2].map((o) => ({ id: `o${o}`, key: o, text: `Option ${o}`, feedback: 'Because.' })),
            correct: ['o1'],
            attempts: 0,
          },
        ],
      };
    case 'sort':
      return {
        type: 'sort',
        id,
        key,
        prompt: 'Sort these phrases.',
        categories: ['blaming', 'non-blaming'].map((c, i) => ({ id: c, key: i, title: c })),
        items: [0, 1, 2, 3].map((i) => ({
          id: `i${i}`,
          key: i,
          text: `Phrase ${i}`,
          category: i % 2 ? 'non-blaming' : 'blaming',
          feedback: 'Because.',
        })),
      };
    case 'scenario':
      return {
        type: 'scenario',
        id,
        key,
        title: 'A home visit',
        start: 'n0',
        nodes: [
          {
            id: 'n0',
            key: 0,
            text: 'You arrive.',
            choices: [{ id: 'c0', key: 0, text: 'Listen', next: 'n1', feedback: 'Good.', quality: 'best' }],
          },
          { id: 'n1', key: 1, text: 'The end.', choices: [], end: { outcome: 'good', summary: 'Well done.' } },
        ],
      };
    case 'reflection':
      return { type: 'reflection', id, key, prompt: 'What did you notice?', maxLength: 2000 };
    case 'likert':
      return {
        type: 'likert',
        id,
        key,
        phase: 'pre',
        prompt: 'How confident are you?',
        scale: { min: 1, max: 5, minLabel: 'Not at all', maxLabel: 'Very' },
        items: ['recognise', 'respond', 'refer'].map((t, i) => ({ id: t, key: i, text: t })),
      };
  }
}

export function scriptedWalk(course: Course, start: Progress): WalkAction[] {
  let p = start;
  const next = (patch: Partial<Progress>): Progress => (p = { ...p, ...patch, revision: p.revision + 1 });
  const actions: WalkAction[] = [];
  let clock = Date.UTC(2025, 0, 1);
  const at = (): string => new Date((clock += 15000)).toISOString();
  for (const module of course.modules) {
    module.pages.forEach((page, g) => {
      const saves: [Progress, CourseEvent][] = [];
      if (g === 0) saves.push([next({ notesAcknowledged: [...p.notesAcknowledged, module.key] }), { type: 'note.continue' }]);
      saves.push([next({ location: page.key, viewed: [...p.viewed, page.key], timeSpentMs: p.timeSpentMs + 20000 }), { type: 'nav.next' }]);
      saves.push([next({}), { type: 'block.viewed', blockId: page.blocks[0]!.id }]);
      actions.push({ label: 'page', saves });
      for (const block of page.blocks) {
        if (!('key' in block)) continue;
        const [state, event] = answer(block, at());
        actions.push({ label: block.type, saves: [[next({ blocks: { ...p.blocks, [block.key]: state } }), event]] });
      }
    });
  }
  return actions;
}

function answer(block: TrackedBlock, at: string): [BlockState, CourseEvent] {
  const blockId = block.id;
  switch (block.type) {
    case 'question':
      return [
        { kind: 'question', draw: [0], items: { 0: { selected: [1], tries: 1, correct: true, final: true, at, latencyMs: 8000 } } },
        { type: 'answer.submit', blockId, itemId: blockId, selected: ['o1'] },
      ];
    case 'sort':
      return [
        { kind: 'sort', placements: { 0: 0, 1: 1, 2: 0, 3: 1 }, checked: true, correctCount: 4 },
        { type: 'sort.submit', blockId, placements: { i0: 'blaming', i1: 'non-blaming', i2: 'blaming', i3: 'non-blaming' } },
      ];
    case 'scenario':
      return [
        { kind: 'scenario', path: [0], ended: true },
        { type: 'scenario.choose', blockId, choiceId: 'c0' },
      ];
    case 'reflection':
      return [
        { kind: 'reflection', done: true },
        { type: 'reflection.save', blockId, text: 'private' },
      ];
    case 'likert':
      return [
        { kind: 'likert', values: { 0: 3, 1: 4, 2: 2 }, at },
        { type: 'likert.submit', blockId, values: { recognise: 3, respond: 4, refer: 2 } },
      ];
  }
}
