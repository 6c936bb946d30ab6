/**
 * The largest course file Haven reads, in characters. The biggest shipped course is about 0.3 MB, so
 * this leaves room for ten times that; past it a file is refused before it is parsed, so a huge or
 * hostile file cannot freeze an editor's preview or a learner's tab.
 */
export const MAX_COURSE_CHARS = 4 * 1024 * 1024;
