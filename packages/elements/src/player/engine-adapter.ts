/**
 * The course engine, seen the way the shell needs it. The first screen comes from the engine's pure
 * `arrive` (where the course machine would start), so the player shows it without XState; the course
 * actor (engine-actor.ts, with XState) loads once that screen is up and takes over from the same
 * progress. Events sent in between wait for it, in order; a press repeated while nothing seemed to
 * happen counts once (see `wait`).
 */
import type { Course, ContentNote } from '@haven/course';
import { arrive } from '@haven/engine/player';
import type { CourseEvent, PendingNote, Progress, Projection } from '@haven/engine';
import type { ShellState } from './view.js';
import type { ActorRun } from './engine-actor.js';

export interface Effects {
  persist(progress: Progress, cause: string): void;
  report(projection: Projection, progress: Progress): void;
  saveReflection(blockId: string, text: string): void;
}

export interface EngineState {
  readonly state: ShellState;
  readonly progress: Progress;
  readonly notice: PendingNote | null;
}

export interface EngineRun {
  /** Settles once the course actor runs; rejects if its code could not be loaded. */
  readonly interactive: Promise<void>;
  getProgress(): Progress;
  getState(): ShellState;
  getPageId(): string;
  /** The content note the learner is being shown, with the title of the module or page it covers. */
  getNotice(): { note: ContentNote; subject: string } | undefined;
  send(event: CourseEvent): void;
  subscribe(listener: () => void): () => void;
  stop(): void;
}

/**
 * Queues an event for the actor. The learner sees nothing change until the actor runs, so pressing the
 * same control again straight away is the same wish repeated, not a wish to go two pages on: it is
 * kept once.
 */
function wait(waiting: CourseEvent[], event: CourseEvent): void {
  const last = waiting.at(-1);
  // Active time is not a press: every stretch of it counts.
  if (event.type === 'time.tick' || !last || JSON.stringify(last) !== JSON.stringify(event)) waiting.push(event);
}

const SHELL_STATE = { choosingAudience: 'audience', notice: 'notice', reading: 'page' } as const;

/** Runs the course from `progress`; the actor starts when `startWhen` settles (after the first paint). */
export function runEngine(course: Course, progress: Progress, effects: Effects, startWhen: Promise<unknown>): EngineRun {
  const titles = new Map<string, string>();
  const pageIds = new Map<number, string>();
  for (const m of course.modules) {
    titles.set(m.id, m.title);
    for (const p of m.pages) {
      titles.set(p.id, p.title);
      pageIds.set(p.key, p.id);
    }
  }
  const first = arrive(course, progress, { now: Date.now() });
  const firstState: EngineState = {
    state: SHELL_STATE[first.state],
    progress: first.progress,
    notice: first.state === 'notice' ? first.notice : null,
  };
  const listeners = new Set<() => void>();
  const waiting: CourseEvent[] = [];
  let actor: ActorRun | undefined;
  let stopped = false;

  const interactive = startWhen
    .then(() => (stopped ? undefined : import('./engine-actor.js')))
    .then((loaded) => {
      if (!loaded || stopped) return;
      actor = loaded.startActor(course, progress, effects);
      actor.subscribe(() => listeners.forEach((l) => l()));
      for (const event of waiting.splice(0)) actor.send(event);
      listeners.forEach((l) => l());
    });
  const current = () => actor?.get() ?? firstState;

  return {
    interactive,
    getProgress: () => current().progress,
    getState: () => current().state,
    getPageId: () => pageIds.get(current().progress.location ?? -1) ?? '',
    getNotice() {
      const notice = current().notice;
      return notice ? { note: notice.note, subject: titles.get(notice.id) ?? '' } : undefined;
    },
    send: (event) => (actor ? actor.send(event) : wait(waiting, event)),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stop() {
      stopped = true;
      actor?.stop();
    },
  };
}
