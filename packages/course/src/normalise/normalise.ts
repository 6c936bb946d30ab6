/**
 * Turns a valid course file into the model the engine and player use: defaults filled in, question
 * blocks as banks, tracking keys from the lock, and everything deeply frozen.
 */
import { keyNames } from '../keys/keys.js';
import type { Assessment, Block, ContentNote, Course, CourseFile, Module, Page, QuestionItem } from '../model/types.js';

type BlockFile = CourseFile['modules'][number]['pages'][number]['blocks'][number];
type QuestionFile = Extract<BlockFile, { type: 'question' }>;
type QuestionItemFile = Extract<QuestionFile, { bank: unknown }>['bank']['questions'][number];
type AssessmentFile = NonNullable<CourseFile['assessment']>;
type NoteFile = NonNullable<CourseFile['modules'][number]['contentNote']>;

export const LIKERT_DEFAULT_SCALE = Object.freeze({ min: 1, max: 5, minLabel: 'Not at all confident', maxLabel: 'Very confident' });
const REFLECTION_MAX_LENGTH = 5000;

export function normalise(file: CourseFile, keys: ReadonlyMap<string, number>): Course {
  const key = (name: string): number => {
    const k = keys.get(name);
    if (k === undefined) throw new Error(`Haven internal error: no tracking key for ${name}`);
    return k;
  };
  const counted = countedQuestions(file);
  const course: Course = {
    formatVersion: file.formatVersion,
    id: file.id,
    version: file.version,
    title: file.title,
    ...(file.description !== undefined && { description: file.description }),
    lang: file.lang,
    audiences: (file.audiences ?? []).map((a) => ({ id: a.id, title: a.title })),
    ...(file.estimatedMinutes !== undefined && { estimatedMinutes: file.estimatedMinutes }),
    completion: { rule: file.completion.rule },
    ...(file.assessment && { assessment: assessment(file.assessment) }),
    support: {
      ...(file.support.intro !== undefined && { intro: file.support.intro }),
      contacts: file.support.contacts.map((c) => ({ ...c })),
    },
    privacy: { reflectionsLeaveDevice: file.privacy?.reflectionsLeaveDevice ?? false },
    ...(file.quickExit && { quickExit: { url: file.quickExit.url } }),
    references: (file.references ?? []).map((r) => ({ ...r })),
    modules: file.modules.map((m): Module => ({
      id: m.id,
      key: key(keyNames.module(m.id)),
      title: m.title,
      ...(m.description !== undefined && { description: m.description }),
      ...(m.estimatedMinutes !== undefined && { estimatedMinutes: m.estimatedMinutes }),
      outcomes: [...(m.outcomes ?? [])],
      gate: m.gate ?? 'open',
      ...(m.contentNote && { contentNote: note(m.contentNote) }),
      ...(m.assessment && { assessment: assessment(m.assessment) }),
      references: (m.references ?? []).map((r) => ({ ...r })),
      pages: m.pages.map((p): Page => ({
        id: p.id,
        key: key(keyNames.page(p.id)),
        title: p.title,
        ...(p.audiences && { audiences: [...p.audiences] }),
        optional: p.optional ?? false,
        ...(p.contentNote && { contentNote: note(p.contentNote) }),
        blocks: p.blocks.map((b) => block(b, key, counted.has(b.id))),
      })),
    })),
  };
  return deepFreeze(course);
}

/** Ids of question blocks that count towards some assessment (course or their module's). */
export function countedQuestions(file: CourseFile): Set<string> {
  const counted = new Set<string>();
  const courseAll = file.assessment?.questions === 'all';
  const courseList = new Set(Array.isArray(file.assessment?.questions) ? file.assessment.questions : []);
  for (const m of file.modules) {
    const moduleAll = m.assessment?.questions === 'all';
    const moduleList = new Set(Array.isArray(m.assessment?.questions) ? m.assessment.questions : []);
    for (const p of m.pages)
      for (const b of p.blocks)
        if (b.type === 'question' && (courseAll || moduleAll || courseList.has(b.id) || moduleList.has(b.id))) counted.add(b.id);
  }
  return counted;
}

function note(n: NoteFile): ContentNote {
  return { summary: n.summary, coming: [...(n.coming ?? [])], canSkip: n.canSkip ?? true };
}

function assessment(a: AssessmentFile): Assessment {
  return {
    passMark: a.passMark,
    attempts: a.attempts ?? 0,
    questions: a.questions === undefined || a.questions === 'all' ? 'all' : [...a.questions],
  };
}

function block(b: BlockFile, key: (name: string) => number, counted: boolean): Block {
  const common = { id: b.id, ...(b.audiences && { audiences: [...b.audiences] }) };
  switch (b.type) {
    case 'question':
      return question(b, key, counted);
    case 'callout':
      return { ...b, ...common, tone: b.tone ?? 'info' };
    case 'accordion':
      return { ...b, ...common, items: b.items.map((i) => ({ ...i })) };
    case 'sort':
      return {
        ...b,
        ...common,
        key: key(keyNames.block(b.id)),
        categories: b.categories.map((c) => ({ ...c, key: key(keyNames.sortCategory(b.id, c.id)) })),
        items: b.items.map((i) => ({ ...i, key: key(keyNames.sortItem(b.id, i.id)) })),
      };
    case 'scenario':
      return {
        ...b,
        ...common,
        key: key(keyNames.block(b.id)),
        nodes: b.nodes.map((n) => ({
          id: n.id,
          key: key(keyNames.scenarioNode(b.id, n.id)),
          text: n.text,
          choices: (n.choices ?? []).map((c) => ({ ...c, key: key(keyNames.scenarioChoice(b.id, n.id, c.id)) })),
          ...(n.end && { end: { ...n.end } }),
        })),
      };
    case 'reflection':
      return { ...b, ...common, key: key(keyNames.block(b.id)), maxLength: b.maxLength ?? REFLECTION_MAX_LENGTH };
    case 'likert':
      return {
        ...b,
        ...common,
        key: key(keyNames.block(b.id)),
        scale: b.scale ? { ...b.scale } : LIKERT_DEFAULT_SCALE,
        items: b.items.map((i) => ({ ...i, key: key(keyNames.likertItem(b.id, i.id)) })),
      };
    default:
      return { ...b, ...common };
  }
}

function question(b: QuestionFile, key: (name: string) => number, counted: boolean): Block {
  const defaultAttempts = counted ? 1 : 0;
  const item = (q: QuestionItemFile): QuestionItem => ({
    id: q.id,
    key: key(keyNames.questionItem(b.id, q.id)),
    prompt: q.prompt,
    mode: q.mode,
    options: q.options.map((o) => ({ id: o.id, key: key(keyNames.option(b.id, q.id, o.id)), text: o.text, feedback: o.feedback })),
    correct: [...q.correct],
    attempts: q.attempts ?? defaultAttempts,
  });
  const common = {
    type: 'question' as const,
    id: b.id,
    ...(b.audiences && { audiences: [...b.audiences] }),
    key: key(keyNames.block(b.id)),
  };
  if ('bank' in b) return { ...common, single: false, draw: b.bank.draw, questions: b.bank.questions.map(item) };
  return { ...common, single: true, draw: 1, questions: [item({ ...b, id: b.id })] };
}

export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
