// Imported first by the bundle's entry: module bodies run in import order, so the course downloads and
// the device store's opening start before the rest of the bundle is evaluated.
import { prefetchCourses } from './prefetch.js';
import { warmStore } from './early-store.js';

if (typeof document !== 'undefined') {
  prefetchCourses(document);
  warmStore(document, window);
}
