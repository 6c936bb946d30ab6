import { expect } from '@open-wc/testing';
import { openStore } from './open-store.js';
import type { Store, StoreStatus } from './store.js';
import { exportBlob, exportFileName } from './export.js';
import { answered, progress, testMerge, uniqueDbName } from './test-support/progress.js';
import { deleteDb, getAllRaw, wrapFactory } from './test-support/idb.js';

const COURSE = 'practitioner';

describe('store: round trips in IndexedDB', () => {
  let dbName: string;
  let store: Store;

  beforeEach(async () => {
    dbName = uniqueDbName('store');
    store = await openStore({ merge: testMerge, dbName });
  });
  afterEach(async () => {
    await store.close();
    await deleteDb(dbName);
  });

  it('opens on IndexedDB and reports it', () => {
    const seen: StoreStatus[] = [];
    store.onStatus((s) => seen.push(s));
    expect(store.mode).to.equal('indexeddb');
    expect(seen).to.deep.equal([{ mode: 'indexeddb' }]);
  });

  it('loads nothing for a new course, then what was saved, in a new connection too', async () => {
    const empty = await store.load(COURSE);
    expect(empty).to.deep.equal({ ok: true, progress: null, warnings: [] });
    const p = progress(COURSE, 3, { location: 12, viewed: [10, 12], blocks: { 40: answered(2) }, timeSpentMs: 5000 });
    const saved = await store.save(COURSE, p, { type: 'answer.submit', blockId: 'q1', itemId: 'q1', selected: ['b'] });
    expect(saved.ok && saved.mode).to.equal('indexeddb');
    await store.close();
    store = await openStore({ merge: testMerge, dbName });
    const loaded = await store.load(COURSE);
    expect(loaded.ok && loaded.progress).to.deep.equal(p);
  });

  it('writes the snapshot and one journal entry per action; free text never reaches the journal', async () => {
    await store.save(COURSE, progress(COURSE, 1, { viewed: [1] }), { type: 'nav.next' });
    await store.save(COURSE, progress(COURSE, 2, { viewed: [1], blocks: { 7: { kind: 'reflection', done: true } } }), {
      type: 'reflection.save',
      blockId: 'r1',
      text: 'something private',
    });
    const journal = (await getAllRaw(dbName, 'journal')) as { changes: string[]; revision: number; progress: { blocks: object } }[];
    expect(journal.map((j) => [j.revision, j.changes])).to.deep.equal([
      [1, ['nav.next']],
      [2, ['reflection.save']],
    ]);
    // The second entry holds only the block that changed.
    expect(Object.keys(journal[1]!.progress.blocks)).to.deep.equal(['7']);
    expect(JSON.stringify(journal)).not.to.contain('something private');
    const snapshots = (await getAllRaw(dbName, 'progress')) as { revision: number; schemaVersion: number; savedAt: string }[];
    expect(snapshots).to.have.length(1);
    expect(snapshots[0]).to.include({ revision: 2, schemaVersion: 2 });
    expect(Number.isNaN(Date.parse(snapshots[0]!.savedAt))).to.equal(false);
  });

  it('never goes backwards: an older revision saved later is merged, not written over', async () => {
    await store.save(COURSE, progress(COURSE, 5, { location: 30, viewed: [10, 20, 30], blocks: { 40: answered(1) } }));
    const stale = await store.save(COURSE, progress(COURSE, 2, { location: 20, viewed: [10, 20, 25] }));
    expect(stale.ok).to.equal(true);
    const loaded = await store.load(COURSE);
    if (!loaded.ok || !loaded.progress) throw new Error('expected progress');
    expect(loaded.progress.location).to.equal(30);
    expect(loaded.progress.viewed).to.deep.equal([10, 20, 25, 30]);
    expect(loaded.progress.blocks[40]).to.deep.equal(answered(1));
  });

  it('keeps progress of different courses apart', async () => {
    await Promise.all([store.save('a', progress('a', 1, { viewed: [1] })), store.save('b', progress('b', 1, { viewed: [2] }))]);
    const [a, b] = await Promise.all([store.load('a'), store.load('b')]);
    expect(a.ok && a.progress?.viewed).to.deep.equal([1]);
    expect(b.ok && b.progress?.viewed).to.deep.equal([2]);
  });

  it('keeps reflections and evaluations per block, replacing earlier versions', async () => {
    expect(await store.saveReflection(COURSE, 'r1', 'First thoughts')).to.deep.equal({ ok: true });
    await store.saveReflection(COURSE, 'r1', 'Second thoughts');
    await store.saveReflection(COURSE, 'r2', 'Another');
    await store.saveReflection('other-course', 'r1', 'Elsewhere');
    const reflections = await store.getReflections(COURSE);
    expect(reflections.ok && reflections.reflections.map((r) => [r.blockId, r.text])).to.deep.equal([
      ['r1', 'Second thoughts'],
      ['r2', 'Another'],
    ]);
    await store.saveEvaluation(COURSE, 'confidence-pre', 'pre', { recognise: 2, respond: 1 });
    await store.saveEvaluation(COURSE, 'confidence-post', 'post', { recognise: 4, respond: 5 });
    const evaluations = await store.getEvaluations(COURSE);
    expect(evaluations.ok && evaluations.evaluations.map((e) => [e.blockId, e.phase, e.values])).to.deep.equal([
      ['confidence-post', 'post', { recognise: 4, respond: 5 }],
      ['confidence-pre', 'pre', { recognise: 2, respond: 1 }],
    ]);
  });

  it('a reflection saved blank is removed, so an export never lists one with no words', async () => {
    await store.saveReflection(COURSE, 'r1', 'A draft I changed my mind about');
    await store.saveReflection(COURSE, 'r2', 'Kept');
    expect(await store.saveReflection(COURSE, 'r1', '  \n ')).to.deep.equal({ ok: true });
    const reflections = await store.getReflections(COURSE);
    expect(reflections.ok && reflections.reflections.map((r) => r.blockId)).to.deep.equal(['r2']);
    const exported = await store.export(COURSE);
    expect(exported.ok && exported.data.reflections.map((r) => r.text)).to.deep.equal(['Kept']);
    expect(await store.saveReflection(COURSE, 'never-written', '')).to.deep.equal({ ok: true });
  });

  it('keeps device settings across connections', async () => {
    expect(await store.getSetting('lowStimulus')).to.deep.equal({ ok: true, value: undefined });
    await store.setSetting('lowStimulus', true);
    await store.setSetting('theme', 'high-contrast');
    await store.close();
    store = await openStore({ merge: testMerge, dbName });
    expect(await store.getSetting('lowStimulus')).to.deep.equal({ ok: true, value: true });
    expect(await store.getSetting('theme')).to.deep.equal({ ok: true, value: 'high-contrast' });
  });

  it('clears one course, leaving other courses and settings', async () => {
    await store.save(COURSE, progress(COURSE, 1, { viewed: [1] }));
    await store.saveReflection(COURSE, 'r1', 'private');
    await store.saveEvaluation(COURSE, 'l1', 'pre', { a: 1 });
    await store.save('other', progress('other', 1, { viewed: [9] }));
    await store.saveReflection('other', 'r1', 'kept');
    await store.setSetting('lowStimulus', true);
    expect(await store.clearCourse(COURSE)).to.deep.equal({ ok: true });
    expect(await store.load(COURSE)).to.deep.equal({ ok: true, progress: null, warnings: [] });
    const gone = await store.getReflections(COURSE);
    expect(gone.ok && gone.reflections).to.deep.equal([]);
    const noEvaluations = await store.getEvaluations(COURSE);
    expect(noEvaluations.ok && noEvaluations.evaluations).to.deep.equal([]);
    const journal = (await getAllRaw(dbName, 'journal')) as { courseId: string }[];
    expect(journal.map((j) => j.courseId)).to.deep.equal(['other']);
    const other = await store.load('other');
    expect(other.ok && other.progress?.viewed).to.deep.equal([9]);
    expect(await store.getSetting('lowStimulus')).to.deep.equal({ ok: true, value: true });
  });

  it('clears the device: the database is deleted and the store carries on in memory, saying so', async () => {
    await store.save(COURSE, progress(COURSE, 1, { viewed: [1] }));
    const seen: StoreStatus[] = [];
    store.onStatus((s) => seen.push(s));
    expect(await store.clearDevice()).to.deep.equal({ ok: true });
    expect(store.mode).to.equal('memory');
    expect(seen.at(-1)).to.include({ mode: 'memory', warning: 'STORE_CLEARED' });
    const names = (await indexedDB.databases()).map((d) => d.name);
    expect(names).not.to.include(dbName);
    const again = await openStore({ merge: testMerge, dbName });
    expect(await again.load(COURSE)).to.deep.equal({ ok: true, progress: null, warnings: [] });
    await again.close();
  });
});

describe('store: one transaction per learner action', () => {
  it('coalesces saves made in the same tick into one readwrite transaction', async () => {
    const dbName = uniqueDbName('coalesce');
    let readwrite = 0;
    const factory = wrapFactory((db) => {
      const transaction = db.transaction.bind(db);
      db.transaction = ((names: string | string[], mode?: IDBTransactionMode) => {
        if (mode === 'readwrite') readwrite++;
        return transaction(names, mode);
      }) as typeof db.transaction;
    });
    const store = await openStore({ merge: testMerge, dbName, indexedDB: factory });
    readwrite = 0;
    const results = await Promise.all([
      store.save(COURSE, progress(COURSE, 1, { viewed: [1] }), { type: 'block.viewed', blockId: 'x' }),
      store.save(COURSE, progress(COURSE, 2, { viewed: [1], blocks: { 4: answered(1) } }), {
        type: 'answer.submit',
        blockId: 'q',
        itemId: 'q',
        selected: ['a'],
      }),
      store.save(COURSE, progress(COURSE, 3, { viewed: [1, 2], location: 2, blocks: { 4: answered(1) } }), { type: 'nav.next' }),
    ]);
    expect(readwrite).to.equal(1);
    // Every caller learns the same committed state.
    expect(results.map((r) => r.ok && r.revision)).to.deep.equal([3, 3, 3]);
    const journal = (await getAllRaw(dbName, 'journal')) as { changes: string[] }[];
    expect(journal.map((j) => j.changes)).to.deep.equal([['block.viewed', 'answer.submit', 'nav.next']]);
    await store.close();
    await deleteDb(dbName);
  });
});

describe('store: learner keys', () => {
  it('hashes the LMS learner id and never stores it raw', async () => {
    const dbName = uniqueDbName('lms-key');
    const lmsLearnerId = 'alex.example@school.example';
    const store = await openStore({ merge: testMerge, dbName, lmsLearnerId });
    expect(store.learnerKey).to.match(/^lms:[0-9a-f]{64}$/);
    const same = await openStore({ merge: testMerge, dbName: uniqueDbName('lms-key-2'), lmsLearnerId, indexedDB: null });
    expect(same.learnerKey).to.equal(store.learnerKey);
    await store.save(COURSE, progress(COURSE, 1));
    await store.saveReflection(COURSE, 'r1', 'text');
    const everything = JSON.stringify([
      await getAllRaw(dbName, 'progress'),
      await getAllRaw(dbName, 'journal'),
      await getAllRaw(dbName, 'reflections'),
      await getAllRaw(dbName, 'settings'),
    ]);
    expect(everything).not.to.contain('alex');
    expect(everything).to.contain(store.learnerKey);
    await store.close();
    await deleteDb(dbName);
  });

  it('without an LMS, makes one anonymous key per device and keeps it', async () => {
    const dbName = uniqueDbName('device-key');
    const [a, b] = await Promise.all([openStore({ merge: testMerge, dbName }), openStore({ merge: testMerge, dbName })]);
    expect(a.learnerKey).to.match(/^device:/);
    expect(b.learnerKey).to.equal(a.learnerKey);
    await a.close();
    await b.close();
    const c = await openStore({ merge: testMerge, dbName });
    expect(c.learnerKey).to.equal(a.learnerKey);
    await c.close();
    await deleteDb(dbName);
  });
});

describe('store: export', () => {
  it('exports everything for the course as JSON, with no learner name or raw LMS id', async () => {
    const dbName = uniqueDbName('export');
    const store = await openStore({ merge: testMerge, dbName, lmsLearnerId: 'student-0042' });
    const p = progress(COURSE, 2, { viewed: [1, 2], blocks: { 40: answered(2) } });
    await store.save(COURSE, progress(COURSE, 1, { viewed: [1] }), { type: 'nav.next' });
    await store.save(COURSE, p, { type: 'answer.submit', blockId: 'q', itemId: 'q', selected: ['b'] });
    await store.saveReflection(COURSE, 'r1', 'What I noticed today');
    await store.saveEvaluation(COURSE, 'confidence', 'pre', { recognise: 3 });
    await store.setSetting('lowStimulus', true);
    await store.saveReflection('another-course', 'r1', 'Not this course');
    const result = await store.export(COURSE);
    if (!result.ok) throw new Error(result.message);
    const data = result.data;
    expect(data).to.include({ format: 'haven-course-data', formatVersion: 1, courseId: COURSE, storage: 'indexeddb' });
    expect(data.learner).to.deep.equal({ key: store.learnerKey, source: 'lms' });
    expect(data.progress).to.deep.equal(p);
    expect(data.journal.map((j) => j.changes)).to.deep.equal([['nav.next'], ['answer.submit']]);
    expect(data.reflections.map((r) => r.text)).to.deep.equal(['What I noticed today']);
    expect(data.evaluations.map((e) => e.values)).to.deep.equal([{ recognise: 3 }]);
    expect(data.settings).to.deep.equal({ lowStimulus: true });
    const text = await exportBlob(data).text();
    expect(JSON.parse(text)).to.deep.equal(JSON.parse(JSON.stringify(data)));
    expect(text).not.to.contain('student-0042');
    expect(text).not.to.contain('Not this course');
    expect(text).not.to.match(/"(name|learnerName|student_name)"/);
    expect(exportFileName(COURSE)).to.equal('haven-practitioner-data.json');
    expect(exportFileName('../odd name')).to.equal('haven-odd-name-data.json');
    await store.close();
    await deleteDb(dbName);
  });
});
