import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { deepFocus, exampleCourse, exampleLock, freshDatabase, mountCourse, settle, shadow, shownHeading } from './testing/fixtures.js';
import type { HavenCourse } from './haven-course.js';

interface AuthoredItem {
  readonly options: readonly { readonly id: string }[];
  readonly correct: readonly string[];
}

/** Every question item in the authored example, to answer the ones the learner is shown. */
const authoredItems: AuthoredItem[] = (exampleCourse as { modules: { pages: { blocks: Record<string, unknown>[] }[] }[] }).modules.flatMap(
  (m) =>
    m.pages.flatMap((p) =>
      p.blocks.flatMap((b) => {
        if (b['type'] !== 'question') return [];
        const bank = b['bank'] as { questions: AuthoredItem[] } | undefined;
        return bank ? bank.questions : [b as unknown as AuthoredItem];
      }),
    ),
);

const label = (el: Element | null): string => (el?.textContent ?? '').trim();

/** Presses Tab (only Tab) until the focused element matches, going round the page at most twice. */
async function tabTo(match: (el: Element) => boolean, what: string): Promise<Element> {
  for (let i = 0; i < 200; i++) {
    const focused = deepFocus();
    if (focused && match(focused)) return focused;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Could not reach ${what} with the Tab key`);
}

async function activate(match: (el: Element) => boolean, what: string, el: HavenCourse): Promise<void> {
  await tabTo(match, what);
  await sendKeys({ press: 'Enter' });
  await settle(el);
}

const isButton = (text: string) => (e: Element) => e instanceof HTMLButtonElement && label(e) === text && !e.disabled;

async function answerQuestions(el: HavenCourse): Promise<void> {
  for (const question of shadow(el).querySelectorAll('haven-question')) {
    await customElements.whenDefined('haven-question');
    await (question as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const root = question.shadowRoot!;
    for (const section of root.querySelectorAll('section.item')) {
      const inputs = [...section.querySelectorAll<HTMLInputElement>('input')];
      if (inputs.length === 0 || inputs.every((i) => i.disabled)) continue;
      const values = inputs.map((i) => i.value).sort();
      const item = authoredItems.find(
        (a) =>
          a.options
            .map((o) => o.id)
            .sort()
            .join() === values.join(),
      )!;
      const name = inputs[0]!.name;
      if (inputs[0]!.type === 'radio') {
        await tabTo((e) => e instanceof HTMLInputElement && e.name === name, `the options of ${name}`);
        // Arrow keys move through a radio group and choose as they go; Space chooses the first.
        await sendKeys({ press: 'Space' });
        for (let i = 0; i < inputs.length && (deepFocus() as HTMLInputElement).value !== item.correct[0]; i++) {
          await sendKeys({ press: 'ArrowDown' });
        }
      } else {
        for (const wanted of item.correct) {
          await tabTo((e) => e instanceof HTMLInputElement && e.name === name && e.value === wanted, `option ${wanted}`);
          await sendKeys({ press: 'Space' });
        }
      }
      await question.updateComplete;
      const submit = section.querySelector('.actions button')!;
      await tabTo((e) => e === submit, 'Check my answer');
      await sendKeys({ press: 'Enter' });
      await settle(el);
      await question.updateComplete;
      expect(root.textContent).to.contain('That is right.');
    }
  }
}

describe('<haven-course> keyboard only', () => {
  beforeEach(() => {
    freshDatabase();
  });

  it('completes courses/example from the first page to the certificate with Tab, Enter, Space and arrows', async function () {
    this.timeout(180_000);
    const el = await mountCourse(exampleCourse, { lock: exampleLock });
    const certificatePage = (exampleCourse as { modules: { pages: { title: string }[] }[] }).modules.at(-1)!.pages.at(-1)!.title;
    const seen: string[] = [];
    for (let step = 0; step < 40 && shownHeading(el) !== certificatePage; step++) {
      seen.push(shownHeading(el));
      const view = el['player' as keyof HavenCourse] ? shownHeading(el) : '';
      if (shadow(el).querySelector('form.audience')) {
        await activate(isButton('Continue'), 'the audience choice', el);
      } else if (shadow(el).querySelector('haven-content-note')) {
        await activate(isButton('Continue'), `Continue on the note before ${view}`, el);
      } else {
        await answerQuestions(el);
        await activate(isButton('Next'), `Next on ${view}`, el);
      }
    }
    expect(shownHeading(el), seen.join(' > ')).to.equal(certificatePage);
    await settle(el);
    const projection = (
      el as unknown as { player: { handle: { getProjection(): { completion: string; success: string } } } }
    ).player.handle.getProjection();
    expect(projection.completion).to.equal('completed');
    expect(projection.success).to.equal('passed');
    await customElements.whenDefined('haven-certificate');
    const certificate = shadow(el).querySelector('haven-certificate')!;
    await (certificate as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(certificate.shadowRoot!.textContent).to.contain(exampleCourse.title);
    expect(shadow(el).querySelector('.complete')).to.not.equal(null);
  });
});
