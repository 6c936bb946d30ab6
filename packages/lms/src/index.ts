export const PACKAGE = '@haven/lms';
