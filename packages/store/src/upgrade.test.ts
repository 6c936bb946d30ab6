import { expect } from '@open-wc/testing';
import { openStore } from './open-store.js';
import type { StoreStatus } from './store.js';
import { progress, answered, testMerge, uniqueDbName } from './test-support/progress.js';
import { deleteDb, getAllRaw, openRaw, request, txDone } from './test-support/idb.js';

const COURSE = 'practitioner';

/** Builds a version 1 database exactly as version 1 of the store made it, with records in v1 shapes. */
async function makeV1(name: string, learnerKey: string): Promise<void> {
  const db = await openRaw(name, 1, (raw) => {
    raw.createObjectStore('progress', { keyPath: ['learnerKey', 'courseId'] });
    raw.createObjectStore('journal', { keyPath: 'seq', autoIncrement: true }).createIndex('byCourse', ['learnerKey', 'courseId']);
    raw.createObjectStore('reflections', { keyPath: ['learnerKey', 'courseId', 'blockId'] });
  });
  const tx = db.transaction(['progress', 'journal', 'reflections'], 'readwrite');
  const p = progress(COURSE, 4, { location: 20, viewed: [10, 20], blocks: { 40: answered(3) } });
  tx.objectStore('journal').add({ learnerKey, courseId: COURSE, schemaVersion: 1, at: 1700000000000, revision: 4, progress: p });
  tx.objectStore('progress').put({
    learnerKey,
    courseId: COURSE,
    schemaVersion: 1,
    revision: 4,
    savedAt: 1700000000000,
    journalSeq: 1,
    progress: p,
  });
  tx.objectStore('reflections').put({
    learnerKey,
    courseId: COURSE,
    blockId: 'r1',
    schemaVersion: 1,
    text: 'Written in v1',
    updatedAt: 1700000000000,
  });
  await txDone(tx);
  db.close();
}

describe('store: schema upgrades', () => {
  it('creates every store on a new device (version 0 -> 2)', async () => {
    const dbName = uniqueDbName('fresh');
    const store = await openStore({ merge: testMerge, dbName });
    await store.close();
    const db = await openRaw(dbName, 2);
    expect(db.version).to.equal(2);
    expect([...db.objectStoreNames]).to.deep.equal(['evaluations', 'journal', 'progress', 'reflections', 'settings']);
    db.close();
    await deleteDb(dbName);
  });

  it('upgrades a version 1 database with real data, keeping progress and reflections', async () => {
    const dbName = uniqueDbName('v1');
    const lmsLearnerId = 'learner-1';
    // The key the store will derive for this learner, so the v1 records belong to them.
    const probe = await openStore({ merge: testMerge, lmsLearnerId, indexedDB: null });
    await makeV1(dbName, probe.learnerKey);

    const store = await openStore({ merge: testMerge, dbName, lmsLearnerId });
    expect(store.mode).to.equal('indexeddb');
    const loaded = await store.load(COURSE);
    expect(loaded).to.deep.equal({
      ok: true,
      progress: progress(COURSE, 4, { location: 20, viewed: [10, 20], blocks: { 40: answered(3) } }),
      warnings: [],
    });
    const reflections = await store.getReflections(COURSE);
    expect(reflections.ok && reflections.reflections).to.deep.equal([
      { blockId: 'r1', text: 'Written in v1', updatedAt: new Date(1700000000000).toISOString() },
    ]);

    // Every record now has the v2 shape.
    const snapshots = (await getAllRaw(dbName, 'progress')) as { schemaVersion: number; savedAt: unknown }[];
    expect(snapshots[0]).to.include({ schemaVersion: 2, savedAt: new Date(1700000000000).toISOString() });
    const journal = (await getAllRaw(dbName, 'journal')) as { schemaVersion: number; changes: unknown }[];
    expect(journal[0]).to.deep.include({ schemaVersion: 2, changes: [] });

    // The stores v2 added work, and new progress merges onto the upgraded record.
    await store.saveEvaluation(COURSE, 'l1', 'post', { a: 4 });
    await store.setSetting('locale', 'cy');
    const saved = await store.save(COURSE, progress(COURSE, 5, { location: 30, viewed: [30] }));
    expect(saved.ok && saved.progress.viewed).to.deep.equal([10, 20, 30]);
    expect(saved.ok && saved.progress.blocks[40]).to.deep.equal(answered(3));
    await store.close();
    await deleteDb(dbName);
  });

  it('leaves a database from a newer version untouched and runs in memory, saying why', async () => {
    const dbName = uniqueDbName('newer-db');
    const db = await openRaw(dbName, 3, (raw) => raw.createObjectStore('future'));
    const tx = db.transaction('future', 'readwrite');
    tx.objectStore('future').put({ kept: true }, 'k');
    await txDone(tx);
    db.close();

    const store = await openStore({ merge: testMerge, dbName });
    expect(store.status).to.include({ mode: 'memory', warning: 'STORE_NEWER_SCHEMA' });
    const saved = await store.save(COURSE, progress(COURSE, 1, { viewed: [1] }));
    expect(saved.ok && saved.mode).to.equal('memory');
    const loaded = await store.load(COURSE);
    expect(loaded.ok && loaded.progress?.viewed).to.deep.equal([1]);

    const after = await openRaw(dbName, 3);
    expect(after.version).to.equal(3);
    expect([...after.objectStoreNames]).to.deep.equal(['future']);
    expect(await request(after.transaction('future').objectStore('future').get('k'))).to.deep.equal({ kept: true });
    after.close();
    await deleteDb(dbName);
  });

  it('an open tab lets go when a newer version upgrades, and goes on in memory without writing the old shape', async () => {
    const dbName = uniqueDbName('blocking');
    const store = await openStore({ merge: testMerge, dbName });
    await store.save(COURSE, progress(COURSE, 1, { viewed: [1] }));
    const seen: StoreStatus[] = [];
    store.onStatus((s) => seen.push(s));

    // A newer Haven in another tab upgrades to version 3: it must not be blocked by the old tab.
    const newer = await openRaw(dbName, 3, (raw) => raw.createObjectStore('future'));
    expect(newer.version).to.equal(3);
    expect(store.mode).to.equal('memory');
    expect(seen.at(-1)).to.include({ mode: 'memory', warning: 'STORE_NEWER_SCHEMA' });

    // The old tab keeps the learner's progress in memory, and never writes into the newer database.
    const saved = await store.save(COURSE, progress(COURSE, 2, { viewed: [1, 2] }));
    expect(saved.ok && saved.mode).to.equal('memory');
    const loaded = await store.load(COURSE);
    expect(loaded.ok && loaded.progress?.viewed).to.deep.equal([1, 2]);
    const tx = newer.transaction('progress');
    const stored = (await request(tx.objectStore('progress').getAll())) as { revision: number }[];
    expect(stored.map((s) => s.revision)).to.deep.equal([1]);
    newer.close();
    await store.close();
    await deleteDb(dbName);
  });
});
