/**
 * The embed bundle's entry (dist/haven.js): importing it registers every Haven element.
 * Block elements load on demand from the pages that use them.
 */
// First: the course files start downloading while the rest of the bundle is evaluated.
import './player/prefetch-page.js';
export { HavenCourse } from './course/haven-course.js';
export { HavenCatalogue } from './widgets/catalogue.js';
export { HavenProgress } from './widgets/progress.js';
export { HavenProgressEvent } from './events/haven-progress.js';
export { HavenCompleteEvent } from './events/haven-complete.js';
export { HavenErrorEvent } from './events/haven-error.js';
