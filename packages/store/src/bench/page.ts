/**
 * The benchmark's page (bundled by bench/store.bench.ts and run in headless Chromium): a scripted walk
 * through a generated course against the real store on real IndexedDB, counting transactions.
 */
import { openStore } from '../open-store.js';
import { emptyProgress, merge } from '@haven/engine';
import { generateCourse, scriptedWalk } from './walk.js';

export interface WalkFigures {
  actions: number;
  saves: number;
  transactions: number;
  readwriteTransactions: number;
  latenciesMs: number[];
  finalRevision: number;
  expectedRevision: number;
}

async function run(): Promise<WalkFigures> {
  let transactions = 0;
  let readwrite = 0;
  const transaction = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args: Parameters<IDBDatabase['transaction']>) {
    transactions++;
    if (args[1] === 'readwrite') readwrite++;
    return transaction.apply(this, args);
  } as IDBDatabase['transaction'];

  const courseId = 'bench-course';
  const dbName = `haven-bench-${Date.now()}`;
  const course = generateCourse(courseId, { modules: 6, pagesPerModule: 8, blocksPerPage: 3 });
  const store = await openStore({ merge: (a, b) => merge(course, a, b), dbName });
  if (store.mode !== 'indexeddb') throw new Error(`store opened in ${store.mode} mode: ${store.status.message}`);
  const walk = scriptedWalk(course, emptyProgress(course));
  // Warm up the connection and the code paths, outside the count.
  await store.load(courseId);

  transactions = 0;
  readwrite = 0;
  const latenciesMs: number[] = [];
  let saves = 0;
  for (const action of walk) {
    const start = performance.now();
    // One learner action: every change of it is saved in the same tick.
    const results = await Promise.all(action.saves.map(([progress, event]) => store.save(courseId, progress, event)));
    latenciesMs.push(performance.now() - start);
    saves += action.saves.length;
    const failed = results.find((r) => !r.ok);
    if (failed && !failed.ok) throw new Error(`${failed.code}: ${failed.message}`);
  }
  const counted = { transactions, readwrite };
  const loaded = await store.load(courseId);
  await store.close();
  await new Promise((resolve) => {
    const req = indexedDB.deleteDatabase(dbName);
    req.onsuccess = req.onerror = resolve;
  });
  const last = walk.at(-1)!.saves.at(-1)![0];
  return {
    actions: walk.length,
    saves,
    transactions: counted.transactions,
    readwriteTransactions: counted.readwrite,
    latenciesMs,
    finalRevision: loaded.ok && loaded.progress ? loaded.progress.revision : -1,
    expectedRevision: last.revision,
  };
}

const w = window as unknown as { benchResult?: WalkFigures; benchError?: string };
run().then(
  (figures) => (w.benchResult = figures),
  (error: unknown) => (w.benchError = String(error)),
);
