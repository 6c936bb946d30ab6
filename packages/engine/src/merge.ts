import type { Course } from '@haven/course';
import type { AssessmentState, BlockState, Progress, QuestionItemState } from './types.js';
import { indexOf } from './model/course-index.js';
import { difference, sameNumbers, union } from './model/sorted.js';

/**
 * Merges two progress states of one course (the LMS's and the device's, or two tabs'). Completion and
 * answers never go backwards: viewed pages and acknowledged notes are unions, a final answer beats a
 * non-final one, more tries win, scenarios keep the longer or ended path, assessments keep the higher
 * attempt, the best score and any pass; time spent is the maximum, completion time the earliest.
 * Location, audience and seed come from the higher revision. Ties are broken by content, never by
 * argument order, so `merge(a, b)` and `merge(b, a)` agree.
 *
 * Revision: unchanged when one side already holds everything, else max + 1.
 */
export function merge(course: Course, a: Progress, b: Progress): Progress {
  if (a === b) return a;
  if (a.courseId !== b.courseId) return a;
  const [hi, lo] = a.revision > b.revision || (a.revision === b.revision && compare(a, b) >= 0) ? [a, b] : [b, a];
  const notesAcknowledged = union(a.notesAcknowledged, b.notesAcknowledged);
  const assessments = mergeAssessments(a.assessments, b.assessments);
  const merged: Progress = {
    courseId: a.courseId,
    revision: hi.revision,
    location: hi.location,
    ...(hi.audience === undefined ? (lo.audience === undefined ? {} : { audience: lo.audience }) : { audience: hi.audience }),
    viewed: union(a.viewed, b.viewed),
    notesAcknowledged,
    notesDeferred: difference(union(a.notesDeferred, b.notesDeferred), notesAcknowledged),
    blocks: mergeBlocks(course, a, b),
    assessments,
    timeSpentMs: Math.max(a.timeSpentMs, b.timeSpentMs),
    ...earliest(a.completedAt, b.completedAt),
    ...(hi.seed === undefined ? (lo.seed === undefined ? {} : { seed: lo.seed }) : { seed: hi.seed }),
  };
  if (sameContent(merged, hi)) return hi;
  return { ...merged, revision: Math.max(a.revision, b.revision) + 1 };
}

function earliest(x: string | undefined, y: string | undefined): { completedAt?: string } {
  if (x === undefined) return y === undefined ? {} : { completedAt: y };
  if (y === undefined) return { completedAt: x };
  return { completedAt: x < y ? x : y };
}

function mergeAssessments(
  a: Readonly<Record<number, AssessmentState>>,
  b: Readonly<Record<number, AssessmentState>>,
): Record<number, AssessmentState> {
  const out: Record<number, AssessmentState> = {};
  for (const key of keysOf(a, b)) {
    const x = a[key];
    const y = b[key];
    if (!x || !y) {
      out[key] = (x ?? y)!;
      continue;
    }
    const best = x.bestScore === undefined ? y.bestScore : y.bestScore === undefined ? x.bestScore : Math.max(x.bestScore, y.bestScore);
    out[key] = {
      attempt: Math.max(x.attempt, y.attempt),
      ...(best === undefined ? {} : { bestScore: best }),
      passed: x.passed || y.passed,
    };
  }
  return out;
}

function mergeBlocks(course: Course, a: Progress, b: Progress): Record<number, BlockState> {
  const index = indexOf(course);
  const out: Record<number, BlockState> = {};
  for (const key of keysOf(a.blocks, b.blocks)) {
    const x = a.blocks[key];
    const y = b.blocks[key];
    // A newer assessment attempt starts from cleared answers: its blocks come from the side that is in it.
    const newer = newerAttemptSide(index.assessmentsOfBlock.get(key), a, b);
    if (newer) {
      const s = newer.blocks[key];
      if (s) out[key] = s;
      continue;
    }
    if (!x || !y) out[key] = (x ?? y)!;
    else out[key] = mergeBlock(x, y);
  }
  return out;
}

function newerAttemptSide(assessmentKeys: readonly number[] | undefined, a: Progress, b: Progress): Progress | undefined {
  for (const k of assessmentKeys ?? []) {
    const x = a.assessments[k]?.attempt ?? 1;
    const y = b.assessments[k]?.attempt ?? 1;
    if (x !== y) return x > y ? a : b;
  }
  return undefined;
}

function mergeBlock(x: BlockState, y: BlockState): BlockState {
  if (x.kind !== y.kind) return pick(x, y);
  switch (x.kind) {
    case 'question': {
      const q = y as typeof x;
      if (!sameNumbers(x.draw, q.draw)) {
        return rank(questionWeight(x), questionWeight(q)) > 0 ? x : rank(questionWeight(x), questionWeight(q)) < 0 ? q : pick(x, q);
      }
      const items: Record<number, QuestionItemState> = {};
      for (const k of keysOf(x.items, q.items)) {
        const i = x.items[k];
        const j = q.items[k];
        items[k] = !i || !j ? (i ?? j)! : mergeItem(i, j);
      }
      return { kind: 'question', draw: x.draw, items };
    }
    case 'sort': {
      const s = y as typeof x;
      const c = rank([+x.checked, x.correctCount], [+s.checked, s.correctCount]);
      return c > 0 ? x : c < 0 ? s : pick(x, s);
    }
    case 'scenario': {
      const s = y as typeof x;
      const c = rank([+x.ended, x.path.length], [+s.ended, s.path.length]);
      return c > 0 ? x : c < 0 ? s : pick(x, s);
    }
    case 'reflection':
      return { kind: 'reflection', done: x.done || (y as typeof x).done };
    case 'likert': {
      const l = y as typeof x;
      const [newer, older] = x.at > l.at || (x.at === l.at && compare(x, l) >= 0) ? [x, l] : [l, x];
      return { kind: 'likert', values: { ...older.values, ...newer.values }, at: newer.at };
    }
  }
}

function questionWeight(s: Extract<BlockState, { kind: 'question' }>): number[] {
  const items = Object.values(s.items);
  return [items.filter((i) => i.final).length, items.length, items.reduce((n, i) => n + i.tries, 0)];
}

function mergeItem(x: QuestionItemState, y: QuestionItemState): QuestionItemState {
  const c = rank([+x.final, x.tries], [+y.final, y.tries]);
  if (c !== 0) return c > 0 ? x : y;
  // Same answer state: keep the one with the fuller detail (a decoded one has no time).
  if (x.at !== y.at) return x.at > y.at ? x : y;
  return pick(x, y);
}

function rank(x: readonly number[], y: readonly number[]): number {
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return 0;
}

/** A content-based tie-break, the same whichever argument comes first. */
function pick<T>(x: T, y: T): T {
  return compare(x, y) >= 0 ? x : y;
}

function compare(x: unknown, y: unknown): number {
  const s = canonicalJson(x);
  const t = canonicalJson(y);
  return s === t ? 0 : s > t ? 1 : -1;
}

function keysOf(a: Readonly<Record<number, unknown>>, b: Readonly<Record<number, unknown>>): number[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].map(Number).sort((x, y) => x - y);
}

/** Equal apart from revision, compared field by field in a canonical order. */
export function sameContent(x: Progress, y: Progress): boolean {
  return canonicalJson({ ...x, revision: 0 }) === canonicalJson({ ...y, revision: 0 });
}

function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([p], [q]) => (p < q ? -1 : p > q ? 1 : 0)))
      : v,
  );
}
