export type * from './model/types.js';
export { TRACKED_BLOCK_TYPES } from './model/types.js';
