import type { Course } from '@haven/course';
import type { Progress } from '../types.js';
import { pendingNote, type PendingNote } from '../rules/notes.js';
import { needsAudience, resolveLocation, setLocation, viewPage } from './navigation.js';
import { bump } from './progress.js';
import type { ReduceEnv } from './env.js';

/** Where a learner starts: choosing an audience, at a content note, or reading a page (already viewed). */
export type Arrival =
  | { readonly state: 'choosingAudience'; readonly progress: Progress }
  | { readonly state: 'notice'; readonly progress: Progress; readonly notice: PendingNote }
  | { readonly state: 'reading'; readonly progress: Progress };

/**
 * The course machine's start as one pure function: the same steps its `starting` and `arriving` states
 * take. A player draws its first screen from it while XState is still loading; a property test keeps
 * the two in step.
 */
export function arrive(course: Course, progress: Progress, env: ReduceEnv): Arrival {
  if (needsAudience(course, progress)) return { state: 'choosingAudience', progress };
  const here = bump(progress, setLocation(progress, resolveLocation(course, progress)));
  const location = here.location;
  const notice = location === null ? undefined : pendingNote(course, here, location);
  if (notice) return { state: 'notice', progress: here, notice };
  return { state: 'reading', progress: location === null ? here : bump(here, viewPage(course, here, location, env)) };
}
