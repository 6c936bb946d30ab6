import type { AudienceView } from '../model/course-index.js';
import { has } from '../model/sorted.js';

/**
 * What gating and completion need to know about the viewed pages of one audience view: how many
 * required pages are viewed, and per module the position of the first unviewed required page.
 *
 * Progress arrays are immutable, so a summary is cached by array identity (the last few). Building one is O(pages), but
 * arriving on a page derives the next summary from the previous one (`carryViewed`), so navigation
 * stays O(modules) at worst and never rescans the course.
 */
export interface ViewedSummary {
  readonly count: number;
  /** Module index -> position of its first unviewed required page, or `last + 1` when all are viewed. */
  readonly frontier: Int32Array;
}

/**
 * A few recent (viewed array -> summary) pairs per view. Deliberately not a WeakMap keyed by every array:
 * one entry per navigation step made the garbage collector's weak-table work the main cost of a step.
 */
const RECENT = 4;
const cache = new WeakMap<AudienceView, { viewed: readonly number[]; summary: ViewedSummary }[]>();

function lookup(view: AudienceView, viewed: readonly number[]): ViewedSummary | undefined {
  return cache.get(view)?.find((e) => e.viewed === viewed)?.summary;
}

function store(viewed: readonly number[], view: AudienceView, summary: ViewedSummary): ViewedSummary {
  let recent = cache.get(view);
  if (!recent) cache.set(view, (recent = []));
  recent.unshift({ viewed, summary });
  if (recent.length > RECENT) recent.pop();
  return summary;
}

function scan(view: AudienceView, viewed: readonly number[], from: number, last: number): number {
  let p = from;
  while (p <= last) {
    const page = view.pages[p]!;
    if (!page.optional && !has(viewed, page.key)) break;
    p++;
  }
  return p;
}

export function summarise(view: AudienceView, viewed: readonly number[]): ViewedSummary {
  const known = lookup(view, viewed);
  if (known) return known;
  let count = 0;
  for (const key of viewed) {
    const pos = view.position.get(key);
    if (pos !== undefined && !view.pages[pos]!.optional) count++;
  }
  const frontier = new Int32Array(view.modules.length);
  view.modules.forEach((span, i) => (frontier[i] = scan(view, viewed, span.first, span.last)));
  return store(viewed, view, { count, frontier });
}

/**
 * Derives the summary of `next` (= `previous` plus the page `added`) when the previous one is cached.
 * The summary moves to `next` and is updated in place (no per-step copy of the module table); `previous`
 * loses its cached summary and is recounted if it is ever asked about again.
 */
export function carryViewed(view: AudienceView, previous: readonly number[], next: readonly number[], added: number): void {
  if (previous === next) return;
  const recent = cache.get(view);
  const at = recent?.findIndex((e) => e.viewed === previous) ?? -1;
  if (!recent || at < 0) return;
  const known = recent[at]!.summary;
  recent.splice(at, 1);
  const pos = view.position.get(added);
  if (pos === undefined || view.pages[pos]!.optional) {
    store(next, view, known);
    return;
  }
  const mi = view.moduleAt[pos]!;
  const frontier = known.frontier;
  if (frontier[mi] === pos) frontier[mi] = scan(view, next, pos + 1, view.modules[mi]!.last);
  store(next, view, { count: known.count + 1, frontier });
}
