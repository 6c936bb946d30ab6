import type { AudienceView } from '../model/course-index.js';
import { has } from '../model/sorted.js';

/**
 * What gating and completion need to know about the viewed pages of one audience view: how many
 * required pages are viewed, and per module the position of the first unviewed required page.
 *
 * Progress arrays are immutable, so a summary is cached by array identity. Building one is O(pages), but
 * arriving on a page derives the next summary from the previous one (`carryViewed`), so navigation
 * stays O(modules) at worst and never rescans the course.
 */
export interface ViewedSummary {
  readonly count: number;
  /** Module index -> position of its first unviewed required page, or `last + 1` when all are viewed. */
  readonly frontier: Int32Array;
}

const cache = new WeakMap<readonly number[], Map<AudienceView, ViewedSummary>>();

function store(viewed: readonly number[], view: AudienceView, summary: ViewedSummary): ViewedSummary {
  let byView = cache.get(viewed);
  if (!byView) cache.set(viewed, (byView = new Map()));
  byView.set(view, summary);
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
  const known = cache.get(viewed)?.get(view);
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

/** Derives the summary of `next` (= `previous` plus the page `added`) when the previous one is cached. */
export function carryViewed(view: AudienceView, previous: readonly number[], next: readonly number[], added: number): void {
  if (previous === next) return;
  const known = cache.get(previous)?.get(view);
  if (!known) return;
  const pos = view.position.get(added);
  if (pos === undefined || view.pages[pos]!.optional) {
    store(next, view, known);
    return;
  }
  const mi = view.moduleAt[pos]!;
  let frontier = known.frontier;
  if (frontier[mi] === pos) {
    frontier = frontier.slice();
    frontier[mi] = scan(view, next, pos + 1, view.modules[mi]!.last);
  }
  store(next, view, { count: known.count + 1, frontier });
}
