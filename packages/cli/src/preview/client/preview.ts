/// <reference types="vite/client" />
/**
 * The preview page: the LMS window around the course frame, and the inspector beside it.
 * Every launch gets a fresh scorm-again object, as an LMS opens a new session for each attempt.
 */
import { openStore } from '@haven/store';
import { firstLaunchSeed, LEARNER, LIMITS, PreviewLms, resumeSeed, type Cmi, type ScormVersion } from './lms-host.js';
import { isFromLaunch, type PageInfo, type ToLaunch } from './protocol.js';

interface Config {
  readonly courseUrl: string;
  readonly courseFile: string;
  readonly scorm: ScormVersion;
}
interface Validation {
  readonly ok: boolean;
  readonly errors: readonly string[];
  readonly warnings: readonly string[];
}

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const frame = $<HTMLIFrameElement>('course-frame');
const versionSelect = $<HTMLSelectElement>('scorm-version');
const jumpSelect = $<HTMLSelectElement>('jump-select');
const jumpButton = $<HTMLButtonElement>('jump-button');

const config: Config = await (await fetch('/__haven/config.json')).json();
const asked = new URLSearchParams(location.search).get('scorm');
let version: ScormVersion = asked === '1.2' || asked === '2004' ? asked : config.scorm;
let lms: PreviewLms | undefined;
let launches = 0;
let courseId: string | undefined;
let pages: readonly PageInfo[] = [];
let currentPage = '';
let currentView = '';

/** Sends the frame away so the course ends its session (the player terminates on pagehide). */
function unloadFrame(): Promise<void> {
  if (frame.getAttribute('src') === 'about:blank') return Promise.resolve();
  return new Promise((done) => {
    frame.addEventListener('load', () => done(), { once: true });
    frame.setAttribute('src', 'about:blank');
  });
}

async function launch(seed: Cmi, message: string): Promise<void> {
  await unloadFrame();
  lms = new PreviewLms(version, seed, scheduleRender);
  lms.install(window);
  pages = [];
  currentPage = '';
  currentView = '';
  frame.setAttribute('src', `/launch.html?launch=${++launches}`);
  say(message);
  render();
}

/** Runs learner actions one after another: each ends the session and starts another, so none may overlap. */
let queue: Promise<void> = Promise.resolve();
function act(action: () => Promise<void>): Promise<void> {
  queue = queue.then(action).catch((error: unknown) => say(`That did not work: ${error instanceof Error ? error.message : String(error)}`));
  return queue;
}

async function relaunch(reason: string): Promise<void> {
  await unloadFrame();
  const seed = resumeSeed(version, lms?.lastCommitted);
  await launch(seed, `${reason} Entry: ${entryOf(seed) || '(empty)'}.`);
}

async function resetLearner(): Promise<void> {
  await unloadFrame();
  const cleared = await clearDevice();
  await launch(
    firstLaunchSeed(version),
    cleared
      ? 'The learner was reset: nothing on the LMS or this device.'
      : `The LMS data was reset, but ${cleared === undefined ? 'the course id is not known yet' : 'the device store could not be cleared'}.`,
  );
}

/** Clears this course's progress, reflections and answers from the device store the frame uses (same origin). */
async function clearDevice(): Promise<boolean | undefined> {
  const id = courseId ?? (await courseIdFromFile());
  if (!id) return undefined;
  const store = await openStore({ merge: (_local, incoming) => incoming, lmsLearnerId: LEARNER.id });
  const result = await store.clearCourse(id);
  await store.close();
  return result.ok;
}

async function courseIdFromFile(): Promise<string | undefined> {
  try {
    const file = (await (await fetch(config.courseUrl)).json()) as { id?: unknown };
    return typeof file.id === 'string' ? file.id : undefined;
  } catch {
    return undefined;
  }
}

async function switchVersion(next: ScormVersion): Promise<void> {
  version = next;
  const url = new URL(location.href);
  url.searchParams.set('scorm', next);
  history.replaceState(null, '', url);
  await launch(
    firstLaunchSeed(next),
    `Now SCORM ${next}: a new LMS with no data for this learner (the device still holds their progress).`,
  );
}

function jump(): void {
  const pageId = jumpSelect.value;
  if (!pageId || !frame.contentWindow) return;
  const message: ToLaunch = { type: 'haven-preview:goto', pageId };
  frame.contentWindow.postMessage(message, location.origin);
}

window.addEventListener('message', (event: MessageEvent) => {
  if (event.origin !== location.origin || event.source !== frame.contentWindow || !isFromLaunch(event.data)) return;
  const data = event.data;
  if (data.type === 'haven-preview:course') {
    courseId = data.courseId;
    pages = data.pages;
    $('course-title').textContent = ` — ${data.title}`;
  } else if (data.type === 'haven-preview:view') {
    currentPage = data.pageId;
    currentView = data.state;
  } else if (data.type === 'haven-preview:error')
    say(
      `${data.fatal ? 'The course cannot be shown' : 'The course reported a problem'}: ${data.code}${data.message ? ` (${data.message})` : ''}.`,
    );
  else if (data.type === 'haven-preview:goto-result') {
    const title = pages.find((p) => p.id === data.pageId)?.title ?? data.pageId;
    say(data.ok ? `Jumped to "${title}".` : `"${title}" is not open to this learner yet (a gate or audience applies).`);
  }
  render();
});

versionSelect.addEventListener('change', () => void act(() => switchVersion(versionSelect.value === '2004' ? '2004' : '1.2')));
$('relaunch').addEventListener(
  'click',
  () => void act(() => relaunch('Relaunched: the session ended and a new one resumed from the last commit.')),
);
$('reset').addEventListener('click', () => void act(resetLearner));
jumpButton.addEventListener('click', jump);

// Saving a file in the course folder: check it again and relaunch, so the learner resumes where they were.
// An editor's save can arrive as several events: act once they settle.
let changeTimer: ReturnType<typeof setTimeout> | undefined;
import.meta.hot?.on('haven:course-changed', (data: { file: string }) => {
  clearTimeout(changeTimer);
  changeTimer = setTimeout(() => {
    void refreshValidation();
    void act(() => relaunch(`${data.file} changed: the course was reloaded.`));
  }, 150);
});

function say(text: string): void {
  $('notice').textContent = text;
}

function entryOf(seed: Cmi): string {
  const core = (version === '1.2' ? seed.core : seed) as Record<string, unknown> | undefined;
  return String(core?.entry ?? '');
}

async function refreshValidation(): Promise<void> {
  const box = $('validation');
  let result: Validation;
  try {
    result = await (await fetch('/__haven/validate.json')).json();
  } catch {
    box.replaceChildren(el('p', { class: 'problem' }, 'The preview server is not answering: is "haven preview" still running?'));
    return;
  }
  const lines = [
    el(
      'p',
      { class: result.ok ? 'ok' : 'problem' },
      result.ok ? `✓ ${config.courseFile} is valid` : `✗ ${config.courseFile} has problems:`,
    ),
    ...result.errors.map((line) => el('p', { class: 'problem' }, line)),
    ...result.warnings.map((line) => el('p', { class: 'warning' }, `warning ${line}`)),
  ];
  box.replaceChildren(...lines);
}

let renderQueued = false;
function scheduleRender(): void {
  if (renderQueued) return;
  renderQueued = true;
  requestAnimationFrame(() => {
    renderQueued = false;
    render();
  });
}

function render(): void {
  versionSelect.value = version;
  renderJump();
  if (!lms) return;
  const cmi = lms.flat();
  const v = version === '1.2';
  const get = (k12: string, k2004: string) => cmi[v ? k12 : k2004] ?? '';
  const suspend = cmi['cmi.suspend_data'] ?? '';
  const limit = LIMITS[version];
  const location = get('cmi.core.lesson_location', 'cmi.location');
  const rows: [string, string, Node | string][] = [
    ['Session', 'lms-session', lms.finished ? 'finished' : lms.initialised ? 'open' : 'waiting for the course'],
    ...((v
      ? [['Lesson status', 'lms-status', get('cmi.core.lesson_status', '')]]
      : [
          ['Completion', 'lms-status', get('', 'cmi.completion_status')],
          ['Success', 'lms-success', get('', 'cmi.success_status')],
          ['Progress', 'lms-progress', get('', 'cmi.progress_measure')],
        ]) as [string, string, string][]),
    ['Score', 'lms-score', score(cmi, v)],
    ['Location', 'lms-location', location ? `${location} (${location.length} of ${limit.location})` : ''],
    ['Entry', 'lms-entry', get('cmi.core.entry', 'cmi.entry')],
    ['Exit', 'lms-exit', get('cmi.core.exit', 'cmi.exit')],
    ['Suspend data', 'lms-suspend', suspendNode(suspend.length, limit.suspendData)],
    ['Commits', 'lms-commits', String(lms.commits)],
    ['Player shows', 'lms-view', VIEWS[currentView] ?? currentView],
    ['Page', 'lms-page', currentPage],
  ];
  $('cmi').replaceChildren(...rows.flatMap(([label, id, value]) => [el('dt', {}, label), el('dd', { id }, value)]));
  renderInteractions(cmi, v);
  $('calls').replaceChildren(
    ...[...lms.calls]
      .reverse()
      .slice(0, 60)
      .map((c) =>
        el('li', {}, `${c.at.toLocaleTimeString('en-GB')} ${c.call}${c.element ? ` ${c.element} = ${shorten(c.value ?? '')}` : ''}`),
      ),
  );
}

const VIEWS: Readonly<Record<string, string>> = {
  page: 'a page',
  notice: 'a content note',
  paused: 'the break screen',
  audience: 'the audience question',
};

function score(cmi: Record<string, string>, v: boolean): string {
  const p = v ? 'cmi.core.score' : 'cmi.score';
  const raw = cmi[`${p}.raw`];
  if (!raw) return '';
  const scaled = v ? '' : cmi['cmi.score.scaled'] ? `, scaled ${cmi['cmi.score.scaled']}` : '';
  return `${raw} (min ${cmi[`${p}.min`] || '–'}, max ${cmi[`${p}.max`] || '–'}${scaled})`;
}

function suspendNode(length: number, limit: number): Node {
  const span = el(
    'span',
    { class: length > limit ? 'over' : '' },
    `${length.toLocaleString('en-GB')} of ${limit.toLocaleString('en-GB')} characters`,
  );
  const meter = el('meter', { min: '0', max: String(limit), high: String(limit * 0.8), value: String(length) });
  meter.setAttribute('aria-label', 'Suspend data used');
  const box = el('span', {}, span, ' ', meter);
  if (length > limit) box.append(el('span', { class: 'over' }, ' Over the SCORM limit: a real LMS may refuse or cut it.'));
  return box;
}

function renderInteractions(cmi: Record<string, string>, v: boolean): void {
  const rows: HTMLElement[] = [];
  for (let i = 0; cmi[`cmi.interactions.${i}.id`] !== undefined; i++) {
    const f = (name: string) => cmi[`cmi.interactions.${i}.${name}`] ?? '';
    rows.push(
      el(
        'tr',
        {},
        el('td', {}, f('id')),
        el('td', {}, f('type')),
        el('td', {}, f('result')),
        el('td', {}, f(v ? 'student_response' : 'learner_response')),
      ),
    );
  }
  const box = $('interactions');
  if (!rows.length) return void box.replaceChildren(el('p', {}, 'None yet.'));
  const head = el('tr', {}, ...['Id', 'Type', 'Result', 'Response'].map((t) => el('th', { scope: 'col' }, t)));
  box.replaceChildren(el('table', {}, el('thead', {}, head), el('tbody', {}, ...rows)));
}

function renderJump(): void {
  const wanted = pages.map((p) => p.id).join('\n');
  if (jumpSelect.dataset.pages !== wanted) {
    jumpSelect.dataset.pages = wanted;
    jumpSelect.replaceChildren(...pages.map((p) => el('option', { value: p.id }, `${p.module}: ${p.title}`)));
  }
  jumpSelect.disabled = jumpButton.disabled = pages.length === 0;
}

function shorten(value: string): string {
  return value.length > 80 ? `${value.slice(0, 77)}… (${value.length} characters)` : value;
}

function el(tag: string, attrs: Record<string, string>, ...children: (Node | string)[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) if (value) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

void refreshValidation();
void launch(firstLaunchSeed(version), `The LMS is ready (SCORM ${version}) and the course is opening.`);
