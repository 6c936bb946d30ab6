import { createActor, type Snapshot } from 'xstate';
import type { Course } from '@haven/course';
import type { Progress } from './types.js';
import { courseMachine } from './machines/course.machine.js';
import type { PersistParams, ReportParams, SaveReflectionParams } from './machines/effects.js';

export interface CourseActorOptions {
  readonly progress?: Progress;
  readonly now?: () => number;
  readonly seed?: number;
  /** A snapshot from `actor.getPersistedSnapshot()` (possibly through JSON) to continue from. */
  readonly snapshot?: Snapshot<unknown>;
  readonly persist?: (params: PersistParams) => void;
  readonly report?: (params: ReportParams) => void;
  readonly saveReflection?: (params: SaveReflectionParams) => void;
}

/**
 * Creates (does not start) a course actor with the effects injected. A restored snapshot gets the
 * live course object and clock back (JSON drops the clock and copies the course).
 */
export function createCourseActor(course: Course, options: CourseActorOptions = {}) {
  const machine = courseMachine.provide({
    actions: {
      persist: (_, params) => options.persist?.(params),
      report: (_, params) => options.report?.(params),
      saveReflection: (_, params) => options.saveReflection?.(params),
    },
  });
  const input = { course, progress: options.progress, now: options.now, seed: options.seed };
  let snapshot = options.snapshot as (Snapshot<unknown> & { context?: Record<string, unknown> }) | undefined;
  if (snapshot?.context) snapshot = { ...snapshot, context: { ...snapshot.context, course, now: options.now } };
  return createActor(machine, snapshot ? { input, snapshot } : { input });
}
