/**
 * The resume codec on its own entry point (`@haven/engine/codec`), so a player can load it only when
 * an LMS is there to read or write suspend data; the same functions are on the main entry too.
 */
export { encode, decode, RESUME_FORMAT } from './codec/resume.js';
export { encodeWithin } from './codec/within.js';
export type { DroppedDetail, EncodeWithinResult } from './codec/within.js';
