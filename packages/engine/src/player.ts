/**
 * What a course player needs at start-up (`@haven/engine/player`): the machine, empty progress, merge and
 * the projection. It leaves out the resume codec (`@haven/engine/codec`), which a player loads only when
 * an LMS is there; importing the main entry would pull the codec into the start-up bundle.
 */
export { courseMachine } from './machines/course.machine.js';
export { emptyProgress } from './reducers/progress.js';
export { merge } from './merge.js';
export { project } from './project.js';
