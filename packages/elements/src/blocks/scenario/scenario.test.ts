import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ScenarioBlock } from '@haven/course';
import { createHarness } from '../testing/harness.js';
import { exampleBlock, exampleCourse } from '../testing/example-course.js';
import { renderBlock, settle, shadow } from '../testing/render.js';
import type { HavenScenario } from './scenario.js';

const ID = 'sam-at-breaktime';
const block: ScenarioBlock = exampleBlock(ID, 'scenario');
const node = (id: string) => block.nodes.find((n) => n.id === id)!;

async function setup() {
  const harness = createHarness(exampleCourse, { block: ID });
  return { harness, el: await renderBlock<HavenScenario>(harness, block) };
}

const buttonNamed = (el: HavenScenario, name: string) =>
  [...shadow(el).querySelectorAll('button')].find((b) => b.textContent?.trim() === name);

/** Chooses by keyboard: focus the choice's button and press Enter. */
async function choose(el: HavenScenario, text: string) {
  buttonNamed(el, text)!.focus();
  await sendKeys({ press: 'Enter' });
  await settle(el);
}

describe('haven-scenario', () => {
  it('shows the start point and its choices as buttons', async () => {
    const { el } = await setup();
    const start = node(block.start);
    expect(shadow(el).querySelector('h3')?.textContent).to.equal(block.title);
    expect(shadow(el).querySelector('#node')?.textContent?.length).to.be.greaterThan(10);
    expect([...shadow(el).querySelectorAll('.choices button')].map((b) => b.textContent?.trim())).to.deep.equal(
      start.choices.map((c) => c.text),
    );
    await expect(el).to.be.accessible();
  });

  it('after a choice shows what followed and waits for Continue; then focus moves to the next point', async () => {
    const { el, harness } = await setup();
    const choice = node(block.start).choices[0]!;
    await choose(el, choice.text);
    expect(harness.sent).to.deep.equal([{ type: 'scenario.choose', blockId: ID, choiceId: choice.id }]);
    const feedback = shadow(el).querySelector('#step-feedback')!;
    expect(feedback.textContent).to.contain(choice.text);
    expect(feedback.textContent).to.contain(choice.feedback);
    expect(shadow(el).activeElement).to.equal(feedback);
    expect(shadow(el).querySelector('.choices')).to.equal(null);
    await expect(el).to.be.accessible();

    // Learner-paced: nothing moves on by itself.
    await new Promise((r) => setTimeout(r, 300));
    expect(shadow(el).querySelector('#step-feedback')).to.not.equal(null);

    buttonNamed(el, 'Continue')!.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    const next = node(choice.next);
    expect(shadow(el).activeElement?.id).to.equal('node');
    expect([...shadow(el).querySelectorAll('.choices button')].map((b) => b.textContent?.trim())).to.deep.equal(
      next.choices.map((c) => c.text),
    );
  });

  it('at an ending shows the outcome, the path taken with the quality of each choice, and a way to try another path', async () => {
    const { el, harness } = await setup();
    // Walk to an ending by always taking the first choice.
    const taken = [];
    let at = node(block.start);
    while (!at.end) {
      const choice = at.choices[0]!;
      taken.push(choice);
      await choose(el, choice.text);
      buttonNamed(el, 'Continue')!.click();
      await settle(el);
      at = node(choice.next);
    }
    const state = harness.handle.getProgress().blocks[block.key];
    expect(state?.kind === 'scenario' && state.ended).to.equal(true);
    const labels = { good: 'A good outcome', mixed: 'A mixed outcome', poor: 'A difficult outcome' };
    expect(shadow(el).querySelector('.outcome')?.textContent).to.equal(labels[at.end.outcome]);
    const steps = [...shadow(el).querySelectorAll('.path > li')];
    expect(steps).to.have.length(taken.length);
    const qualities = { best: 'The strongest choice', okay: 'A reasonable choice', poor: 'A choice with risks' };
    taken.forEach((choice, i) => {
      expect(steps[i]!.textContent).to.contain(choice.text);
      expect(steps[i]!.querySelector('.quality')?.textContent).to.equal(qualities[choice.quality]);
      expect(steps[i]!.textContent).to.contain(choice.feedback);
    });
    await expect(el).to.be.accessible();

    buttonNamed(el, 'Try a different path')!.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(harness.sent.at(-1)).to.deep.equal({ type: 'scenario.restart', blockId: ID });
    const restarted = harness.handle.getProgress().blocks[block.key];
    expect(restarted?.kind === 'scenario' && restarted.path).to.deep.equal([]);
    expect(shadow(el).activeElement?.id).to.equal('node');
    expect(shadow(el).querySelectorAll('.choices button')).to.have.length(node(block.start).choices.length);
  });
});
