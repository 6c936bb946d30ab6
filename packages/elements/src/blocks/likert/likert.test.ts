import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createHarness, type Harness } from '../testing/harness.js';
import { exampleBlock, exampleCourse } from '../testing/example-course.js';
import { renderBlock, settle, shadow } from '../testing/render.js';
import type { HavenLikert } from './likert.js';

const pre = exampleBlock('confidence-before', 'likert');
const post = exampleBlock('confidence-after', 'likert');

/** Rates every item by keyboard: focus the radio for `value` and press Space. */
async function rate(el: HavenLikert, values: (index: number) => number) {
  const block = el.block!;
  for (const [i, item] of block.items.entries()) {
    shadow(el)
      .querySelector<HTMLInputElement>(`#r-${item.key}-${values(i)}`)!
      .focus();
    await sendKeys({ press: 'Space' });
  }
  shadow(el).querySelector<HTMLButtonElement>('.actions button')!.focus();
  await sendKeys({ press: 'Enter' });
  await settle(el);
}

describe('haven-likert', () => {
  it('shows one labelled radio group per statement, with the scale ends in words', async () => {
    const el = await renderBlock<HavenLikert>(createHarness(exampleCourse, { block: pre.id }), pre);
    const groups = [...shadow(el).querySelectorAll('fieldset')];
    expect(groups.map((g) => g.querySelector('legend')?.textContent)).to.deep.equal(pre.items.map((i) => i.text));
    const labels = [...groups[0]!.querySelectorAll('label')].map((l) => l.textContent?.trim());
    expect(labels[0]).to.equal(`${pre.scale.min}: ${pre.scale.minLabel}`);
    expect(labels.at(-1)).to.equal(`${pre.scale.max}: ${pre.scale.maxLabel}`);
    expect(labels).to.have.length(pre.scale.max - pre.scale.min + 1);
    await expect(el).to.be.accessible();
  });

  it('asks for every statement before saving', async () => {
    const harness = createHarness(exampleCourse, { block: pre.id });
    const el = await renderBlock<HavenLikert>(harness, pre);
    shadow(el).querySelector<HTMLButtonElement>('.actions button')!.click();
    await settle(el);
    expect(harness.sent).to.deep.equal([]);
    expect(shadow(el).querySelector('[role="status"]')?.textContent).to.match(/^Rate (1 more statement|\d+ more statements) first\.$/);
  });

  it('saves the ratings through the engine; after the post block, shows the learner their own before and after', async () => {
    const harness: Harness = createHarness(exampleCourse, { block: pre.id });
    const before = await renderBlock<HavenLikert>(harness, pre);
    await rate(before, () => 2);
    const values = Object.fromEntries(pre.items.map((i) => [i.id, 2]));
    expect(harness.sent).to.deep.equal([{ type: 'likert.submit', blockId: pre.id, values }]);
    expect(shadow(before).querySelector('[role="status"]')?.textContent).to.contain('Your ratings are saved.');
    // A pre block shows no comparison.
    expect(shadow(before).querySelector('[part="compare"]')).to.equal(null);

    harness.goTo(exampleBlockPage(post.id));
    const after = await renderBlock<HavenLikert>(harness, post);
    expect(shadow(after).querySelector('[part="compare"]')).to.equal(null);
    await rate(after, (i) => (i === 0 ? 4 : 2));
    const compare = shadow(after).querySelector('[part="compare"]')!;
    const rows = [...compare.querySelectorAll('li')].map((li) => li.textContent?.replace(/\s+/g, ' ').trim());
    const max = post.scale.max;
    expect(rows[0]).to.equal(`${post.items[0]!.text} Before: 2 out of ${max}. After: 4 out of ${max}. Up by 2.`);
    if (post.items.length > 1) expect(rows[1]).to.contain('No change.');
    await expect(after).to.be.accessible();
  });
});

function exampleBlockPage(blockId: string): string {
  for (const m of exampleCourse.modules) for (const p of m.pages) if (p.blocks.some((b) => b.id === blockId)) return p.id;
  throw new Error(blockId);
}
