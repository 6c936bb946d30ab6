export { syntheticCourse, syntheticCourseText } from './synthetic.js';
export type { SyntheticOptions } from './synthetic.js';
