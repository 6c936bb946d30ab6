import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SortBlock } from '@haven/course';
import { createHarness, type Harness } from '../testing/harness.js';
import { exampleBlock, exampleCourse } from '../testing/example-course.js';
import { renderBlock, settle, shadow } from '../testing/render.js';
import type { HavenSort } from './sort.js';

const ID = 'blaming-or-not';

async function setup(): Promise<{ harness: Harness; block: SortBlock; el: HavenSort }> {
  const harness = createHarness(exampleCourse, { block: ID });
  const block = exampleBlock(ID, 'sort');
  return { harness, block, el: await renderBlock<HavenSort>(harness, block) };
}

const zoneOf = (el: HavenSort, itemId: string) => shadow(el).querySelector(`[data-item="${itemId}"]`)!.closest('section')!.dataset['zone'];
const live = (el: HavenSort) => shadow(el).querySelector('[role="status"]')!.textContent ?? '';

/** Keyboard way: focus the item's category list and pick a category with the arrow keys. */
async function moveByKeyboard(el: HavenSort, block: SortBlock, itemId: string, categoryId: string) {
  const item = block.items.find((i) => i.id === itemId)!;
  const select = shadow(el).querySelector<HTMLSelectElement>(`#move-${item.key}`)!;
  select.focus();
  const steps = block.categories.findIndex((c) => c.id === categoryId) + 1 - select.selectedIndex;
  for (let i = 0; i < Math.abs(steps); i++) await sendKeys({ press: steps > 0 ? 'ArrowDown' : 'ArrowUp' });
  await settle(el);
}

/** Pointer way: HTML5 drag and drop from the card onto a category. */
async function drag(el: HavenSort, itemId: string, categoryId: string) {
  const card = shadow(el).querySelector(`[data-item="${itemId}"]`)!;
  const zone = shadow(el).querySelector(`section[data-zone="${categoryId}"]`)!;
  const data = new DataTransfer();
  card.dispatchEvent(new DragEvent('dragstart', { bubbles: true, composed: true, dataTransfer: data }));
  zone.dispatchEvent(new DragEvent('dragover', { bubbles: true, composed: true, cancelable: true, dataTransfer: data }));
  zone.dispatchEvent(new DragEvent('drop', { bubbles: true, composed: true, cancelable: true, dataTransfer: data }));
  card.dispatchEvent(new DragEvent('dragend', { bubbles: true, composed: true, dataTransfer: data }));
  await settle(el);
}

describe('haven-sort', () => {
  it('starts with every item not sorted yet, each draggable and with a labelled category list', async () => {
    const { el, block } = await setup();
    for (const item of block.items) {
      expect(zoneOf(el, item.id)).to.equal('');
      const select = shadow(el).querySelector<HTMLSelectElement>(`#move-${item.key}`)!;
      expect([...select.options].map((o) => o.textContent)).to.deep.equal(['Not sorted yet', ...block.categories.map((c) => c.title)]);
      expect(select.getAttribute('aria-labelledby')).to.equal(`label-${item.key} text-${item.key}`);
      expect(shadow(el).querySelector(`[data-item="${item.id}"]`)!.getAttribute('draggable')).to.equal('true');
    }
    await expect(el).to.be.accessible();
  });

  it('moves an item with the keyboard and announces the move', async () => {
    const { el, block } = await setup();
    const item = block.items[0]!;
    const category = block.categories[1]!;
    await moveByKeyboard(el, block, item.id, category.id);
    expect(zoneOf(el, item.id)).to.equal(category.id);
    expect(live(el)).to.equal(`Moved “${item.text}” to ${category.title}.`);
    // Focus stays with the item in its new place.
    expect(shadow(el).activeElement?.id).to.equal(`move-${item.key}`);
    await expect(el).to.be.accessible();
  });

  it('moves an item by drag and drop, with the same announcement', async () => {
    const { el, block } = await setup();
    const item = block.items[1]!;
    const category = block.categories[0]!;
    await drag(el, item.id, category.id);
    expect(zoneOf(el, item.id)).to.equal(category.id);
    expect(live(el)).to.equal(`Moved “${item.text}” to ${category.title}.`);
  });

  it('asks for every item to be placed before checking', async () => {
    const { el, harness, block } = await setup();
    shadow(el).querySelector<HTMLButtonElement>('.actions button')!.click();
    await settle(el);
    expect(harness.sent).to.deep.equal([]);
    expect(live(el)).to.equal(`Place ${block.items.length} more items first.`);
  });

  it('both ways give the same sort.submit; the engine checks it and each item explains why', async () => {
    const { el, harness, block } = await setup();
    // Half by keyboard, half by dragging; the first item deliberately in the other category.
    const placements: Record<string, string> = {};
    for (const [i, item] of block.items.entries()) {
      const other = block.categories.find((c) => c.id !== item.category)!.id;
      const target = i === 0 ? other : item.category;
      placements[item.id] = target;
      if (i % 2) await drag(el, item.id, target);
      else await moveByKeyboard(el, block, item.id, target);
    }
    shadow(el).querySelector<HTMLButtonElement>('.actions button')!.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);

    expect(harness.sent).to.deep.equal([{ type: 'sort.submit', blockId: ID, placements }]);
    const state = harness.handle.getProgress().blocks[block.key];
    expect(state?.kind === 'sort' && state.checked).to.equal(true);
    expect(state?.kind === 'sort' && state.correctCount).to.equal(block.items.length - 1);

    const total = block.items.length;
    expect(live(el)).to.equal(`${total - 1} of ${total} placed where we would put them. Read the note under each item.`);
    expect(shadow(el).activeElement?.id).to.equal('result');
    const first = block.items[0]!;
    const home = block.categories.find((c) => c.id === first.category)!;
    const card = shadow(el).querySelector(`[data-item="${first.id}"]`)!;
    expect(card.textContent).to.contain(`This one fits better under “${home.title}”.`);
    expect(card.textContent).to.contain(first.feedback);
    for (const item of block.items.slice(1)) {
      expect(shadow(el).querySelector(`[data-item="${item.id}"]`)!.textContent).to.contain('Fits here.');
    }
    await expect(el).to.be.accessible();

    // Sorting again keeps the placements and lets the learner fix the one that fits better elsewhere.
    const again = [...shadow(el).querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Sort again')!;
    again.click();
    await settle(el);
    await moveByKeyboard(el, block, first.id, first.category);
    shadow(el).querySelector<HTMLButtonElement>('.actions button')!.click();
    await settle(el);
    expect(live(el)).to.equal(`All ${total} placed where we would put them. Read the notes to see why.`);
  });
});

describe('haven-sort: resume', () => {
  it('shows the checked sorting from an earlier session, with the feedback', async () => {
    const harness = createHarness(exampleCourse, { block: ID });
    const block = exampleBlock(ID, 'sort');
    const placements = Object.fromEntries(block.items.map((i) => [i.id, i.category]));
    harness.actor.send({ type: 'sort.submit', blockId: ID, placements });
    const el = await renderBlock<HavenSort>(harness, block);
    for (const item of block.items) expect(zoneOf(el, item.id)).to.equal(item.category);
    expect(shadow(el).querySelector('#result')?.textContent).to.contain(`All ${block.items.length} placed`);
    expect(live(el)).to.equal('');
  });
});
