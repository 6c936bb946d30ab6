import type { ContentNote, Course } from '@haven/course';
import type { Progress } from '../types.js';
import { indexOf } from '../model/course-index.js';
import { has } from '../model/sorted.js';

export interface PendingNote {
  /** Key of the module or page the note belongs to. */
  readonly key: number;
  readonly scope: 'module' | 'page';
  /** Id of that module or page. */
  readonly id: string;
  readonly note: ContentNote;
}

/**
 * The content note to show before the page: its module's, until the learner continues past it (on any page
 * of the module, so that jumping into the middle of a module never skips it), then the page's own.
 * A deferred note is not acknowledged, so it comes back whenever the learner returns.
 */
export function pendingNote(course: Course, progress: Progress, pageKey: number): PendingNote | undefined {
  const entry = indexOf(course).pageByKey.get(pageKey);
  if (!entry) return undefined;
  const { module, page } = entry;
  if (module.contentNote && !has(progress.notesAcknowledged, module.key)) {
    return { key: module.key, scope: 'module', id: module.id, note: module.contentNote };
  }
  if (page.contentNote && !has(progress.notesAcknowledged, page.key)) {
    return { key: page.key, scope: 'page', id: page.id, note: page.contentNote };
  }
  return undefined;
}
