/**
 * The launch page in real Chromium: packages built from courses/example with the real runtime (SCORM
 * 1.2, and `web` for an organisation's own server) are served from 127.0.0.1 and opened as an LMS or a
 * web server would open them. Under the page's own CSP the player must start, with no policy violation
 * and no request to anywhere but the package itself.
 */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { type Browser, type Page } from 'puppeteer-core';
import { migrate, parse, type CourseFile } from '@haven/course';
import { buildPackage } from './build-package.js';
import { launchChromium } from '../../../../scripts/chromium.mjs';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const courseDir = `${root}courses/example/`;
const runtimeDir = `${root}dist/`;

const TYPES: Readonly<Record<string, string>> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript',
  json: 'application/json',
  svg: 'image/svg+xml',
  vtt: 'text/vtt',
  wav: 'audio/wav',
  xml: 'application/xml',
  xsd: 'application/xml',
};

/** A hint only the course checker words. */
const CHECKER_HINT = 'Link a file or https:// page with';

/** An LMS's page: the SCORM 1.2 API (scorm-again, as in the other tests) and the package in a frame. */
const LMS_PAGE = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>LMS</title>
<script src="/lms/scorm12.min.js"></script><script>window.API = new Scorm12API({ logLevel: 5, autocommit: false });</script></head>
<body><iframe src="/scorm12/index.html" title="Course"></iframe></body></html>`;
let scormAgain: Buffer;

let server: Server;
const TARGETS = ['scorm12', 'web'] as const;
/** Each package's files, by target; served under /<target>/. */
const packages: Record<string, Record<string, Uint8Array>> = {};
let origin: string;
let browser: Browser;

before(async () => {
  if (!existsSync(`${runtimeDir}haven.js`)) {
    const vite = await import('vite');
    await vite.build({ root, logLevel: 'error' });
  }
  scormAgain = await readFile(`${root}node_modules/scorm-again/dist/scorm12.min.js`);
  const text = await readFile(`${courseDir}course.json`, 'utf8');
  const parsed = parse(text, 'course.json', { lock: await readFile(`${courseDir}course.lock.json`, 'utf8') });
  const migrated = migrate(JSON.parse(text));
  assert.ok(parsed.ok && migrated.ok);
  for (const target of TARGETS) {
    const result = await buildPackage({
      target,
      course: migrated.course as unknown as CourseFile,
      lock: parsed.lock,
      courseDir,
      runtimeDir,
    });
    assert.ok(result.ok);
    packages[target] = unzipSync(result.zip);
  }
  server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path === '/lms/scorm12.min.js') return void res.writeHead(200, { 'content-type': TYPES.js }).end(scormAgain);
    if (path === '/lms/index.html') return void res.writeHead(200, { 'content-type': TYPES.html }).end(LMS_PAGE);
    const [, folder = '', ...rest] = path.split('/');
    // Under /<target>-mislabelled/, scripts go out with the wrong type, as a badly set up server might send them.
    const [target = '', mislabelled] = folder.split('-');
    const name = rest.join('/');
    const body = packages[target]?.[name];
    if (!body) return void res.writeHead(404).end();
    const type = name.endsWith('.js') && mislabelled ? 'application/octet-stream' : TYPES[name.split('.').pop() ?? ''];
    res.writeHead(200, { 'content-type': type ?? 'application/octet-stream' }).end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await new Promise((done) => server?.close(done));
});

for (const target of TARGETS) {
  describe(`the launch page (${target})`, () => {
    it('starts the player under its strict CSP and requests nothing but its own files', async () => {
      const page = await browser.newPage();
      const requests: string[] = [];
      const problems: string[] = [];
      const failed: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      page.on('response', (r) => {
        // The browser's own favicon request is not the page's.
        if (!r.ok() && !r.url().endsWith('/favicon.ico')) failed.push(`${r.status()} ${r.url()}`);
      });
      page.on('pageerror', (e) => problems.push(`page error: ${(e as Error).message}`));
      page.on('console', (m) => {
        if (/Content Security Policy|Refused to/i.test(m.text())) problems.push(m.text());
      });
      await page.evaluateOnNewDocument(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          ((window as unknown as { violations: string[] }).violations ??= []).push(`${e.violatedDirective} ${e.blockedURI}`);
        });
      });
      const files = packages[target]!;
      const base = `${origin}/${target}`;
      await page.goto(`${base}/index.html`, { waitUntil: 'networkidle0' });
      await page.waitForFunction(
        () => {
          const host = document.querySelector('haven-course');
          return Boolean(customElements.get('haven-course') && host?.shadowRoot && host.shadowRoot.textContent?.trim());
        },
        { timeout: 15000 },
      );
      assert.deepEqual(await visibleWaitingLines(page), [], 'the player hides the loading lines once it has started');
      const violations = await page.evaluate(() => (window as unknown as { violations?: string[] }).violations ?? []);
      assert.deepEqual([...problems, ...violations], []);
      assert.ok(requests.length > 2);
      assert.deepEqual(
        requests.filter((url) => !url.startsWith(`${base}/`) && url !== `${origin}/favicon.ico`),
        [],
        'every request stays inside the package',
      );
      assert.deepEqual(failed, [], 'nothing the page asks for is missing (a compiled course has no lock file to look for)');
      // The course is compiled, so the course checker never loads in the learner's browser (one of its
      // hints stands for it: minified code keeps its strings).
      const scripts = requests.filter((url) => url.endsWith('.js')).map((url) => files[decodeURIComponent(url.slice(base.length + 1))]);
      assert.ok(scripts.length > 0 && scripts.every(Boolean));
      assert.ok(
        Object.values(files).some((bytes) => new TextDecoder().decode(bytes).includes(CHECKER_HINT)),
        'the checker is in the package',
      );
      assert.ok(!scripts.some((bytes) => new TextDecoder().decode(bytes).includes(CHECKER_HINT)), 'the checker was loaded');
      // The launch page carries the course, so the player asks for no course file.
      assert.deepEqual(
        requests.filter((url) => url.endsWith('.json')),
        [],
      );
      // A web package never looks for an LMS; a SCORM one does (and runs on its own when there is none).
      assert.equal(
        await page.evaluate(() => document.querySelector('haven-course')?.getAttribute('lms')),
        target === 'web' ? 'none' : 'auto',
      );
      await page.close();
    });
  });
}

describe('the SCORM package in an LMS frame', () => {
  it('shows a new learner the first screen with the runtime alone (the SCORM bridge is part of it), then loads the course actor and the codec', async () => {
    const page = await browser.newPage();
    const base = `${origin}/scorm12/`;
    // In every frame: when the first heading is in the DOM, on the frame's own clock. (A string: the
    // test's compiler would wrap a named inner function in a helper the page does not have.)
    await page.evaluateOnNewDocument(`(function look() {
      if (document.querySelector('haven-course')?.shadowRoot?.querySelector('.content h2')) window.__heading = performance.now();
      else requestAnimationFrame(look);
    })()`);
    await page.goto(`${origin}/lms/index.html`, { waitUntil: 'load' });
    const frame = page.frames().find((f) => f.url().startsWith(base))!;
    await frame.waitForFunction(() => (window as Probe).__heading !== undefined, { timeout: 15000 });
    await frame.evaluate(() => (document.querySelector('haven-course') as HTMLElement & { ready: Promise<void> }).ready);
    const scripts = await frame.evaluate(
      (prefix) =>
        performance
          .getEntriesByType('resource')
          .filter((e) => e.name.startsWith(prefix) && e.name.endsWith('.js'))
          .map((e) => ({ name: e.name.slice(prefix.length), beforeHeading: e.startTime < (window as Probe).__heading! })),
      base,
    );
    const bare = (name: string) => name.replace(/-[\w-]{8}\.js$/, '');
    const loaded = (before: boolean) =>
      scripts
        .filter((s) => s.beforeHeading === before)
        .map((s) => bare(s.name))
        .sort();
    assert.deepEqual(loaded(true), ['haven/haven.js'], 'what the first screen loads');
    // After it: the course actor and the codec (and whatever chunk those two share).
    for (const chunk of ['haven/chunks/codec', 'haven/chunks/engine-actor']) assert.ok(loaded(false).includes(chunk), chunk);
    assert.equal(new Set(scripts.map((s) => s.name)).size, scripts.length, 'each once');
    // The LMS was found, and once the learner acts, the codec loaded after the first screen writes their place.
    assert.equal(await page.evaluate(() => (window as Lms).API?.isInitialized()), true);
    await (await frame.$('haven-course >>> form.audience button[type=submit]'))!.click();
    await page.waitForFunction(() => (window as Lms).API?.LMSGetValue('cmi.suspend_data')?.startsWith('1'), { timeout: 5000 });
    await page.close();
  });
});

type Probe = Window & { __heading?: number };
type Lms = Window & { API?: { isInitialized(): boolean; LMSGetValue(element: string): string } };

describe('the launch page when the player cannot start', () => {
  it('says the course is loading and, after a while, what to do, instead of staying blank', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/scorm12-mislabelled/index.html`, { waitUntil: 'networkidle0' });
    assert.equal(await page.evaluate(() => customElements.get('haven-course')), undefined, 'the browser refused the runtime');
    assert.deepEqual(await visibleWaitingLines(page), ['Loading the course…'], 'no alarm while a start may still be on its way');
    // Jump to the end of the page's delay (SLOW_START_SECONDS) rather than wait it out.
    await page.evaluate(() => document.getAnimations().forEach((a) => a.finish()));
    const lines = await visibleWaitingLines(page);
    assert.equal(lines.length, 2);
    assert.match(lines[1]!, /^This is taking longer than it should\. Try reloading the page\..*tell your training team/);
    await page.close();
  });
});

/** The launch page's own lines inside `<haven-course>` that a learner can see. */
function visibleWaitingLines(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('haven-course > p')]
      .filter((p) => p.checkVisibility({ visibilityProperty: true }))
      .map((p) => p.textContent ?? ''),
  );
}
