import type { Course } from '@haven/course';
import type { Progress, Projection } from '../types.js';
import { project } from '../project.js';

/** What the `persist` action receives: the new progress and the event that caused it. */
export interface PersistParams {
  readonly progress: Progress;
  readonly cause: string;
}

/**
 * What the `report` action receives. The projection is computed on first read only: it is O(course),
 * and a no-op or throttled sink should not pay for it on every transition.
 */
export interface ReportParams {
  readonly progress: Progress;
  readonly cause: string;
  readonly projection: Projection;
}

export interface SaveReflectionParams {
  readonly blockId: string;
  readonly text: string;
}

export function reportParams(course: Course, progress: Progress, cause: string): ReportParams {
  let projection: Projection | undefined;
  return {
    progress,
    cause,
    get projection() {
      return (projection ??= project(course, progress));
    },
  };
}

/** The text of a `reflection.save` or `reflection.draft`, for the `saveReflection` effect (the only place it goes). */
export function reflectionOf(event: { type: string; blockId?: string; text?: string }): SaveReflectionParams {
  return { blockId: event.blockId ?? '', text: event.text ?? '' };
}
