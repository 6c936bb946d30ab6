/**
 * `haven preview` end to end: the real Vite server, the real player from source in an iframe,
 * scorm-again as the LMS in the parent page, driven in Chromium through puppeteer-core.
 */
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { type Browser, type Frame, type Page } from 'puppeteer-core';
import type { CliIo } from '../io.js';
import { run } from '../verbs/preview.js';
import { startPreview, type RunningPreview, type ScormVersion } from './server.js';
import { launchChromium } from '../../../../scripts/chromium.mjs';

const REPO = fileURLToPath(new URL('../../../../', import.meta.url));
const EXAMPLE = join(REPO, 'courses', 'example');
const WAIT = { timeout: 20_000, polling: 100 };

let browser: Browser | undefined;
let workDir = '';
const previews: RunningPreview[] = [];

before(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'haven-preview-'));
  browser = await launchChromium();
});

after(async () => {
  await Promise.allSettled(previews.map((p) => p.close()));
  await browser?.close();
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

/** A copy of the example course that this test may break. */
async function courseCopy(name: string): Promise<string> {
  const dir = join(workDir, name);
  await cp(EXAMPLE, dir, { recursive: true });
  return dir;
}

async function open(courseDir: string, scorm: ScormVersion): Promise<Page> {
  const started = await startPreview({ courseDir, scorm, port: 0, host: '127.0.0.1', cwd: REPO });
  assert.ok(started.ok, started.ok ? '' : started.message);
  previews.push(started.preview);
  const page = await browser!.newPage();
  await page.setViewport({ width: 1400, height: 900 });
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(String(error)));
  await page.goto(started.preview.url);
  await page
    .waitForFunction(() => document.getElementById('lms-session')?.textContent === 'open', WAIT)
    .catch(() => {
      throw new Error(`the course never opened an LMS session${problems.length ? `: ${problems.join('; ')}` : ''}`);
    });
  return page;
}

function courseFrame(page: Page): Frame {
  const frame = page.frames().find((f) => f.url().includes('/launch.html'));
  assert.ok(frame, 'the course frame is there');
  return frame;
}

const waitForView = (page: Page, view: string) =>
  page.waitForFunction((v) => document.getElementById('lms-view')?.textContent === v, WAIT, view);

const text = (page: Page, id: string) => page.$eval(`#${id}`, (e) => e.textContent ?? '');

/** Clicks a button in the player's shadow DOM (or a child element's) by its visible label. */
async function clickInPlayer(frame: Frame, label: RegExp): Promise<void> {
  await frame.waitForFunction(
    (source: string) => {
      const re = new RegExp(source);
      const roots: ParentNode[] = [document];
      for (let i = 0; i < roots.length; i++)
        for (const el of roots[i]!.querySelectorAll('*')) {
          if (el.shadowRoot) roots.push(el.shadowRoot);
          if (el instanceof HTMLButtonElement && re.test(el.textContent?.trim() ?? '') && !el.disabled) {
            el.click();
            return true;
          }
        }
      return false;
    },
    WAIT,
    label.source,
  );
}

/** The CMI value scorm-again holds, read from its data model (no API call, so the log stays the course's). */
function lmsValue(page: Page, scorm: ScormVersion, element: 'location' | 'suspend' | 'entry'): Promise<string> {
  return page.evaluate(
    (v, which) => {
      const w = window as unknown as Record<string, { cmi: Record<string, unknown> & { core?: Record<string, unknown> } }>;
      const cmi = v === '1.2' ? w.API!.cmi : w.API_1484_11!.cmi;
      if (which === 'suspend') return String(cmi.suspend_data ?? '');
      if (v === '1.2') return String(cmi.core![which === 'location' ? 'lesson_location' : 'entry'] ?? '');
      return String(cmi[which] ?? '');
    },
    scorm,
    element,
  );
}

for (const scorm of ['1.2', '2004'] as const) {
  describe(`haven preview with SCORM ${scorm}`, () => {
    let page: Page;
    let courseDir: string;

    before(async () => {
      courseDir = await courseCopy(`example-${scorm}`);
      page = await open(courseDir, scorm);
    });

    it('runs the course in a frame and the LMS receives location, suspend data and commits', { timeout: 60_000 }, async () => {
      const frame = courseFrame(page);
      // The example asks for the learner's audience first, then shows the module's content note.
      await waitForView(page, 'the audience question');
      await clickInPlayer(frame, /^Continue$/);
      await waitForView(page, 'a content note');
      await clickInPlayer(frame, /^Continue$/);
      await waitForView(page, 'a page');
      const first = await text(page, 'lms-page');
      await clickInPlayer(frame, /^Next$/);
      await page.waitForFunction((from) => !['', from].includes(document.getElementById('lms-page')?.textContent ?? ''), WAIT, first);
      const second = await text(page, 'lms-page');
      await page.waitForFunction((id) => (document.getElementById('lms-location')?.textContent ?? '').includes(id), WAIT, second);

      assert.ok((await lmsValue(page, scorm, 'location')).includes(second), 'the LMS holds the page as its location');
      assert.ok(Number(await text(page, 'lms-commits')) >= 1, 'the course committed');
      const suspend = await lmsValue(page, scorm, 'suspend');
      assert.ok(suspend.length > 0, 'suspend data was sent');
      const limit = scorm === '1.2' ? '4,096' : '64,000';
      assert.match(await text(page, 'lms-suspend'), new RegExp(`^${suspend.length.toLocaleString('en-GB')} of ${limit} characters`));
      assert.equal(await text(page, 'notice'), `The LMS is ready (SCORM ${scorm}) and the course is opening.`);
    });

    it('jumps to a page the learner may open', { timeout: 30_000 }, async () => {
      await page.select('#jump-select', 'welcome');
      await page.click('#jump-button');
      await page.waitForFunction(() => document.getElementById('lms-page')?.textContent === 'welcome', WAIT);
      assert.match(await text(page, 'notice'), /^Jumped to "/);
      await page.waitForFunction(
        (s) => {
          const w = window as unknown as Record<string, { cmi: { core?: { lesson_location: string }; location?: string } }>;
          const cmi = s === '1.2' ? w.API!.cmi.core!.lesson_location : w.API_1484_11!.cmi.location;
          return cmi?.includes('welcome');
        },
        WAIT,
        scorm,
      );
    });

    it('relaunch ends the session and resumes at the same page', { timeout: 30_000 }, async () => {
      await clickInPlayer(courseFrame(page), /^Next$/);
      await page.waitForFunction(() => !['', 'welcome'].includes(document.getElementById('lms-page')?.textContent ?? ''), WAIT);
      const before = await text(page, 'lms-page');
      await page.waitForFunction((id) => (document.getElementById('lms-location')?.textContent ?? '').includes(id), WAIT, before);
      await page.click('#relaunch');
      await page.waitForFunction(() => document.getElementById('lms-commits')?.textContent === '0', WAIT);
      await page.waitForFunction(() => document.getElementById('lms-session')?.textContent === 'open', WAIT);
      assert.equal(await lmsValue(page, scorm, 'entry'), 'resume');
      await page.waitForFunction((id) => document.getElementById('lms-page')?.textContent === id, WAIT, before);
      assert.ok((await lmsValue(page, scorm, 'location')).includes(before), 'the new session starts from the saved location');
    });

    it('shows the problems in place when course.json becomes invalid, and recovers when fixed', { timeout: 40_000 }, async () => {
      const file = join(courseDir, 'course.json');
      const good = await readFile(file, 'utf8');
      await writeFile(file, good.replace(/"estimatedMinutes":\s*\d+/, '"estimatedMinutes": "soon"'));
      // The player in the frame shows its error panel instead of the course...
      await page.waitForFunction(() => {
        const frame = [...document.querySelectorAll('iframe')][0]?.contentDocument;
        const player = frame?.querySelector('haven-course');
        return !!player?.shadowRoot?.querySelector('haven-error-panel');
      }, WAIT);
      // ...and the inspector shows haven validate's lines, with the file, line and column.
      await page.waitForFunction(() => document.getElementById('validation')?.textContent?.includes('has problems'), WAIT);
      const lines = await page.$$eval('#validation .problem', (els) => els.map((e) => e.textContent ?? ''));
      assert.ok(
        lines.some((l) => /course\.json:\d+:\d+/.test(l) && l.includes('estimatedMinutes')),
        `an error names the place: ${lines.join(' | ')}`,
      );

      await writeFile(file, good);
      await page.waitForFunction(() => document.getElementById('validation')?.textContent?.includes('is valid'), WAIT);
      await page.waitForFunction(() => {
        const player = document.querySelector('iframe')?.contentDocument?.querySelector('haven-course');
        return !!player?.shadowRoot?.querySelector('h1') && !player.shadowRoot.querySelector('haven-error-panel');
      }, WAIT);
    });

    it('reset learner clears the LMS data and the device, so the course starts afresh', { timeout: 30_000 }, async () => {
      await page.click('#reset');
      await page.waitForFunction(() => document.getElementById('notice')?.textContent?.startsWith('The learner was reset'), WAIT);
      await page.waitForFunction(() => document.getElementById('lms-session')?.textContent === 'open', WAIT);
      assert.equal(await lmsValue(page, scorm, 'entry'), 'ab-initio');
      // With nothing on the device either, the audience question comes back.
      await page.waitForFunction(() => {
        const player = document.querySelector('iframe')?.contentDocument?.querySelector('haven-course');
        return !!player?.shadowRoot?.querySelector('form.audience');
      }, WAIT);
    });

    it('switches the SCORM version: a new LMS object of the other kind', { timeout: 30_000 }, async () => {
      const other = scorm === '1.2' ? '2004' : '1.2';
      await page.select('#scorm-version', other);
      await page.waitForFunction((v) => document.getElementById('notice')?.textContent?.startsWith(`Now SCORM ${v}`), WAIT, other);
      await page.waitForFunction(() => document.getElementById('lms-session')?.textContent === 'open', WAIT);
      const found = await page.evaluate(() => ({ api12: 'API' in window, api2004: 'API_1484_11' in window, query: location.search }));
      assert.deepEqual(found, { api12: other === '1.2', api2004: other === '2004', query: `?scorm=${other}` });
    });
  });
}

describe('haven preview on the command line', () => {
  const io = () => {
    const out = { stdout: '', stderr: '' };
    const cli: CliIo = {
      stdout: { write: (t: string) => (out.stdout += t) },
      stderr: { write: (t: string) => (out.stderr += t) },
      cwd: REPO,
      env: {},
    };
    return { out, cli };
  };

  it('explains itself with --help (exit 0) and refuses wrong usage (exit 2)', async () => {
    const help = io();
    assert.equal(await run(['--help'], help.cli), 0);
    assert.match(help.out.stdout, /^Usage: haven preview <course-dir>/);
    for (const argv of [
      [],
      ['courses/example', '--scorm', '1.3'],
      ['courses/example', '--port', 'eighty'],
      ['courses/example', '--colour'],
    ]) {
      const bad = io();
      assert.equal(await run(argv, bad.cli), 2, argv.join(' '));
      assert.match(bad.out.stderr, /^haven preview: .+\nRun "haven preview --help" for usage\.\n$/);
    }
  });

  it('says clearly when the course folder is missing (exit 1, no stack trace)', async () => {
    const missing = io();
    assert.equal(await run(['courses/no-such-course'], missing.cli), 1);
    assert.equal(missing.out.stderr, 'haven preview: "courses/no-such-course" is not a folder\n');
  });

  it('says clearly when the port is in use (exit 1)', async () => {
    const blocker = createServer();
    await new Promise<void>((done) => blocker.listen(0, '127.0.0.1', done));
    const port = (blocker.address() as { port: number }).port;
    try {
      const busy = io();
      assert.equal(await run(['courses/example', '--port', String(port)], busy.cli), 1);
      assert.equal(busy.out.stderr, `haven preview: port ${port} is in use: stop whatever uses it, or choose another with --port\n`);
    } finally {
      blocker.close();
    }
  });

  it('prints its URL, serves the page, and stops cleanly (exit 0)', { timeout: 30_000 }, async () => {
    const started = io();
    const stop = new AbortController();
    const exit = run(['courses/example', '--port', '0', '--scorm', '2004'], started.cli, stop.signal);
    const url = await waitFor(() => /http:\/\/127\.0\.0\.1:\d+\//.exec(started.out.stdout)?.[0]);
    const response = await fetch(url);
    assert.equal(response.status, 200);
    assert.match(await response.text(), /<iframe id="course-frame"/);
    const config = (await (await fetch(`${url}__haven/config.json`)).json()) as { scorm: string };
    assert.equal(config.scorm, '2004');
    assert.equal((await fetch(`${url}course/..%2f..%2fpackage.json`)).status, 404, 'nothing outside the course folder is served');
    stop.abort();
    assert.equal(await exit, 0);
    assert.match(started.out.stdout, /Preview stopped\.\n$/);
    await assert.rejects(fetch(url), 'the server is closed');
  });
});

async function waitFor<T>(probe: () => T | undefined, ms = 20_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}
