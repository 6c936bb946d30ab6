/**
 * What a course player needs (`@haven/engine/player`): its first screen (empty progress, merge, `arrive`
 * and the projection), and the machine it starts once that screen is up. The package has no side effects
 * at import (`"sideEffects": false`), so a bundle that splits the machine off carries XState in that
 * chunk alone. It leaves out the resume codec (`@haven/engine/codec`), which a player loads only when an
 * LMS is there; importing the main entry would pull the codec into the start-up bundle.
 */
export { courseMachine } from './machines/course.machine.js';
export { emptyProgress } from './reducers/progress.js';
export { arrive, type Arrival } from './reducers/arrive.js';
export { merge } from './merge.js';
export { project } from './project.js';
