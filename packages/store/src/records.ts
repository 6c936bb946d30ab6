import type { CourseEventType, Progress } from '@haven/engine';

/**
 * The version of the record shapes this code writes. It is also the IndexedDB database version, so a
 * newer Haven in another tab upgrades the database and this one steps aside (see `blocking`).
 */
export const SCHEMA_VERSION = 2;

/** The latest progress for one learner on one course. Keyed by [learnerKey, courseId]. */
export interface SnapshotRecord {
  readonly learnerKey: string;
  readonly courseId: string;
  readonly schemaVersion: number;
  readonly revision: number;
  /** ISO 8601. */
  readonly savedAt: string;
  /** The journal entry written in the same transaction; entries after it are replayed on load. */
  readonly journalSeq: number;
  readonly progress: Progress;
}

/**
 * One learner action, appended in the same transaction as the snapshot it produced. `progress` holds
 * only the blocks that changed (the rest of the record is small), so folding every entry with the
 * monotonic merge rebuilds the whole progress if the snapshot is ever lost.
 */
export interface JournalRecord {
  /** Auto-increment key; absent until written. */
  readonly seq?: number;
  readonly learnerKey: string;
  readonly courseId: string;
  readonly schemaVersion: number;
  /** ISO 8601. */
  readonly at: string;
  readonly revision: number;
  /** What the learner did, by event type only: free text never enters the journal. */
  readonly changes: readonly CourseEventType[];
  readonly progress: Progress;
}

/** Private free text. Stays on the device unless the course opts in. */
export interface ReflectionRecord {
  readonly learnerKey: string;
  readonly courseId: string;
  readonly blockId: string;
  readonly schemaVersion: number;
  readonly text: string;
  /** ISO 8601. */
  readonly updatedAt: string;
}

/** Likert (confidence) answers: item id -> rating. */
export interface EvaluationRecord {
  readonly learnerKey: string;
  readonly courseId: string;
  readonly blockId: string;
  readonly schemaVersion: number;
  readonly phase: 'pre' | 'post';
  readonly values: Readonly<Record<string, number>>;
  /** ISO 8601. */
  readonly updatedAt: string;
}

/** Per-device preferences the learner chose. Never anything that identifies them. */
export interface DeviceSettings {
  lowStimulus: boolean;
  theme: 'default' | 'high-contrast' | 'dark';
  /** BCP 47 tag overriding the course language for UI strings. */
  locale: string;
  /** Text size multiplier, 1 = default. */
  textScale: number;
}
export type SettingName = keyof DeviceSettings;

/** `deviceLearnerKey` is internal: the anonymous key used when there is no LMS learner id. */
export type SettingRecord =
  | { readonly name: 'deviceLearnerKey'; readonly schemaVersion: number; readonly value: string; readonly updatedAt: string }
  | {
      [K in SettingName]: {
        readonly name: K;
        readonly schemaVersion: number;
        readonly value: DeviceSettings[K];
        readonly updatedAt: string;
      };
    }[SettingName];

/** The device's anonymous learner key as stored. */
export const deviceKeyRecord = (value: string, now: Date): SettingRecord => ({
  name: 'deviceLearnerKey',
  schemaVersion: 2,
  value,
  updatedAt: now.toISOString(),
});

export type ValidSnapshot = { readonly kind: 'valid'; readonly record: SnapshotRecord };
export type SnapshotCheck =
  | ValidSnapshot
  | { readonly kind: 'missing' }
  | { readonly kind: 'newer'; readonly schemaVersion: number }
  | { readonly kind: 'corrupt'; readonly reason: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNumberArray = (v: unknown): boolean => Array.isArray(v) && v.every((x) => typeof x === 'number');

/** A structural check, enough to tell a Progress from garbage without knowing the course. */
export function progressProblem(v: unknown, courseId: string): string | null {
  if (!isObject(v)) return 'progress is not an object';
  if (v.courseId !== courseId) return 'progress belongs to another course';
  if (typeof v.revision !== 'number' || !Number.isFinite(v.revision) || v.revision < 0) return 'bad revision';
  if (v.location !== null && typeof v.location !== 'number') return 'bad location';
  for (const field of ['viewed', 'notesAcknowledged', 'notesDeferred'] as const) {
    if (!isNumberArray(v[field])) return `bad ${field}`;
  }
  if (!isObject(v.blocks)) return 'bad blocks';
  if (!Object.values(v.blocks).every((b) => isObject(b) && typeof b.kind === 'string')) return 'bad block state';
  if (!isObject(v.assessments)) return 'bad assessments';
  if (typeof v.timeSpentMs !== 'number' || !Number.isFinite(v.timeSpentMs)) return 'bad timeSpentMs';
  return null;
}

/** Classifies a raw snapshot read from storage. Newer records are recognised before they are judged. */
export function checkSnapshot(raw: unknown, courseId: string): SnapshotCheck {
  if (raw === undefined) return { kind: 'missing' };
  if (!isObject(raw)) return { kind: 'corrupt', reason: 'record is not an object' };
  const version = raw.schemaVersion;
  if (typeof version === 'number' && version > SCHEMA_VERSION) return { kind: 'newer', schemaVersion: version };
  if (version !== SCHEMA_VERSION) return { kind: 'corrupt', reason: 'missing or unknown schemaVersion' };
  if (typeof raw.revision !== 'number' || typeof raw.journalSeq !== 'number') return { kind: 'corrupt', reason: 'bad header' };
  const problem = progressProblem(raw.progress, courseId);
  if (problem) return { kind: 'corrupt', reason: problem };
  return { kind: 'valid', record: raw as unknown as SnapshotRecord };
}

export function isValidJournal(raw: unknown, courseId: string): raw is JournalRecord {
  return isObject(raw) && raw.schemaVersion === SCHEMA_VERSION && progressProblem(raw.progress, courseId) === null;
}
