import type { Course } from '@haven/course';
import type { BlockState, Progress } from '../types.js';
import { indexOf } from '../model/course-index.js';
import { encode } from './resume.js';

/** Detail `encodeWithin` may leave out, least important first. */
export type DroppedDetail =
  | 'scenario-paths'
  | 'likert-values'
  | 'unassessed-answers'
  | 'sort-placements'
  | 'reflection-flags'
  | 'deferred-notes'
  | 'acknowledged-notes'
  | 'assessed-answers';

export type EncodeWithinResult =
  | { readonly ok: true; readonly data: string; readonly dropped: readonly DroppedDetail[] }
  /** Even the essentials (location, viewed pages, assessment results, completion) do not fit: `data` is the smallest form. */
  | {
      readonly ok: false;
      readonly code: 'RESUME_TOO_LARGE';
      readonly data: string;
      readonly dropped: readonly DroppedDetail[];
      readonly message: string;
    };

const without = (p: Progress, drop: (key: number, state: BlockState) => boolean): Progress => ({
  ...p,
  blocks: Object.fromEntries(Object.entries(p.blocks).filter(([k, s]) => !drop(Number(k), s))),
});

const STEPS: readonly [DroppedDetail, (course: Course, p: Progress) => Progress][] = [
  ['scenario-paths', (_c, p) => without(p, (_k, s) => s.kind === 'scenario')],
  ['likert-values', (_c, p) => without(p, (_k, s) => s.kind === 'likert')],
  ['unassessed-answers', (c, p) => without(p, (k, s) => s.kind === 'question' && !indexOf(c).assessmentsOfBlock.has(k))],
  ['sort-placements', (_c, p) => without(p, (_k, s) => s.kind === 'sort')],
  ['reflection-flags', (_c, p) => without(p, (_k, s) => s.kind === 'reflection')],
  ['deferred-notes', (_c, p) => ({ ...p, notesDeferred: [] })],
  ['acknowledged-notes', (_c, p) => ({ ...p, notesAcknowledged: [] })],
  ['assessed-answers', (_c, p) => without(p, (_k, s) => s.kind === 'question')],
];

/**
 * `encode`, held to `maxChars` (SCORM 1.2 suspend_data: 4,096) by dropping detail in a fixed order
 * until it fits. Location, viewed pages, assessment attempts, scores and passes, time and completion are
 * always kept; what was dropped is reported so the caller can say so (the device keeps the full detail).
 */
export function encodeWithin(course: Course, progress: Progress, maxChars: number): EncodeWithinResult {
  let p = progress;
  let data = encode(course, p);
  const dropped: DroppedDetail[] = [];
  for (const [name, step] of STEPS) {
    if (data.length <= maxChars) break;
    const next = step(course, p);
    const shorter = encode(course, next);
    if (shorter === data) continue;
    p = next;
    data = shorter;
    dropped.push(name);
  }
  if (data.length <= maxChars) return { ok: true, data, dropped };
  return {
    ok: false,
    code: 'RESUME_TOO_LARGE',
    data,
    dropped,
    message: `Resume data needs ${data.length} characters even without optional detail; the limit is ${maxChars}.`,
  };
}
