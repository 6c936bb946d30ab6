import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createHarness, type Harness } from '../testing/harness.js';
import { exampleBlock, exampleCourse } from '../testing/example-course.js';
import { renderBlock, settle, shadow } from '../testing/render.js';
import type { HavenLikert } from './likert.js';
import { findBlock, parse, type Course, type CourseFile, type LikertBlock } from '@haven/course';
import exampleJson from '../../../../../courses/example/course.json';

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

describe('haven-likert as a self-assessment (summary: priorities)', () => {
  /** courses/example with its first likert block turned into a five-area self-assessment. */
  function selfAssessment(): { course: Course; block: LikertBlock } {
    const json = structuredClone(exampleJson) as unknown as CourseFile;
    const areas = ['governance', 'policy', 'environment', 'engagement', 'workforce'];
    for (const m of json.modules)
      for (const p of m.pages)
        for (const b of p.blocks as Record<string, unknown>[]) {
          if (b['type'] !== 'likert') continue;
          b['items'] = areas.map((id) => ({ id, text: `Area: ${id}` }));
          if (b['id'] === pre.id) b['summary'] = 'priorities';
        }
    const parsed = parse(JSON.stringify(json), 'course.json');
    if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('; '));
    const block = findBlock(parsed.course, pre.id)!.block as LikertBlock;
    return { course: parsed.course, block };
  }

  const listed = (el: HavenLikert) => [...shadow(el).querySelectorAll('[part="priorities"] li strong')].map((s) => s.textContent);

  it('names the lowest-rated areas as where to start, keeping ties with the third', async () => {
    const { course, block } = selfAssessment();
    const el = await renderBlock<HavenLikert>(createHarness(course, { block: block.id }), block);
    expect(shadow(el).querySelector('[part="priorities"]'), 'nothing before the ratings are saved').to.equal(null);
    await rate(el, (i) => [4, 1, 3, 2, 3][i]!);
    expect(listed(el)).to.deep.equal(['Area: policy', 'Area: engagement', 'Area: environment', 'Area: workforce']);
    expect(shadow(el).querySelector('[part="priorities"] li')!.textContent).to.contain('You rated this 1 out of 5.');
    await expect(el).to.be.accessible();
  });

  it('singles nothing out when every area has the top rating', async () => {
    const { course, block } = selfAssessment();
    const el = await renderBlock<HavenLikert>(createHarness(course, { block: block.id }), block);
    await rate(el, () => 5);
    expect(listed(el)).to.deep.equal([]);
    expect(shadow(el).querySelector('[part="priorities"]')!.textContent).to.contain('You rated every area as well established.');
  });

  it('a plain confidence rating shows no priorities', async () => {
    const el = await renderBlock<HavenLikert>(createHarness(exampleCourse, { block: pre.id }), pre);
    await rate(el, () => 2);
    expect(shadow(el).querySelector('[part="priorities"]')).to.equal(null);
  });
});

function exampleBlockPage(blockId: string): string {
  for (const m of exampleCourse.modules) for (const p of m.pages) if (p.blocks.some((b) => b.id === blockId)) return p.id;
  throw new Error(blockId);
}
