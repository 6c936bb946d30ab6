/**
 * Integration harness: the real player beside scorm-again (behind the strict checker) on this window,
 * with real IndexedDB. Used by the resume and fault tests.
 */
import { fixture } from '@open-wc/testing';
import { html } from 'lit';
import { createLms, install, uninstall, type TestLms, type Version } from '@haven/lms/testing';
import type { HavenCourse } from '../haven-course.js';
import { playerDefaults } from '../../player/wiring.js';
import { button, settle, shadow } from './fixtures.js';

export type { TestLms, Version };

export const LEARNER = 'learner-42';

/** A course with a question on two pages, so answers can diverge between the LMS and the device. */
export function quizCourse(): Record<string, unknown> {
  const question = (id: string, prompt: string) => ({
    type: 'question',
    id,
    prompt,
    mode: 'single',
    attempts: 2,
    options: [
      { id: 'listen', text: 'Listen calmly', feedback: 'Listening tells the child they were right to speak.' },
      { id: 'promise', text: 'Promise to keep it secret', feedback: 'You may need to share it to keep the child safe.' },
    ],
    correct: ['listen'],
  });
  return {
    formatVersion: 1,
    id: 'resume-test',
    version: '1.0.0',
    title: 'Keeping progress safe',
    lang: 'en-GB',
    completion: { rule: 'viewed' },
    support: { contacts: [{ name: 'Samaritans', phone: '116 123' }] },
    modules: [
      {
        id: 'one',
        title: 'First steps',
        gate: 'open',
        pages: [
          { id: 'start', title: 'Starting out', blocks: [{ type: 'text', id: 'start-text', body: 'Welcome.' }] },
          { id: 'first-check', title: 'A first check', blocks: [question('first-q', 'What helps most when a child tells you?')] },
          { id: 'middle', title: 'In the middle', blocks: [{ type: 'text', id: 'middle-text', body: 'Keep going.' }] },
          { id: 'second-check', title: 'A second check', blocks: [question('second-q', 'And the next time?')] },
          { id: 'last', title: 'The last page', blocks: [{ type: 'text', id: 'last-text', body: 'Thank you.' }] },
        ],
      },
    ],
  };
}

let counter = 0;
export function freshDb(): string {
  const name = `haven-integ-${Date.now()}-${counter++}`;
  playerDefaults.dbName = name;
  return name;
}

export function useDb(name: string): void {
  playerDefaults.dbName = name;
}

export function lmsSeed(version: Version, extra: { mode?: string } = {}): Record<string, unknown> {
  return version === 'scorm12'
    ? {
        core: { student_id: LEARNER, student_name: 'Doe, Jane', entry: 'ab-initio', lesson_mode: extra.mode ?? 'normal', credit: 'credit' },
      }
    : { learner_id: LEARNER, learner_name: 'Doe, Jane', entry: 'ab-initio', mode: extra.mode ?? 'normal' };
}

/** Installs a new scorm-again on this window, as a new launch of the SCO would find it. */
export function launchLms(version: Version, seed: Record<string, unknown> = lmsSeed(version)): TestLms {
  uninstall(window);
  const lms = createLms(version, seed);
  install(window, lms);
  return lms;
}

export async function mountPlayer(course: object | string = quizCourse()): Promise<HavenCourse> {
  const el = await fixture<HavenCourse>(html`<haven-course lms="auto" .course=${course}></haven-course>`);
  await el.ready;
  await settle(el);
  return el;
}

export async function until(check: () => boolean, what = 'condition', ms = 4000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const ORDER = ['Starting out', 'A first check', 'In the middle', 'A second check', 'The last page'];

/** Goes forward or back with the pager until the page with this heading shows. */
export async function goTo(el: HavenCourse, title: string): Promise<void> {
  for (let i = 0; i < 10 && pageTitle(el) !== title; i++) {
    const back = ORDER.indexOf(title) < ORDER.indexOf(pageTitle(el));
    button(shadow(el), back ? 'Previous' : 'Next').click();
    await settle(el);
  }
  if (pageTitle(el) !== title) throw new Error(`Never reached "${title}" (at "${pageTitle(el)}")`);
}

export function pageTitle(el: HavenCourse): string {
  return shadow(el).querySelector('.content h2')?.textContent?.trim() ?? '';
}

function questionRoot(el: HavenCourse): ShadowRoot {
  const q = shadow(el).querySelector('haven-question');
  if (!q?.shadowRoot) throw new Error('No question on this page');
  return q.shadowRoot;
}

/** Block elements load lazily: waits until the page's question has rendered. */
export async function questionReady(el: HavenCourse): Promise<void> {
  await until(() => !!shadow(el).querySelector('haven-question')?.shadowRoot?.querySelector('input'), 'the question');
}

/** Chooses an option and checks the answer, as a learner would. */
export async function answer(el: HavenCourse, optionId: string): Promise<void> {
  await questionReady(el);
  const root = questionRoot(el);
  const input = root.querySelector<HTMLInputElement>(`input[value="${optionId}"]`);
  if (!input) throw new Error(`No option ${optionId}`);
  input.click();
  await settle(el);
  button(root, 'Check my answer').click();
  await settle(el);
  await (shadow(el).querySelector('haven-question') as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
}

/** The option shown as the learner's answer on this page, or "" when none is. */
export async function shownAnswer(el: HavenCourse): Promise<string> {
  await questionReady(el);
  const root = questionRoot(el);
  const checked = root.querySelector<HTMLInputElement>('input:checked');
  return checked && checked.disabled ? checked.value : '';
}

/** The page is hidden (tab switched, window closing) and then dropped, as a browser does on leaving. */
export function leavePage(): void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
  try {
    document.dispatchEvent(new Event('visibilitychange'));
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
  } finally {
    delete (document as unknown as Record<string, unknown>).visibilityState;
  }
}

export function finishCount(lms: TestLms): number {
  const name = lms.version === 'scorm12' ? 'LMSFinish' : 'Terminate';
  return lms.checker.calls.filter((c) => c === name).length;
}

/** Every text the learner could see, through every shadow root. */
export function allText(root: Node): string {
  let text = '';
  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) text += node.textContent + ' ';
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    for (const child of node.childNodes) walk(child);
  };
  walk(root);
  return text;
}

/** Signs of a stack trace, an error object or an internal code; "at " only as a stack frame, since plain English uses it. */
export const LEAKS: readonly RegExp[] = [
  /Error:/,
  /\bat \S+ \(|\bat \S+:\d+:\d+|\.[jt]s:\d+:\d+/,
  /undefined/,
  /\[object/,
  /\b(LMS|STORE|COURSE)_[A-Z_]+/,
  /\bNaN\b/,
];

export function leaksIn(el: HTMLElement): string[] {
  const text = allText(el.shadowRoot!);
  return LEAKS.filter((l) => l.test(text)).map((l) => `${l.source}: ${text.match(l)?.[0]}`);
}

export function removeLms(): void {
  uninstall(window);
}

/**
 * The player in its own frame, with whatever LMS this (parent) window holds, as an LMS launches a
 * SCO. Removing the frame unloads it for real: the browser fires `pagehide` itself.
 */
export async function mountInFrame(
  dbName: string,
  course: object = quizCourse(),
  lms: 'auto' | 'none' = 'auto',
): Promise<{ frame: HTMLIFrameElement; el: HavenCourse }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 900px; height: 700px';
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  frame.srcdoc = `<!doctype html><body><script type="module">
    import { playerDefaults } from '/packages/elements/src/player/wiring.ts';
    import '/packages/elements/src/course/haven-course.ts';
    playerDefaults.dbName = ${JSON.stringify(dbName)};
    window.havenReady = true;
  </script></body>`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & { havenReady?: boolean };
  await until(() => !!win.havenReady && !!win.customElements.get('haven-course'), 'the player in the frame', 10000);
  const el = win.document.createElement('haven-course') as HavenCourse;
  el.setAttribute('lms', lms);
  el.course = course;
  win.document.body.append(el);
  await el.ready;
  await settle(el);
  return { frame, el };
}
