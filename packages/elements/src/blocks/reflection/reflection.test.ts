import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Course } from '@haven/course';
import { createHarness } from '../testing/harness.js';
import { exampleBlock, exampleCourse } from '../testing/example-course.js';
import { renderBlock, settle, shadow } from '../testing/render.js';
import type { HavenReflection } from './reflection.js';

const ID = 'what-i-notice';
const block = exampleBlock(ID, 'reflection');

describe('haven-reflection', () => {
  it('labels the text box with the prompt and says plainly that the text stays on this device', async () => {
    const el = await renderBlock<HavenReflection>(createHarness(exampleCourse, { block: ID }), block);
    const textarea = shadow(el).querySelector('textarea')!;
    expect(textarea.getAttribute('aria-labelledby')).to.equal('prompt');
    expect(shadow(el).querySelector('#privacy')?.textContent?.trim()).to.equal(
      'What you write here stays on this device. It is not sent to your organisation.',
    );
    expect(textarea.getAttribute('aria-describedby')).to.contain('privacy');
    expect(textarea.maxLength).to.equal(block.maxLength);
    await expect(el).to.be.accessible();
  });

  it('says otherwise when the course sends reflections to the organisation', async () => {
    const sharing: Course = { ...exampleCourse, privacy: { reflectionsLeaveDevice: true } };
    const el = await renderBlock<HavenReflection>(createHarness(sharing), block);
    expect(shadow(el).querySelector('#privacy')?.textContent).to.contain('your organisation can see it');
  });

  it('counts characters as the learner types and saves the text through the engine to the device', async () => {
    const harness = createHarness(exampleCourse, { block: ID });
    const el = await renderBlock<HavenReflection>(harness, block);
    shadow(el).querySelector('textarea')!.focus();
    await sendKeys({ type: 'I will listen first.' });
    await settle(el);
    expect(shadow(el).querySelector('#count')?.textContent).to.equal(`20 of ${block.maxLength} characters`);

    const save = [...shadow(el).querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Save')!;
    save.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(harness.sent).to.deep.equal([{ type: 'reflection.save', blockId: ID, text: 'I will listen first.' }]);
    // The machine's saveReflection effect handed the text to the device store; progress only knows it was done.
    expect(harness.reflections.get(ID)).to.equal('I will listen first.');
    const state = harness.handle.getProgress().blocks[block.key];
    expect(state).to.deep.equal({ kind: 'reflection', done: true });
    expect(JSON.stringify(harness.handle.getProgress())).to.not.contain('listen first');
    expect(shadow(el).querySelector('[role="status"]')?.textContent).to.equal('Saved on this device.');
    await expect(el).to.be.accessible();
  });

  it('loads the saved text from the device', async () => {
    const harness = createHarness(exampleCourse, { block: ID, reflections: { [ID]: 'Written last week.' } });
    const el = await renderBlock<HavenReflection>(harness, block);
    await waitUntil(() => shadow(el).querySelector('textarea')!.value === 'Written last week.', 'saved text not loaded');
  });

  it('exports a .txt file and prints only the reflection', async () => {
    const harness = createHarness(exampleCourse, { block: ID, reflections: { [ID]: 'My notes.' } });
    const el = await renderBlock<HavenReflection>(harness, block);
    await waitUntil(() => shadow(el).querySelector('textarea')!.value === 'My notes.');

    let download: { name: string; text: string } | undefined;
    const captured = new Promise<void>((resolve) =>
      shadow(el).addEventListener(
        'click',
        (event) => {
          const link = event.target as HTMLAnchorElement;
          if (link.tagName !== 'A') return;
          event.preventDefault();
          void fetch(link.href)
            .then((r) => r.text())
            .then((text) => {
              download = { name: link.download, text };
              resolve();
            });
        },
        { capture: true },
      ),
    );
    [...shadow(el).querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Download as a text file')!.click();
    await captured;
    expect(download?.name).to.equal(`${ID}.txt`);
    expect(download?.text).to.contain('My notes.');

    // The print stylesheet hides everything but the reflection's own copy of the text.
    const printRules = el
      .shadowRoot!.adoptedStyleSheets.flatMap((s) => [...s.cssRules])
      .filter((r) => r instanceof CSSMediaRule && r.conditionText === 'print');
    expect(printRules.map((r) => r.cssText).join('\n')).to.contain(':host([data-haven-printing])');
    const realPrint = window.print;
    let printingWhilePrinted = false;
    window.print = () => {
      printingWhilePrinted = el.hasAttribute('data-haven-printing') && document.adoptedStyleSheets.length > 0;
    };
    try {
      [...shadow(el).querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Print')!.click();
    } finally {
      window.print = realPrint;
    }
    expect(printingWhilePrinted).to.equal(true);
  });
});
