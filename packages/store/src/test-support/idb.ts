/** Raw IndexedDB helpers for tests: building old databases by hand, writing garbage, wrapping the factory. */

export function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

export function txDone(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new DOMException('aborted', 'AbortError'));
  });
}

export function openRaw(
  name: string,
  version: number,
  upgrade?: (db: IDBDatabase, tx: IDBTransaction, oldVersion: number) => void,
): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name, version);
    req.onupgradeneeded = (e) => upgrade?.(req.result, req.transaction!, e.oldVersion);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
    req.onblocked = () => {};
  });
}

export async function putRaw(name: string, storeName: string, value: unknown): Promise<void> {
  const db = await openRaw(name, 2);
  const tx = db.transaction(storeName, 'readwrite');
  tx.objectStore(storeName).put(value);
  await txDone(tx);
  db.close();
}

export async function getAllRaw(name: string, storeName: string): Promise<unknown[]> {
  const db = await openRaw(name, 2);
  const tx = db.transaction(storeName, 'readonly');
  const all = await request(tx.objectStore(storeName).getAll());
  db.close();
  return all;
}

export function deleteDb(name: string): Promise<void> {
  return new Promise((resolve) => {
    const req = indexedDB.deleteDatabase(name);
    req.onsuccess = () => resolve();
    req.onerror = () => resolve();
    req.onblocked = () => {};
  });
}

/**
 * The real factory, with a hook on every connection it opens: tests use it to patch one connection's
 * behaviour (a full disk, a connection that drops) while everything else stays real.
 */
export function wrapFactory(onOpen: (db: IDBDatabase) => void, real: IDBFactory = indexedDB): IDBFactory {
  return {
    open(name: string, version?: number) {
      const req = real.open(name, version);
      req.addEventListener('success', () => onOpen(req.result));
      return req;
    },
    deleteDatabase: (name: string) => real.deleteDatabase(name),
    databases: () => real.databases(),
    cmp: (a: unknown, b: unknown) => real.cmp(a, b),
  };
}

/** A factory whose open always fails, as in some locked-down browsers. */
export function failingFactory(): IDBFactory {
  return {
    open() {
      throw new DOMException('The user denied permission to access the database.', 'UnknownError');
    },
    deleteDatabase: (name: string) => indexedDB.deleteDatabase(name),
    databases: () => indexedDB.databases(),
    cmp: (a: unknown, b: unknown) => indexedDB.cmp(a, b),
  };
}

/**
 * Makes `put`/`add` on the named object store of this connection throw QuotaExceededError while
 * `full()` says the disk is full.
 */
export function patchQuota(db: IDBDatabase, storeName: string, full: () => boolean): void {
  const transaction = db.transaction.bind(db);
  db.transaction = ((names: string | string[], mode?: IDBTransactionMode, options?: IDBTransactionOptions) => {
    const tx = transaction(names, mode, options);
    const objectStore = tx.objectStore.bind(tx);
    tx.objectStore = (name: string) => {
      const store = objectStore(name);
      if (name === storeName) {
        for (const method of ['put', 'add'] as const) {
          const original = store[method].bind(store);
          store[method] = ((value: unknown, key?: IDBValidKey) => {
            if (full()) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
            return original(value, key);
          }) as never;
        }
      }
      return store;
    };
    return tx;
  }) as typeof db.transaction;
}
