import type { BlockState, Progress } from '@haven/engine';
import type { MergeProgress } from '../backend.js';

/**
 * A small monotonic merge for tests, standing in for the engine's `merge(course, a, b)`: sets union,
 * blocks union (the later revision wins a block both sides hold), location from the higher revision.
 */
export const testMerge: MergeProgress = (a, b) => {
  const newer = b.revision >= a.revision ? b : a;
  const older = newer === b ? a : b;
  const union = (x: readonly number[], y: readonly number[]): number[] => [...new Set([...x, ...y])].sort((m, n) => m - n);
  const blocks: Record<number, BlockState> = { ...older.blocks, ...newer.blocks };
  const differs = (p: Progress): boolean =>
    JSON.stringify(p.blocks) !== JSON.stringify(blocks) || union(p.viewed, []).length !== union(a.viewed, b.viewed).length;
  return {
    ...newer,
    // Content from both sides: the result is newer than either, so every tab sees a higher revision.
    revision: differs(a) && differs(b) ? Math.max(a.revision, b.revision) + 1 : newer.revision,
    viewed: union(a.viewed, b.viewed),
    notesAcknowledged: union(a.notesAcknowledged, b.notesAcknowledged),
    notesDeferred: union(a.notesDeferred, b.notesDeferred),
    blocks,
    assessments: { ...older.assessments, ...newer.assessments },
    timeSpentMs: Math.max(a.timeSpentMs, b.timeSpentMs),
  };
};

export function progress(courseId: string, revision: number, patch: Partial<Progress> = {}): Progress {
  return {
    courseId,
    revision,
    location: null,
    viewed: [],
    notesAcknowledged: [],
    notesDeferred: [],
    blocks: {},
    assessments: {},
    timeSpentMs: 0,
    ...patch,
  };
}

export function answered(optionKey: number, at = '2025-01-01T00:00:00.000Z'): BlockState {
  return {
    kind: 'question',
    draw: [1],
    items: { 1: { selected: [optionKey], tries: 1, correct: optionKey === 1, final: true, at, latencyMs: 1200 } },
  };
}

let counter = 0;
/** A database name no other test uses. */
export function uniqueDbName(label: string): string {
  return `haven-test-${label}-${Date.now().toString(36)}-${(counter++).toString(36)}`;
}
