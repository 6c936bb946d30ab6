// Custom Elements Manifest: `npm run cem` writes custom-elements.json at the repository root from the
// elements' JSDoc (@summary @slot @event @csspart @cssproperty). A Node test checks it is up to date.
export default {
  globs: ['packages/elements/src/**/*.ts'],
  exclude: ['**/*.test.ts', '**/*.stories.ts', '**/testing/**', '**/*.styles.ts', 'packages/elements/src/i18n/**'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  dependencies: false,
};
