import type { IDBPDatabase } from 'idb';
import {
  journalRecord,
  planWrite,
  snapshotRecord,
  type Backend,
  type MergeProgress,
  type RawCourse,
  type WriteOptions,
  type WriteOutcome,
  type WriteRequest,
} from './backend.js';
import {
  checkSnapshot,
  deviceKeyRecord,
  type EvaluationRecord,
  type JournalRecord,
  type ReflectionRecord,
  type SettingRecord,
} from './records.js';
import { courseRange, type HavenDB } from './db/schema.js';

/**
 * Records in IndexedDB. Every transaction is awaited to `tx.done`, and nothing but IndexedDB requests
 * is awaited inside one (merging is synchronous), so transactions never auto-commit half way.
 */
export class IdbBackend implements Backend {
  readonly kind = 'indexeddb';

  constructor(
    readonly db: IDBPDatabase<HavenDB>,
    private readonly now: () => Date,
  ) {}

  appendNow(record: JournalRecord): void {
    const tx = this.db.transaction('journal', 'readwrite');
    tx.done.catch(() => {});
    void tx
      .objectStore('journal')
      .add(record)
      .catch(() => {});
    // Committing now rather than when the task ends: the page may be torn down before then.
    tx.commit();
  }

  async readCourse(learnerKey: string, courseId: string): Promise<RawCourse> {
    const tx = this.db.transaction(['progress', 'journal'], 'readonly');
    const [snapshot, journal] = await Promise.all([
      tx.objectStore('progress').get([learnerKey, courseId]),
      tx.objectStore('journal').index('byCourse').getAll([learnerKey, courseId]),
      tx.done,
    ]);
    return { snapshot, journal };
  }

  async write(learnerKey: string, requests: readonly WriteRequest[], merge: MergeProgress, options: WriteOptions): Promise<WriteOutcome[]> {
    const tx = this.db.transaction(['progress', 'journal'], 'readwrite');
    const at = this.now().toISOString();
    const outcomes: WriteOutcome[] = [];
    try {
      const progressStore = tx.objectStore('progress');
      const journalStore = tx.objectStore('journal');
      for (const request of requests) {
        const key: [string, string] = [learnerKey, request.courseId];
        const stored: unknown = await progressStore.get(key);
        const corrupt = checkSnapshot(stored, request.courseId).kind === 'corrupt';
        const journal = corrupt ? await journalStore.index('byCourse').getAll(key) : [];
        const plan = planWrite(stored, journal, request, merge);
        if (plan.kind === 'refuse') {
          outcomes.push({ ok: false, courseId: request.courseId, code: plan.code, message: plan.message });
          continue;
        }
        let seq = (stored as { journalSeq?: unknown } | undefined)?.journalSeq;
        if (options.journal) seq = await journalStore.add(journalRecord(learnerKey, request, plan, at));
        await progressStore.put(snapshotRecord(learnerKey, request.courseId, plan.merged, typeof seq === 'number' ? seq : 0, at));
        outcomes.push({ ok: true, courseId: request.courseId, progress: plan.merged });
      }
      await tx.done;
      return outcomes;
    } catch (error) {
      abortQuietly(tx);
      // The transaction's own error (e.g. QuotaExceededError on commit) says more than the AbortError.
      await tx.done.catch(() => {});
      throw tx.error ?? error;
    }
  }

  async pruneJournal(fraction: number): Promise<number> {
    const tx = this.db.transaction('journal', 'readwrite');
    const store = tx.objectStore('journal');
    const total = await store.count();
    const remove = Math.max(1, Math.floor(total * fraction));
    let removed = 0;
    // Keys ascend with time (auto-increment), so the cursor meets the oldest entries first.
    let cursor = await store.openCursor();
    while (cursor && removed < remove) {
      await cursor.delete();
      removed++;
      cursor = await cursor.continue();
    }
    await tx.done;
    return removed;
  }

  async putReflection(record: ReflectionRecord): Promise<void> {
    await this.db.put('reflections', record);
  }

  async deleteReflection(learnerKey: string, courseId: string, blockId: string): Promise<void> {
    await this.db.delete('reflections', [learnerKey, courseId, blockId]);
  }

  async putEvaluation(record: EvaluationRecord): Promise<void> {
    await this.db.put('evaluations', record);
  }

  reflections(learnerKey: string, courseId: string): Promise<ReflectionRecord[]> {
    return this.db.getAll('reflections', courseRange(learnerKey, courseId));
  }

  evaluations(learnerKey: string, courseId: string): Promise<EvaluationRecord[]> {
    return this.db.getAll('evaluations', courseRange(learnerKey, courseId));
  }

  getSetting(name: SettingRecord['name']): Promise<SettingRecord | undefined> {
    return this.db.get('settings', name);
  }

  async putSetting(record: SettingRecord): Promise<void> {
    await this.db.put('settings', record);
  }

  allSettings(): Promise<SettingRecord[]> {
    return this.db.getAll('settings');
  }

  /** The device key is read and, if missing, made in one transaction, so two tabs opening at once agree. */
  async deviceLearnerKey(make: () => string): Promise<string> {
    const tx = this.db.transaction('settings', 'readwrite');
    const existing = await tx.store.get('deviceLearnerKey');
    let key = existing?.name === 'deviceLearnerKey' && typeof existing.value === 'string' ? existing.value : undefined;
    if (!key) {
      key = make();
      await tx.store.put(deviceKeyRecord(key, this.now()));
    }
    await tx.done;
    return key;
  }

  async clearCourse(learnerKey: string, courseId: string): Promise<void> {
    const tx = this.db.transaction(['progress', 'journal', 'reflections', 'evaluations'], 'readwrite');
    const range = courseRange(learnerKey, courseId);
    const journalKeys = await tx.objectStore('journal').index('byCourse').getAllKeys([learnerKey, courseId]);
    await Promise.all([
      tx.objectStore('progress').delete([learnerKey, courseId]),
      ...journalKeys.map((k) => tx.objectStore('journal').delete(k)),
      tx.objectStore('reflections').delete(range),
      tx.objectStore('evaluations').delete(range),
      tx.done,
    ]);
  }

  close(): void {
    this.db.close();
  }
}

function abortQuietly(tx: { abort(): void }): void {
  try {
    tx.abort();
  } catch {
    // Already finished or aborted.
  }
}
