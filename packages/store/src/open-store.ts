import { codeOf, messageOf, type StoreErrorCode } from './errors.js';
import { DEFAULT_DB_NAME } from './db/schema.js';
import { openHavenDB, type OpenHooks } from './db/open.js';
import { IdbBackend } from './idb-backend.js';
import { CreatingBackend, type Opened } from './creating-backend.js';
import { noDatabaseNoted, noteDatabase } from './device-note.js';
import { lmsLearnerKey, newDeviceLearnerKey } from './learner-key.js';
import { MemoryBackend } from './memory-backend.js';
import type { MergeProgress } from './backend.js';
import { deviceKeyRecord } from './records.js';
import { HavenStore, type Store, type StoreContext } from './store.js';

export interface StoreOptions {
  /** Monotonic merge for this course's progress: `(a, b) => merge(course, a, b)` from @haven/engine. */
  readonly merge: MergeProgress;
  /**
   * The LMS learner id (cmi.core.student_id / cmi.learner_id), if there is one. Stored only hashed.
   * May be a promise: the database opens meanwhile, as the id only decides whose progress is read.
   */
  readonly lmsLearnerId?: string | null | PromiseLike<string | null | undefined>;
  /** Database name; tests use a unique one each. Default "haven". */
  readonly dbName?: string;
  /** The IndexedDB factory. Default `globalThis.indexedDB`; null means "no IndexedDB here". */
  readonly indexedDB?: IDBFactory | null;
  /** How long to wait for an older tab to let go of the database before using memory. Default 3000 ms. */
  readonly openTimeoutMs?: number;
  /** Tell other tabs about new revisions over BroadcastChannel. Default true. */
  readonly broadcast?: boolean;
  /**
   * When this device has no note of a Haven database (see device-note.ts), presume it has none and be
   * ready at once, without waiting for IndexedDB to say so. If a database is there after all (its note
   * was cleared on its own, or could not be written), what it holds reaches `onRemoteChange`, as another
   * tab's save would, and later calls use it: nothing is lost, though `load` first answered "nothing".
   * For a player, which merges remote changes; off by default.
   */
  readonly quickStart?: boolean;
  readonly now?: () => Date;
}

/**
 * Opens the store. Never rejects: if IndexedDB is missing, fails, is held by another tab or belongs to
 * a newer Haven, the store runs in memory and its status says why. A database that does not exist yet
 * is ready as soon as its creation starts (see CreatingBackend).
 */
export async function openStore(options: StoreOptions): Promise<Store> {
  const factory = options.indexedDB === undefined ? (globalThis.indexedDB ?? null) : options.indexedDB;
  const now = options.now ?? (() => new Date());
  const dbName = options.dbName ?? DEFAULT_DB_NAME;
  const timeoutMs = options.openTimeoutMs ?? 3000;
  // The connection's hooks look the store up: it exists only once the connection is made.
  let store: HavenStore | undefined;
  // A new database gets this device's learner key as it is created, so the store has it at once.
  let created: (creation: { deviceKey: string }) => void = () => {};
  const creation = new Promise<{ deviceKey: string }>((resolve) => (created = resolve));
  // A device presumed new gets its key now; a database created for it is given the same one.
  const presumedKey = factory && options.quickStart && noDatabaseNoted(dbName) ? newDeviceLearnerKey() : undefined;
  let wasCreated = false;
  const creating: OpenHooks['creating'] = (settings) => {
    wasCreated = true;
    const deviceKey = presumedKey ?? newDeviceLearnerKey();
    settings.put(deviceKeyRecord(deviceKey, now())).catch(() => {});
    created({ deviceKey });
  };
  const connecting = factory ? connect(factory, { dbName, now }, () => store, timeoutMs, creating) : undefined;
  let lmsKey: string | undefined;
  try {
    const lmsLearnerId = await options.lmsLearnerId;
    lmsKey = lmsLearnerId ? await lmsLearnerKey(lmsLearnerId) : undefined;
  } catch {
    lmsKey = undefined;
  }
  const context: StoreContext = {
    merge: options.merge,
    dbName,
    learnerSource: lmsKey ? 'lms' : 'device',
    factory,
    broadcast: options.broadcast ?? true,
    now,
    reopen: (store) =>
      factory ? connect(factory, context, store, timeoutMs).then((r) => (r.ok ? r.backend : null)) : Promise.resolve(null),
  };
  const inMemory = (code: StoreErrorCode, message: string): Store =>
    new HavenStore(new MemoryBackend(now), lmsKey ?? newDeviceLearnerKey(), context, { code, message });

  if (!connecting) return inMemory('STORE_UNAVAILABLE', 'This browser cannot keep progress on the device: it is kept only in this tab.');
  // A database being created holds nothing: the store need not wait for the creation to finish, and
  // with no note of a database here, not even for it to start.
  const connected = presumedKey ? { deviceKey: presumedKey } : await Promise.race([connecting, creation]);
  if ('deviceKey' in connected) {
    const learnerKey = lmsKey ?? connected.deviceKey;
    const opened: Promise<Opened | Failed> = connecting.then((c) => (c.ok ? afterOpen(c.backend, wasCreated, learnerKey, lmsKey) : c));
    const backend = new CreatingBackend(opened);
    const created = new HavenStore(backend, learnerKey, context);
    // A creation that fails moves the store to memory at once, so its status never claims the device has what it has not.
    created.foundAfterAll = opened.then((o) => {
      if (!('idb' in o)) created.handleCreationFailed(backend, o.code, o.message);
      else if (o.rekey) created.handleFoundExisting(backend, o.rekey.to);
      return 'idb' in o && !!o.rekey;
    });
    store = created;
    return store;
  }
  if (!connected.ok) return inMemory(connected.code, connected.message);
  try {
    const learnerKey = lmsKey ?? (await connected.backend.deviceLearnerKey(newDeviceLearnerKey));
    store = new HavenStore(connected.backend, learnerKey, context);
    return store;
  } catch (error) {
    connected.backend.close();
    return inMemory(codeOf(error, 'STORE_UNAVAILABLE'), messageOf(error));
  }
}

/**
 * What the open means for a store that did not wait for it: a database created for it, or one that was
 * there after all, whose own learner key replaces the one the store was given.
 */
async function afterOpen(db: IdbBackend, wasCreated: boolean, givenKey: string, lmsKey: string | undefined): Promise<Opened | Failed> {
  if (wasCreated) return { idb: db };
  try {
    return { idb: db, rekey: { from: givenKey, to: lmsKey ?? (await db.deviceLearnerKey(newDeviceLearnerKey)) } };
  } catch (error) {
    db.close();
    return { ok: false, code: codeOf(error, 'STORE_UNAVAILABLE'), message: messageOf(error) };
  }
}

type Failed = { ok: false; code: StoreErrorCode; message: string };
type Connected = { ok: true; backend: IdbBackend } | Failed;

async function connect(
  factory: IDBFactory,
  context: Pick<StoreContext, 'dbName' | 'now'>,
  owner: HavenStore | (() => HavenStore | undefined),
  timeoutMs: number,
  creating?: OpenHooks['creating'],
): Promise<Connected> {
  const storeOf = typeof owner === 'function' ? owner : () => owner;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let timedOut = false;
  try {
    const opening = openHavenDB(factory, context.dbName, {
      blocked: () => {},
      blocking: (newVersion) => {
        const store = storeOf();
        if (store) store.handleBlocking(newVersion);
        else opening.then((db) => db.close()).catch(() => {});
      },
      terminated: () => void storeOf()?.handleTerminated(),
      ...(creating ? { creating } : {}),
    });
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), timeoutMs);
    });
    const db = await Promise.race([opening, timeout]);
    if (db === 'timeout') {
      timedOut = true;
      // If the other tab lets go later, close what we get so we never hold a connection nobody uses.
      opening.then((late) => late.close()).catch(() => {});
      return {
        ok: false,
        code: 'STORE_BLOCKED',
        message: 'Saved progress is held open by another tab: progress is kept only in this tab.',
      };
    }
    // Before anything can be stored in it, so a quick start never presumes away a database with data.
    noteDatabase(context.dbName);
    return { ok: true, backend: new IdbBackend(db, context.now) };
  } catch (error) {
    const code = codeOf(error, 'STORE_UNAVAILABLE');
    const message =
      code === 'STORE_NEWER_SCHEMA'
        ? 'Saved progress on this device belongs to a newer version of this course player: it is left untouched, and progress is kept only in this tab.'
        : `Progress cannot be kept on this device (${messageOf(error)}): it is kept only in this tab.`;
    return { ok: false, code, message };
  } finally {
    if (timer !== undefined && !timedOut) clearTimeout(timer);
  }
}
