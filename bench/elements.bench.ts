/**
 * Player figures (issue 5), for courses/example as learners get it: the package `haven build` writes.
 * - runtime.gzipBytes: gzip -9 bytes of every JavaScript file the browser asked for before the first
 *   screen's heading was in the DOM (what it took to show it), from the production build, for a new
 *   learner of the SCORM 1.2 package as an LMS opens it: its launch page in a frame of a page that offers
 *   the SCORM API (scorm-again, as in the tests), so the player also loads the SCORM bridge. The LMS's
 *   own script is not counted. `runtime.gzipBytesUntilReady` adds what loads after that screen until
 *   the learner can act on it (`haven-course.ready`): the course actor with XState, and the resume codec.
 * - firstContent.ratioToStatic: median time from the LMS page's navigation start to the first heading
 *   painted, over 15 loads, divided by the same for the player's first screen written as static HTML
 *   in that frame (for courses/example, which asks the learner's role first, the audience choice).
 * The same two figures with `.web` are for the package for a web server (`--target web`), opened on
 * its own: no LMS, so no bridge or codec; its static page is opened on its own too. With `.authored`,
 * for a page that embeds the authored course.json (one script tag, one element, no hint): the browser
 * then loads the course checker and the lock file too. Also runtime.gzipBytes.static: dist/haven.js
 * and its static imports only.
 * For scale, `firstContent.ratioToStatic.floor` times a page like the web package's launch page whose
 * script is ten lines with no framework: read the compiled course the page carries, write the first
 * heading. No player that reads a course in the browser can be quicker than that here.
 * Builds with `vite build`, serves the packages, dist/ and courses/ on 127.0.0.1 (closed at the end),
 * drives Debian's Chromium through puppeteer-core, each load in a fresh browser context (no cache,
 * empty IndexedDB).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { parse } from '../packages/course/src/index.js';
import { buildPackage } from '../packages/lms/src/node.js';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { enGB } from '../packages/elements/src/i18n/en-GB.js';
import { launchChromium } from '../scripts/chromium.mjs';

const root = resolve(import.meta.dirname, '..');
const LOADS = 15;

function build(): void {
  const r = spawnSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (r.status !== 0) throw new Error('vite build failed');
}

const gz = (path: string): number => gzipSync(readFileSync(path), { level: 9 }).length;

/** The entry and every chunk reachable through static `import` statements (not `import()`). */
function staticClosure(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g)) {
      visit(resolve(file, '..', m[1]!));
    }
  };
  visit(entry);
  return [...seen];
}

const types: Record<string, string> = {
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.html': 'text/html',
  '.svg': 'image/svg+xml',
  '.wav': 'audio/wav',
  '.vtt': 'text/vtt',
};

interface AuthoredPage {
  title: string;
  audiences?: string[];
  blocks: { type: string; body?: string }[];
}

/**
 * The player's first screen as static HTML, with the same words and structure: header and tools, the
 * outline of the pages a learner without a chosen audience sees, and the audience choice (or the first
 * page's text when the course has no audiences).
 */
function staticPage(): string {
  const course = JSON.parse(readFileSync(join(root, 'courses/example/course.json'), 'utf8'));
  const modules = course.modules as { title: string; pages: AuthoredPage[] }[];
  const visible = (p: AuthoredPage) => !p.audiences;
  const outline = modules
    .map(
      (m) =>
        `<li>${m.title}<ol>${m.pages
          .filter(visible)
          .map((p) => `<li><button>${p.title}</button></li>`)
          .join('')}</ol></li>`,
    )
    .join('');
  const audiences = (course.audiences ?? []) as { id: string; title: string }[];
  const page = modules[0]!.pages[0]!;
  const content = audiences.length
    ? `<form><h2>${enGB['audience.title']}</h2><p>${enGB['audience.intro']}</p><fieldset><legend>${enGB['audience.title']}</legend>${audiences
        .map((a, i) => `<label><input type="radio" name="audience" value="${a.id}"${i === 0 ? ' checked' : ''}>${a.title}</label>`)
        .join('')}</fieldset><p><button>${enGB['audience.choose']}</button></p></form>`
    : `<article><h2>${page.title}</h2>${page.blocks
        .filter((b) => b.type === 'text')
        .map((b) =>
          (b.body ?? '')
            .split(/\n\n+/)
            .map((p) => `<p>${p}</p>`)
            .join(''),
        )
        .join('')}</article><nav><button disabled>${enGB['player.previous']}</button><button>${enGB['player.next']}</button></nav>`;
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${course.title}</title>
<style>body{font-family:system-ui,sans-serif;line-height:1.6;margin:0;padding:1rem;background:#fbfaf7;color:#22272b}h1{font-size:1.35em}h2{font-size:1.6em}</style>
<script>${probe('document.querySelector("h2")')}</script></head>
<body><header><h1>${course.title}</h1><button>${enGB['support.open']}</button><button>${enGB['break.start']}</button><details><summary>${enGB['settings.title']}</summary></details>${course.quickExit ? `<button>${enGB['exit.quick']}</button>` : ''}</header>
<nav aria-label="${enGB['player.outline']}"><details open><summary>${enGB['player.outlineToggle']}</summary><label>${enGB['player.courseProgress'].replace('{percent}', '0')}</label><progress max="100" value="0"></progress><ol>${outline}</ol></details></nav>
<main>${content}</main></body></html>`;
}

/** courses/example as `haven build` packs it: file name in the zip → bytes. */
async function packageFiles(target: 'scorm12' | 'web'): Promise<Record<string, Uint8Array>> {
  const dir = join(root, 'courses/example');
  const text = readFileSync(join(dir, 'course.json'), 'utf8');
  const parsed = parse(text, 'course.json', { lock: readFileSync(join(dir, 'course.lock.json'), 'utf8') });
  if (!parsed.ok) throw new Error('courses/example does not validate');
  const built = await buildPackage({
    target,
    course: JSON.parse(text),
    lock: parsed.lock,
    courseDir: dir,
    runtimeDir: join(root, 'dist'),
  });
  if (!built.ok) throw new Error(built.message);
  return unzipSync(built.zip);
}

/** The package's own launch page, with the probe added (the package's CSP allows no inline script). */
function launchPage(files: Record<string, Uint8Array>): string {
  return new TextDecoder()
    .decode(files['index.html'])
    .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '')
    .replace('</head>', `<script>${PLAYER_PROBE}</script></head>`);
}

const PLAYER_PROBE = probe(
  '(function(){var c=document.querySelector("haven-course");var r=c&&c.shadowRoot;if(!r)return null;var h=r.querySelector(".content h2");if(h)return h;var p=r.querySelector("haven-content-note, haven-pause-screen");return p&&p.shadowRoot&&p.shadowRoot.querySelector("h2");})()',
);

/**
 * The floor: the web package's launch page with its runtime swapped for a script that only reads the
 * course the page carries and writes its heading.
 */
function floorPage(files: Record<string, Uint8Array>): string {
  return launchPage(files).replace(/<script type="module" src="[^"]+">/, '<script type="module" src="/floor.js">');
}

const FLOOR_SCRIPT = `customElements.define('haven-course', class extends HTMLElement {
  connectedCallback() {
    const root = this.attachShadow({ mode: 'open' });
    const course = JSON.parse(this.querySelector('script[type="application/json"]').textContent);
    root.innerHTML = '<section class="content"><h2></h2></section>';
    root.querySelector('h2').textContent = course.audiences.length ? ${JSON.stringify(enGB['audience.title'])} : course.modules[0].pages[0].title;
  }
});`;

/** An LMS page: the SCORM 1.2 API (scorm-again, as in the tests) and a page in a frame. */
function lmsPage(framed: string): string {
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>LMS</title>
<script src="/lms/scorm12.min.js"></script><script>window.API = new Scorm12API({ logLevel: 5, autocommit: false });</script></head>
<body style="margin:0"><iframe src="${framed}" title="Course" style="border:0;width:100%;height:100vh"></iframe></body></html>`;
}

function authoredPage(): string {
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Player</title>
<script type="module" src="/dist/haven.js"></script>
<script>${PLAYER_PROBE}</script></head>
<body style="margin:0"><haven-course src="/courses/example/course.json" lms="none"></haven-course></body></html>`;
}

/**
 * Polls each frame for the heading. Once it is in the DOM, that moment is `__headingInDom` (no script
 * asked for after it can have been needed to show it), and the next frame after paint is `__firstHeading`.
 */
function probe(find: string): string {
  return `(function(){function look(){var h=${find};if(h&&h.textContent){window.__headingInDom=performance.now();requestAnimationFrame(function(){setTimeout(function(){window.__firstHeading=performance.now();},0);});return;}requestAnimationFrame(look);}requestAnimationFrame(look);})();`;
}

/** Where each package is served: /pkg/ (SCORM 1.2, in the LMS page's frame) and /web/. */
type Packages = Record<'pkg' | 'web', Record<string, Uint8Array>>;

/** The static pages, the LMS pages, the authored-course page, the floor, the packages, and dist/ and courses/ as they are. */
function serve(packages: Packages): Promise<{ server: Server; origin: string }> {
  const pages: Record<string, string> = {
    '/static.html': staticPage(),
    '/lms.html': lmsPage('/pkg/index.html'),
    '/lms-static.html': lmsPage('/static.html'),
    '/pkg/index.html': launchPage(packages.pkg),
    '/web/index.html': launchPage(packages.web),
    '/player.html': authoredPage(),
    '/floor.html': floorPage(packages.web),
  };
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const send = (type: string, body: string | Uint8Array) => {
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
    };
    if (pages[url.pathname]) return send('text/html', pages[url.pathname]!);
    if (url.pathname === '/floor.js') return send('text/javascript', FLOOR_SCRIPT);
    if (url.pathname === '/lms/scorm12.min.js')
      return send('text/javascript', readFileSync(join(root, 'node_modules/scorm-again/dist/scorm12.min.js')));
    const packed = packedFile(packages, url.pathname);
    if (packed) return send(types[extname(url.pathname)] ?? 'application/octet-stream', packed);
    const path = normalize(join(root, decodeURIComponent(url.pathname)));
    const allowed = [join(root, 'dist'), join(root, 'courses')].some((d) => path.startsWith(d + '/'));
    if (!allowed || !existsSync(path)) {
      res.writeHead(404);
      res.end();
      return;
    }
    send(types[extname(path)] ?? 'application/octet-stream', readFileSync(path));
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      done({ server, origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` });
    }),
  );
}

/** A file of a package by its URL path (/pkg/... or /web/...). */
function packedFile(packages: Packages, pathname: string): Uint8Array | undefined {
  const [, folder, ...rest] = decodeURIComponent(pathname).split('/');
  return folder === 'pkg' || folder === 'web' ? packages[folder][rest.join('/')] : undefined;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

const round = (x: number, places: number) => Math.round(x * 10 ** places) / 10 ** places;

/** A way learners meet the player, timed against the same first screen as static HTML opened the same way. */
interface Scenario {
  readonly suffix: '' | '.web' | '.authored' | '.floor';
  readonly page: string;
  readonly staticPage: string;
}

const SCENARIOS: readonly Scenario[] = [
  { suffix: '', page: '/lms.html', staticPage: '/lms-static.html' },
  { suffix: '.web', page: '/web/index.html', staticPage: '/static.html' },
  { suffix: '.authored', page: '/player.html', staticPage: '/static.html' },
  { suffix: '.floor', page: '/floor.html', staticPage: '/static.html' },
];

async function main(): Promise<void> {
  build();
  const entry = join(root, 'dist/haven.js');
  const staticFiles = staticClosure(entry);
  const staticBytes = staticFiles.reduce((n, f) => n + gz(f), 0);
  const packages: Packages = { pkg: await packageFiles('scorm12'), web: await packageFiles('web') };

  const { server, origin } = await serve(packages);
  const browser = await launchChromium();
  /**
   * Per page: the URL paths of the JavaScript files asked for before the first heading was in the DOM,
   * and of all it loaded by the time the player was ready for the learner to act (`haven-course.ready`).
   */
  const firstScreenJs = new Map<string, Set<string>>();
  const readyJs = new Map<string, Set<string>>();
  const bytesOf = (path: string) => {
    const packed = packedFile(packages, path);
    return packed ? gzipSync(packed, { level: 9 }).length : gz(join(root, path));
  };
  const sum = (paths: Set<string>) => [...paths].reduce((n, p) => n + bytesOf(p), 0);
  try {
    const time = async (path: string): Promise<number> => {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setCacheEnabled(false);
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(origin + path, { waitUntil: 'load' });
      // In an LMS page the player is in a frame; its time is taken on the LMS page's clock.
      const frame = path.startsWith('/lms') ? page.frames()[1] : page.mainFrame();
      if (!frame) throw new Error(`${path}: no course frame`);
      await frame.waitForFunction('window.__firstHeading !== undefined', { timeout: 20000 });
      const heading = (await frame.evaluate('window.__firstHeading + performance.timeOrigin')) as number;
      const t = heading - ((await page.evaluate('performance.timeOrigin')) as number);
      const scripts = (before: boolean) =>
        frame.evaluate(`performance.getEntriesByType('resource')
          .filter((e) => e.name.endsWith('.js') && (!${before} || e.startTime < window.__headingInDom))
          .map((e) => new URL(e.name).pathname)`) as Promise<string[]>;
      const add = (into: Map<string, Set<string>>, names: string[]) =>
        names.forEach((n) => into.set(path, (into.get(path) ?? new Set()).add(n)));
      add(firstScreenJs, await scripts(true));
      await frame.evaluate('document.querySelector("haven-course")?.ready');
      add(readyJs, await scripts(false));
      await context.close();
      if (errors.length) throw new Error(`${path}: ${errors.join('; ')}`);
      return t;
    };
    const paths = [...new Set(SCENARIOS.flatMap((s) => [s.page, s.staticPage]))];
    const times: Record<string, number[]> = Object.fromEntries(paths.map((p) => [p, []]));
    // Warm the server and the browser once each, then take turns so drift hits all equally.
    for (const p of paths) await time(p);
    for (let i = 0; i < LOADS; i++) for (const p of paths) times[p]!.push(await time(p));
    const ms = (path: string) => median(times[path]!);

    const figures: Record<string, number> = { 'runtime.gzipBytes.static': staticBytes };
    for (const { suffix, page, staticPage } of SCENARIOS) {
      if (suffix !== '.floor') {
        figures[`runtime.gzipBytes${suffix}`] = sum(firstScreenJs.get(page)!);
        figures[`runtime.gzipBytesUntilReady${suffix}`] = sum(readyJs.get(page)!);
      }
      figures[`firstContent.ms${suffix}`] = round(ms(page), 1);
      figures[`firstContent.staticMs${suffix}`] = round(ms(staticPage), 1);
      figures[`firstContent.ratioToStatic${suffix}`] = round(ms(page) / ms(staticPage), 2);
    }
    for (const { suffix, page } of SCENARIOS.filter((s) => s.suffix !== '.floor')) {
      console.log(`JavaScript for courses/example, ${page} (gzip -9; * = asked for before the first heading was shown):`);
      for (const name of [...readyJs.get(page)!].sort())
        console.log(`  ${firstScreenJs.get(page)!.has(name) ? '*' : ' '} ${name.padEnd(48)} ${bytesOf(name)}`);
      console.log(`  runtime.gzipBytesUntilReady${suffix} = ${figures[`runtime.gzipBytesUntilReady${suffix}`]}`);
      console.log(`  runtime.gzipBytes${suffix} = ${figures[`runtime.gzipBytes${suffix}`]}`);
    }
    console.log(`Static closure of dist/haven.js: ${staticFiles.length} file(s), ${staticBytes} bytes`);
    console.log('\nFigure'.padEnd(40) + 'Value   Goal');
    console.log('runtime.gzipBytes'.padEnd(39) + String(figures['runtime.gzipBytes']).padEnd(8) + '<= 40960');
    console.log('firstContent.ratioToStatic'.padEnd(39) + String(figures['firstContent.ratioToStatic']).padEnd(8) + '<= 1.5');
    for (const { suffix, page, staticPage } of SCENARIOS) {
      console.log(
        `  ${page}: median of ${LOADS} ${ms(page).toFixed(1)} ms, static ${ms(staticPage).toFixed(1)} ms, ratio ${figures[`firstContent.ratioToStatic${suffix}`]}`,
      );
    }
    console.log(JSON.stringify(figures));
  } finally {
    await browser.close();
    await new Promise((done) => server.close(done));
  }
}

await main();
