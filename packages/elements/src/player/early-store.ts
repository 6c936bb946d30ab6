/**
 * Start-up overlap for the device store: opening IndexedDB takes several round trips to the browser
 * (more for a new database), so the store of the page's first `<haven-course>` starts opening as the
 * bundle starts running. With an LMS around, whose learner id decides whose progress is read, the
 * database opens meanwhile and the id follows once the player has it.
 */
import { openStore, type Store } from '@haven/store';
import type { Progress } from '@haven/engine';
import { mayHaveLms } from './no-lms.js';

type Merge = (a: Progress, b: Progress) => Progress;

export interface EarlyStore {
  readonly store: Promise<Store>;
  /** Whether it waits for an LMS learner id (the player uses it only when it agrees). */
  readonly lms: boolean;
  /** Gives the store its course's merge and the LMS learner id (none without an LMS); call once. */
  bind(merge: Merge, lmsLearnerId?: string): void;
}

let early: EarlyStore | undefined;

/** Opens the store now, as the page's first `<haven-course>` would open it. */
export function warmStore(doc: Document, win: Window): void {
  const player = doc.querySelector('haven-course');
  if (!player) return;
  let merge: Merge | undefined;
  let setLearner: (id: string | undefined) => void = () => {};
  const lms = player.getAttribute('lms') !== 'none' && mayHaveLms(win);
  const learner = lms ? new Promise<string | undefined>((r) => (setLearner = r)) : undefined;
  // Until the course is known, the same fallback as the player's own: the higher revision wins.
  const store = openStore({
    merge: (a, b) => (merge ? merge(a, b) : b.revision >= a.revision ? b : a),
    quickStart: true,
    ...(learner ? { lmsLearnerId: learner } : {}),
  });
  early = {
    store,
    lms,
    bind(m, lmsLearnerId) {
      merge = m;
      setLearner(lmsLearnerId);
    },
  };
}

/** The store opened early, handed once to the first player. */
export function takeEarlyStore(): EarlyStore | undefined {
  const taken = early;
  early = undefined;
  return taken;
}
