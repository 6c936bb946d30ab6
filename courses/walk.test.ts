/**
 * A learner walks every page of every shipped course in the real player, in order, from the first
 * page to the certificate: continuing past content notes, doing each activity with the answers the
 * course marks right (so sequential days and assessments open), and running axe-core (WCAG 2.2 AA)
 * on every page as first shown and again once its activities show their feedback. Each page is
 * also narrowed to 320 CSS pixels, where it must reflow without scrolling sideways (WCAG 1.4.10).
 */
import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import { setViewport } from '@web/test-runner-commands';
import type { AxeResults, RunOptions } from 'axe-core';
import 'axe-core/axe.min.js';
import { playerDefaults, type HavenCourse } from '@haven/elements';

import practitioner from './practitioner/course.json';
import practitionerLock from './practitioner/course.lock.json';
import seniorLeader from './senior-leader/course.json';
import seniorLeaderLock from './senior-leader/course.lock.json';
import champion from './champion/course.json';
import championLock from './champion/course.lock.json';
import { button, doActivities, handleOf, settle, shownHeading, waitFor } from './testing/learner.js';

declare const axe: { run(context: Element, options: RunOptions): Promise<AxeResults> };

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const COURSES = [
  { name: 'practitioner', course: practitioner, lock: practitionerLock },
  { name: 'senior-leader', course: seniorLeader, lock: seniorLeaderLock },
  { name: 'champion', course: champion, lock: championLock },
] as const;

/** Checks axe could not decide (e.g. contrast over an image), counted by rule, for the log. */
const undecided = new Map<string, number>();
const undecidedExample = new Map<string, string>();

/** axe violations, one line each: where the learner was, the rule, its help text and the elements. */
async function violations(el: HavenCourse, where: string): Promise<string[]> {
  const result = await axe.run(el, { runOnly: { type: 'tag', values: WCAG_22_AA }, resultTypes: ['violations'] });
  for (const r of result.incomplete) {
    undecided.set(r.id, (undecided.get(r.id) ?? 0) + r.nodes.length);
    const node = r.nodes[0];
    if (node && !undecidedExample.has(r.id)) {
      undecidedExample.set(r.id, `${where} ${JSON.stringify(node.target)}: ${node.any.map((c) => c.message).join(' ')}`);
    }
  }
  return result.violations.map(
    (v) => `${where}: ${v.id} (${v.impact}): ${v.help} -> ${v.nodes.map((n) => JSON.stringify(n.target)).join('; ')}`,
  );
}

const WIDE = { width: 1280, height: 900 };
const NARROW = { width: 320, height: 640 };

/** How far the page scrolls sideways at 320 CSS pixels, as a line to report, or nothing. */
async function reflow(el: HavenCourse, where: string): Promise<string[]> {
  await setViewport(NARROW);
  await settle(el);
  const root = document.documentElement;
  const over = Math.max(root.scrollWidth - root.clientWidth, el.scrollWidth - el.clientWidth);
  await setViewport(WIDE);
  await settle(el);
  return over > 0 ? [`${where}: scrolls ${over}px sideways at 320px`] : [];
}

let run = 0;

async function mount(name: string, course: object, lock: object): Promise<HavenCourse> {
  // A database of its own, so no earlier run's progress is resumed.
  playerDefaults.dbName = `haven-walk-${name}-${Date.now()}-${run++}`;
  const el = await fixture<HavenCourse>(html`<haven-course lms="none" theme="light" .course=${course} .lock=${lock}></haven-course>`);
  await el.ready;
  await settle(el);
  return el;
}

describe('the course walk', () => {
  it('sees into the shadow roots of the player and its blocks (a planted problem is found)', async () => {
    const el = await mount('guard', seniorLeader, seniorLeaderLock);
    expect(await violations(el, 'clean')).to.deep.equal([]);
    // The course opens on its content note: an element with a shadow root of its own inside the player's.
    const note = el.shadowRoot!.querySelector('haven-content-note')!;
    const planted = document.createElement('input');
    note.shadowRoot!.append(planted);
    const found = await violations(el, 'planted');
    planted.remove();
    expect(found.join('\n')).to.contain('label');
  });
});

for (const { name, course, lock } of COURSES) {
  describe(`courses/${name} walked in the player`, () => {
    it('shows every page in order, passes axe on each, and ends with a certificate', async function () {
      this.timeout(280_000);
      const started = performance.now();
      await setViewport(WIDE);
      document.body.style.margin = '0';
      undecided.clear();
      undecidedExample.clear();
      const errors: string[] = [];
      const el = await mount(name, course, lock);
      el.addEventListener('haven-error', (e) => errors.push(JSON.stringify((e as CustomEvent).detail)));
      expect(el.shadowRoot!.querySelector('haven-error-panel'), 'the course loads without errors').to.equal(null);

      const handle = handleOf(el);
      const expected = handle.course.modules.flatMap((m) => m.pages.map((p) => p.id));
      const walked: string[] = [];
      const notes: string[] = [];
      const found: string[] = [];
      const cramped: string[] = [];

      for (let step = 0; step < expected.length * 3; step++) {
        const view = handle.getView();
        await waitFor(() => shownHeading(el), `a heading on ${view.pageId}`);
        if (view.state === 'notice') {
          notes.push(view.pageId);
          found.push(...(await violations(el, `content note before ${view.pageId}`)));
          const note = el.shadowRoot!.querySelector('haven-content-note')!;
          button(note.shadowRoot!, 'Continue')!.click();
          await settle(el);
          continue;
        }
        expect(view.state, `the player shows a page, not "${view.state}"`).to.equal('page');
        expect(walked, `${view.pageId} shown twice: Next did not move on`).to.not.include(view.pageId);
        walked.push(view.pageId);
        found.push(...(await violations(el, view.pageId)));
        if ((await doActivities(el)).length) found.push(...(await violations(el, `${view.pageId} after its activities`)));
        cramped.push(...(await reflow(el, view.pageId)));
        const next = button(el.shadowRoot!.querySelector('nav.pager')!, 'Next');
        if (!next) break;
        next.click();
        await settle(el);
        await waitFor(() => handle.getView().pageId !== view.pageId || handle.getView().state !== 'page', `Next to leave ${view.pageId}`);
      }

      expect(walked, 'every page, in course order').to.deep.equal(expected);
      expect(found, `axe violations:\n${found.join('\n')}`).to.deep.equal([]);
      expect(cramped, `pages that do not reflow:\n${cramped.join('\n')}`).to.deep.equal([]);
      expect(errors, 'haven-error events').to.deep.equal([]);
      const projection = handle.getProjection();
      expect(projection.completion).to.equal('completed');
      expect(projection.success).to.equal('passed');
      const certificate = await waitFor(
        () => el.shadowRoot!.querySelector('haven-certificate')?.shadowRoot?.querySelector('section.certificate'),
        'the certificate',
      );
      expect(certificate.textContent).to.contain(handle.course.title);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      const unsure = [...undecided].map(([id, n]) => `${id} x${n}, e.g. ${undecidedExample.get(id)}`).join('; ') || 'none';
      console.log(
        `${name}: ${walked.length} pages, ${notes.length} content notes, axe clean, reflows at 320px (undecided: ${unsure}), ${seconds} s`,
      );
    });
  });
}
