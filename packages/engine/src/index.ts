export type * from './types.js';
export type { CourseEvent, CourseEventType } from './machines/events.js';
export const PACKAGE = '@haven/engine';
