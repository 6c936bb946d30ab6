import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { Scorm12API } from 'scorm-again';
import type { AxeResults, RunOptions } from 'axe-core';
import 'axe-core/axe.min.js';
import type { HavenCourse } from '../course/haven-course.js';
import type { HavenSettingsDialog } from './settings-dialog.js';
import { button, deepFocus, freshDatabase, mountCourse, settle, shadow, shownHeading, testCourse } from '../course/testing/fixtures.js';

declare const axe: { run(context: Element, options: RunOptions): Promise<AxeResults> };

/** The test course with a private reflection on its first page. */
function courseWithReflection(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const course = testCourse(overrides);
  const modules = structuredClone(course['modules']) as { pages: { blocks: object[] }[] }[];
  modules[0]!.pages[0]!.blocks.push({ type: 'reflection', id: 'my-practice', prompt: 'What will you do differently?', maxLength: 500 });
  return { ...course, modules };
}

const settings = (el: HavenCourse): HavenSettingsDialog => shadow(el).querySelector('haven-settings-dialog')!;
const inSettings = (el: HavenCourse): ShadowRoot => settings(el).shadowRoot!;

const until = async (check: () => boolean, what: string): Promise<void> => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 20));
  if (!check()) throw new Error(`Timed out waiting for ${what}`);
};

async function expectNoViolations(el: Element): Promise<void> {
  const result = await axe.run(el, { resultTypes: ['violations'] });
  const summary = result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
  expect(summary, summary.join('\n')).to.deep.equal([]);
}

/** Types into the page's reflection box without saving; returns the reflection. */
async function typeReflection(el: HavenCourse, text: string): Promise<HTMLElement & { updateComplete: Promise<boolean> }> {
  await customElements.whenDefined('haven-reflection');
  const reflection = shadow(el).querySelector('haven-reflection')!;
  await reflection.updateComplete;
  const area = reflection.shadowRoot!.querySelector('textarea')!;
  area.value = text;
  area.dispatchEvent(new Event('input', { bubbles: true }));
  await reflection.updateComplete;
  return reflection;
}

async function writeReflection(el: HavenCourse, text: string): Promise<void> {
  const reflection = await typeReflection(el, text);
  button(reflection.shadowRoot!, 'Save').click();
  await settle(el);
}

/** Clears this course's data through Settings, confirming, and waits for the fresh start. */
async function clearThisCourse(el: HavenCourse): Promise<void> {
  await openSettings(el);
  await askToClear(el, 'Clear my data for this course');
  button(inSettings(el).querySelector('dialog.confirm')!, 'Clear my data').click();
  await until(() => !settings(el).isOpen, 'the dialogs to close');
  await settle(el);
}

async function openSettings(el: HavenCourse): Promise<void> {
  const opener = button(shadow(el), 'Settings');
  opener.focus();
  opener.click();
  await settle(el);
  expect(settings(el).isOpen).to.equal(true);
}

/**
 * Presses a data button in the settings and waits for the confirmation to open. A real key press, as a
 * learner's: Chromium groups dialogs opened without a user gesture, and one Escape would close both.
 */
async function askToClear(el: HavenCourse, label: string): Promise<void> {
  button(inSettings(el), label).focus();
  await sendKeys({ press: 'Enter' });
  await until(() => settings(el).isConfirming, 'the confirmation');
  await settings(el).updateComplete;
}

/** Catches the next download link the page clicks, reads its file, and stops the real download. */
function nextDownload(): Promise<{ name: string; text: string }> {
  return new Promise((resolve, reject) => {
    const onClick = (event: MouseEvent) => {
      const link = event.composedPath()[0];
      if (!(link instanceof HTMLAnchorElement) || !link.download) return;
      event.preventDefault();
      document.removeEventListener('click', onClick, true);
      fetch(link.href)
        .then((r) => r.text())
        .then((text) => resolve({ name: link.download, text }), reject);
    };
    document.addEventListener('click', onClick, true);
  });
}

async function remount(el: HavenCourse, course: object): Promise<HavenCourse> {
  el.remove();
  await new Promise((r) => setTimeout(r, 50));
  return mountCourse(course);
}

describe('<haven-course> settings and the learner’s data (real IndexedDB)', () => {
  beforeEach(() => {
    freshDatabase();
  });
  afterEach(async () => {
    delete (window as Window & { API?: unknown }).API;
    await setViewport({ width: 800, height: 600 });
  });

  it('opens Settings from a toolbar button that is a real button, and explains what this device keeps', async () => {
    const el = await mountCourse();
    const opener = button(shadow(el), 'Settings');
    expect(opener.getAttribute('aria-haspopup')).to.equal('dialog');
    expect(opener.closest('[part="toolbar"]')).to.not.equal(null);
    await openSettings(el);
    const text = inSettings(el).textContent ?? '';
    expect(text).to.contain('your private reflections');
    expect(text).to.contain('Your name is never kept on this device.');
    expect(text).to.contain('Low-stimulus mode');
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(settings(el).isOpen).to.equal(false);
    expect(deepFocus()).to.equal(opener);
  });

  it('downloads JSON with this course’s progress and reflections', async () => {
    const course = courseWithReflection();
    const el = await mountCourse(course);
    await writeReflection(el, 'Ask the child what would help.');
    button(shadow(el), 'Next').click();
    await settle(el);
    await openSettings(el);
    const download = nextDownload();
    button(inSettings(el), 'Download my data for this course').click();
    const { name, text } = await download;
    expect(name).to.equal('haven-shell-test-data.json');
    const data = JSON.parse(text);
    expect(data.format).to.equal('haven-course-data');
    expect(data.courseId).to.equal('shell-test');
    expect(data.progress.viewed.length).to.equal(2);
    expect(data.reflections).to.deep.equal([
      { blockId: 'my-practice', text: 'Ask the child what would help.', updatedAt: data.reflections[0].updatedAt },
    ]);
    await settings(el).updateComplete;
    expect(inSettings(el).querySelector('[role="status"]')?.textContent).to.contain('haven-shell-test-data.json');
  });

  it('never puts the LMS learner’s name or id in the download', async () => {
    const lms = new Scorm12API({ autocommit: false, logLevel: 5 });
    lms.loadFromJSON({ core: { student_id: 'jane.doe@example.org', student_name: 'Doe, Jane' } }, '');
    (window as Window & { API?: unknown }).API = lms;
    const el = await fixture<HavenCourse>(html`<haven-course lms="auto" .course=${courseWithReflection()}></haven-course>`);
    await el.ready;
    await settle(el);
    await writeReflection(el, 'Stay calm and listen.');
    await openSettings(el);
    expect(inSettings(el).textContent).to.contain('learning system (LMS) keeps its own record');
    const download = nextDownload();
    button(inSettings(el), 'Download my data for this course').click();
    const { text } = await download;
    const data = JSON.parse(text);
    expect(data.reflections[0].text).to.equal('Stay calm and listen.');
    expect(data.learner.source).to.equal('lms');
    expect(text).to.not.contain('Jane');
    expect(text).to.not.contain('Doe');
    expect(text).to.not.contain('jane.doe@example.org');
  });

  it('clears this course after confirming: the course starts again from the beginning, and says so', async () => {
    const course = courseWithReflection();
    const el = await mountCourse(course);
    await writeReflection(el, 'Something private.');
    button(shadow(el), 'Next').click();
    await settle(el);
    expect(shownHeading(el)).to.equal('Going at your own pace');
    await openSettings(el);
    await askToClear(el, 'Clear my data for this course');
    const confirm = inSettings(el).querySelector('dialog.confirm')!;
    const explanation = confirm.textContent ?? '';
    expect(explanation).to.contain('your progress, your answers and your private reflections');
    expect(explanation).to.contain('does not delete anything your organisation’s learning system (LMS) already holds');
    expect(explanation).to.contain('start again from the beginning');
    expect(deepFocus()?.textContent?.trim()).to.equal('Cancel');
    button(confirm, 'Clear my data').click();
    await until(() => !settings(el).isOpen, 'the dialogs to close');
    await settle(el);
    expect(shownHeading(el)).to.equal('Welcome');
    const live = shadow(el).querySelector('.visually-hidden[role="status"]')!;
    expect(live.textContent).to.equal(
      'Your data for this course was cleared from this device. The course starts again from the beginning.',
    );
    expect(shadow(el).querySelector('[part="notice"]')?.textContent).to.contain('cleared');
    expect(deepFocus()).to.equal(button(shadow(el), 'Settings'));

    const again = await remount(el, course);
    expect(shownHeading(again)).to.equal('Welcome');
    await customElements.whenDefined('haven-reflection');
    const reflection = shadow(again).querySelector('haven-reflection')!;
    await reflection.updateComplete;
    expect(reflection.shadowRoot!.querySelector('textarea')!.value).to.equal('');
  });

  it('clears words typed but not saved too: they are not kept as the page gives way to the fresh start', async () => {
    const course = testCourse();
    const modules = structuredClone(course['modules']) as { pages: { blocks: object[] }[] }[];
    modules[0]!.pages[1]!.blocks.push({ type: 'reflection', id: 'later-thought', prompt: 'What stayed with you?' });
    const el = await mountCourse({ ...course, modules });
    button(shadow(el), 'Next').click();
    await settle(el);
    await typeReflection(el, 'Typed, never saved, then cleared');
    await clearThisCourse(el);
    expect(shownHeading(el)).to.equal('Welcome');
    button(shadow(el), 'Next').click();
    await settle(el);
    const after = shadow(el).querySelector('haven-reflection')!;
    await after.updateComplete;
    expect(await after.handle!.loadReflection('later-thought')).to.equal(undefined);
    expect(after.shadowRoot!.querySelector('textarea')!.value).to.equal('');
  });

  it('empties a box with words typed but not saved that stays on screen through the fresh start', async () => {
    const el = await mountCourse(courseWithReflection());
    await typeReflection(el, 'Typed on the first page, then cleared');
    await clearThisCourse(el);
    const after = shadow(el).querySelector('haven-reflection')!;
    await after.updateComplete;
    expect(after.shadowRoot!.querySelector('textarea')!.value).to.equal('');
    // Nothing is left to keep when the learner moves on.
    button(shadow(el), 'Next').click();
    await settle(el);
    expect(await after.handle!.loadReflection('my-practice')).to.equal(undefined);
  });

  it('keeps everything when the learner cancels, with Escape or the Cancel button', async () => {
    const course = testCourse();
    const el = await mountCourse(course);
    button(shadow(el), 'Next').click();
    await settle(el);
    await openSettings(el);
    await askToClear(el, 'Clear my data for this course');
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(settings(el).isConfirming).to.equal(false);
    expect(settings(el).isOpen, 'Escape closes only the confirmation').to.equal(true);
    expect(deepFocus()?.textContent?.trim()).to.equal('Clear my data for this course');
    await askToClear(el, 'Clear all Haven data on this device');
    button(inSettings(el).querySelector('dialog.confirm')!, 'Cancel').click();
    await settle(el);
    expect(settings(el).isConfirming).to.equal(false);
    expect(shownHeading(el)).to.equal('Going at your own pace');
    const again = await remount(el, course);
    expect(shownHeading(again)).to.equal('Going at your own pace');
  });

  it('clears all Haven data on this device, settings included', async () => {
    const course = testCourse();
    const el = await mountCourse(course);
    await openSettings(el);
    inSettings(el).querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
    await settle(el);
    expect(el.hasAttribute('low-stimulus')).to.equal(true);
    button(inSettings(el), 'Close').click();
    await settle(el);
    button(shadow(el), 'Next').click();
    await settle(el);
    await openSettings(el);
    await askToClear(el, 'Clear all Haven data on this device');
    const confirm = inSettings(el).querySelector('dialog.confirm')!;
    expect(confirm.textContent).to.contain('for every course');
    button(confirm, 'Clear all data').click();
    await until(() => !settings(el).isOpen, 'the dialogs to close');
    await settle(el);
    expect(shownHeading(el)).to.equal('Welcome');
    expect(shadow(el).querySelector('.visually-hidden[role="status"]')!.textContent).to.contain('All Haven data was cleared');
    // The player carries on saving on the device, in a fresh database.
    expect(shadow(el).querySelector('[part="saving"]')).to.equal(null);
    const again = await remount(el, course);
    expect(shownHeading(again)).to.equal('Welcome');
    expect(again.hasAttribute('low-stimulus')).to.equal(false);
  });

  it('is operable with the keyboard alone: open, ask, confirm, and focus comes back to Settings', async () => {
    const el = await mountCourse();
    button(shadow(el), 'Next').click();
    await settle(el);
    const tabTo = async (text: string) => {
      for (let i = 0; i < 60 && deepFocus()?.textContent?.trim() !== text; i++) await sendKeys({ press: 'Tab' });
      expect(deepFocus()?.textContent?.trim()).to.equal(text);
    };
    await tabTo('Settings');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(settings(el).isOpen).to.equal(true);
    await tabTo('Clear my data for this course');
    await sendKeys({ press: 'Enter' });
    await until(() => settings(el).isConfirming, 'the confirmation');
    await settings(el).updateComplete;
    expect(deepFocus()?.textContent?.trim()).to.equal('Cancel');
    await sendKeys({ press: 'Tab' });
    expect(deepFocus()?.textContent?.trim()).to.equal('Clear my data');
    await sendKeys({ press: 'Enter' });
    await until(() => !settings(el).isOpen, 'the dialogs to close');
    await settle(el);
    expect(shownHeading(el)).to.equal('Welcome');
    expect(deepFocus()?.textContent?.trim()).to.equal('Settings');
  });

  it('has no axe violations with the settings open and with the confirmation open', async () => {
    const el = await mountCourse();
    await openSettings(el);
    await expectNoViolations(el);
    await askToClear(el, 'Clear my data for this course');
    await expectNoViolations(el);
  });

  it('speaks Welsh in a Welsh course', async () => {
    const el = await mountCourse(testCourse({ lang: 'cy' }));
    button(shadow(el), 'Gosodiadau').click();
    await settle(el);
    await settings(el).updateComplete;
    expect(inSettings(el).querySelector('h2')?.textContent).to.equal('Gosodiadau');
    expect(button(inSettings(el), 'Clirio fy nata ar gyfer y cwrs hwn')).to.not.equal(null);
  });
});

describe('<haven-course> previous and next at 320px', () => {
  beforeEach(() => {
    freshDatabase();
  });
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  it('keeps Previous and Next side by side, both whole, with no sideways scroll', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await mountCourse(testCourse({ lang: 'cy' }));
    button(shadow(el), 'Nesaf').click();
    await settle(el);
    const previous = button(shadow(el), 'Blaenorol').getBoundingClientRect();
    const next = button(shadow(el), 'Nesaf').getBoundingClientRect();
    expect(Math.round(previous.top)).to.equal(Math.round(next.top));
    expect(previous.left).to.be.at.least(0);
    expect(next.right).to.be.at.most(320);
    expect(previous.right).to.be.at.most(next.left);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });
});
