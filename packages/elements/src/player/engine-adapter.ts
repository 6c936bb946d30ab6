/**
 * The course actor, seen the way the shell needs it. This is the only module that knows the shape of
 * the engine's machine snapshot (state names, context fields), so engine changes land here alone.
 */
import { createActor } from 'xstate';
import type { Course, ContentNote } from '@haven/course';
import { courseMachine } from '@haven/engine/player';
import type { CourseEvent, Progress, Projection } from '@haven/engine';
import type { ShellState } from './view.js';

export interface Effects {
  persist(progress: Progress, cause: string): void;
  report(projection: Projection, progress: Progress): void;
  saveReflection(blockId: string, text: string): void;
}

export interface EngineRun {
  getProgress(): Progress;
  getState(): ShellState;
  getPageId(): string;
  /** The content note the learner is being shown, with the title of the module or page it covers. */
  getNotice(): { note: ContentNote; subject: string } | undefined;
  send(event: CourseEvent): void;
  subscribe(listener: () => void): () => void;
  stop(): void;
}

export function runEngine(course: Course, progress: Progress, effects: Effects): EngineRun {
  const machine = courseMachine.provide({
    actions: {
      persist: (_, params) => effects.persist(params.progress, params.cause),
      report: (_, params) => effects.report(params.projection, params.progress),
      saveReflection: (_, params) => effects.saveReflection(params.blockId, params.text),
    },
  });
  const actor = createActor(machine, { input: { course, progress } });
  const titles = new Map<string, string>();
  const pageIds = new Map<number, string>();
  for (const m of course.modules) {
    titles.set(m.id, m.title);
    for (const p of m.pages) {
      titles.set(p.id, p.title);
      pageIds.set(p.key, p.id);
    }
  }
  actor.start();
  return {
    getProgress: () => actor.getSnapshot().context.progress,
    getState(): ShellState {
      const snapshot = actor.getSnapshot();
      if (snapshot.matches('paused')) return 'paused';
      if (snapshot.matches({ active: 'notice' })) return 'notice';
      if (snapshot.matches({ active: 'choosingAudience' })) return 'audience';
      return 'page';
    },
    getPageId: () => pageIds.get(actor.getSnapshot().context.progress.location ?? -1) ?? '',
    getNotice() {
      const notice = actor.getSnapshot().context.notice;
      return notice ? { note: notice.note, subject: titles.get(notice.id) ?? '' } : undefined;
    },
    send: (event) => actor.send(event),
    subscribe(listener) {
      const subscription = actor.subscribe(() => listener());
      return () => subscription.unsubscribe();
    },
    stop: () => actor.stop(),
  };
}
