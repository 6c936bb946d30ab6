import { expect } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { walkBlocks, type Block } from '@haven/course';
import { createHarness } from '../testing/harness.js';
import { exampleCourse } from '../testing/example-course.js';
import { fixtureBlocks, fixtureCourse } from '../testing/fixture-course.js';
import { renderBlock, shadow } from '../testing/render.js';

/** Every block of the example course, plus the fixture's video and file resource (kinds the example lacks). */
const cases: { block: Block; course: typeof exampleCourse }[] = [
  ...[...walkBlocks(exampleCourse)].map((ref) => ({ block: ref.block, course: exampleCourse })),
  { block: fixtureBlocks.video, course: fixtureCourse },
  { block: fixtureBlocks.resourceFile, course: fixtureCourse },
];

/** Widest descendant right edge, through the element's shadow root. */
function overflows(el: HTMLElement): string[] {
  const limit = el.getBoundingClientRect().right + 0.5;
  return [...shadow(el).querySelectorAll<HTMLElement>('*')]
    .filter((node) => node.getBoundingClientRect().right > limit && node.checkVisibility())
    .map((node) => `${node.tagName.toLowerCase()}.${node.className}`);
}

describe('every block element', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    await emulateMedia({ forcedColors: 'none', colorScheme: 'light', reducedMotion: 'no-preference' });
  });

  it('reflows at 320 CSS px without horizontal scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    for (const { block, course } of cases) {
      const el = await renderBlock(createHarness(course, { block: block.id }), block);
      expect(overflows(el), `${block.type} ${block.id}`).to.deep.equal([]);
    }
  });

  it('passes axe in the dark theme', async () => {
    for (const { block, course } of cases) {
      const el = await renderBlock(createHarness(course, { block: block.id }), block);
      el.parentElement!.setAttribute('theme', 'dark');
      await expect(el).to.be.accessible();
    }
  });

  it('keeps working with forced colours and reduced motion', async () => {
    await emulateMedia({ forcedColors: 'active', reducedMotion: 'reduce' });
    for (const { block, course } of cases) {
      const el = await renderBlock(createHarness(course, { block: block.id }), block);
      for (const button of shadow(el).querySelectorAll('button')) {
        // Buttons keep a visible border in forced colours, so they read as buttons.
        expect(getComputedStyle(button).borderStyle).to.equal('solid');
        expect(getComputedStyle(button).transitionDuration).to.equal('0s');
      }
      await expect(el).to.be.accessible();
    }
  });
});
