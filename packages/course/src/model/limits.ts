/**
 * The largest course file Haven reads, in characters. The biggest shipped course is about 0.3 MB and a
 * 5,000-page course (the scale the benchmarks check) about 13 MB; past this limit a file is refused
 * before it is parsed, so a huge or hostile file cannot freeze an editor's preview or a learner's tab.
 */
export const MAX_COURSE_CHARS = 32 * 1024 * 1024;
