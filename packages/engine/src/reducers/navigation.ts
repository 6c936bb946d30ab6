import type { Course } from '@haven/course';
import type { Progress } from '../types.js';
import { indexOf, isVisible, viewOf } from '../model/course-index.js';
import { has, insert, remove } from '../model/sorted.js';
import { reachableAt } from '../rules/gating.js';
import type { PendingNote } from '../rules/notes.js';
import { carryViewed, summarise } from '../rules/viewed-summary.js';
import { drawBanksOnPage } from './answers.js';
import { settleCompletion } from './progress.js';
import type { ReduceEnv } from './env.js';

/** Courses with audiences wait for the learner to choose one before showing any page. */
export function needsAudience(course: Course, progress: Progress): boolean {
  return course.audiences.length > 0 && !course.audiences.some((a) => a.id === progress.audience);
}

export function chooseAudience(course: Course, progress: Progress, audienceId: string): Progress {
  if (!course.audiences.some((a) => a.id === audienceId) || progress.audience === audienceId) return progress;
  return { ...progress, audience: audienceId };
}

/** Where the learner is, or where they start: the stored location when it is still open to them, else the first page. */
export function resolveLocation(course: Course, progress: Progress): number | null {
  const view = viewOf(course, progress.audience);
  if (progress.location !== null) {
    const pos = view.position.get(progress.location);
    if (pos !== undefined && reachableAt(course, progress, view, pos)) return progress.location;
  }
  return view.pages[0]?.key ?? null;
}

export function setLocation(progress: Progress, pageKey: number | null): Progress {
  return progress.location === pageKey ? progress : { ...progress, location: pageKey };
}

/** The learner sees the page: it is viewed, banks on it are drawn, and the course may complete. */
export function viewPage(course: Course, progress: Progress, pageKey: number, env: ReduceEnv): Progress {
  let next = setLocation(progress, pageKey);
  const viewed = insert(next.viewed, pageKey);
  if (viewed !== next.viewed) {
    const view = viewOf(course, next.audience);
    // Keep the chain of cached summaries unbroken, so later gating checks never rescan the course.
    summarise(view, next.viewed);
    carryViewed(view, next.viewed, viewed, pageKey);
    next = { ...next, viewed };
  }
  next = drawBanksOnPage(course, next, pageKey);
  return settleCompletion(course, next, env);
}

/** `block.viewed`: only a block on the current page counts, and it views that page. */
export function viewBlock(course: Course, progress: Progress, blockId: string, env: ReduceEnv): Progress {
  const entry = indexOf(course).blockById.get(blockId);
  if (!entry || entry.page.key !== progress.location || !isVisible(entry.block, progress.audience)) return progress;
  return viewPage(course, progress, entry.page.key, env);
}

function positionOf(course: Course, progress: Progress): number | undefined {
  return progress.location === null ? undefined : viewOf(course, progress.audience).position.get(progress.location);
}

export function nextTarget(course: Course, progress: Progress): number | undefined {
  const view = viewOf(course, progress.audience);
  const pos = positionOf(course, progress);
  const next = pos === undefined ? 0 : pos + 1;
  return reachableAt(course, progress, view, next) ? view.pages[next]!.key : undefined;
}

export function previousTarget(course: Course, progress: Progress): number | undefined {
  const view = viewOf(course, progress.audience);
  const pos = positionOf(course, progress);
  if (pos === undefined || pos === 0) return undefined;
  return reachableAt(course, progress, view, pos - 1) ? view.pages[pos - 1]!.key : undefined;
}

export function gotoTarget(course: Course, progress: Progress, pageId: string): number | undefined {
  const entry = indexOf(course).pageById.get(pageId);
  if (!entry || entry.page.key === progress.location) return undefined;
  const view = viewOf(course, progress.audience);
  const pos = view.position.get(entry.page.key);
  return pos !== undefined && reachableAt(course, progress, view, pos) ? entry.page.key : undefined;
}

export function acknowledgeNote(progress: Progress, key: number): Progress {
  const notesAcknowledged = insert(progress.notesAcknowledged, key);
  const notesDeferred = remove(progress.notesDeferred, key);
  if (notesAcknowledged === progress.notesAcknowledged && notesDeferred === progress.notesDeferred) return progress;
  return { ...progress, notesAcknowledged, notesDeferred };
}

export function deferNote(progress: Progress, key: number): Progress {
  const notesDeferred = insert(progress.notesDeferred, key);
  return notesDeferred === progress.notesDeferred ? progress : { ...progress, notesDeferred };
}

/**
 * Where "skip for now" leads: the first open page after the note's module (for a module note) or after
 * the page (for a page note), else the nearest open page before it. Undefined when there is nowhere to go,
 * in which case the note stays.
 */
export function deferTarget(course: Course, progress: Progress, note: PendingNote): number | undefined {
  const view = viewOf(course, progress.audience);
  const pos = positionOf(course, progress);
  if (pos === undefined || !note.note.canSkip) return undefined;
  const under = (p: number) =>
    note.scope === 'module' ? view.modules[view.moduleAt[p]!]!.module.key === note.key : view.pages[p]!.key === note.key;
  const open = (p: number) => !under(p) && reachableAt(course, progress, view, p);
  for (let p = pos + 1; p < view.pages.length; p++) if (open(p)) return view.pages[p]!.key;
  for (let p = pos - 1; p >= 0; p--) if (open(p)) return view.pages[p]!.key;
  return undefined;
}

export function isNoteDeferred(progress: Progress, key: number): boolean {
  return has(progress.notesDeferred, key);
}
