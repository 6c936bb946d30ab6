// The one place that knows how Haven finds and starts Chromium (Debian's package; never a download).
// Used by web-test-runner, the puppeteer-driven tests and the benchmarks.
import { existsSync } from 'node:fs';

export function findChromium() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  return candidates.find((p) => p && existsSync(p));
}

/** As root Chromium needs --no-sandbox; the rest keep a headless run quiet, offline and unthrottled. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

/** Starts Chromium through puppeteer-core. */
export async function launchChromium() {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium not found: run `node scripts/ensure-chromium.mjs` or set CHROME_PATH.');
  const { default: puppeteer } = await import('puppeteer-core');
  return puppeteer.launch({ executablePath, args: CHROMIUM_ARGS });
}
