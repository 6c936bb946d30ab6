export const PACKAGE = '@haven/cli';
