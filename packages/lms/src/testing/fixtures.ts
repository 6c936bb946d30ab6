/** A small course, progress and projections for the bridge tests and the benchmark. */
import type { Course, Module, Page, QuestionBlock } from '@haven/course';
import type { InteractionRecord, Progress, Projection } from '@haven/engine';
import type { ResumeEncoder } from '../bridge.js';

function question(id: string, key: number): QuestionBlock {
  return {
    type: 'question',
    id,
    key,
    single: true,
    draw: 1,
    questions: [
      {
        id: 'q',
        key: 1,
        prompt: `Which response to the child is most helpful? (${id})`,
        mode: 'multiple',
        // Deliberately not in key order: letters follow keys, not positions.
        options: [
          { id: 'listen', key: 2, text: 'Listen calmly', feedback: '' },
          { id: 'ask-why', key: 1, text: 'Ask why they did not say before', feedback: '' },
          { id: 'reassure', key: 3, text: 'Say it is not their fault', feedback: '' },
        ],
        correct: ['listen', 'reassure'],
        attempts: 0,
      },
    ],
  };
}

/** A course of `modules` x `pagesPerModule` pages; the last page of each module has a question. */
export function makeCourse(modules = 2, pagesPerModule = 3): Course {
  let key = 100;
  const mods: Module[] = [];
  for (let m = 0; m < modules; m++) {
    const pages: Page[] = [];
    for (let p = 0; p < pagesPerModule; p++) {
      const blocks = p === pagesPerModule - 1 ? [question(`check-${m + 1}`, key++)] : [];
      pages.push({ id: `m${m + 1}-p${p + 1}`, key: key++, title: `Page ${p + 1}`, optional: false, blocks });
    }
    mods.push({ id: `module-${m + 1}`, key: key++, title: `Module ${m + 1}`, outcomes: [], gate: 'open', references: [], pages });
  }
  return {
    formatVersion: 1,
    id: 'bridge-test',
    version: '1.0.0',
    title: 'Bridge test course',
    lang: 'en-GB',
    audiences: [],
    completion: { rule: 'viewed-and-passed' },
    assessment: { passMark: 80, attempts: 0, questions: 'all' },
    support: { contacts: [] },
    privacy: { reflectionsLeaveDevice: false },
    references: [],
    modules: mods,
  };
}

export function pageIds(course: Course): string[] {
  return course.modules.flatMap((m) => m.pages.map((p) => p.id));
}

export function makeProgress(course: Course, pageIndex: number, timeSpentMs = 0): Progress {
  const pages = course.modules.flatMap((m) => m.pages);
  return {
    courseId: course.id,
    revision: pageIndex + 1,
    location: pages[pageIndex]?.key ?? null,
    viewed: pages.slice(0, pageIndex + 1).map((p) => p.key),
    notesAcknowledged: [],
    notesDeferred: [],
    blocks: {},
    assessments: {},
    timeSpentMs,
  };
}

export function answer(blockId: string, selected: readonly string[], correct: boolean, at: string): InteractionRecord {
  return {
    id: `${blockId}.q`,
    type: 'choice',
    description: `Which response to the child is most helpful? (${blockId})`,
    response: selected,
    correctResponse: ['listen', 'reassure'],
    result: correct ? 'correct' : 'incorrect',
    timestamp: at,
    latencyMs: 12_340,
    weighting: 1,
  };
}

export function rating(blockId: string, itemId: string, value: number, at: string): InteractionRecord {
  return {
    id: `${blockId}.${itemId}`,
    type: 'likert',
    description: 'How confident do you feel?',
    response: [String(value)],
    result: 'neutral',
    timestamp: at,
    latencyMs: 4_000,
    weighting: 0,
  };
}

export interface ProjectionOverrides {
  readonly completion?: Projection['completion'];
  readonly success?: Projection['success'];
  readonly score?: number;
  readonly interactions?: readonly InteractionRecord[];
  readonly timeSpentMs?: number;
}

export function makeProjection(course: Course, pageIndex: number, over: ProjectionOverrides = {}): Projection {
  const ids = pageIds(course);
  const base: Projection = {
    courseId: course.id,
    revision: pageIndex + 1,
    location: ids[pageIndex] ?? '',
    pageIndex,
    pageCount: ids.length,
    progress: (pageIndex + 1) / ids.length,
    completion: over.completion ?? 'incomplete',
    success: over.success ?? 'unknown',
    modules: course.modules.map((m) => ({ id: m.id, status: 'in-progress', progress: 0 })),
    interactions: over.interactions ?? [],
    timeSpentMs: over.timeSpentMs ?? pageIndex * 30_000,
  };
  return over.score === undefined ? base : { ...base, score: { raw: over.score, min: 0, max: 100, scaled: over.score / 100 } };
}

/**
 * A stand-in for the engine's codec (LMS-safe characters only): JSON of the progress, base64url.
 * When over the limit it keeps the essentials (location and viewed pages), like `encodeWithin`.
 */
export const testEncoder: ResumeEncoder = (progress, maxChars) => {
  const full = toBase64Url(JSON.stringify(progress));
  if (full.length <= maxChars) return full;
  return toBase64Url(JSON.stringify({ courseId: progress.courseId, location: progress.location, viewed: progress.viewed }));
};

export function decodeTest(data: string): Partial<Progress> {
  const b64 = data.replace(/-/g, '+').replace(/_/g, '/');
  return JSON.parse(new TextDecoder().decode(Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)))) as Partial<Progress>;
}

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
