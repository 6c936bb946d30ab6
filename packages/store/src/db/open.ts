import { wrap, type IDBPDatabase, type IDBPObjectStore, type IDBPTransaction, type StoreNames } from 'idb';
import { SCHEMA_VERSION } from '../records.js';
import type { HavenDB } from './schema.js';
import { upgrade } from './upgrade.js';

export interface OpenHooks {
  /** Another tab holds an older version open; we wait for it (bounded by the caller's timeout). */
  blocked(): void;
  /** A newer version (or a delete) wants the database: close now so we never write an old shape. */
  blocking(newVersion: number | null): void;
  /** The browser closed the connection abnormally (storage cleared, disk error). */
  terminated(): void;
  /**
   * The database did not exist: it is being created, so it holds nothing (the open has not finished).
   * `settings` is the new settings store, in the creation's own transaction.
   */
  creating?(settings: IDBPObjectStore<HavenDB, StoreNames<HavenDB>[], 'settings', 'versionchange'>): void;
}

/**
 * idb's `openDB`, but on a given factory (idb's own always uses the global `indexedDB`), so tests and
 * embedders can pass a wrapped or failing one. Same hooks, same upgrade contract.
 */
export function openHavenDB(factory: IDBFactory, name: string, hooks: OpenHooks): Promise<IDBPDatabase<HavenDB>> {
  const request = factory.open(name, SCHEMA_VERSION);
  const opened = wrap(request) as Promise<IDBPDatabase<HavenDB>>;
  request.addEventListener('upgradeneeded', (event) => {
    const tx = request.transaction;
    if (!tx) return;
    const upgrading = wrap(tx) as unknown as IDBPTransaction<HavenDB, StoreNames<HavenDB>[], 'versionchange'>;
    // An aborted upgrade fails the open, which reports it; its `done` must not count as unhandled.
    upgrading.done.catch(() => {});
    upgrade(wrap(request.result) as IDBPDatabase<HavenDB>, event.oldVersion, upgrading);
    if (event.oldVersion === 0) hooks.creating?.(upgrading.objectStore('settings'));
  });
  request.addEventListener('blocked', () => hooks.blocked());
  opened
    .then((db) => {
      db.addEventListener('close', () => hooks.terminated());
      db.addEventListener('versionchange', (event) => hooks.blocking(event.newVersion));
    })
    .catch(() => {});
  return opened;
}
