import { expect, waitUntil } from '@open-wc/testing';
import { openStore } from './open-store.js';
import { progress, testMerge, uniqueDbName } from './test-support/progress.js';
import { deleteDb, wrapFactory } from './test-support/idb.js';

const COURSE = 'practitioner';

describe('store: a database that does not exist yet', () => {
  it('is ready before the database is created, holds nothing, and keeps what is written then', async () => {
    const dbName = uniqueDbName('new');
    let created = false;
    const store = await openStore({ merge: testMerge, dbName, indexedDB: wrapFactory(() => (created = true)) });
    expect(created, 'the database is still being created').to.equal(false);
    expect(store.status).to.deep.equal({ mode: 'indexeddb' });
    expect(await store.load(COURSE)).to.deep.include({ ok: true, progress: null });
    expect(await store.getSetting('lowStimulus')).to.deep.include({ ok: true, value: undefined });
    expect(await store.save(COURSE, progress(COURSE, 1, { viewed: [1] }))).to.deep.include({ ok: true, mode: 'indexeddb', revision: 1 });
    expect(created).to.equal(true);
    await store.saveReflection(COURSE, 'r1', 'kept');
    const reflections = await store.getReflections(COURSE);
    expect(reflections.ok && reflections.reflections.map((r) => r.text)).to.deep.equal(['kept']);
    await store.close();

    const again = await openStore({ merge: testMerge, dbName });
    expect(again.learnerKey, 'the device key made with the database').to.equal(store.learnerKey);
    const loaded = await again.load(COURSE);
    expect(loaded.ok && loaded.progress?.viewed).to.deep.equal([1]);
    await again.close();
    await deleteDb(dbName);
  });

  /** A factory whose creation is aborted after the store's own handler has run, as a full disk would. */
  const failingCreation = () => {
    const real = indexedDB;
    const factory = wrapFactory(() => {});
    factory.open = (name: string, version?: number) => {
      const request = real.open(name, version);
      queueMicrotask(() => request.addEventListener('upgradeneeded', () => request.transaction!.abort()));
      return request;
    };
    return factory;
  };

  it('creation failing after the store was ready: it carries on in memory, keeping everything', async () => {
    const dbName = uniqueDbName('new-failing');
    const store = await openStore({ merge: testMerge, dbName, indexedDB: failingCreation() });
    expect(store.status.mode).to.equal('indexeddb');
    const saved = await store.save(COURSE, progress(COURSE, 1, { viewed: [1] }));
    expect(saved).to.deep.include({ ok: true, mode: 'memory', revision: 1 });
    expect(store.status).to.include({ mode: 'memory', warning: 'STORE_ABORTED' });
    const loaded = await store.load(COURSE);
    expect(loaded.ok && loaded.progress?.viewed).to.deep.equal([1]);
    await store.close();
    await deleteDb(dbName);
  });

  it('creation failing before anything is written: the status says so at once, not at the first write', async () => {
    const dbName = uniqueDbName('new-failing-idle');
    const store = await openStore({ merge: testMerge, dbName, indexedDB: failingCreation() });
    const statuses: string[] = [];
    store.onStatus((s) => statuses.push(s.mode));
    await waitUntil(() => statuses.includes('memory'), 'moved to memory without a write');
    expect(store.status).to.include({ mode: 'memory', warning: 'STORE_ABORTED' });
    expect(store.status.message, 'said once, not wrapped twice').to.match(
      /^Progress cannot be kept on this device \([^()]*\): it is kept only in this tab\.$/,
    );
    expect(await store.save(COURSE, progress(COURSE, 1, { viewed: [1] }))).to.deep.include({ ok: true, mode: 'memory' });
    await store.close();
    await deleteDb(dbName);
  });
});
