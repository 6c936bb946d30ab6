import { expect } from '@open-wc/testing';
import type { Progress } from '@haven/engine';
import { emptyProgress, merge } from '@haven/engine';
import { openStore } from './open-store.js';
import { generateCourse, scriptedWalk } from './bench/walk.js';
import type { Store } from './store.js';
import { answered, progress, testMerge, uniqueDbName } from './test-support/progress.js';
import { deleteDb } from './test-support/idb.js';

const COURSE = 'champion-day-1';

function nextRemote(store: Store): Promise<{ courseId: string; progress: Progress }> {
  return new Promise((resolve) => {
    const off = store.onRemoteChange((courseId, p) => {
      off();
      resolve({ courseId, progress: p });
    });
  });
}

describe('store: two tabs (two connections to one database)', () => {
  let dbName: string;
  let tabA: Store;
  let tabB: Store;

  beforeEach(async () => {
    dbName = uniqueDbName('tabs');
    tabA = await openStore({ merge: testMerge, dbName });
    tabB = await openStore({ merge: testMerge, dbName });
  });
  afterEach(async () => {
    await tabA.close();
    await tabB.close();
    await deleteDb(dbName);
  });

  it('concurrent saves from both tabs keep both tabs answers', async () => {
    const base = { viewed: [1] };
    // Each tab only knows its own answers; neither has seen the other's.
    const saves = [];
    for (let i = 0; i < 10; i++) {
      saves.push(tabA.save(COURSE, progress(COURSE, i + 1, { ...base, blocks: { [100 + i]: answered(1) } })));
      saves.push(tabB.save(COURSE, progress(COURSE, i + 1, { ...base, blocks: { [200 + i]: answered(2) } })));
    }
    const results = await Promise.all(saves);
    expect(results.every((r) => r.ok && r.mode === 'indexeddb')).to.equal(true);
    for (const tab of [tabA, tabB]) {
      const loaded = await tab.load(COURSE);
      if (!loaded.ok || !loaded.progress) throw new Error('expected progress');
      const keys = Object.keys(loaded.progress.blocks)
        .map(Number)
        .sort((a, b) => a - b);
      expect(keys).to.deep.equal([...Array(10).keys()].map((i) => 100 + i).concat([...Array(10).keys()].map((i) => 200 + i)));
    }
  });

  it('a save in one tab reaches the other tab as merged progress', async () => {
    await tabB.load(COURSE);
    await tabB.save(COURSE, progress(COURSE, 1, { viewed: [1], blocks: { 5: answered(1) } }));
    const heard = nextRemote(tabB);
    await tabA.save(COURSE, progress(COURSE, 1, { viewed: [2], blocks: { 6: answered(2) } }));
    const { courseId, progress: merged } = await heard;
    expect(courseId).to.equal(COURSE);
    expect(merged.viewed).to.deep.equal([1, 2]);
    expect(Object.keys(merged.blocks)).to.deep.equal(['5', '6']);
  });

  it('the save result tells a tab about answers the other tab saved first', async () => {
    await tabA.save(COURSE, progress(COURSE, 3, { blocks: { 5: answered(1) } }));
    const result = await tabB.save(COURSE, progress(COURSE, 2, { blocks: { 6: answered(2) } }));
    expect(result.ok && Object.keys(result.progress.blocks)).to.deep.equal(['5', '6']);
  });

  it('clearing the device in one tab makes the other let go and carry on in memory', async () => {
    await tabB.save(COURSE, progress(COURSE, 1, { viewed: [1] }));
    expect(await tabA.clearDevice()).to.deep.equal({ ok: true });
    expect(tabB.status).to.include({ mode: 'memory', warning: 'STORE_CLEARED' });
    const loaded = await tabB.load(COURSE);
    expect(loaded.ok && loaded.progress?.viewed).to.deep.equal([1]);
    expect((await indexedDB.databases()).map((d) => d.name)).not.to.include(dbName);
  });
});

describe('store: two tabs with the engine merge', () => {
  it('answers from both tabs, saved at once, all survive', async () => {
    const course = generateCourse('generated', { modules: 2, pagesPerModule: 3, blocksPerPage: 3 });
    const engineMerge = (a: Progress, b: Progress): Progress => merge(course, a, b);
    const dbName = uniqueDbName('tabs-engine');
    const [tabA, tabB] = await Promise.all([openStore({ merge: engineMerge, dbName }), openStore({ merge: engineMerge, dbName })]);
    // Each tab walks half the course from scratch, unaware of the other.
    const walk = scriptedWalk(course, emptyProgress(course));
    const lastOf = (actions: typeof walk): Progress => actions.at(-1)!.saves.at(-1)![0];
    const half = Math.floor(walk.length / 2);
    const firstHalf = walk.slice(0, half);
    const secondHalf = scriptedWalk({ ...course, modules: course.modules.slice(1) }, emptyProgress(course));
    await Promise.all([
      ...firstHalf.flatMap((a) => a.saves.map(([p, e]) => tabA.save(course.id, p, e))),
      ...secondHalf.flatMap((a) => a.saves.map(([p, e]) => tabB.save(course.id, p, e))),
    ]);
    const loaded = await tabA.load(course.id);
    if (!loaded.ok || !loaded.progress) throw new Error('expected progress');
    const expected = Object.keys({ ...lastOf(firstHalf).blocks, ...lastOf(secondHalf).blocks }).sort();
    expect(Object.keys(loaded.progress.blocks).sort()).to.deep.equal(expected);
    expect(loaded.progress.viewed).to.deep.equal(
      [...new Set([...lastOf(firstHalf).viewed, ...lastOf(secondHalf).viewed])].sort((a, b) => a - b),
    );
    await tabA.close();
    await tabB.close();
    await deleteDb(dbName);
  });
});
