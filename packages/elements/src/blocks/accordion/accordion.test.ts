import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createHarness } from '../testing/harness.js';
import { exampleBlock, exampleCourse } from '../testing/example-course.js';
import { renderBlock, settle, shadow } from '../testing/render.js';
import type { HavenAccordion } from './accordion.js';

describe('haven-accordion', () => {
  it('shows every panel title, closed, and opens a panel from the keyboard', async () => {
    const block = exampleBlock('ways-it-shows', 'accordion');
    const el = await renderBlock<HavenAccordion>(createHarness(exampleCourse), block);
    const root = shadow(el);
    const panels = [...root.querySelectorAll('details')];
    expect(panels.map((d) => d.querySelector('summary')?.textContent)).to.deep.equal(block.items.map((i) => i.title));
    expect(panels.length).to.be.greaterThan(1);
    expect(panels.every((d) => !d.open)).to.equal(true);
    await expect(el).to.be.accessible();

    panels[0]!.querySelector('summary')!.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(panels[0]!.open).to.equal(true);
    expect(panels[0]!.querySelector('.panel-body')!.checkVisibility()).to.equal(true);
    expect(panels[1]!.querySelector('.panel-body')!.checkVisibility()).to.equal(false);
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await settle(el);
    expect(panels[1]!.open).to.equal(true);
  });
});
