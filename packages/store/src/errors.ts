/**
 * Typed results: nothing the store does throws across the package boundary. The player turns a code
 * into a calm message (for example "your progress is kept only in this tab") and a `haven-error` event.
 */
export type StoreErrorCode =
  /** No IndexedDB, or opening it failed (private mode, policy, disk error). */
  | 'STORE_UNAVAILABLE'
  /** Another tab holds an older connection open and did not let go in time. */
  | 'STORE_BLOCKED'
  /** The device refused to store more data. */
  | 'STORE_QUOTA'
  /** The database or a record was written by a newer version of Haven; it is left untouched. */
  | 'STORE_NEWER_SCHEMA'
  /** A record could not be read as what it claims to be; it was skipped. */
  | 'STORE_CORRUPT'
  /** A transaction was aborted before it completed; nothing from it was kept. */
  | 'STORE_ABORTED'
  /** The connection closed under us (the browser or another tab closed it). */
  | 'STORE_CLOSED'
  /** The device's data was cleared (here or in another tab). */
  | 'STORE_CLEARED';

export interface StoreError {
  readonly code: StoreErrorCode;
  readonly message: string;
}

export type StoreFailure = { readonly ok: false } & StoreError;

export function failure(code: StoreErrorCode, message: string): StoreFailure {
  return { ok: false, code, message };
}

/** Maps a DOMException (or anything thrown by IndexedDB) to a store code. */
export function codeOf(error: unknown, fallback: StoreErrorCode): StoreErrorCode {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  switch (name) {
    case 'QuotaExceededError':
      return 'STORE_QUOTA';
    case 'VersionError':
      return 'STORE_NEWER_SCHEMA';
    case 'AbortError':
      return 'STORE_ABORTED';
    case 'InvalidStateError':
      return 'STORE_CLOSED';
    default:
      return fallback;
  }
}

export function messageOf(error: unknown): string {
  if (error instanceof DOMException || error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}
