/**
 * Start-up overlap for the device store: opening IndexedDB takes several round trips to the browser
 * (more for a new database), so when a player on the page will run without an LMS (whose learner id
 * the store would need first), the store starts opening as the bundle starts running.
 */
import { openStore, type Store } from '@haven/store';
import type { Progress } from '@haven/engine';
import { mayHaveLms } from './no-lms.js';

type Merge = (a: Progress, b: Progress) => Progress;

let early: { readonly store: Promise<Store>; bind(merge: Merge): void } | undefined;

/** Opens the store now if the page's first `<haven-course>` will use it as the player would open it. */
export function warmStore(doc: Document, win: Window): void {
  const player = doc.querySelector('haven-course');
  if (!player || (player.getAttribute('lms') !== 'none' && mayHaveLms(win))) return;
  let merge: Merge | undefined;
  // Until the course is known, the same fallback as the player's own: the higher revision wins.
  const store = openStore({ merge: (a, b) => (merge ? merge(a, b) : b.revision >= a.revision ? b : a) });
  early = { store, bind: (m) => (merge = m) };
}

/** The store opened early, handed once to the first player, which gives it its course's merge. */
export function takeEarlyStore(merge: Merge): Promise<Store> | undefined {
  const taken = early;
  early = undefined;
  taken?.bind(merge);
  return taken?.store;
}
