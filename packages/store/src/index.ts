export const PACKAGE = '@haven/store';
