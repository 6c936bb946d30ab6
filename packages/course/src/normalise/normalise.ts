/**
 * Turns a valid course file into the model the engine and player use: defaults filled in, question
 * blocks as banks, tracking keys from the lock, and everything deeply frozen.
 *
 * Built for big courses: one walk, no per-node closures, and the file's own objects (fresh from
 * JSON.parse, owned by `parse`) are reused where the model has the same shape, filled in and frozen
 * in place instead of copied. Where the model adds a property it is appended, so every object keeps
 * the property order a copy (`{ ...b, key }`) would have. Objects whose property order the model
 * fixes (pages, modules, questions, options, scenario nodes) are built new.
 */
import type { KeySource } from '../keys/key-source.js';
import type { Assessment, Block, ContentNote, Course, CourseFile, Module, Page, QuestionItem } from '../model/types.js';

type ModuleFile = CourseFile['modules'][number];
type PageFile = ModuleFile['pages'][number];
type BlockFile = PageFile['blocks'][number];
type QuestionFile = Extract<BlockFile, { type: 'question' }>;
type QuestionItemFile = Extract<QuestionFile, { bank: unknown }>['bank']['questions'][number];
type ScenarioFile = Extract<BlockFile, { type: 'scenario' }>;
type AssessmentFile = NonNullable<CourseFile['assessment']>;
type NoteFile = NonNullable<ModuleFile['contentNote']>;
/** A file object being filled in place. */
type Writable = Record<string, unknown>;

export const LIKERT_DEFAULT_SCALE = Object.freeze({ min: 1, max: 5, minLabel: 'Not at all confident', maxLabel: 'Very confident' });
const REFLECTION_MAX_LENGTH = 5000;
const EMPTY: readonly never[] = Object.freeze([]);

export function normalise(file: CourseFile, keys: KeySource): Course {
  const courseAll = file.assessment?.questions === 'all';
  const courseList = Array.isArray(file.assessment?.questions) ? new Set(file.assessment.questions) : undefined;
  const modules: Module[] = [];
  for (const m of file.modules) modules.push(module(m, keys, courseAll, courseList));
  const course: Course = {
    formatVersion: file.formatVersion,
    id: file.id,
    version: file.version,
    title: file.title,
    ...(file.description !== undefined && { description: file.description }),
    lang: file.lang,
    audiences: (file.audiences ?? []).map((a) => Object.freeze({ id: a.id, title: a.title })),
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
    modules: Object.freeze(modules),
  };
  return deepFreeze(course);
}

function module(m: ModuleFile, keys: KeySource, courseAll: boolean, courseList: ReadonlySet<string> | undefined): Module {
  const key = keys.module(m.id);
  const moduleAll = m.assessment?.questions === 'all';
  const moduleList = Array.isArray(m.assessment?.questions) ? new Set(m.assessment.questions) : undefined;
  const pages: Page[] = [];
  for (const p of m.pages) {
    const pageKey = keys.page(p.id);
    const blocks: Block[] = [];
    for (const b of p.blocks) {
      const counted = b.type === 'question' && (courseAll || moduleAll || courseList?.has(b.id) === true || moduleList?.has(b.id) === true);
      blocks.push(block(b, keys, counted));
    }
    const page: Writable = { id: p.id, key: pageKey, title: p.title };
    if (p.audiences) page.audiences = Object.freeze(p.audiences);
    page.optional = p.optional ?? false;
    if (p.contentNote) page.contentNote = note(p.contentNote);
    page.blocks = Object.freeze(blocks);
    pages.push(Object.freeze(page) as unknown as Page);
  }
  const out: Writable = { id: m.id, key, title: m.title };
  if (m.description !== undefined) out.description = m.description;
  if (m.estimatedMinutes !== undefined) out.estimatedMinutes = m.estimatedMinutes;
  out.outcomes = m.outcomes ? Object.freeze(m.outcomes) : EMPTY;
  out.gate = m.gate ?? 'open';
  if (m.contentNote) out.contentNote = note(m.contentNote);
  if (m.assessment) out.assessment = assessment(m.assessment);
  out.references = m.references ? deepFreeze(m.references) : EMPTY;
  out.pages = Object.freeze(pages);
  return Object.freeze(out) as unknown as Module;
}

function note(n: NoteFile): ContentNote {
  return Object.freeze({ summary: n.summary, coming: n.coming ? Object.freeze(n.coming) : EMPTY, canSkip: n.canSkip ?? true });
}

function assessment(a: AssessmentFile): Assessment {
  return Object.freeze({
    passMark: a.passMark,
    attempts: a.attempts ?? 0,
    questions: a.questions === undefined || a.questions === 'all' ? ('all' as const) : Object.freeze(a.questions),
  });
}

/** Blocks other than questions and scenarios keep their own object: keys and defaults are appended. */
function block(b: BlockFile, keys: KeySource, counted: boolean): Block {
  const w = b as unknown as Writable;
  switch (b.type) {
    case 'question':
      return question(b, keys, counted);
    case 'scenario':
      return scenario(b, keys);
    case 'callout':
      if (b.tone === undefined) w.tone = 'info';
      break;
    case 'sort': {
      w.key = keys.block(b.id);
      const { categories, items } = b;
      for (let i = 0; i < categories.length; i++) (categories[i] as Writable).key = keys.part(b.id, 'categories', categories[i]!.id, i);
      for (let i = 0; i < items.length; i++) (items[i] as Writable).key = keys.part(b.id, 'items', items[i]!.id, i);
      break;
    }
    case 'reflection':
      w.key = keys.block(b.id);
      if (b.maxLength === undefined) w.maxLength = REFLECTION_MAX_LENGTH;
      break;
    case 'likert': {
      w.key = keys.block(b.id);
      if (!b.scale) w.scale = LIKERT_DEFAULT_SCALE;
      const items = b.items;
      for (let i = 0; i < items.length; i++) (items[i] as Writable).key = keys.part(b.id, 'items', items[i]!.id, i);
      break;
    }
    default:
      break;
  }
  return deepFreeze(b) as unknown as Block;
}

function question(b: QuestionFile, keys: KeySource, counted: boolean): Block {
  const key = keys.block(b.id);
  const defaultAttempts = counted ? 1 : 0;
  const bank = 'bank' in b ? b.bank : undefined;
  const files: readonly QuestionItemFile[] = bank ? bank.questions : [b as unknown as QuestionItemFile];
  // Keys in `trackingNames` order: every item, then every option.
  const itemKeys: number[] = [];
  for (let i = 0; i < files.length; i++) itemKeys.push(keys.part(b.id, 'items', bank ? files[i]!.id : b.id, i));
  const questions: QuestionItem[] = [];
  for (let i = 0; i < files.length; i++) {
    const q = files[i]!;
    const id = bank ? q.id : b.id;
    const options = [];
    for (let o = 0; o < q.options.length; o++) {
      const option = q.options[o]!;
      options.push(
        Object.freeze({ id: option.id, key: keys.option(b.id, id, option.id, o), text: option.text, feedback: option.feedback }),
      );
    }
    questions.push(
      Object.freeze({
        id,
        key: itemKeys[i]!,
        prompt: q.prompt,
        mode: q.mode,
        options: Object.freeze(options),
        correct: Object.freeze(q.correct),
        attempts: q.attempts ?? defaultAttempts,
      }),
    );
  }
  const single = !bank;
  const draw = bank ? bank.draw : 1;
  const frozen = Object.freeze(questions);
  return Object.freeze(
    b.audiences
      ? { type: 'question' as const, id: b.id, audiences: Object.freeze(b.audiences), key, single, draw, questions: frozen }
      : { type: 'question' as const, id: b.id, key, single, draw, questions: frozen },
  );
}

function scenario(b: ScenarioFile, keys: KeySource): Block {
  const w = b as unknown as Writable;
  w.key = keys.block(b.id);
  // Keys in `trackingNames` order: every node, then every choice.
  const nodeKeys: number[] = [];
  for (let i = 0; i < b.nodes.length; i++) nodeKeys.push(keys.part(b.id, 'nodes', b.nodes[i]!.id, i));
  const nodes = [];
  let choiceIndex = 0;
  for (let i = 0; i < b.nodes.length; i++) {
    const n = b.nodes[i]!;
    const choices = n.choices ?? [];
    for (const c of choices) (c as Writable).key = keys.choice(b.id, n.id, c.id, choiceIndex++);
    const node: Writable = { id: n.id, key: nodeKeys[i], text: n.text, choices };
    if (n.end) node.end = n.end;
    nodes.push(node);
  }
  w.nodes = nodes;
  return deepFreeze(b) as unknown as Block;
}

const hasOwn = Object.prototype.hasOwnProperty;

/** Freezes a tree of plain JSON data (no cycles); already-frozen parts are skipped. */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  Object.freeze(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const v: unknown = value[i];
      if (typeof v === 'object' && v !== null) deepFreeze(v);
    }
  } else {
    // for-in walks the object's cached key list without building an array; own keys only.
    for (const key in value) {
      if (!hasOwn.call(value, key)) continue;
      const v: unknown = value[key];
      if (typeof v === 'object' && v !== null) deepFreeze(v);
    }
  }
  return value;
}
