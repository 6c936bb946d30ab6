import type { Course } from '@haven/course';
import type { BlockState, Progress } from '../types.js';
import { courseComplete } from '../rules/completion.js';
import { isoAt, type ReduceEnv } from './env.js';

export interface EmptyProgressOptions {
  /** Seed for bank draws (uint32). Defaults to a hash of the course id, so pass a per-learner value. */
  readonly seed?: number;
}

/** A learner who has not started: nothing viewed, no location, revision 0. */
export function emptyProgress(course: Course, options: EmptyProgressOptions = {}): Progress {
  return {
    courseId: course.id,
    revision: 0,
    location: null,
    viewed: [],
    notesAcknowledged: [],
    notesDeferred: [],
    blocks: {},
    assessments: {},
    timeSpentMs: 0,
    seed: (options.seed ?? 0) >>> 0,
  };
}

/** Every change bumps the revision by one; no change keeps the very same object. */
export function bump(previous: Progress, next: Progress): Progress {
  return next === previous ? previous : { ...next, revision: previous.revision + 1 };
}

export function withBlock(progress: Progress, key: number, state: BlockState): Progress {
  return { ...progress, blocks: { ...progress.blocks, [key]: state } };
}

/** Sets `completedAt` the first time the course is complete; it never goes back. */
export function settleCompletion(course: Course, progress: Progress, env: ReduceEnv): Progress {
  if (progress.completedAt !== undefined || !courseComplete(course, progress)) return progress;
  return { ...progress, completedAt: isoAt(env) };
}

/** Active time: whole milliseconds, positive and finite only. */
export function addTime(progress: Progress, ms: number): Progress {
  const add = Math.floor(ms);
  if (!Number.isFinite(add) || add <= 0) return progress;
  return { ...progress, timeSpentMs: progress.timeSpentMs + add };
}
