import { defineConfig, type Plugin } from 'vite';

/**
 * Vite wraps every dynamic import in a preload helper (about 0.7 KB gzipped, in the first-screen file)
 * even with `modulePreload: false` (vitejs/vite#18551). Haven's chunks have no CSS files and preload
 * nothing, so the helper only has to call the import.
 */
const PRELOAD_HELPER = '\0vite/preload-helper.js';
const plainDynamicImports: Plugin = {
  name: 'haven:plain-dynamic-imports',
  enforce: 'pre',
  resolveId: (id) => (id === PRELOAD_HELPER ? id : undefined),
  load: (id) => (id === PRELOAD_HELPER ? 'export const __vitePreload = (load) => load();' : undefined),
};

/**
 * The embed bundle: `npm run build` writes dist/haven.js, one ES module that registers every Haven
 * element. Block elements and rarely used parts are split into chunks loaded when a page needs them.
 * Everything the first screen needs is one file (the `$initial` group, with the entry allowed to gain
 * exports the chunks import), so the browser learns of no second round of downloads after haven.js.
 * No eval, no third-party requests: everything is served from beside haven.js.
 */
export default defineConfig({
  plugins: [plainDynamicImports],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    modulePreload: false,
    rollupOptions: {
      input: { haven: 'packages/elements/src/haven.ts' },
      preserveEntrySignatures: 'allow-extension',
      output: {
        format: 'es',
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        assetFileNames: 'assets/[name]-[hash][extname]',
        codeSplitting: { groups: [{ name: 'haven', tags: ['$initial'] }] },
      },
    },
  },
  esbuild: { target: 'es2022' },
});
