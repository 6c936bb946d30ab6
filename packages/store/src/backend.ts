import type { BlockState, CourseEventType, Progress } from '@haven/engine';
import type { StoreErrorCode } from './errors.js';
import {
  checkSnapshot,
  isValidJournal,
  SCHEMA_VERSION,
  type EvaluationRecord,
  type JournalRecord,
  type ReflectionRecord,
  type SettingRecord,
  type SnapshotRecord,
} from './records.js';

/** Monotonic merge of two progress records of the same course (the engine's `merge` bound to a course). */
export type MergeProgress = (a: Progress, b: Progress) => Progress;

/** One course's coalesced changes, written as one snapshot and one journal entry. */
export interface WriteRequest {
  readonly courseId: string;
  readonly progress: Progress;
  readonly changes: readonly CourseEventType[];
}

export type WriteOutcome =
  | { readonly ok: true; readonly courseId: string; readonly progress: Progress }
  | { readonly ok: false; readonly courseId: string; readonly code: StoreErrorCode; readonly message: string };

export interface RawCourse {
  /** Whatever is stored under the key, unjudged: it may be garbage or from a newer schema. */
  readonly snapshot: unknown;
  readonly journal: readonly unknown[];
}

export interface WriteOptions {
  /** False when the device is out of space: write the snapshot alone. */
  readonly journal: boolean;
}

/** Where records live: IndexedDB, or this tab's memory when IndexedDB cannot be used. */
export interface Backend {
  readonly kind: 'indexeddb' | 'memory';
  readCourse(learnerKey: string, courseId: string): Promise<RawCourse>;
  /** All requests in one transaction; each reads the current snapshot and merges before writing. */
  write(learnerKey: string, requests: readonly WriteRequest[], merge: MergeProgress, options: WriteOptions): Promise<WriteOutcome[]>;
  /** Deletes the oldest journal entries on the device; returns how many went. */
  pruneJournal(fraction: number): Promise<number>;
  putReflection(record: ReflectionRecord): Promise<void>;
  deleteReflection(learnerKey: string, courseId: string, blockId: string): Promise<void>;
  putEvaluation(record: EvaluationRecord): Promise<void>;
  reflections(learnerKey: string, courseId: string): Promise<ReflectionRecord[]>;
  evaluations(learnerKey: string, courseId: string): Promise<EvaluationRecord[]>;
  getSetting(name: SettingRecord['name']): Promise<SettingRecord | undefined>;
  putSetting(record: SettingRecord): Promise<void>;
  allSettings(): Promise<SettingRecord[]>;
  clearCourse(learnerKey: string, courseId: string): Promise<void>;
  /**
   * Appends a journal record in a transaction issued in this very task (no await first), for a page
   * that is going away and may get no further turn. Loads merge it in like any journal entry.
   */
  appendNow?(record: JournalRecord): void;
  close(): void;
}

/** Folds journal entries (oldest first) with the merge; unreadable entries are skipped and counted. */
export function rebuildFromJournal(
  entries: readonly unknown[],
  courseId: string,
  merge: MergeProgress,
): { progress: Progress | undefined; skipped: number } {
  let progress: Progress | undefined;
  let skipped = 0;
  for (const entry of entries) {
    if (!isValidJournal(entry, courseId)) {
      skipped++;
      continue;
    }
    progress = progress ? merge(progress, entry.progress) : entry.progress;
  }
  return { progress, skipped };
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The journal keeps only the blocks that changed against what was stored; the rest of Progress is small. */
export function journalDelta(base: Progress | undefined, merged: Progress): Progress {
  if (!base) return merged;
  const blocks: Record<number, BlockState> = {};
  for (const [key, state] of Object.entries(merged.blocks)) {
    if (!same(base.blocks[Number(key)], state)) blocks[Number(key)] = state;
  }
  return { ...merged, blocks };
}

/**
 * What one write does with what is stored, decided synchronously inside the transaction.
 * `journal` is only consulted when the snapshot is corrupt (to rebuild before merging).
 */
export type WritePlan =
  | { readonly kind: 'refuse'; readonly code: StoreErrorCode; readonly message: string }
  | { readonly kind: 'write'; readonly base: Progress | undefined; readonly merged: Progress };

export function planWrite(
  storedSnapshot: unknown,
  journalIfCorrupt: readonly unknown[],
  request: WriteRequest,
  merge: MergeProgress,
): WritePlan {
  const check = checkSnapshot(storedSnapshot, request.courseId);
  if (check.kind === 'newer') {
    return {
      kind: 'refuse',
      code: 'STORE_NEWER_SCHEMA',
      message: `Progress for ${request.courseId} was saved by a newer version of Haven (schema ${check.schemaVersion}); it is left untouched.`,
    };
  }
  let base: Progress | undefined;
  if (check.kind === 'valid') base = check.record.progress;
  if (check.kind === 'corrupt') base = rebuildFromJournal(journalIfCorrupt, request.courseId, merge).progress;
  return { kind: 'write', base, merged: base ? merge(base, request.progress) : request.progress };
}

export function journalRecord(
  learnerKey: string,
  request: WriteRequest,
  plan: Extract<WritePlan, { kind: 'write' }>,
  at: string,
): JournalRecord {
  return {
    learnerKey,
    courseId: request.courseId,
    schemaVersion: SCHEMA_VERSION,
    at,
    revision: plan.merged.revision,
    changes: request.changes,
    progress: journalDelta(plan.base, plan.merged),
  };
}

export function snapshotRecord(
  learnerKey: string,
  courseId: string,
  progress: Progress,
  journalSeq: number,
  savedAt: string,
): SnapshotRecord {
  return { learnerKey, courseId, schemaVersion: SCHEMA_VERSION, revision: progress.revision, savedAt, journalSeq, progress };
}
