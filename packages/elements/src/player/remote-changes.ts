import type { Progress } from '@haven/engine';
import type { Store } from '@haven/store';

type Listener = (courseId: string, progress: Progress) => void;

export interface RemoteChanges {
  /** Hands what was heard so far, then every later change, to the listener. Returns a stop function. */
  forward(listener: Listener): () => void;
}

/**
 * The store's remote changes (another tab's save, or a database a quick start found after all), heard
 * from the moment the store is there. The player is assembled later, and a change heard in between must
 * still reach the course.
 */
export function hearRemoteChanges(store: Promise<Store>): RemoteChanges {
  const heard: [string, Progress][] = [];
  let forwardTo: Listener | undefined;
  let stop = () => {};
  let stopped = false;
  store.then(
    (s) => {
      if (!stopped)
        stop = s.onRemoteChange((courseId, progress) => (forwardTo ? forwardTo(courseId, progress) : heard.push([courseId, progress])));
    },
    () => {},
  );
  return {
    forward(listener) {
      forwardTo = listener;
      for (const [courseId, progress] of heard.splice(0)) listener(courseId, progress);
      return () => {
        stopped = true;
        forwardTo = undefined;
        stop();
      };
    },
  };
}
