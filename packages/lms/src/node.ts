/**
 * @haven/lms/node: the Node-only side of @haven/lms, used by `haven build` to write SCORM packages.
 * Kept apart from the browser entry so that no bundle ever pulls in node:fs.
 */
export { buildPackage, LAUNCH_PAGE, MANIFEST, COURSE_DIR, RUNTIME_DIR } from './package/build-package.js';
export type { PackageOptions, PackageResult, PackageErrorCode } from './package/build-package.js';
export type { ScormTarget, PackageTarget } from './package/manifest-input.js';
export { courseForModule } from './package/per-module.js';
export { referencedFiles } from './package/media.js';
export { manifestIds } from './package/identifiers.js';
export { scorm12Manifest } from './package/manifest-scorm12.js';
export { scorm2004Manifest } from './package/manifest-scorm2004.js';
export { launchPage, LAUNCH_CSP } from './package/launch-page.js';
export { readRuntime, RUNTIME_ENTRY } from './package/runtime.js';
export { XSD_DIR, SCHEMA_FILES } from './package/schemas.js';
