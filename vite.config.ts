import { defineConfig } from 'vite';

/**
 * The embed bundle: `npm run build` writes dist/haven.js, one ES module that registers every Haven
 * element. Block elements and rarely used parts are split into chunks loaded when a page needs them.
 * No eval, no third-party requests: everything is served from beside haven.js.
 */
export default defineConfig({
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    modulePreload: false,
    rollupOptions: {
      input: { haven: 'packages/elements/src/haven.ts' },
      preserveEntrySignatures: 'exports-only',
      output: {
        format: 'es',
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        assetFileNames: 'assets/[name]-[hash][extname]',
      },
    },
  },
  esbuild: { target: 'es2022' },
});
