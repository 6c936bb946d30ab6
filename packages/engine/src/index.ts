export const PACKAGE = '@haven/engine';
