/**
 * A note in localStorage that this device has a Haven database of a given name. IndexedDB takes tens
 * of milliseconds to say whether a database exists (longest on a new device, where it then creates
 * one); localStorage answers at once. So a store opened with `quickStart` and no note presumes a new
 * device and is ready at once. The note is written as soon as a database is open, before anything is
 * stored in it, and removed when the learner clears the device.
 */
const PREFIX = 'haven-store:';

/** True only when localStorage can be read and has no note: unreadable storage presumes nothing. */
export function noDatabaseNoted(dbName: string): boolean {
  try {
    return globalThis.localStorage?.getItem(PREFIX + dbName) === null;
  } catch {
    return false;
  }
}

export function noteDatabase(dbName: string): void {
  try {
    globalThis.localStorage?.setItem(PREFIX + dbName, '1');
  } catch {
    // Storage full or blocked: the next quick start finds the database the slower way (see open-store.ts).
  }
}

export function forgetDatabase(dbName: string): void {
  try {
    globalThis.localStorage?.removeItem(PREFIX + dbName);
  } catch {
    // Nothing to do: a stale note only means waiting for IndexedDB.
  }
}
