import type { Course } from '@haven/course';
import type { Progress } from '../types.js';
import { viewOf, type AudienceView } from '../model/course-index.js';
import { moduleComplete } from './completion.js';
import { summarise } from './viewed-summary.js';

/** A sequential module opens once the visible module before it is complete; the first module is always open. */
export function moduleLocked(course: Course, progress: Progress, view: AudienceView, moduleIndex: number): boolean {
  const span = view.modules[moduleIndex];
  if (!span || moduleIndex === 0 || span.module.gate !== 'sequential') return false;
  return !moduleComplete(course, progress, moduleIndex - 1);
}

/**
 * Whether the learner may open the page at `position`: its module is open and, in a sequential module,
 * it is not past the first unviewed required page. O(1) after the first call for a viewed set.
 */
export function reachableAt(course: Course, progress: Progress, view: AudienceView, position: number): boolean {
  const page = view.pages[position];
  if (!page) return false;
  const mi = view.moduleAt[position]!;
  if (moduleLocked(course, progress, view, mi)) return false;
  if (view.modules[mi]!.module.gate !== 'sequential') return true;
  return position <= summarise(view, progress.viewed).frontier[mi]!;
}

export function reachable(course: Course, progress: Progress, pageKey: number): boolean {
  const view = viewOf(course, progress.audience);
  const pos = view.position.get(pageKey);
  return pos !== undefined && reachableAt(course, progress, view, pos);
}
