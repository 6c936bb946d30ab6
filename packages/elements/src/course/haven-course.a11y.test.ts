import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import { setViewport } from '@web/test-runner-commands';
import type { AxeResults, RunOptions } from 'axe-core';
import 'axe-core/axe.min.js';

declare const axe: { run(context: Element, options: RunOptions): Promise<AxeResults> };
import { button, freshDatabase, mountCourse, settle, shadow, testCourse } from './testing/fixtures.js';
import type { HavenCourse } from './haven-course.js';

async function expectNoViolations(el: Element): Promise<void> {
  const result = await axe.run(el, { resultTypes: ['violations'] });
  const summary = result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
  expect(summary, summary.join('\n')).to.deep.equal([]);
}

describe('<haven-course> accessibility', () => {
  beforeEach(() => {
    freshDatabase();
  });
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  it('has no axe violations on a page, in a content note, paused, with support open and when complete', async () => {
    const el = await mountCourse(testCourse());
    await expectNoViolations(el);

    button(shadow(el), 'Next').click();
    await settle(el);
    button(shadow(el), 'Next').click();
    await settle(el);
    expect(shadow(el).querySelector('haven-content-note')).to.not.equal(null);
    await expectNoViolations(el);

    button(shadow(el).querySelector('haven-content-note')!.shadowRoot!, 'Continue').click();
    await settle(el);
    button(shadow(el), 'Take a break').click();
    await settle(el);
    expect(shadow(el).querySelector('haven-pause-screen')).to.not.equal(null);
    await expectNoViolations(el);
    button(shadow(el).querySelector('haven-pause-screen')!.shadowRoot!, 'Return to the course').click();
    await settle(el);

    await el.openSupport();
    await settle(el);
    await expectNoViolations(el);
    shadow(el).querySelector('haven-support-dialog')!.close();
    await settle(el);

    const outline = shadow(el).querySelector('haven-outline')!;
    button(outline.shadowRoot!, 'Looking after yourself').click();
    await settle(el);
    await expectNoViolations(el);
  });

  it('has no axe violations in the dark theme', async () => {
    const el = await mountCourse(testCourse(), { theme: 'dark' });
    await expectNoViolations(el);
  });

  it('has no axe violations on the error panel', async () => {
    const el = await mountCourse(JSON.stringify({ formatVersion: 1, id: 'x' }, null, 2));
    expect(shadow(el).querySelector('haven-error-panel')).to.not.equal(null);
    await expectNoViolations(el);
  });

  it('has no axe violations when the course cannot be fetched (the panel offers to try again)', async () => {
    const el = await fixture<HavenCourse>(html`<haven-course lms="none" src="/no/such/course.json"></haven-course>`);
    await el.ready;
    await settle(el);
    expect(button(shadow(el).querySelector('haven-error-panel')!.shadowRoot!, 'Try again').type).to.equal('button');
    await expectNoViolations(el);
  });

  it('reflows at 320 CSS pixels without horizontal scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await mountCourse(testCourse());
    document.documentElement.style.margin = '0';
    await settle(el);
    expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    await el.openSupport();
    await settle(el);
    expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
  });
});

customElements.define(
  'shell-host',
  class extends HTMLElement {
    constructor() {
      super();
      this.attachShadow({ mode: 'open' }).innerHTML =
        `<style>h2 { color: rgb(255, 0, 0); } * { font-size: 40px; }</style><h2>Host heading</h2><div id="slot"></div>`;
    }
  },
);

describe('<haven-course> theming and isolation', () => {
  beforeEach(() => {
    freshDatabase();
  });

  it('works inside a host Shadow DOM, and styles leak neither in nor out', async () => {
    const style = document.createElement('style');
    style.textContent = 'h2 { color: rgb(255, 0, 0) !important; } * { font-size: 40px; } button { background: rgb(0, 255, 0); }';
    document.head.append(style);
    try {
      const host = await fixture<HTMLElement>(html`<shell-host></shell-host>`);
      const player = document.createElement('haven-course');
      player.lms = 'none';
      player.course = testCourse();
      host.shadowRoot!.getElementById('slot')!.append(player);
      await player.ready;
      await settle(player);
      const h2 = shadow(player).querySelector<HTMLElement>('.content h2')!;
      expect(h2.textContent).to.equal('Welcome');
      expect(getComputedStyle(h2).color).to.not.equal('rgb(255, 0, 0)');
      // `* { font-size }` matches the host element itself and the root; the player's text starts from the
      // reader's default size on its own wrapper, so its heading stays 1.6 x 16px.
      expect(getComputedStyle(h2).fontSize).to.equal('25.6px');
      expect(getComputedStyle(shadow(player).querySelector('.pager p')!).fontSize).to.equal('16px');
      const next = button(shadow(player), 'Next');
      expect(getComputedStyle(next).backgroundColor).to.not.equal('rgb(0, 255, 0)');
      // The player's styles do not reach the host's own heading.
      const hostH2 = host.shadowRoot!.querySelector('h2')!;
      expect(getComputedStyle(hostH2).color).to.equal('rgb(255, 0, 0)');
      expect(getComputedStyle(hostH2).fontFamily).to.not.contain('system-ui');
    } finally {
      style.remove();
    }
  });

  it('takes token overrides from the host page and switches to the dark theme', async () => {
    const el = await mountCourse(testCourse(), { theme: 'light' });
    const light = getComputedStyle(el).getPropertyValue('--haven-color-bg').trim();
    el.theme = 'dark';
    await settle(el);
    const dark = getComputedStyle(el).getPropertyValue('--haven-color-bg').trim();
    expect(dark).to.not.equal(light);
    el.style.setProperty('--haven-color-accent', 'rgb(1, 2, 3)');
    const next = button(shadow(el), 'Next');
    expect(getComputedStyle(next).backgroundColor).to.equal('rgb(1, 2, 3)');
  });
});
