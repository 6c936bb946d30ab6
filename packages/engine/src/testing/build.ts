import type { Block, Course, Module, Page, QuestionItem } from '@haven/course';

/**
 * Builds normalised courses for tests and benchmarks the way `parse` does: defaults filled in, tracking
 * keys given in document order from one counter (modules, pages, tracked blocks), parts keyed 0..n-1
 * within their block, everything frozen.
 */
export type BlockSpec =
  | { type: 'text'; id: string; audiences?: string[] }
  | {
      type: 'question';
      id: string;
      audiences?: string[];
      /** One item per entry; `draw` defaults to all of them. */
      items: { id?: string; mode?: 'single' | 'multiple'; options: number; correct: number[]; attempts?: number }[];
      draw?: number;
    }
  | { type: 'sort'; id: string; items: { id: string; category: string }[]; categories: string[] }
  | { type: 'scenario'; id: string; start: string; nodes: { id: string; choices?: { id: string; next: string }[]; end?: boolean }[] }
  | { type: 'reflection'; id: string }
  | { type: 'likert'; id: string; items: string[]; phase?: 'pre' | 'post' };

export interface PageSpec {
  id: string;
  optional?: boolean;
  audiences?: string[];
  note?: { canSkip: boolean };
  blocks?: BlockSpec[];
}

export interface ModuleSpec {
  id: string;
  gate?: 'open' | 'sequential';
  note?: { canSkip: boolean };
  assessment?: { passMark: number; attempts: number; questions?: 'all' | string[] };
  pages: PageSpec[];
}

export interface CourseSpec {
  id?: string;
  audiences?: string[];
  rule?: 'viewed' | 'passed' | 'viewed-and-passed';
  assessment?: { passMark: number; attempts: number; questions?: 'all' | string[] };
  modules: ModuleSpec[];
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

const note = (canSkip: boolean) => ({ summary: 'This part talks about abuse at home.', coming: ['Stories from children'], canSkip });

export function buildCourse(spec: CourseSpec): Course {
  let next = 1;
  const assessed = new Set<string>();
  const counted = (a: CourseSpec['assessment'], ids: string[]) => {
    if (!a) return;
    for (const id of a.questions === undefined || a.questions === 'all' ? ids : a.questions) assessed.add(id);
  };
  const allQuestionIds = (pages: PageSpec[]) =>
    pages.flatMap((p) => (p.blocks ?? []).filter((b) => b.type === 'question').map((b) => b.id));
  counted(spec.assessment, allQuestionIds(spec.modules.flatMap((m) => m.pages)));
  for (const m of spec.modules) counted(m.assessment, allQuestionIds(m.pages));

  const block = (b: BlockSpec): Block => {
    const audiences = 'audiences' in b && b.audiences ? { audiences: b.audiences } : {};
    switch (b.type) {
      case 'text':
        return { type: 'text', id: b.id, body: 'Some text.', ...audiences };
      case 'question': {
        const key = next++;
        const questions: QuestionItem[] = b.items.map((it, i) => ({
          id: it.id ?? (b.items.length === 1 ? b.id : `${b.id}-q${i}`),
          key: i,
          prompt: `Question ${i}?`,
          mode: it.mode ?? (it.correct.length > 1 ? 'multiple' : 'single'),
          options: Array.from({ length: it.options }, (_, o) => ({ id: `o${o}`, key: o, text: `Option ${o}`, feedback: `Feedback ${o}` })),
          correct: it.correct.map((c) => `o${c}`),
          attempts: it.attempts ?? (assessed.has(b.id) ? 1 : 0),
        }));
        return { type: 'question', id: b.id, key, single: b.items.length === 1, draw: b.draw ?? questions.length, questions, ...audiences };
      }
      case 'sort':
        return {
          type: 'sort',
          id: b.id,
          key: next++,
          prompt: 'Sort these.',
          categories: b.categories.map((c, i) => ({ id: c, key: i, title: c })),
          items: b.items.map((it, i) => ({ id: it.id, key: i, text: it.id, category: it.category, feedback: 'Because.' })),
        };
      case 'scenario': {
        let k = 0;
        return {
          type: 'scenario',
          id: b.id,
          key: next++,
          title: 'A scenario',
          start: b.start,
          nodes: b.nodes.map((n, i) => ({
            id: n.id,
            key: i,
            text: 'What happens.',
            choices: (n.choices ?? []).map((c) => ({
              id: c.id,
              key: k++,
              text: c.id,
              next: c.next,
              feedback: 'Because.',
              quality: 'okay' as const,
            })),
            ...(n.end ? { end: { outcome: 'good' as const, summary: 'The end.' } } : {}),
          })),
        };
      }
      case 'reflection':
        return { type: 'reflection', id: b.id, key: next++, prompt: 'Reflect.', maxLength: 5000 };
      case 'likert':
        return {
          type: 'likert',
          id: b.id,
          key: next++,
          phase: b.phase ?? 'pre',
          prompt: 'Rate.',
          scale: { min: 1, max: 5, minLabel: 'Not at all', maxLabel: 'Very' },
          items: b.items.map((id, i) => ({ id, key: i, text: id })),
        };
    }
  };
  const modules: Module[] = spec.modules.map((m) => {
    const key = next++;
    const pages: Page[] = m.pages.map((p) => ({
      id: p.id,
      key: next++,
      title: p.id,
      optional: p.optional ?? false,
      ...(p.audiences ? { audiences: p.audiences } : {}),
      ...(p.note ? { contentNote: note(p.note.canSkip) } : {}),
      blocks: (p.blocks ?? [{ type: 'text', id: `${p.id}-text` }]).map(block),
    }));
    return {
      id: m.id,
      key,
      title: m.id,
      outcomes: [],
      gate: m.gate ?? 'open',
      ...(m.note ? { contentNote: note(m.note.canSkip) } : {}),
      ...(m.assessment ? { assessment: { questions: 'all' as const, ...m.assessment } } : {}),
      references: [],
      pages,
    };
  });
  return deepFreeze({
    formatVersion: 1,
    id: spec.id ?? 'test-course',
    version: '1.0.0',
    title: 'Test course',
    lang: 'en-GB',
    audiences: (spec.audiences ?? []).map((id) => ({ id, title: id })),
    completion: { rule: spec.rule ?? 'viewed' },
    ...(spec.assessment ? { assessment: { questions: 'all' as const, ...spec.assessment } } : {}),
    support: { contacts: [{ name: 'Helpline' }] },
    privacy: { reflectionsLeaveDevice: false },
    references: [],
    modules,
  });
}

/** The tracking key of a block, by id (tests read progress by key). */
export function blockKey(course: Course, blockId: string): number {
  for (const m of course.modules) for (const p of m.pages) for (const b of p.blocks) if (b.id === blockId && 'key' in b) return b.key;
  throw new Error(`no tracked block ${blockId}`);
}
