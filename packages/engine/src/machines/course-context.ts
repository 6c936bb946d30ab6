import type { Course } from '@haven/course';
import type { Progress } from '../types.js';
import type { PendingNote } from '../rules/notes.js';
import type { ReduceEnv } from '../reducers/env.js';

export interface CourseMachineInput {
  readonly course: Course;
  /** Progress to resume from (already merged from the LMS and the device). */
  readonly progress?: Progress;
  /** The clock, for answer times and completion time. Defaults to Date.now. */
  readonly now?: () => number;
  /** Draw seed for a new learner (ignored when `progress` is given). */
  readonly seed?: number;
}

export interface CourseContext {
  readonly course: Course;
  readonly progress: Progress;
  readonly now?: () => number;
  /** When the current page was shown, for answer latency. */
  readonly shownAt: number;
  /** The content note being shown in the `notice` state. */
  readonly notice: PendingNote | null;
  /** Progress changed since the effects last ran. */
  readonly dirty: boolean;
}

export function envOf(context: CourseContext): ReduceEnv {
  return { now: context.now ? context.now() : Date.now(), shownAt: context.shownAt };
}
