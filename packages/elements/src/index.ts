export const PACKAGE = '@haven/elements';
