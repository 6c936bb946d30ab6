/**
 * Smoke test of every story: builds Storybook when storybook-static is missing or older than the
 * sources, serves it on 127.0.0.1, and opens each story in Chromium (puppeteer-core), failing on a
 * render error or an uncaught page error.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { launchChromium } from '../../../../scripts/chromium.mjs';

const root = resolve(import.meta.dirname, '../../../..');
const out = join(root, 'storybook-static');

function newestSource(dir: string): number {
  let newest = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const s = statSync(path);
    newest = Math.max(newest, s.isDirectory() ? newestSource(path) : s.mtimeMs);
  }
  return newest;
}

function ensureBuilt(): void {
  const index = join(out, 'index.json');
  const sources = Math.max(newestSource(join(root, 'packages/elements/src')), newestSource(join(root, '.storybook')));
  if (existsSync(index) && statSync(index).mtimeMs > sources) return;
  const r = spawnSync(
    process.execPath,
    [join(root, 'node_modules/storybook/dist/bin/dispatcher.js'), 'build', '--quiet', '--disable-telemetry', '-o', out],
    {
      cwd: root,
      env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
      encoding: 'utf8',
    },
  );
  assert.equal(r.status, 0, `storybook build failed:\n${r.stdout}\n${r.stderr}`);
}

const types: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

test('every story renders in Chromium without errors', { timeout: 240_000 }, async () => {
  ensureBuilt();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    let path = normalize(join(out, decodeURIComponent(url.pathname)));
    if (path.endsWith('/')) path = join(path, 'index.html');
    if (!path.startsWith(out) || !existsSync(path) || statSync(path).isDirectory()) {
      res.writeHead(404);
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
    res.end(readFileSync(path));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const browser = await launchChromium();
  try {
    const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')) as { entries: Record<string, { id: string; type: string }> };
    const stories = Object.values(index.entries).filter((e) => e.type === 'story');
    assert.ok(stories.length > 0, 'no stories found');
    const failures: string[] = [];
    const page = await browser.newPage();
    let pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    for (const story of stories) {
      pageErrors = [];
      await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story`, { waitUntil: 'load' });
      const state = await page
        .waitForFunction(
          `document.body.classList.contains('sb-show-errordisplay') ? 'error' : document.body.classList.contains('sb-show-main') && document.querySelector('#storybook-root')?.children.length ? 'ok' : false`,
          { timeout: 15_000 },
        )
        .then((h) => h.jsonValue())
        .catch(() => 'timeout');
      // Let the elements settle (fetches, first render) so late errors are caught too.
      await new Promise((r) => setTimeout(r, 150));
      if (state !== 'ok') {
        const message = await page.evaluate(`document.querySelector('#error-message')?.textContent ?? ''`);
        failures.push(`${story.id}: ${state} ${String(message)}`);
      }
      if (pageErrors.length) failures.push(`${story.id}: ${pageErrors.join('; ')}`);
    }
    assert.deepEqual(failures, []);
  } finally {
    await browser.close();
    await new Promise((done) => server.close(done));
  }
});
