import type { CourseEvent, CourseEventType, Progress } from '@haven/engine';
import { rebuildFromJournal, type Backend, type MergeProgress, type WriteOutcome, type WriteRequest } from './backend.js';
import { codeOf, failure, messageOf, type StoreErrorCode, type StoreFailure } from './errors.js';
import { IdbBackend } from './idb-backend.js';
import { forgetDatabase } from './device-note.js';
import { MemoryBackend } from './memory-backend.js';
import { checkSnapshot, isValidJournal, SCHEMA_VERSION, type DeviceSettings, type JournalRecord, type SettingName } from './records.js';
import { evaluationEntry, reflectionEntry, type CourseExport, type EvaluationEntry, type ReflectionEntry } from './export.js';

export type StoreMode = 'indexeddb' | 'memory';

/** What the player shows: memory mode means "progress is kept only in the LMS / this tab". */
export interface StoreStatus {
  readonly mode: StoreMode;
  /** The latest problem, if any. In memory mode, why the store is there. */
  readonly warning?: StoreErrorCode;
  readonly message?: string;
}

export type LoadResult =
  | {
      readonly ok: true;
      /** Null when nothing is stored for this course and learner. */
      readonly progress: Progress | null;
      /** Problems met and handled on the way (a corrupt snapshot rebuilt, a newer record left alone). */
      readonly warnings: readonly StoreErrorCode[];
    }
  | StoreFailure;

export type SaveResult =
  | {
      readonly ok: true;
      readonly mode: StoreMode;
      readonly revision: number;
      /** The stored progress after merging: may hold answers another tab saved. */
      readonly progress: Progress;
      readonly warning?: StoreErrorCode;
    }
  | StoreFailure;

export type DoneResult = { readonly ok: true } | StoreFailure;
export type SettingResult<K extends SettingName> = { readonly ok: true; readonly value: DeviceSettings[K] | undefined } | StoreFailure;
export type ReflectionsResult = { readonly ok: true; readonly reflections: readonly ReflectionEntry[] } | StoreFailure;
export type EvaluationsResult = { readonly ok: true; readonly evaluations: readonly EvaluationEntry[] } | StoreFailure;
export type ExportResult = { readonly ok: true; readonly data: CourseExport } | StoreFailure;

export type RemoteChangeListener = (courseId: string, progress: Progress) => void;
export type StatusListener = (status: StoreStatus) => void;

export interface Store {
  readonly mode: StoreMode;
  readonly status: StoreStatus;
  /** Hashed LMS id (`lms:`) or the anonymous device key (`device:`). Never a name or a raw LMS id. */
  readonly learnerKey: string;
  /**
   * Settles once IndexedDB has answered the open (at once for a store that waited for it): true when a
   * quick start presumed a new device and a database was there after all, so that reads made before
   * answered "nothing" and are worth making again.
   */
  readonly foundAfterAll: Promise<boolean>;
  load(courseId: string): Promise<LoadResult>;
  /**
   * Write-ahead save: resolves once the snapshot and its journal entry are committed together.
   * Saves made in the same tick (and while a write is in flight) share one transaction.
   */
  save(courseId: string, progress: Progress, change?: CourseEvent): Promise<SaveResult>;
  /**
   * For a page that is going away (`pagehide`, hidden): puts the progress on the device in this task,
   * without waiting for earlier writes, as a journal entry the next load merges in. Best effort, never
   * throws; follow it with `save` for the snapshot. Optional, so other stores (tests' fakes) still fit.
   */
  saveNow?(courseId: string, progress: Progress): void;
  /** Blank text removes the reflection: words all deleted leave nothing behind (nor in an export). */
  saveReflection(courseId: string, blockId: string, text: string): Promise<DoneResult>;
  getReflections(courseId: string): Promise<ReflectionsResult>;
  saveEvaluation(courseId: string, blockId: string, phase: 'pre' | 'post', values: Readonly<Record<string, number>>): Promise<DoneResult>;
  getEvaluations(courseId: string): Promise<EvaluationsResult>;
  getSetting<K extends SettingName>(name: K): Promise<SettingResult<K>>;
  setSetting<K extends SettingName>(name: K, value: DeviceSettings[K]): Promise<DoneResult>;
  export(courseId: string): Promise<ExportResult>;
  clearCourse(courseId: string): Promise<DoneResult>;
  /** Deletes the whole database ("Clear my data"); the store carries on in memory. */
  clearDevice(): Promise<DoneResult>;
  /** Called at once with the current status, then on every change. Returns an unsubscribe function. */
  onStatus(listener: StatusListener): () => void;
  /** Another tab saved this course: the listener gets the merged stored progress. */
  onRemoteChange(listener: RemoteChangeListener): () => void;
  close(): Promise<void>;
}

/** Things the store needs from its surroundings, so failures can be injected in tests. */
export interface StoreContext {
  readonly merge: MergeProgress;
  readonly dbName: string;
  readonly learnerSource: 'lms' | 'device';
  readonly factory: IDBFactory | null;
  readonly broadcast: boolean;
  readonly now: () => Date;
  /** Reopens the database after the browser terminated the connection; null when it cannot. */
  readonly reopen: (store: HavenStore) => Promise<IdbBackend | null>;
}

interface Pending {
  progress: Progress;
  changes: CourseEventType[];
  waiters: ((result: SaveResult) => void)[];
}

interface RevisionMessage {
  readonly type: 'revision';
  readonly db: string;
  readonly learnerKey: string;
  readonly courseId: string;
  readonly revision: number;
  readonly from: string;
}

/** Share of the journal removed when the device is full. */
const PRUNE_FRACTION = 0.5;

export class HavenStore implements Store {
  private backend: Backend;
  private currentStatus: StoreStatus;
  private readonly statusListeners = new Set<StatusListener>();
  private readonly remoteListeners = new Set<RemoteChangeListener>();
  private readonly pending = new Map<string, Pending>();
  private flushScheduled = false;
  private writing: Promise<void> = Promise.resolve();
  /** The latest progress this tab holds per course, so a switch to memory loses nothing. */
  private readonly held = new Map<string, Progress>();
  /** Courses this tab has read, to tell the player what a database found after all holds for them. */
  private readonly coursesRead = new Set<string>();
  private readonly channels = new Map<string, BroadcastChannel>();
  private readonly tabId = Math.random().toString(36).slice(2);
  private closed = false;
  foundAfterAll: Promise<boolean> = Promise.resolve(false);

  constructor(
    backend: Backend,
    private key: string,
    private readonly context: StoreContext,
    reason?: { code: StoreErrorCode; message: string },
  ) {
    this.backend = backend;
    this.currentStatus = { mode: backend.kind, ...(reason ? { warning: reason.code, message: reason.message } : {}) };
  }

  get learnerKey(): string {
    return this.key;
  }

  get mode(): StoreMode {
    return this.backend.kind;
  }

  get status(): StoreStatus {
    return this.currentStatus;
  }

  // --- progress -------------------------------------------------------------------------------

  async load(courseId: string): Promise<LoadResult> {
    const backend = this.backend;
    try {
      this.listen(courseId);
      this.coursesRead.add(courseId);
      const raw = await backend.readCourse(this.learnerKey, courseId);
      const warnings: StoreErrorCode[] = [];
      const check = checkSnapshot(raw.snapshot, courseId);
      let progress: Progress | undefined;
      if (check.kind === 'valid') {
        const after = raw.journal.filter((e) => isValidJournal(e, courseId) && (e.seq ?? 0) > check.record.journalSeq);
        progress = rebuildFromJournal(after, courseId, this.merge).progress;
        progress = progress ? this.merge(check.record.progress, progress) : check.record.progress;
      } else if (check.kind === 'corrupt' || check.kind === 'newer') {
        warnings.push(check.kind === 'corrupt' ? 'STORE_CORRUPT' : 'STORE_NEWER_SCHEMA');
        const rebuilt = rebuildFromJournal(raw.journal, courseId, this.merge);
        progress = rebuilt.progress;
        if (check.kind === 'corrupt' && progress) {
          // Repair: the save path rebuilds from the journal again inside its transaction and merges.
          await backend.write(this.learnerKey, [{ courseId, progress, changes: [] }], this.merge, { journal: true });
        }
      } else if (raw.journal.length) {
        progress = rebuildFromJournal(raw.journal, courseId, this.merge).progress;
      }
      const held = this.held.get(courseId);
      if (held) progress = progress ? this.merge(progress, held) : held;
      if (progress) this.held.set(courseId, progress);
      for (const code of warnings) this.warn(code, loadMessage(code, courseId));
      return { ok: true, progress: progress ?? null, warnings };
    } catch (error) {
      if (codeOf(error, 'STORE_UNAVAILABLE') === 'STORE_CLOSED' && backend.kind === 'indexeddb') {
        if (backend === this.backend)
          this.toMemory('STORE_CLOSED', 'The connection to saved progress closed: progress is now kept only in this tab.');
        return this.load(courseId);
      }
      return this.failed(error, 'STORE_UNAVAILABLE');
    }
  }

  saveNow(courseId: string, progress: Progress): void {
    if (this.closed || !this.backend.appendNow) return;
    const held = this.held.get(courseId);
    this.held.set(courseId, held ? this.merge(held, progress) : progress);
    try {
      this.backend.appendNow({
        learnerKey: this.learnerKey,
        courseId,
        schemaVersion: SCHEMA_VERSION,
        at: this.now(),
        revision: progress.revision,
        changes: [],
        progress,
      });
    } catch {
      // The connection is already closing: the regular save reports what happens next.
    }
  }

  save(courseId: string, progress: Progress, change?: CourseEvent): Promise<SaveResult> {
    return new Promise((resolve) => {
      const entry = this.pending.get(courseId);
      if (entry) {
        entry.progress = this.merge(entry.progress, progress);
        if (change) entry.changes.push(change.type);
        entry.waiters.push(resolve);
      } else {
        this.pending.set(courseId, { progress, changes: change ? [change.type] : [], waiters: [resolve] });
      }
      this.scheduleFlush();
    });
  }

  /** One flush per tick; saves arriving while a write is in flight wait for it and share the next one. */
  private scheduleFlush(): void {
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    const previous = this.writing;
    const run = (): Promise<void> => {
      this.flushScheduled = false;
      return this.flush();
    };
    this.writing = previous.then(run, run);
  }

  private async flush(): Promise<void> {
    const batch = [...this.pending].map(([courseId, p]) => ({ ...p, courseId }));
    this.pending.clear();
    if (!batch.length) return;
    try {
      const requests: WriteRequest[] = batch.map((p) => ({ courseId: p.courseId, progress: p.progress, changes: p.changes }));
      for (const r of requests) {
        const held = this.held.get(r.courseId);
        this.held.set(r.courseId, held ? this.merge(held, r.progress) : r.progress);
      }
      const results = await this.writeWithRecovery(requests);
      batch.forEach((p, i) => {
        const result = results[i]!;
        if (result.ok) this.held.set(p.courseId, result.progress);
        for (const resolve of p.waiters) resolve(result);
      });
    } catch (error) {
      // Never leave a caller waiting, and never break the chain of later flushes.
      const result = this.failed(error, 'STORE_UNAVAILABLE');
      for (const p of batch) for (const resolve of p.waiters) resolve(result);
    }
  }

  /** Quota: prune the oldest journal entries and retry, then the snapshot alone. Lost connection: memory. */
  private async writeWithRecovery(requests: WriteRequest[]): Promise<SaveResult[]> {
    let warning: StoreErrorCode | undefined;
    for (const attempt of ['normal', 'pruned', 'snapshot-only'] as const) {
      const backend = this.backend;
      try {
        const outcomes = await backend.write(this.learnerKey, requests, this.merge, { journal: attempt !== 'snapshot-only' });
        if (warning) this.warn(warning, 'This device is running out of space: older history was removed to keep your latest progress.');
        return outcomes.map((o) => this.saveResult(o, backend, warning));
      } catch (error) {
        const code = codeOf(error, 'STORE_UNAVAILABLE');
        if (code === 'STORE_QUOTA' && attempt !== 'snapshot-only') {
          warning = 'STORE_QUOTA';
          if (attempt === 'normal') await backend.pruneJournal(PRUNE_FRACTION).catch(() => 0);
          continue;
        }
        if (backend !== this.backend) return this.writeWithRecovery(requests); // switched while writing
        if (code === 'STORE_CLOSED') {
          this.toMemory('STORE_CLOSED', 'The connection to saved progress closed: progress is now kept only in this tab.');
          return this.writeWithRecovery(requests);
        }
        this.warn(code, `Progress could not be saved on this device (${messageOf(error)}).`);
        return requests.map(() => failure(code, messageOf(error)));
      }
    }
    return requests.map(() => failure('STORE_QUOTA', 'This device has no space left for progress.'));
  }

  private saveResult(outcome: WriteOutcome, backend: Backend, warning: StoreErrorCode | undefined): SaveResult {
    if (!outcome.ok) {
      this.warn(outcome.code, outcome.message);
      return failure(outcome.code, outcome.message);
    }
    if (backend.kind === 'indexeddb') this.announce(outcome.courseId, outcome.progress.revision);
    return {
      ok: true,
      mode: backend.kind,
      revision: outcome.progress.revision,
      progress: outcome.progress,
      ...(warning ? { warning } : {}),
    };
  }

  // --- reflections, evaluations, settings ------------------------------------------------------

  saveReflection(courseId: string, blockId: string, text: string): Promise<DoneResult> {
    if (!text.trim()) return this.done((b) => b.deleteReflection(this.learnerKey, courseId, blockId));
    const record = { learnerKey: this.learnerKey, courseId, blockId, schemaVersion: SCHEMA_VERSION, text, updatedAt: this.now() };
    return this.done((b) => b.putReflection(record));
  }

  async getReflections(courseId: string): Promise<ReflectionsResult> {
    try {
      const records = await this.backend.reflections(this.learnerKey, courseId);
      return { ok: true, reflections: records.map(reflectionEntry) };
    } catch (error) {
      return this.failed(error, 'STORE_UNAVAILABLE');
    }
  }

  saveEvaluation(courseId: string, blockId: string, phase: 'pre' | 'post', values: Readonly<Record<string, number>>): Promise<DoneResult> {
    const record = { learnerKey: this.learnerKey, courseId, blockId, schemaVersion: SCHEMA_VERSION, phase, values, updatedAt: this.now() };
    return this.done((b) => b.putEvaluation(record));
  }

  async getEvaluations(courseId: string): Promise<EvaluationsResult> {
    try {
      const records = await this.backend.evaluations(this.learnerKey, courseId);
      return { ok: true, evaluations: records.map(evaluationEntry) };
    } catch (error) {
      return this.failed(error, 'STORE_UNAVAILABLE');
    }
  }

  async getSetting<K extends SettingName>(name: K): Promise<SettingResult<K>> {
    try {
      const record = await this.backend.getSetting(name);
      return { ok: true, value: record?.name === name ? (record.value as DeviceSettings[K]) : undefined };
    } catch (error) {
      return this.failed(error, 'STORE_UNAVAILABLE');
    }
  }

  setSetting<K extends SettingName>(name: K, value: DeviceSettings[K]): Promise<DoneResult> {
    const record = { name, schemaVersion: SCHEMA_VERSION, value, updatedAt: this.now() } as never;
    return this.done((b) => b.putSetting(record));
  }

  // --- learner control ---------------------------------------------------------------------------

  async export(courseId: string): Promise<ExportResult> {
    const loaded = await this.load(courseId);
    if (!loaded.ok) return loaded;
    try {
      const backend = this.backend;
      const [raw, reflections, evaluations, settings] = await Promise.all([
        backend.readCourse(this.learnerKey, courseId),
        backend.reflections(this.learnerKey, courseId),
        backend.evaluations(this.learnerKey, courseId),
        backend.allSettings(),
      ]);
      const journal = raw.journal.filter((e): e is JournalRecord => isValidJournal(e, courseId));
      const data: CourseExport = {
        format: 'haven-course-data',
        formatVersion: 1,
        exportedAt: this.now(),
        courseId,
        learner: { key: this.learnerKey, source: this.context.learnerSource },
        storage: backend.kind,
        progress: loaded.progress,
        journal: journal.map(({ seq, at, revision, changes, progress }) => ({ seq: seq ?? 0, at, revision, changes, progress })),
        reflections: reflections.map(reflectionEntry),
        evaluations: evaluations.map(evaluationEntry),
        settings: Object.fromEntries(settings.filter((s) => s.name !== 'deviceLearnerKey').map((s) => [s.name, s.value])),
      };
      return { ok: true, data };
    } catch (error) {
      return this.failed(error, 'STORE_UNAVAILABLE');
    }
  }

  async clearCourse(courseId: string): Promise<DoneResult> {
    await this.writing; // a pending save must not bring the course back after it is cleared
    this.held.delete(courseId);
    return this.done((b) => b.clearCourse(this.learnerKey, courseId));
  }

  async clearDevice(): Promise<DoneResult> {
    await this.writing;
    this.held.clear();
    const factory = this.context.factory;
    this.toMemory('STORE_CLEARED', 'Your data was cleared from this device.');
    if (!factory) return { ok: true };
    return new Promise((resolve) => {
      // Other tabs get `versionchange` with no new version, close (see `blocking`) and let this finish.
      const request = factory.deleteDatabase(this.context.dbName);
      request.onsuccess = () => {
        forgetDatabase(this.context.dbName);
        resolve({ ok: true });
      };
      request.onerror = () => resolve(failure(codeOf(request.error, 'STORE_UNAVAILABLE'), messageOf(request.error)));
    });
  }

  // --- status and other tabs ---------------------------------------------------------------------

  onStatus(listener: StatusListener): () => void {
    this.statusListeners.add(listener);
    listener(this.currentStatus);
    return () => this.statusListeners.delete(listener);
  }

  onRemoteChange(listener: RemoteChangeListener): () => void {
    this.remoteListeners.add(listener);
    return () => this.remoteListeners.delete(listener);
  }

  async close(): Promise<void> {
    await this.writing;
    this.closed = true;
    for (const channel of this.channels.values()) channel.close();
    this.channels.clear();
    this.backend.close();
  }

  /** `blocking` hook: a newer schema (or a delete) wants the database. Let go now and carry on in memory. */
  handleBlocking(newVersion: number | null): void {
    if (newVersion === null)
      this.toMemory('STORE_CLEARED', 'Saved data on this device was cleared in another tab: progress is now kept only in this tab.');
    else
      this.toMemory(
        'STORE_NEWER_SCHEMA',
        `A newer version of this course player (schema ${newVersion}) opened in another tab: progress here is now kept only in this tab.`,
      );
  }

  /** The database `creating` stood for could not be created or opened (`connect`'s own code and message): memory now, keeping everything held. */
  handleCreationFailed(creating: Backend, code: StoreErrorCode, message: string): void {
    if (this.closed || this.backend !== creating) return;
    this.toMemory(code, message);
  }

  /**
   * The database a quick start presumed new was there after all: its learner key is this learner's, and
   * what it holds for the courses already read goes to `onRemoteChange`, as another tab's save would.
   */
  handleFoundExisting(creating: Backend, learnerKey: string): void {
    if (this.closed || this.backend !== creating) return;
    this.key = learnerKey;
    for (const courseId of this.coursesRead) void this.tellRemote(courseId);
  }

  /** `terminated` hook: the browser closed the connection. Try once to reopen; otherwise memory. */
  async handleTerminated(): Promise<void> {
    if (this.closed || this.backend.kind === 'memory') return;
    const dead = this.backend;
    const reopened = await this.context.reopen(this).catch(() => null);
    if (this.backend !== dead) {
      reopened?.close();
      return;
    }
    if (reopened) {
      this.backend = reopened;
      this.setStatus({
        mode: 'indexeddb',
        warning: 'STORE_CLOSED',
        message: 'The connection to saved progress was lost and has been reopened.',
      });
    } else {
      this.toMemory('STORE_CLOSED', 'The connection to saved progress was lost: progress is now kept only in this tab.');
    }
  }

  private toMemory(code: StoreErrorCode, message: string): void {
    const old = this.backend;
    if (old.kind === 'indexeddb') {
      this.backend = new MemoryBackend(this.context.now, { learnerKey: this.learnerKey, progress: this.held });
      old.close();
    }
    this.setStatus({ mode: 'memory', warning: code, message });
  }

  private listen(courseId: string): void {
    if (!this.context.broadcast || this.closed || this.channels.has(courseId) || typeof BroadcastChannel === 'undefined') return;
    const channel = new BroadcastChannel(`haven-store:${courseId}`);
    channel.onmessage = (event: MessageEvent<RevisionMessage>) => {
      const m = event.data;
      if (m?.type !== 'revision' || m.db !== this.context.dbName || m.learnerKey !== this.learnerKey || m.from === this.tabId) return;
      if (this.backend.kind !== 'indexeddb') return;
      void this.tellRemote(courseId);
    };
    this.channels.set(courseId, channel);
  }

  private async tellRemote(courseId: string): Promise<void> {
    const result = await this.load(courseId);
    if (!result.ok || !result.progress) return;
    for (const listener of this.remoteListeners) listener(courseId, result.progress);
  }

  private announce(courseId: string, revision: number): void {
    this.listen(courseId);
    const message: RevisionMessage = {
      type: 'revision',
      db: this.context.dbName,
      learnerKey: this.learnerKey,
      courseId,
      revision,
      from: this.tabId,
    };
    this.channels.get(courseId)?.postMessage(message);
  }

  private warn(code: StoreErrorCode, message: string): void {
    this.setStatus({ mode: this.backend.kind, warning: code, message });
  }

  private setStatus(status: StoreStatus): void {
    const same = status.mode === this.currentStatus.mode && status.warning === this.currentStatus.warning;
    this.currentStatus = status;
    if (same) return;
    for (const listener of this.statusListeners) listener(status);
  }

  private async done(operation: (backend: Backend) => Promise<void>): Promise<DoneResult> {
    try {
      await operation(this.backend);
      return { ok: true };
    } catch (error) {
      return this.failed(error, 'STORE_UNAVAILABLE');
    }
  }

  private failed(error: unknown, fallback: StoreErrorCode): StoreFailure {
    const code = codeOf(error, fallback);
    this.warn(code, messageOf(error));
    return failure(code, messageOf(error));
  }

  /** A merge that throws (a bug elsewhere) must not lose progress: keep the higher revision. */
  private readonly merge: MergeProgress = (a, b) => {
    try {
      return this.context.merge(a, b);
    } catch {
      return b.revision >= a.revision ? b : a;
    }
  };

  private now(): string {
    return this.context.now().toISOString();
  }
}

function loadMessage(code: StoreErrorCode, courseId: string): string {
  return code === 'STORE_CORRUPT'
    ? `Saved progress for ${courseId} was damaged; it was rebuilt from the answer history.`
    : `Progress for ${courseId} was saved by a newer version of Haven; it is left untouched.`;
}
