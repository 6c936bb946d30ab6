import { expect } from '@open-wc/testing';
import type { Progress } from '@haven/engine';
import { openStore } from './open-store.js';
import type { Store } from './store.js';
import { forgetDatabase, noDatabaseNoted } from './device-note.js';
import { progress, testMerge, uniqueDbName } from './test-support/progress.js';
import { deleteDb } from './test-support/idb.js';

const COURSE = 'practitioner';

/** The real factory, saying whether IndexedDB has answered an open yet (created or opened). */
function watchedFactory(): { factory: IDBFactory; answered: () => boolean } {
  let answered = false;
  const factory = {
    open(name: string, version?: number) {
      const request = indexedDB.open(name, version);
      for (const type of ['upgradeneeded', 'success', 'error']) request.addEventListener(type, () => (answered = true));
      return request;
    },
    deleteDatabase: (name: string) => indexedDB.deleteDatabase(name),
    databases: () => indexedDB.databases(),
    cmp: (a: unknown, b: unknown) => indexedDB.cmp(a, b),
  } as IDBFactory;
  return { factory, answered: () => answered };
}

function nextRemote(store: Store): Promise<Progress> {
  return new Promise((resolve) => {
    const off = store.onRemoteChange((_courseId, p) => {
      off();
      resolve(p);
    });
  });
}

async function seeded(dbName: string, lmsLearnerId?: string): Promise<string> {
  const store = await openStore({ merge: testMerge, dbName, ...(lmsLearnerId ? { lmsLearnerId } : {}) });
  await store.save(COURSE, progress(COURSE, 3, { viewed: [1, 2, 3], location: 3 }));
  await store.saveReflection(COURSE, 'r1', 'What I wrote last week');
  await store.setSetting('lowStimulus', true);
  await store.close();
  return store.learnerKey;
}

describe('store: quick start on a device with no database noted', () => {
  let dbName: string;
  beforeEach(() => {
    dbName = uniqueDbName('quick');
  });
  afterEach(async () => {
    forgetDatabase(dbName);
    await deleteDb(dbName);
  });

  it('is ready before IndexedDB answers, and keeps what is written under the key it was given', async () => {
    expect(noDatabaseNoted(dbName)).to.equal(true);
    const watched = watchedFactory();
    const store = await openStore({ merge: testMerge, dbName, quickStart: true, indexedDB: watched.factory });
    expect(watched.answered(), 'IndexedDB has not answered yet').to.equal(false);
    expect(await store.load(COURSE)).to.deep.include({ ok: true, progress: null });
    expect(await store.save(COURSE, progress(COURSE, 1, { viewed: [1] }))).to.deep.include({ ok: true, mode: 'indexeddb' });
    expect(noDatabaseNoted(dbName), 'the database is noted once it is open').to.equal(false);
    expect(await store.foundAfterAll, 'a new device, as presumed').to.equal(false);
    await store.close();

    const again = await openStore({ merge: testMerge, dbName, quickStart: true });
    expect(again.learnerKey, 'the device key the database was created with').to.equal(store.learnerKey);
    const loaded = await again.load(COURSE);
    expect(loaded.ok && loaded.progress?.viewed, 'a noted database is read, not presumed empty').to.deep.equal([1]);
    await again.close();
  });

  for (const lmsLearnerId of [undefined, 'learner-42']) {
    it(`a database there after all (its note was cleared${lmsLearnerId ? ', LMS learner' : ''}): its progress reaches the player, and nothing is lost`, async () => {
      const originalKey = await seeded(dbName, lmsLearnerId);
      forgetDatabase(dbName);
      const store = await openStore({ merge: testMerge, dbName, quickStart: true, ...(lmsLearnerId ? { lmsLearnerId } : {}) });
      const remote = nextRemote(store);
      expect(await store.load(COURSE), 'presumed new: nothing, at once').to.deep.include({ ok: true, progress: null });
      expect(await store.getSetting('lowStimulus'), 'nor any setting').to.deep.include({ ok: true, value: undefined });
      // The player saves its arrival before it hears what the database holds.
      const saving = store.save(COURSE, progress(COURSE, 1, { viewed: [1], location: 1 }));
      expect((await remote).viewed, 'what the database held').to.include.members([1, 2, 3]);
      expect(await saving).to.deep.include({ ok: true, mode: 'indexeddb' });
      expect(store.learnerKey, 'the learner key the database already had').to.equal(originalKey);
      expect(await store.foundAfterAll, 'found after all').to.equal(true);
      expect(await store.getSetting('lowStimulus'), 'once the database has answered').to.deep.include({ ok: true, value: true });
      const reflections = await store.getReflections(COURSE);
      expect(reflections.ok && reflections.reflections.map((r) => r.text), 'reflections wait for the database').to.deep.equal([
        'What I wrote last week',
      ]);
      await store.close();

      const later = await openStore({ merge: testMerge, dbName, ...(lmsLearnerId ? { lmsLearnerId } : {}) });
      expect(later.learnerKey).to.equal(originalKey);
      const loaded = await later.load(COURSE);
      expect(loaded.ok && loaded.progress?.viewed, 'the old and the new, under one learner').to.deep.equal([1, 2, 3]);
      expect(loaded.ok && loaded.progress?.location, 'the newer place').to.equal(3);
      await later.close();
    });
  }

  it('without quickStart, or with a database noted, load answers with what is stored', async () => {
    await seeded(dbName);
    const noted = await openStore({ merge: testMerge, dbName, quickStart: true });
    const first = await noted.load(COURSE);
    expect(first.ok && first.progress?.viewed).to.deep.equal([1, 2, 3]);
    await noted.close();
    forgetDatabase(dbName);
    const exact = await openStore({ merge: testMerge, dbName });
    const second = await exact.load(COURSE);
    expect(second.ok && second.progress?.viewed).to.deep.equal([1, 2, 3]);
    await exact.close();
  });

  it('clearing the device removes the note, so the next start is quick again', async () => {
    await seeded(dbName);
    const store = await openStore({ merge: testMerge, dbName });
    expect(noDatabaseNoted(dbName)).to.equal(false);
    expect(await store.clearDevice()).to.deep.equal({ ok: true });
    expect(noDatabaseNoted(dbName)).to.equal(true);
  });

  it('with localStorage unreadable, presumes nothing and waits for IndexedDB', async () => {
    await seeded(dbName);
    forgetDatabase(dbName);
    const own = Object.getOwnPropertyDescriptor(window, 'localStorage');
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    });
    try {
      expect(noDatabaseNoted(dbName)).to.equal(false);
      const store = await openStore({ merge: testMerge, dbName, quickStart: true });
      const loaded = await store.load(COURSE);
      expect(loaded.ok && loaded.progress?.viewed).to.deep.equal([1, 2, 3]);
      await store.close();
    } finally {
      if (own) Object.defineProperty(window, 'localStorage', own);
      else delete (window as { localStorage?: Storage }).localStorage;
    }
  });
});
