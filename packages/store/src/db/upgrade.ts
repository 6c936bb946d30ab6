import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { HavenDB } from './schema.js';

type UpgradeTx = IDBPTransaction<HavenDB, StoreNames<HavenDB>[], 'versionchange'>;

const iso = (v: unknown): string =>
  typeof v === 'number' ? new Date(v).toISOString() : typeof v === 'string' ? v : new Date(0).toISOString();

/**
 * The upgrade ladder. Cases fall through on purpose: a database at version N runs every step after N,
 * in order, inside the one versionchange transaction. Only IndexedDB work happens here.
 * Records a step cannot read are left as they are; `load` skips them as corrupt.
 */
export function upgrade(db: IDBPDatabase<HavenDB>, oldVersion: number, tx: UpgradeTx): void {
  switch (oldVersion) {
    // @ts-expect-error TS7029: the ladder falls through on purpose (the repo enables noFallthroughCasesInSwitch).
    case 0: {
      // Version 1 stores, exactly as version 1 made them; later steps change them.
      db.createObjectStore('progress', { keyPath: ['learnerKey', 'courseId'] });
      const journal = db.createObjectStore('journal', { keyPath: 'seq', autoIncrement: true });
      journal.createIndex('byCourse', ['learnerKey', 'courseId']);
      db.createObjectStore('reflections', { keyPath: ['learnerKey', 'courseId', 'blockId'] });
    }
    // falls through
    case 1: {
      db.createObjectStore('evaluations', { keyPath: ['learnerKey', 'courseId', 'blockId'] });
      db.createObjectStore('settings', { keyPath: 'name' });
      // A failing request aborts the versionchange transaction, so the open fails and the store falls back to memory.
      migrateV1Records(tx).catch(() => {});
    }
  }
}

/** v1 -> v2: epoch-millisecond times become ISO strings; journal entries gain `changes`. */
async function migrateV1Records(tx: UpgradeTx): Promise<void> {
  const steps: [StoreNames<HavenDB>, (r: Record<string, unknown>) => Record<string, unknown>][] = [
    ['progress', (r) => ({ ...r, savedAt: iso(r.savedAt), journalSeq: typeof r.journalSeq === 'number' ? r.journalSeq : 0 })],
    ['journal', (r) => ({ ...r, at: iso(r.at), changes: Array.isArray(r.changes) ? r.changes : [] })],
    ['reflections', (r) => ({ ...r, updatedAt: iso(r.updatedAt) })],
  ];
  for (const [name, convert] of steps) {
    let cursor = await tx.objectStore(name).openCursor();
    while (cursor) {
      const value: unknown = cursor.value;
      // Only records v1 wrote are converted; anything else is left for `load` to judge.
      if (typeof value === 'object' && value !== null && (value as { schemaVersion?: unknown }).schemaVersion === 1) {
        const next = { ...convert(value as Record<string, unknown>), schemaVersion: 2 };
        await cursor.update(next as never);
      }
      cursor = await cursor.continue();
    }
  }
}
