import type { DBSchema } from 'idb';
import type { EvaluationRecord, JournalRecord, ReflectionRecord, SettingRecord, SnapshotRecord } from '../records.js';

export type CourseKey = [learnerKey: string, courseId: string];
export type BlockKey = [learnerKey: string, courseId: string, blockId: string];

/**
 * The database, version 2. Version history (each step is one case in `upgrade.ts`):
 * 1. progress, journal (+ byCourse index), reflections; times stored as epoch milliseconds.
 * 2. adds evaluations and settings; times become ISO 8601 strings; journal entries gain `changes`.
 */
export interface HavenDB extends DBSchema {
  progress: { key: CourseKey; value: SnapshotRecord };
  journal: { key: number; value: JournalRecord; indexes: { byCourse: CourseKey } };
  reflections: { key: BlockKey; value: ReflectionRecord };
  evaluations: { key: BlockKey; value: EvaluationRecord };
  settings: { key: string; value: SettingRecord };
}

export const DEFAULT_DB_NAME = 'haven';

/** Every block-keyed record of one course: [lk, cid] <= key < [lk, cid, []] (arrays sort after strings). */
export function courseRange(learnerKey: string, courseId: string): IDBKeyRange {
  return IDBKeyRange.bound([learnerKey, courseId], [learnerKey, courseId, []]);
}
