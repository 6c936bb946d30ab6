import { expect } from '@open-wc/testing';
import { openStore } from './open-store.js';
import { answered, progress, testMerge, uniqueDbName } from './test-support/progress.js';

const COURSE = 'practitioner';

describe('store: saveNow, for a page that is going away', () => {
  it('lands on the device even when the connection closes in the same task, and the next load merges it in', async () => {
    const dbName = uniqueDbName('save-now');
    const store = await openStore({ merge: testMerge, dbName, broadcast: false });
    await store.save(COURSE, progress(COURSE, 1, { viewed: [1] }));
    // The page goes: no await between the call and the end of the connection.
    store.saveNow?.(COURSE, progress(COURSE, 2, { viewed: [1, 2], blocks: { 7: answered(1) } }));
    void store.close();
    const next = await openStore({ merge: testMerge, dbName, broadcast: false });
    const loaded = await next.load(COURSE);
    expect(loaded.ok && loaded.progress?.revision).to.equal(2);
    expect(loaded.ok && loaded.progress?.blocks[7]).to.deep.equal(answered(1));
    // An older progress sent the same way never takes anything back.
    next.saveNow?.(COURSE, progress(COURSE, 1, { viewed: [1] }));
    await next.close();
    const third = await openStore({ merge: testMerge, dbName, broadcast: false });
    const again = await third.load(COURSE);
    expect(again.ok && again.progress?.revision).to.equal(2);
    expect(again.ok && again.progress?.viewed).to.deep.equal([1, 2]);
    await third.close();
  });
});
