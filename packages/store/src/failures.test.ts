import { expect } from '@open-wc/testing';
import { openStore } from './open-store.js';
import type { HavenStore, StoreStatus } from './store.js';
import { answered, progress, testMerge, uniqueDbName } from './test-support/progress.js';
import { deleteDb, failingFactory, getAllRaw, openRaw, patchQuota, putRaw, wrapFactory } from './test-support/idb.js';

const COURSE = 'senior-leader';

describe('store: IndexedDB missing or failing', () => {
  it('with no IndexedDB, keeps progress in memory and reports it', async () => {
    const store = await openStore({ merge: testMerge, indexedDB: null });
    const seen: StoreStatus[] = [];
    store.onStatus((s) => seen.push(s));
    expect(seen).to.have.length(1);
    expect(seen[0]).to.include({ mode: 'memory', warning: 'STORE_UNAVAILABLE' });
    expect(store.learnerKey).to.match(/^device:/);
    const saved = await store.save(COURSE, progress(COURSE, 1, { viewed: [1] }));
    expect(saved).to.deep.include({ ok: true, mode: 'memory', revision: 1 });
    const loaded = await store.load(COURSE);
    expect(loaded.ok && loaded.progress?.viewed).to.deep.equal([1]);
    await store.saveReflection(COURSE, 'r1', 'in memory');
    const exported = await store.export(COURSE);
    expect(exported.ok && exported.data.storage).to.equal('memory');
    expect(exported.ok && exported.data.reflections.map((r) => r.text)).to.deep.equal(['in memory']);
  });

  it('when opening fails, never rejects: memory, and the reason', async () => {
    const store = await openStore({ merge: testMerge, dbName: uniqueDbName('fail'), indexedDB: failingFactory() });
    expect(store.mode).to.equal('memory');
    expect(store.status.warning).to.equal('STORE_UNAVAILABLE');
    expect(store.status.message).to.contain('kept only in this tab');
  });

  it('when an older tab will not let go, stops waiting and uses memory', async () => {
    const dbName = uniqueDbName('blocked');
    // An old tab at version 1 that ignores versionchange.
    const old = await openRaw(dbName, 1, (raw) => raw.createObjectStore('progress', { keyPath: ['learnerKey', 'courseId'] }));
    const store = await openStore({ merge: testMerge, dbName, openTimeoutMs: 200 });
    expect(store.status).to.include({ mode: 'memory', warning: 'STORE_BLOCKED' });
    old.close();
    await deleteDb(dbName);
  });
});

describe('store: quota exceeded', () => {
  it('keeps the latest snapshot, prunes the oldest journal entries, retries and reports', async () => {
    const dbName = uniqueDbName('quota');
    let failuresLeft = 0;
    const factory = wrapFactory((db) => patchQuota(db, 'journal', () => failuresLeft > 0 && failuresLeft-- > 0));
    const store = await openStore({ merge: testMerge, dbName, indexedDB: factory });
    const upTo = (n: number): number[] => [...Array(n).keys()].map((i) => i + 1);
    for (let i = 1; i <= 8; i++) await store.save(COURSE, progress(COURSE, i, { viewed: upTo(i) }), { type: 'nav.next' });
    const seen: StoreStatus[] = [];
    store.onStatus((s) => seen.push(s));

    failuresLeft = 1; // the next journal write fails once, as a full disk would
    const saved = await store.save(COURSE, progress(COURSE, 9, { viewed: upTo(9), blocks: { 3: answered(1) } }), { type: 'nav.next' });
    expect(saved).to.deep.include({ ok: true, mode: 'indexeddb', revision: 9, warning: 'STORE_QUOTA' });
    expect(seen.at(-1)).to.include({ mode: 'indexeddb', warning: 'STORE_QUOTA' });

    const journal = (await getAllRaw(dbName, 'journal')) as { revision: number }[];
    expect(journal.map((j) => j.revision)).to.deep.equal([5, 6, 7, 8, 9]);
    const loaded = await store.load(COURSE);
    expect(loaded.ok && loaded.progress?.viewed).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(loaded.ok && loaded.progress?.blocks[3]).to.deep.equal(answered(1));
    await store.close();
    await deleteDb(dbName);
  });

  it('when even the pruned journal will not fit, writes the snapshot alone', async () => {
    const dbName = uniqueDbName('quota-full');
    let full = false;
    const factory = wrapFactory((db) => patchQuota(db, 'journal', () => full));
    const store = await openStore({ merge: testMerge, dbName, indexedDB: factory });
    await store.save(COURSE, progress(COURSE, 1, { viewed: [1] }));
    full = true;
    const saved = await store.save(COURSE, progress(COURSE, 2, { viewed: [1, 2] }));
    expect(saved).to.deep.include({ ok: true, revision: 2, warning: 'STORE_QUOTA' });
    expect(((await getAllRaw(dbName, 'progress')) as { revision: number }[]).map((s) => s.revision)).to.deep.equal([2]);
    await store.close();
    const reopened = await openStore({ merge: testMerge, dbName });
    const loaded = await reopened.load(COURSE);
    expect(loaded.ok && loaded.progress?.viewed).to.deep.equal([1, 2]);
    await reopened.close();
    await deleteDb(dbName);
  });

  it('when nothing fits at all, says so and still holds the progress in this tab', async () => {
    const dbName = uniqueDbName('quota-none');
    let full = false;
    const factory = wrapFactory((db) => patchQuota(db, 'progress', () => full));
    const store = await openStore({ merge: testMerge, dbName, indexedDB: factory });
    await store.save(COURSE, progress(COURSE, 1, { viewed: [1] }));
    full = true;
    const saved = await store.save(COURSE, progress(COURSE, 2, { viewed: [1, 2] }));
    expect(saved).to.deep.include({ ok: false, code: 'STORE_QUOTA' });
    expect(store.status.warning).to.equal('STORE_QUOTA');
    const loaded = await store.load(COURSE);
    expect(loaded.ok && loaded.progress?.viewed).to.deep.equal([1, 2]);
    await store.close();
    await deleteDb(dbName);
  });
});

describe('store: records it cannot trust', () => {
  let dbName: string;
  let learnerKey: string;

  beforeEach(async () => {
    dbName = uniqueDbName('records');
    const store = await openStore({ merge: testMerge, dbName });
    learnerKey = store.learnerKey;
    await store.save(COURSE, progress(COURSE, 1, { viewed: [1], blocks: { 10: answered(1) } }), { type: 'nav.next' });
    await store.save(COURSE, progress(COURSE, 2, { viewed: [1, 2], blocks: { 10: answered(1), 11: answered(2) } }), { type: 'nav.next' });
    await store.close();
  });
  afterEach(() => deleteDb(dbName));

  it('a corrupt snapshot is skipped and progress rebuilt from the journal, then repaired', async () => {
    await putRaw(dbName, 'progress', { learnerKey, courseId: COURSE, schemaVersion: 2, revision: 'x', progress: '\u0000garbage' });
    const store = await openStore({ merge: testMerge, dbName });
    const loaded = await store.load(COURSE);
    expect(loaded.ok && loaded.warnings).to.deep.equal(['STORE_CORRUPT']);
    expect(loaded.ok && loaded.progress?.viewed).to.deep.equal([1, 2]);
    expect(loaded.ok && Object.keys(loaded.progress?.blocks ?? {})).to.deep.equal(['10', '11']);
    expect(store.status.warning).to.equal('STORE_CORRUPT');
    // The snapshot was rewritten from the journal: a fresh load has nothing to warn about.
    const again = await store.load(COURSE);
    expect(again.ok && again.warnings).to.deep.equal([]);
    expect(again.ok && again.progress?.viewed).to.deep.equal([1, 2]);
    await store.close();
  });

  it('a save onto a corrupt snapshot merges with what the journal holds', async () => {
    await putRaw(dbName, 'progress', { learnerKey, courseId: COURSE, garbage: true });
    const store = await openStore({ merge: testMerge, dbName });
    const saved = await store.save(COURSE, progress(COURSE, 3, { viewed: [3] }));
    expect(saved.ok && saved.progress.viewed).to.deep.equal([1, 2, 3]);
    expect(saved.ok && Object.keys(saved.progress.blocks)).to.deep.equal(['10', '11']);
    await store.close();
  });

  it('corrupt journal entries are skipped', async () => {
    await putRaw(dbName, 'progress', { learnerKey, courseId: COURSE, schemaVersion: 2 });
    await putRaw(dbName, 'journal', { learnerKey, courseId: COURSE, schemaVersion: 2, progress: { nonsense: 1 } });
    const store = await openStore({ merge: testMerge, dbName });
    const loaded = await store.load(COURSE);
    expect(loaded.ok && loaded.progress?.viewed).to.deep.equal([1, 2]);
    await store.close();
  });

  it('a record from a newer schema version is never overwritten, and is reported', async () => {
    const future = { learnerKey, courseId: COURSE, schemaVersion: 3, revision: 50, shape: 'from the future' };
    await putRaw(dbName, 'progress', future);
    const store = await openStore({ merge: testMerge, dbName });
    const loaded = await store.load(COURSE);
    expect(loaded.ok && loaded.warnings).to.deep.equal(['STORE_NEWER_SCHEMA']);
    // What this version can read (its own journal) is still offered.
    expect(loaded.ok && loaded.progress?.viewed).to.deep.equal([1, 2]);
    const saved = await store.save(COURSE, progress(COURSE, 3, { viewed: [3] }));
    expect(saved).to.deep.include({ ok: false, code: 'STORE_NEWER_SCHEMA' });
    expect(store.status.warning).to.equal('STORE_NEWER_SCHEMA');
    expect(await getAllRaw(dbName, 'progress')).to.deep.equal([future]);
    // The learner still goes on in this tab.
    const held = await store.load(COURSE);
    expect(held.ok && held.progress?.viewed).to.deep.equal([1, 2, 3]);
    await store.close();
  });
});

describe('store: the page closing in the middle of a write', () => {
  it('an aborted transaction leaves the last completed snapshot intact, and it loads', async () => {
    const dbName = uniqueDbName('abort');
    let abortNext = false;
    const factory = wrapFactory((db) => {
      const transaction = db.transaction.bind(db);
      db.transaction = ((names: string | string[], mode?: IDBTransactionMode) => {
        const tx = transaction(names, mode);
        const objectStore = tx.objectStore.bind(tx);
        tx.objectStore = (name: string) => {
          const store = objectStore(name);
          if (name === 'progress' && abortNext) {
            const put = store.put.bind(store);
            store.put = ((value: unknown) => {
              abortNext = false;
              const req = put(value);
              tx.abort(); // the journal entry and this snapshot were both issued: the page dies now
              return req;
            }) as typeof store.put;
          }
          return store;
        };
        return tx;
      }) as typeof db.transaction;
    });
    const store = await openStore({ merge: testMerge, dbName, indexedDB: factory });
    await store.save(COURSE, progress(COURSE, 1, { viewed: [1], blocks: { 4: answered(1) } }), { type: 'nav.next' });
    abortNext = true;
    const failed = await store.save(COURSE, progress(COURSE, 2, { viewed: [1, 2], blocks: { 4: answered(1), 5: answered(2) } }), {
      type: 'nav.next',
    });
    expect(failed).to.deep.include({ ok: false, code: 'STORE_ABORTED' });
    // Neither half of the aborted write was kept.
    expect(((await getAllRaw(dbName, 'journal')) as unknown[]).length).to.equal(1);

    const reloaded = await openStore({ merge: testMerge, dbName }); // the page, reloaded
    const loaded = await reloaded.load(COURSE);
    expect(loaded).to.deep.equal({ ok: true, progress: progress(COURSE, 1, { viewed: [1], blocks: { 4: answered(1) } }), warnings: [] });
    await store.close();
    await reloaded.close();
    await deleteDb(dbName);
  });

  it('a connection closed with writes pending: the last snapshot loads, and this tab goes on in memory', async () => {
    const dbName = uniqueDbName('closed');
    let connection: IDBDatabase | undefined;
    const store = await openStore({ merge: testMerge, dbName, indexedDB: wrapFactory((db) => (connection = db)) });
    await store.save(COURSE, progress(COURSE, 1, { viewed: [1] }));
    const pending = store.save(COURSE, progress(COURSE, 2, { viewed: [1, 2] }));
    connection!.close(); // before the coalesced write starts
    const result = await pending;
    expect(result).to.deep.include({ ok: true, mode: 'memory', revision: 2 });
    expect(store.status).to.include({ mode: 'memory', warning: 'STORE_CLOSED' });

    const reloaded = await openStore({ merge: testMerge, dbName });
    const loaded = await reloaded.load(COURSE);
    expect(loaded.ok && loaded.progress?.revision).to.equal(1);
    expect(loaded.ok && loaded.progress?.viewed).to.deep.equal([1]);
    await reloaded.close();
    await store.close();
    await deleteDb(dbName);
  });

  it('a write already started when the connection closes still completes', async () => {
    const dbName = uniqueDbName('closing');
    // A database that exists already, so the store's connection is open once the store is.
    await (await openStore({ merge: testMerge, dbName })).close();
    let connection: IDBDatabase | undefined;
    const store = await openStore({ merge: testMerge, dbName, indexedDB: wrapFactory((db) => (connection = db)) });
    const pending = store.save(COURSE, progress(COURSE, 1, { viewed: [1] }));
    await Promise.resolve();
    await Promise.resolve(); // the transaction has been created by now
    connection!.close();
    expect(await pending).to.deep.include({ ok: true, mode: 'indexeddb', revision: 1 });
    const reloaded = await openStore({ merge: testMerge, dbName });
    const loaded = await reloaded.load(COURSE);
    expect(loaded.ok && loaded.progress?.viewed).to.deep.equal([1]);
    await reloaded.close();
    await store.close();
    await deleteDb(dbName);
  });
});

describe('store: the browser terminating the connection', () => {
  it('reopens the database and carries on saving there, reporting what happened', async () => {
    const dbName = uniqueDbName('terminated');
    let connection: IDBDatabase | undefined;
    const store = await openStore({ merge: testMerge, dbName, indexedDB: wrapFactory((db) => (connection = db)) });
    await store.save(COURSE, progress(COURSE, 1, { viewed: [1] }));
    // Page script cannot make Chromium fire `close`; do what it means (the connection is gone) and run the hook.
    const first = connection;
    first!.close();
    await (store as HavenStore).handleTerminated();
    expect(connection).not.to.equal(first);
    expect(store.status).to.include({ mode: 'indexeddb', warning: 'STORE_CLOSED' });
    const saved = await store.save(COURSE, progress(COURSE, 2, { viewed: [1, 2] }));
    expect(saved).to.deep.include({ ok: true, mode: 'indexeddb', revision: 2 });
    await store.close();
    await deleteDb(dbName);
  });

  it('falls back to memory when it cannot reopen', async () => {
    const dbName = uniqueDbName('terminated-for-good');
    let connection: IDBDatabase | undefined;
    let opens = 0;
    const factory = wrapFactory((db) => (connection = db));
    const store = await openStore({
      merge: testMerge,
      dbName,
      indexedDB: {
        ...factory,
        open: (name: string, version?: number) => {
          if (opens++ > 0) throw new DOMException('Storage is gone.', 'UnknownError');
          return factory.open(name, version);
        },
      },
    });
    await store.save(COURSE, progress(COURSE, 1, { viewed: [1] }));
    connection!.close();
    await (store as HavenStore).handleTerminated();
    expect(store.status).to.include({ mode: 'memory', warning: 'STORE_CLOSED' });
    const loaded = await store.load(COURSE);
    expect(loaded.ok && loaded.progress?.viewed).to.deep.equal([1]);
    await store.close();
    await deleteDb(dbName);
  });
});
