/**
 * store: transactions per learner action and save latency, on Chromium's real IndexedDB.
 * Bundles packages/store/src/bench/page.ts with esbuild, serves it from 127.0.0.1 (port 0), drives a
 * headless Chromium with puppeteer-core, and prints a table and, last, a flat JSON object of figures.
 */
import { build } from 'esbuild';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { WalkFigures } from '../packages/store/src/bench/page.js';
import { launchChromium } from '../scripts/chromium.mjs';

const entry = fileURLToPath(new URL('../packages/store/src/bench/page.ts', import.meta.url));

const bundle = await build({
  entryPoints: [entry],
  bundle: true,
  write: false,
  format: 'esm',
  target: 'es2022',
  platform: 'browser',
  conditions: ['browser', 'import', 'default'],
  logLevel: 'error',
});
const script = bundle.outputFiles[0]!.text;
const html = '<!doctype html><meta charset="utf-8"><title>store bench</title><script type="module" src="/page.js"></script>';

const server = createServer((req, res) => {
  if (req.url === '/page.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
  else res.writeHead(200, { 'content-type': 'text/html' }).end(html);
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const port = (server.address() as AddressInfo).port;

const browser = await launchChromium();
let figures: WalkFigures;
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForFunction('window.benchResult || window.benchError', { timeout: 120000 });
  const error = await page.evaluate('window.benchError');
  if (error) throw new Error(String(error));
  figures = (await page.evaluate('window.benchResult')) as WalkFigures;
} finally {
  await browser.close();
  await new Promise((resolve) => server.close(resolve));
}

const sorted = [...figures.latenciesMs].sort((a, b) => a - b);
const percentile = (p: number): number => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const round = (n: number): number => Math.round(n * 100) / 100;
const txPerAction = round(figures.transactions / figures.actions);
const rows: [string, string | number][] = [
  ['learner actions', figures.actions],
  ['save calls', figures.saves],
  ['transactions (all)', figures.transactions],
  ['readwrite transactions', figures.readwriteTransactions],
  ['transactions per action', txPerAction],
  ['save latency p50 (ms)', round(percentile(50))],
  ['save latency p95 (ms)', round(percentile(95))],
  ['save latency max (ms)', round(sorted.at(-1)!)],
  ['final revision stored / walked', `${figures.finalRevision} / ${figures.expectedRevision}`],
];
console.log('store: scripted walk on Chromium IndexedDB (6 modules x 8 pages x 3 tracked blocks)');
for (const [name, value] of rows) console.log(`  ${name.padEnd(34)}${value}`);
if (figures.finalRevision !== figures.expectedRevision) {
  console.error('The stored progress does not match the end of the walk.');
  process.exitCode = 1;
}
console.log(JSON.stringify({ 'store.txPerAction': txPerAction, 'store.p95ms': round(percentile(95)) }));
