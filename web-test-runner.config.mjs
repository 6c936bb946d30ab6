// Browser tests: real Chromium (Debian's), real DOM, Shadow DOM and IndexedDB.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';

const executablePath = findChromium();
if (!executablePath) throw new Error('Chromium not found: run `node scripts/ensure-chromium.mjs` or set CHROME_PATH.');

export default {
  files: ['packages/*/src/**/*.test.ts', 'courses/**/*.test.ts', '!**/*.node.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'import', 'default'] },
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022', json: true })],
  // One browser page at a time: axe checks time out in background tabs otherwise.
  concurrency: 1,
  concurrentBrowsers: 1,
  // Per test file: the walk through every page of the three shipped courses is the longest.
  testsFinishTimeout: 600000,
  testFramework: { config: { timeout: 20000 } },
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        args: [...CHROMIUM_ARGS],
      },
    }),
  ],
};
