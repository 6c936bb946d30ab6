/**
 * The course actor: XState and the engine's machine, in a chunk of their own that loads once the first
 * screen is up (see engine-adapter.ts). This is the only module that knows the shape of the machine's
 * snapshot (state names, context fields).
 */
import { createActor } from 'xstate';
import { courseMachine } from '@haven/engine/player';
import type { Course } from '@haven/course';
import type { CourseEvent, Progress } from '@haven/engine';
import type { EngineState, Effects } from './engine-adapter.js';

export interface ActorRun {
  get(): EngineState;
  send(event: CourseEvent): void;
  subscribe(listener: () => void): void;
  stop(): void;
}

export function startActor(course: Course, progress: Progress, effects: Effects): ActorRun {
  const machine = courseMachine.provide({
    actions: {
      persist: (_, params) => effects.persist(params.progress, params.cause),
      report: (_, params) => effects.report(params.projection, params.progress),
      saveReflection: (_, params) => effects.saveReflection(params.blockId, params.text),
    },
  });
  const actor = createActor(machine, { input: { course, progress } });
  actor.start();
  return {
    get() {
      const snapshot = actor.getSnapshot();
      const { progress, notice } = snapshot.context;
      if (snapshot.matches('paused')) return { state: 'paused', progress, notice };
      if (snapshot.matches({ active: 'notice' })) return { state: 'notice', progress, notice };
      if (snapshot.matches({ active: 'choosingAudience' })) return { state: 'audience', progress, notice };
      return { state: 'page', progress, notice };
    },
    send: (event) => actor.send(event),
    subscribe: (listener) => actor.subscribe(() => listener()),
    stop: () => actor.stop(),
  };
}
