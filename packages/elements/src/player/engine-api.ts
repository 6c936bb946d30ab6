/**
 * The engine functions the player uses, in one place.
 * TEMPORARY: the engine's public entry does not export these yet; this reaches into its sources and
 * stands in for the resume codec and merge until they land. Replace with `from '@haven/engine'`.
 */
import type { Course } from '@haven/course';
import type { DecodeResult, Progress } from '@haven/engine';
export { courseMachine } from '../../../engine/src/machines/course.machine.js';
export { project } from '../../../engine/src/project.js';
export { emptyProgress } from '../../../engine/src/reducers/progress.js';

export function merge(_course: Course, a: Progress, b: Progress): Progress {
  return b.revision >= a.revision ? b : a;
}
export function decode(_course: Course, _data: string): DecodeResult {
  return { ok: false, code: 'RESUME_EMPTY', message: 'codec not available yet' };
}
export function encodeWithin(_course: Course, _progress: Progress, _maxChars: number): string {
  return '';
}
