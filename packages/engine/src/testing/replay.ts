import { createActor } from 'xstate';
import type { Course } from '@haven/course';
import type { CourseEvent } from '../machines/events.js';
import type { Progress } from '../types.js';
import { courseMachine } from '../machines/course.machine.js';

/** Drives a real course actor through `events` with a fake clock; returns every progress it went through. */
export function replay(course: Course, events: readonly CourseEvent[], seed: number): Progress[] {
  let t = Date.UTC(2025, 5, 1);
  const actor = createActor(courseMachine, { input: { course, seed, now: () => (t += 7_000) } }).start();
  const seen = [actor.getSnapshot().context.progress];
  for (const event of events) {
    actor.send(event);
    seen.push(actor.getSnapshot().context.progress);
  }
  actor.stop();
  return seen;
}
