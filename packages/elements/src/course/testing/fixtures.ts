import { fixture } from '@open-wc/testing';
import { html } from 'lit';
import { playerDefaults } from '../../player/wiring.js';
import type { HavenCourse } from '../haven-course.js';
import { deepActiveElement } from '../../base/deep-active-element.js';
import '../haven-course.js';
import { testCourse } from './test-course.js';

export { testCourse } from './test-course.js';

/** The shared example course and its lock, as data (the test server turns .json into modules). */
export { default as exampleCourse } from '../../../../../courses/example/course.json';
export { default as exampleLock } from '../../../../../courses/example/course.lock.json';

let counter = 0;
/** A fresh IndexedDB name per test, so tests never see each other's progress. */
export function freshDatabase(): string {
  const name = `haven-shell-test-${Date.now()}-${counter++}`;
  playerDefaults.dbName = name;
  return name;
}

export async function mountCourse(
  course: object | string = testCourse(),
  attrs: { theme?: string; lock?: object } = {},
): Promise<HavenCourse> {
  const el = await fixture<HavenCourse>(
    html`<haven-course lms="none" theme=${attrs.theme ?? 'light'} .course=${course} .lock=${attrs.lock}></haven-course>`,
  );
  await el.ready;
  await el.updateComplete;
  return el;
}

export const shadow = (el: HavenCourse): ShadowRoot => el.shadowRoot!;

export function heading(el: HavenCourse): HTMLElement | null {
  return shadow(el).querySelector<HTMLElement>('.content h2');
}

/** Text of the first h2 in the page area, looking into the part elements (note, pause). */
export function shownHeading(el: HavenCourse): string {
  const own = heading(el);
  if (own) return own.textContent?.trim() ?? '';
  const part = shadow(el).querySelector('haven-content-note, haven-pause-screen, haven-error-panel');
  return part?.shadowRoot?.querySelector('h2')?.textContent?.trim() ?? '';
}

export function button(root: ParentNode, text: string): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === text);
  if (!found) throw new Error(`No button "${text}"`);
  return found;
}

/** Waits until the player has re-rendered after a machine event. */
export async function settle(el: HavenCourse): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(() => r(undefined)));
  }
  for (const part of shadow(el).querySelectorAll(
    'haven-content-note, haven-pause-screen, haven-error-panel, haven-outline, haven-support-dialog, haven-settings-dialog',
  )) {
    await (part as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  }
}

/** The element that has focus, looking through shadow roots. */
export const deepFocus = (): Element | null => deepActiveElement();
