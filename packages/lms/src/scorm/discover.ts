/**
 * API discovery after the ADL algorithm: the window's parent chain, then the opener and its parent
 * chain. Tries are bounded (7 parents for 1.2, 500 for 2004, as ADL's samples say); cross-origin
 * windows throw SecurityError on access, so every probe is guarded.
 */
import type { FoundApi, Scorm12Api, Scorm2004Api } from './api.js';

export type DiscoverResult = { readonly ok: true; readonly found: FoundApi } | { readonly ok: false; readonly reason: string };

export interface DiscoverOptions {
  readonly prefer?: 'scorm12' | 'scorm2004';
}

const MAX_PARENTS = { scorm12: 7, scorm2004: 500 } as const;

const cache = new WeakMap<Window, FoundApi>();

function probe(win: Window, version: 'scorm12' | 'scorm2004'): FoundApi | undefined {
  try {
    if (version === 'scorm2004') {
      const api = (win as unknown as { API_1484_11?: Scorm2004Api }).API_1484_11;
      if (api && typeof api.Initialize === 'function') return { version, api, owner: win };
    } else {
      const api = (win as unknown as { API?: Scorm12Api }).API;
      if (api && typeof api.LMSInitialize === 'function') return { version, api, owner: win };
    }
  } catch {
    // Cross-origin window: not ours to read.
  }
  return undefined;
}

function parentOf(win: Window): Window | undefined {
  try {
    const parent = win.parent;
    return parent && parent !== win ? parent : undefined;
  } catch {
    return undefined;
  }
}

function openerOf(win: Window): Window | undefined {
  try {
    const opener = win.opener as Window | null;
    return opener && !opener.closed ? opener : undefined;
  } catch {
    return undefined;
  }
}

/** Walks `start` and up to `maxParents` of its ancestors. */
function searchChain(start: Window, version: 'scorm12' | 'scorm2004'): FoundApi | undefined {
  let win: Window | undefined = start;
  for (let tries = 0; win && tries <= MAX_PARENTS[version]; tries++) {
    const found = probe(win, version);
    if (found) return found;
    win = parentOf(win);
  }
  return undefined;
}

function searchVersion(start: Window, version: 'scorm12' | 'scorm2004'): FoundApi | undefined {
  const found = searchChain(start, version);
  if (found) return found;
  const opener = openerOf(start);
  return opener ? searchChain(opener, version) : undefined;
}

/** Finds the LMS's API for `start`, caching the handle per window. */
export function discoverApi(start: Window, options: DiscoverOptions = {}): DiscoverResult {
  const cached = cache.get(start);
  if (cached && (!options.prefer || cached.version === options.prefer) && stillInstalled(cached)) {
    return { ok: true, found: cached };
  }
  const order: readonly ('scorm12' | 'scorm2004')[] = options.prefer === 'scorm12' ? ['scorm12', 'scorm2004'] : ['scorm2004', 'scorm12'];
  for (const version of order) {
    const found = searchVersion(start, version);
    if (found) {
      cache.set(start, found);
      return { ok: true, found };
    }
  }
  return {
    ok: false,
    reason: 'No SCORM API (API_1484_11 or API) was found in this window, its parents or its opener.',
  };
}

/** The cached handle is only reused while its window still offers that very object. */
function stillInstalled(found: FoundApi): boolean {
  const again = probe(found.owner, found.version);
  return again !== undefined && again.api === found.api && isAlive(found);
}

/** False once the owning window closed or the LMS removed its methods. */
export function isAlive(found: FoundApi): boolean {
  try {
    if (found.owner.closed) return false;
    return found.version === 'scorm2004' ? typeof found.api.Commit === 'function' : typeof found.api.LMSCommit === 'function';
  } catch {
    return false;
  }
}
