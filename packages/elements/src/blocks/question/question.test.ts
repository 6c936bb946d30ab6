import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { QuestionBlock, QuestionItem } from '@haven/course';
import { createHarness, type Harness } from '../testing/harness.js';
import { exampleBlock, exampleCourse } from '../testing/example-course.js';
import { renderBlock, settle, shadow } from '../testing/render.js';
import type { HavenQuestion } from './question.js';

const HARSH = /\b(wrong|incorrect|fail(ed)?)\b|[✗✘❌×]/i;

async function setup(id: string): Promise<{ harness: Harness; block: QuestionBlock; el: HavenQuestion }> {
  const harness = createHarness(exampleCourse, { block: id });
  const block = exampleBlock(id, 'question');
  const el = await renderBlock<HavenQuestion>(harness, block);
  return { harness, block, el };
}

const itemSection = (el: HavenQuestion, item: QuestionItem) =>
  shadow(el).querySelector<HTMLElement>(`section[aria-labelledby="legend-${item.key}"]`)!;
const input = (el: HavenQuestion, item: QuestionItem, optionId: string) =>
  itemSection(el, item).querySelector<HTMLInputElement>(`input[value="${optionId}"]`)!;
const liveText = (el: HavenQuestion) => shadow(el).querySelector('[role="status"][aria-live="polite"]')!.textContent ?? '';
const button = (el: HavenQuestion, item: QuestionItem, label: string) =>
  [...itemSection(el, item).querySelectorAll('button')].find((b) => b.textContent?.trim() === label);

/** Chooses options the way a keyboard user does: focus, then Space on each. */
async function chooseByKeyboard(el: HavenQuestion, item: QuestionItem, optionIds: readonly string[]) {
  for (const id of optionIds) {
    input(el, item, id).focus();
    await sendKeys({ press: 'Space' });
  }
  await settle(el);
}

async function submitByKeyboard(el: HavenQuestion, item: QuestionItem) {
  button(el, item, 'Check my answer')!.focus();
  await sendKeys({ press: 'Enter' });
  await settle(el);
}

// The same behaviour for every kind of question: single, multiple and a bank draw.
for (const [kind, id] of [
  ['single choice', 'who-is-a-victim'],
  ['multiple choice', 'helpful-responses'],
  ['bank', 'understanding-check'],
] as const) {
  describe(`haven-question (${kind}: ${id})`, () => {
    it('shows each item as a fieldset with its prompt as the legend, and inputs that fit the mode', async () => {
      const { el } = await setup(id);
      for (const item of el.items) {
        const section = itemSection(el, item);
        expect(section.querySelector('fieldset > legend')?.textContent).to.contain(item.prompt.replace(/[*_]/g, '').slice(0, 20));
        const inputs = [...section.querySelectorAll('input')];
        expect(inputs.map((i) => i.value)).to.deep.equal(item.options.map((o) => o.id));
        expect(inputs.every((i) => i.type === (item.mode === 'single' ? 'radio' : 'checkbox'))).to.equal(true);
        expect(section.textContent).to.contain(item.mode === 'single' ? 'Choose one answer.' : 'Choose all that apply.');
      }
      await expect(el).to.be.accessible();
    });

    it('asks calmly for a choice when nothing is chosen, and sends nothing', async () => {
      const { el, harness } = await setup(id);
      const item = el.items[0]!;
      await submitByKeyboard(el, item);
      expect(harness.sent).to.deep.equal([]);
      expect(itemSection(el, item).textContent).to.contain('Choose an answer first, then check it.');
      expect(liveText(el)).to.contain('Choose an answer first');
    });

    it('gives kind, specific feedback on every chosen option after the engine records the answer', async () => {
      const { el, harness } = await setup(id);
      const item = el.items[0]!;
      const wrong = item.options.find((o) => !item.correct.includes(o.id))!;
      await chooseByKeyboard(el, item, [wrong.id]);
      await submitByKeyboard(el, item);

      expect(harness.sent).to.deep.equal([{ type: 'answer.submit', blockId: id, itemId: item.id, selected: [wrong.id] }]);
      const recorded = harness.handle.getProgress().blocks[el.block!.key];
      expect(recorded?.kind === 'question' && recorded.items[item.key]?.tries).to.equal(1);

      const section = itemSection(el, item);
      expect(section.querySelector(`#fb-o-${item.key}-${wrong.key}`)?.textContent).to.contain(wrong.feedback);
      expect(input(el, item, wrong.id).checked).to.equal(true);
      expect(input(el, item, wrong.id).getAttribute('aria-describedby')).to.equal(`fb-o-${item.key}-${wrong.key}`);
      expect(liveText(el)).to.contain('Answer checked.');
      expect(section.textContent).to.not.match(HARSH);
      expect(liveText(el)).to.not.match(HARSH);
      await expect(el).to.be.accessible();
    });

    it('on a right answer says so, and shows the feedback for the chosen options', async () => {
      const { el } = await setup(id);
      const item = el.items[0]!;
      await chooseByKeyboard(el, item, item.correct);
      await submitByKeyboard(el, item);
      const section = itemSection(el, item);
      expect(section.textContent).to.contain('That is right.');
      for (const option of item.options.filter((o) => item.correct.includes(o.id))) expect(section.textContent).to.contain(option.feedback);
      expect(liveText(el)).to.contain('That is right.');
      // A right answer is final: readable, but no longer changeable.
      expect([...section.querySelectorAll('input')].every((i) => i.disabled)).to.equal(true);
      expect(button(el, item, 'Try again')).to.equal(undefined);
      await expect(el).to.be.accessible();
    });
  });
}

describe('haven-question: tries', () => {
  it('with one try, a not-right answer is final: options disabled, the answer shown with why', async () => {
    const { el } = await setup('who-is-a-victim');
    const item = el.items[0]!;
    expect(item.attempts).to.equal(1);
    expect(itemSection(el, item).textContent).to.contain('You have 1 try left.');
    const wrong = item.options.find((o) => !item.correct.includes(o.id))!;
    await chooseByKeyboard(el, item, [wrong.id]);
    await submitByKeyboard(el, item);

    const section = itemSection(el, item);
    expect([...section.querySelectorAll('input')].every((i) => i.disabled)).to.equal(true);
    expect(section.textContent).to.contain('The answer');
    const right = item.options.find((o) => item.correct.includes(o.id))!;
    expect(section.querySelector('.answer-list')?.textContent).to.contain(right.text);
    expect(section.querySelector('.answer-list')?.textContent).to.contain(right.feedback);
    expect(button(el, item, 'Try again')).to.equal(undefined);
    expect(liveText(el)).to.contain(`The answer is: ${right.text}`);
    // Focus lands on the feedback, not on the body, when the buttons go.
    expect(shadow(el).activeElement?.id).to.equal(`summary-${item.key}`);
    await expect(el).to.be.accessible();
  });

  it('with tries left, offers "Try again", counts down, and accepts a better answer', async () => {
    const { el, harness } = await setup('helpful-responses');
    const item = el.items[0]!;
    expect(item.attempts).to.equal(2);
    expect(itemSection(el, item).textContent).to.contain('You have 2 tries left.');
    const wrong = item.options.find((o) => !item.correct.includes(o.id))!;
    await chooseByKeyboard(el, item, [item.correct[0]!, wrong.id]);
    await submitByKeyboard(el, item);

    const section = itemSection(el, item);
    expect(section.textContent).to.contain('Not quite yet.');
    expect(section.textContent).to.contain('You have 1 try left.');
    expect(liveText(el)).to.contain('You have 1 try left.');
    const retry = button(el, item, 'Try again')!;
    expect(shadow(el).activeElement).to.equal(retry);
    await sendKeys({ press: 'Enter' });
    await settle(el);

    // Trying again starts from the previous answer, editable, without the old feedback.
    expect(input(el, item, wrong.id).disabled).to.equal(false);
    expect(input(el, item, wrong.id).checked).to.equal(true);
    expect(itemSection(el, item).querySelector('.summary')).to.equal(null);
    await chooseByKeyboard(el, item, [wrong.id, item.correct[1]!]);
    await submitByKeyboard(el, item);
    expect(harness.sent.at(-1)).to.deep.equal({
      type: 'answer.submit',
      blockId: 'helpful-responses',
      itemId: item.id,
      selected: [...item.correct],
    });
    expect(itemSection(el, item).textContent).to.contain('That is right.');
  });

  it('shows the items the engine drew from a bank, one after another, each numbered', async () => {
    const { el, harness, block } = await setup('understanding-check');
    const state = harness.handle.getProgress().blocks[block.key];
    expect(state?.kind).to.equal('question');
    const draw = state?.kind === 'question' ? state.draw : [];
    expect(draw).to.have.length(block.draw);
    expect(el.items.map((i) => i.key)).to.deep.equal([...draw]);
    const legends = [...shadow(el).querySelectorAll('legend .count')].map((l) => l.textContent);
    expect(legends).to.deep.equal(draw.map((_, i) => `Question ${i + 1} of ${draw.length}`));
  });
});

describe('haven-question: Welsh', () => {
  it('speaks the course language: a Welsh course gets Welsh controls and feedback words', async () => {
    const welsh = { ...exampleCourse, lang: 'cy' };
    const block = exampleBlock('helpful-responses', 'question');
    const harness = createHarness(welsh, { block: block.id });
    const el = await renderBlock<HavenQuestion>(harness, block);
    const item = el.items[0]!;
    expect(itemSection(el, item).textContent).to.contain('Dewiswch bob un sy’n berthnasol.');
    expect(itemSection(el, item).textContent).to.contain('Mae gennych 2 o gynigion ar ôl.');
    await chooseByKeyboard(el, item, [item.options.find((o) => !item.correct.includes(o.id))!.id]);
    [...itemSection(el, item).querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Gwirio fy ateb')!.click();
    await settle(el);
    expect(itemSection(el, item).textContent).to.contain('Rhoi cynnig arall arni');
    expect(liveText(el)).to.contain('Ateb wedi’i wirio.');
    await expect(el).to.be.accessible();
  });
});

describe('haven-question: keyboard only', () => {
  it('is reached with Tab, answered with the arrow keys, and checked with Enter', async () => {
    const { el, harness } = await setup('who-is-a-victim');
    const item = el.items[0]!;
    (document.activeElement as HTMLElement | null)?.blur();
    await sendKeys({ press: 'Tab' });
    // The radio group is one tab stop; with nothing chosen, focus lands on the first option.
    expect(shadow(el).activeElement).to.equal(input(el, item, item.options[0]!.id));
    await sendKeys({ press: 'ArrowDown' });
    expect(input(el, item, item.options[1]!.id).checked).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement?.textContent?.trim()).to.equal('Check my answer');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(harness.sent).to.deep.equal([
      { type: 'answer.submit', blockId: 'who-is-a-victim', itemId: item.id, selected: [item.options[1]!.id] },
    ]);
  });
});

describe('haven-question: resume', () => {
  it('shows an answer given in an earlier session with its feedback, and nothing announced', async () => {
    const block = exampleBlock('helpful-responses', 'question');
    const harness = createHarness(exampleCourse, { block: block.id });
    const item = block.questions[0]!;
    const wrong = item.options.find((o) => !item.correct.includes(o.id))!;
    harness.actor.send({ type: 'answer.submit', blockId: block.id, itemId: item.id, selected: [wrong.id] });
    const el = await renderBlock<HavenQuestion>(harness, block);
    expect(input(el, item, wrong.id).checked).to.equal(true);
    expect(itemSection(el, item).textContent).to.contain(wrong.feedback);
    expect(itemSection(el, item).textContent).to.contain('You have 1 try left.');
    expect(button(el, item, 'Try again')).to.not.equal(undefined);
    expect(liveText(el)).to.equal('');
  });
});
