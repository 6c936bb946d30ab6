import { expect } from '@open-wc/testing';
import type { CalloutBlock } from '@haven/course';
import { createHarness } from '../testing/harness.js';
import { fixtureCourse } from '../testing/fixture-course.js';
import { renderBlock, shadow } from '../testing/render.js';
import type { HavenCallout } from './callout.js';

const callout = (tone: CalloutBlock['tone']): CalloutBlock => ({
  type: 'callout',
  id: `c-${tone}`,
  tone,
  title: 'Remember',
  body: 'It is never the child’s fault.',
});

describe('haven-callout', () => {
  for (const [tone, label] of [
    ['info', 'Information'],
    ['tip', 'Tip'],
    ['important', 'Important'],
  ] as const) {
    it(`tells the ${tone} tone in words and an icon, not colour alone`, async () => {
      const el = await renderBlock<HavenCallout>(createHarness(fixtureCourse), callout(tone));
      const box = shadow(el).querySelector('[part="callout"]')!;
      expect(box.getAttribute('role')).to.equal('note');
      expect(box.querySelector('.tone')?.textContent).to.equal(label);
      expect(box.querySelector('svg[aria-hidden="true"]')).to.not.equal(null);
      expect(box.textContent).to.contain('It is never the child’s fault.');
      await expect(el).to.be.accessible();
    });
  }

  it('makes a support callout a landmark the learner can find again', async () => {
    const el = await renderBlock<HavenCallout>(createHarness(fixtureCourse), callout('support'));
    const box = shadow(el).querySelector('aside')!;
    expect(box.getAttribute('aria-label')).to.equal('Remember');
    expect(box.querySelector('.tone')?.textContent).to.equal('Support');
    await expect(el).to.be.accessible();
  });
});
