import { expect, waitUntil } from '@open-wc/testing';
import type { Progress } from '@haven/engine';
import { openStore } from '@haven/store';
import { progress, testMerge as merge, uniqueDbName } from '@haven/store/testing';
import { hearRemoteChanges } from './remote-changes.js';

const COURSE = 'quick-course';

describe('remote changes heard before the player is assembled', () => {
  it('a database a quick start found after all: its progress, heard before anyone listened, is handed over', async () => {
    const dbName = uniqueDbName('remote');
    const first = await openStore({ merge, dbName });
    await first.save(COURSE, progress(COURSE, 4, { viewed: [1, 2, 3], location: 3 }));
    await first.close();
    localStorage.removeItem(`haven-store:${dbName}`);

    const storeReady = openStore({ merge, dbName, quickStart: true });
    const remote = hearRemoteChanges(storeReady);
    const store = await storeReady;
    const told: number[] = [];
    const watch = store.onRemoteChange(() => told.push(1));
    expect(await store.load(COURSE)).to.deep.include({ ok: true, progress: null });
    await waitUntil(() => told.length > 0, 'the store found the database');
    watch();

    const forwarded: Progress[] = [];
    const stop = remote.forward((courseId, progress) => courseId === COURSE && forwarded.push(progress));
    expect(forwarded.map((p) => p.viewed)).to.deep.equal([[1, 2, 3]]);
    stop();
    await store.close();
    indexedDB.deleteDatabase(dbName);
  });
});
