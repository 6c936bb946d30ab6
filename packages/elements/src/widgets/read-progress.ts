import { openStore, type Store } from '@haven/store';
import type { Progress } from '@haven/engine';

/** The widgets only read: a merge that keeps the newer revision is enough for them. */
const newer = (a: Progress, b: Progress): Progress => (b.revision > a.revision ? b : a);

let shared: Promise<Store> | undefined;

/** One read-only store connection shared by every widget on the page. */
export function widgetStore(dbName?: string): Promise<Store> {
  if (dbName) return openStore({ merge: newer, dbName, broadcast: false });
  shared ??= openStore({ merge: newer, broadcast: false });
  return shared;
}

export interface CourseSummary {
  readonly state: 'not-started' | 'in-progress' | 'completed';
  /** Pages viewed, as a share of the course's pages when known (0..1), else undefined. */
  readonly progress?: number;
}

/** What a learner has done in a course, from the device's store (no course file needed). */
export async function summarise(store: Store, courseId: string, pageCount?: number): Promise<CourseSummary> {
  const loaded = await store.load(courseId);
  const progress = loaded.ok ? loaded.progress : null;
  if (!progress || (progress.viewed.length === 0 && !progress.completedAt)) return { state: 'not-started' };
  if (progress.completedAt) return { state: 'completed', progress: 1 };
  return {
    state: 'in-progress',
    ...(pageCount ? { progress: Math.min(1, progress.viewed.length / pageCount) } : {}),
  };
}

/** The words for where a learner is in a course ("Completed", "Not started", "40% done"), or '' when unknown. */
export function statusText(
  summary: CourseSummary,
  percent: number | undefined,
  t: (key: string, params?: Record<string, string | number>) => string,
): string {
  if (summary.state === 'completed') return t('catalogue.completed');
  if (summary.state === 'not-started') return t('catalogue.notStarted');
  return percent === undefined ? '' : t('catalogue.progress', { percent });
}
