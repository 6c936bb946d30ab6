import type { Backend, RawCourse, WriteOptions, WriteOutcome, WriteRequest, MergeProgress } from './backend.js';
import type { IdbBackend } from './idb-backend.js';
import type { EvaluationRecord, JournalRecord, ReflectionRecord, SettingRecord } from './records.js';

/**
 * The backend of a database that did not exist and is still being created. It holds nothing yet, so
 * until anything is written reads answer "nothing" at once: a new learner's first screen does not wait
 * for the creation to finish. Writes, and reads after them, wait for the database. If the creation
 * fails, every call fails as a closed connection does, and the store carries on in memory with
 * everything it holds (see HavenStore's `toMemory`).
 */
export class CreatingBackend implements Backend {
  readonly kind = 'indexeddb';
  #db: IdbBackend | undefined;
  #written = false;
  readonly #opened: Promise<IdbBackend>;

  constructor(opened: Promise<IdbBackend | { readonly message: string }>) {
    this.#opened = opened.then((result) => {
      if ('message' in result) throw new DOMException(`The database could not be created (${result.message}).`, 'InvalidStateError');
      this.#db = result;
      return result;
    });
    this.#opened.catch(() => {});
  }

  /** Nothing is there to read while the database is being created and nothing has been written. */
  #read<T>(empty: T, read: (db: IdbBackend) => Promise<T>): Promise<T> {
    return this.#db || this.#written ? this.#opened.then(read) : Promise.resolve(empty);
  }

  #write<T>(write: (db: IdbBackend) => Promise<T>): Promise<T> {
    this.#written = true;
    return this.#opened.then(write);
  }

  readCourse(learnerKey: string, courseId: string): Promise<RawCourse> {
    return this.#read({ snapshot: undefined, journal: [] }, (db) => db.readCourse(learnerKey, courseId));
  }
  reflections(learnerKey: string, courseId: string): Promise<ReflectionRecord[]> {
    return this.#read([], (db) => db.reflections(learnerKey, courseId));
  }
  evaluations(learnerKey: string, courseId: string): Promise<EvaluationRecord[]> {
    return this.#read([], (db) => db.evaluations(learnerKey, courseId));
  }
  getSetting(name: SettingRecord['name']): Promise<SettingRecord | undefined> {
    return this.#read(undefined, (db) => db.getSetting(name));
  }
  allSettings(): Promise<SettingRecord[]> {
    return this.#read([], (db) => db.allSettings());
  }

  write(learnerKey: string, requests: readonly WriteRequest[], merge: MergeProgress, options: WriteOptions): Promise<WriteOutcome[]> {
    return this.#write((db) => db.write(learnerKey, requests, merge, options));
  }
  pruneJournal(fraction: number): Promise<number> {
    return this.#write((db) => db.pruneJournal(fraction));
  }
  putReflection(record: ReflectionRecord): Promise<void> {
    return this.#write((db) => db.putReflection(record));
  }
  putEvaluation(record: EvaluationRecord): Promise<void> {
    return this.#write((db) => db.putEvaluation(record));
  }
  putSetting(record: SettingRecord): Promise<void> {
    return this.#write((db) => db.putSetting(record));
  }
  clearCourse(learnerKey: string, courseId: string): Promise<void> {
    return this.#write((db) => db.clearCourse(learnerKey, courseId));
  }
  /** Only once the database is there: before, the page's regular save is still queued behind it. */
  appendNow(record: JournalRecord): void {
    this.#db?.appendNow(record);
  }
  close(): void {
    void this.#opened.then((db) => db.close()).catch(() => {});
  }
}
