import type { Backend, RawCourse, WriteOptions, WriteOutcome, WriteRequest, MergeProgress } from './backend.js';
import type { IdbBackend } from './idb-backend.js';
import type { EvaluationRecord, JournalRecord, ReflectionRecord, SettingRecord } from './records.js';

/** What the open gave: the database, and for one presumed new that was there after all, its learner key. */
export interface Opened {
  readonly idb: IdbBackend;
  /** The key the store was given before the open answered, and the database's own (see open-store.ts). */
  readonly rekey?: { readonly from: string; readonly to: string };
}

/**
 * The backend of a database that is being created, or presumed new (see device-note.ts). It holds
 * nothing yet, so until anything is written the reads a first screen makes (course progress,
 * settings) answer "nothing" at once: a new learner's first screen does not wait for the database.
 * Reflections and evaluations, read later, wait for it, so an empty answer can never be written over.
 * Writes, and reads after them, wait for the database. If the creation fails, every call fails as a
 * closed connection does, and the store carries on in memory with everything it holds (see
 * HavenStore's `toMemory`).
 */
export class CreatingBackend implements Backend {
  readonly kind = 'indexeddb';
  #db: IdbBackend | undefined;
  #written = false;
  #rekey: Opened['rekey'];
  readonly #opened: Promise<IdbBackend>;

  constructor(opened: Promise<Opened | { readonly message: string }>) {
    this.#opened = opened.then((result) => {
      if ('message' in result) throw new DOMException(`The database could not be created (${result.message}).`, 'InvalidStateError');
      this.#db = result.idb;
      this.#rekey = result.rekey;
      return result.idb;
    });
    this.#opened.catch(() => {});
  }

  /** Calls made before the open answered carry the key the store had then. */
  #key(learnerKey: string): string {
    return this.#rekey && learnerKey === this.#rekey.from ? this.#rekey.to : learnerKey;
  }

  #record<T extends { learnerKey: string }>(record: T): T {
    return { ...record, learnerKey: this.#key(record.learnerKey) };
  }

  #read<T>(empty: T, read: (db: IdbBackend) => Promise<T>): Promise<T> {
    return this.#db || this.#written ? this.#opened.then(read) : Promise.resolve(empty);
  }

  #write<T>(write: (db: IdbBackend) => Promise<T>): Promise<T> {
    this.#written = true;
    return this.#opened.then(write);
  }

  readCourse(learnerKey: string, courseId: string): Promise<RawCourse> {
    return this.#read({ snapshot: undefined, journal: [] }, (db) => db.readCourse(this.#key(learnerKey), courseId));
  }
  reflections(learnerKey: string, courseId: string): Promise<ReflectionRecord[]> {
    return this.#opened.then((db) => db.reflections(this.#key(learnerKey), courseId));
  }
  evaluations(learnerKey: string, courseId: string): Promise<EvaluationRecord[]> {
    return this.#opened.then((db) => db.evaluations(this.#key(learnerKey), courseId));
  }
  getSetting(name: SettingRecord['name']): Promise<SettingRecord | undefined> {
    return this.#read(undefined, (db) => db.getSetting(name));
  }
  allSettings(): Promise<SettingRecord[]> {
    return this.#read([], (db) => db.allSettings());
  }

  write(learnerKey: string, requests: readonly WriteRequest[], merge: MergeProgress, options: WriteOptions): Promise<WriteOutcome[]> {
    return this.#write((db) => db.write(this.#key(learnerKey), requests, merge, options));
  }
  pruneJournal(fraction: number): Promise<number> {
    return this.#write((db) => db.pruneJournal(fraction));
  }
  putReflection(record: ReflectionRecord): Promise<void> {
    return this.#write((db) => db.putReflection(this.#record(record)));
  }
  deleteReflection(learnerKey: string, courseId: string, blockId: string): Promise<void> {
    return this.#write((db) => db.deleteReflection(this.#key(learnerKey), courseId, blockId));
  }
  putEvaluation(record: EvaluationRecord): Promise<void> {
    return this.#write((db) => db.putEvaluation(this.#record(record)));
  }
  putSetting(record: SettingRecord): Promise<void> {
    return this.#write((db) => db.putSetting(record));
  }
  clearCourse(learnerKey: string, courseId: string): Promise<void> {
    return this.#write((db) => db.clearCourse(this.#key(learnerKey), courseId));
  }
  /** Only once the database is there: before, the page's regular save is still queued behind it. */
  appendNow(record: JournalRecord): void {
    this.#db?.appendNow(this.#record(record));
  }
  close(): void {
    void this.#opened.then((db) => db.close()).catch(() => {});
  }
}
