import { defineConfig } from 'vite';

// Storybook's own Vite config: the root vite.config.ts builds the embed bundle and must not leak in.
export default defineConfig({});
