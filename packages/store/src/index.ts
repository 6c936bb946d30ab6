export { openStore } from './open-store.js';
export type { StoreOptions } from './open-store.js';
export type {
  Store,
  StoreMode,
  StoreStatus,
  LoadResult,
  SaveResult,
  DoneResult,
  SettingResult,
  ReflectionsResult,
  EvaluationsResult,
  ExportResult,
  RemoteChangeListener,
  StatusListener,
} from './store.js';
export type { MergeProgress } from './backend.js';
export type { StoreErrorCode, StoreError, StoreFailure } from './errors.js';
export { SCHEMA_VERSION } from './records.js';
export type { DeviceSettings, SettingName, SnapshotRecord, JournalRecord, ReflectionRecord, EvaluationRecord } from './records.js';
export type { HavenDB } from './db/schema.js';
export { DEFAULT_DB_NAME } from './db/schema.js';
export { lmsLearnerKey } from './learner-key.js';
export { downloadExport, exportBlob, exportFileName } from './export.js';
export type { CourseExport } from './export.js';

export const PACKAGE = '@haven/store';
