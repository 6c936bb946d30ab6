import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import { removeFile, sendKeys, writeFile } from '@web/test-runner-commands';
import type { HavenCourse } from './haven-course.js';
import { playerDefaults } from '../player/wiring.js';
import {
  button,
  deepFocus,
  exampleCourse,
  exampleLock,
  freshDatabase,
  heading,
  mountCourse,
  settle,
  shadow,
  shownHeading,
  testCourse,
} from './testing/fixtures.js';
import type { HavenProgressEvent } from '../events/haven-progress.js';
import type { HavenErrorEvent } from '../events/haven-error.js';
import { compileCourse, parse, type TrackingLock } from '@haven/course';

describe('<haven-course>', () => {
  beforeEach(() => {
    freshDatabase();
    delete playerDefaults.indexedDB;
  });

  describe('loading', () => {
    it('fetches a course from its src and shows its first page', async () => {
      const src = URL.createObjectURL(new Blob([JSON.stringify(testCourse(), null, 2)], { type: 'application/json' }));
      const el = await fixture<HavenCourse>(html`<haven-course lms="none" src=${src}></haven-course>`);
      await el.ready;
      await settle(el);
      expect(shadow(el).querySelector('h1')?.textContent).to.equal('Understanding children’s experiences');
      expect(shownHeading(el)).to.equal('Welcome');
    });

    it('opens the example course with its lock file, asking first which audience fits', async () => {
      const el = await mountCourse(exampleCourse, { lock: exampleLock });
      expect(shadow(el).querySelector('h1')?.textContent).to.equal(exampleCourse.title);
      expect(shownHeading(el)).to.equal('Which fits your role best?');
    });

    it('lists the problems of an invalid course with file, line, column and hint, and fires haven-error', async () => {
      const bad = JSON.stringify(
        { ...testCourse(), modules: [{ id: 'm', title: 'M', pages: [{ id: 'p', title: 'P', blocks: [{ type: 'questoin', id: 'q' }] }] }] },
        null,
        2,
      );
      const el = document.createElement('haven-course');
      el.lms = 'none';
      el.course = bad;
      const errorEvent = oneEvent(el, 'haven-error') as Promise<HavenErrorEvent>;
      document.body.append(el);
      const event = await errorEvent;
      await el.ready;
      await settle(el);
      expect(event.detail.fatal).to.equal(true);
      expect(event.detail.code).to.equal('COURSE_INVALID');
      const panel = shadow(el).querySelector('haven-error-panel')!;
      await panel.updateComplete;
      const text = panel.shadowRoot!.textContent ?? '';
      expect(text).to.contain('This course cannot be shown');
      expect(text).to.match(/course\.json:\d+:\d+/);
      expect(text).to.contain('question');
      el.remove();
    });

    it('shows a compiled course (what `haven build` ships) as it is', async () => {
      const parsed = parse(JSON.stringify(exampleCourse), 'course.json', { lock: exampleLock as TrackingLock });
      if (!parsed.ok) throw new Error('the example course should parse');
      const src = URL.createObjectURL(new Blob([JSON.stringify(compileCourse(parsed.course))], { type: 'application/json' }));
      const el = await fixture<HavenCourse>(html`<haven-course lms="none" src=${src}></haven-course>`);
      await el.ready;
      await settle(el);
      expect(shownHeading(el)).to.equal('Which fits your role best?');
    });

    it('says what to do about a damaged compiled course, and shows no stack trace', async () => {
      const parsed = parse(JSON.stringify(exampleCourse), 'course.json', { lock: exampleLock as TrackingLock });
      if (!parsed.ok) throw new Error('the example course should parse');
      const el = document.createElement('haven-course');
      el.lms = 'none';
      el.course = { ...compileCourse(parsed.course), modules: [] };
      const errorEvent = oneEvent(el, 'haven-error') as Promise<HavenErrorEvent>;
      document.body.append(el);
      expect((await errorEvent).detail.code).to.equal('COURSE_INVALID');
      await el.ready;
      await settle(el);
      const panel = shadow(el).querySelector('haven-error-panel')!;
      await panel.updateComplete;
      const text = panel.shadowRoot!.textContent ?? '';
      expect(text).to.contain('it has no modules');
      expect(text).to.contain('haven build');
      expect(text).not.to.match(/at \w+ \(|TypeError/);
      el.remove();
    });

    it('says plainly when the course cannot be fetched, offers to try again, and shows it once it can be', async () => {
      // A real file on the test server, missing at first: the player meets a real 404. (Not named .json:
      // the test server keeps answering 404 for a .json file it once missed.)
      const name = `test-output/retry-${Date.now()}.course`;
      const el = await fixture<HavenCourse>(html`<haven-course lms="none" src=${new URL(name, import.meta.url).pathname}></haven-course>`);
      await el.ready;
      await settle(el);
      const panel = shadow(el).querySelector('haven-error-panel')!;
      await panel.updateComplete;
      const text = panel.shadowRoot!.textContent ?? '';
      expect(text).to.contain('The course could not be loaded. Nothing you have done so far is lost.');
      expect(text).to.contain('Details: 404 Not Found');
      expect(text, 'a missing file is not a broken course').not.to.contain('The course file has problems');
      await writeFile({ path: name, content: JSON.stringify(testCourse(), null, 2) });
      try {
        button(panel.shadowRoot!, 'Try again').click();
        await el.ready;
        await settle(el);
        expect(shownHeading(el)).to.equal('Welcome');
        expect(deepFocus(), 'focus goes to what replaced the button').to.equal(heading(el));
      } finally {
        await removeFile({ path: name });
      }
    });

    /** Test seams that make a part of the player fail: as it starts, or after the first page is shown. */
    const failingParts = {
      store: 'never sticks on "Loading" when part of the player fails to start',
      actorAfter: 'the course actor failing to load after the first page is shown',
    } as const;
    const cases = [
      ...(Object.entries(failingParts) as [keyof typeof failingParts, string][]).map(([seam, title]) => ({ seam, title, deepLink: false })),
      { seam: 'actorAfter' as const, title: 'with deep links, the course actor failing before anything is shown', deepLink: true },
    ];
    for (const { seam, title, deepLink } of cases) {
      it(`${title}: the calm panel, with Try again`, async () => {
        playerDefaults[seam] = () => Promise.reject<never>(new Error('A part of the player could not be loaded'));
        try {
          const el = document.createElement('haven-course');
          el.lms = 'none';
          el.deepLink = deepLink;
          el.course = testCourse();
          // What the learner sees on the way: with deep links the page waits for the actor, so it never shows.
          const headings: string[] = [];
          const watch = new MutationObserver(() => headings.push(shownHeading(el)));
          const errorEvent = oneEvent(el, 'haven-error') as Promise<HavenErrorEvent>;
          document.body.append(el);
          watch.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
          expect((await errorEvent).detail).to.include({ code: 'COURSE_LOAD_FAILED', fatal: true });
          watch.disconnect();
          if (deepLink) expect(headings, 'no page shown before the panel').not.to.include('Welcome');
          await el.ready;
          await settle(el);
          const panel = shadow(el).querySelector('haven-error-panel')!;
          await panel.updateComplete;
          expect(panel.shadowRoot!.textContent).to.contain('Details: A part of the player could not be loaded');
          delete playerDefaults[seam];
          button(panel.shadowRoot!, 'Try again').click();
          await el.ready;
          await settle(el);
          expect(shownHeading(el)).to.equal('Welcome');
          el.remove();
        } finally {
          delete playerDefaults[seam];
        }
      });
    }

    it('shows the first page before the course actor has loaded; what the learner does meanwhile happens, in order, once it has, and a repeated press once', async () => {
      let release = () => {};
      playerDefaults.actorAfter = () => new Promise<void>((done) => (release = done));
      try {
        const el = document.createElement('haven-course');
        el.lms = 'none';
        el.course = testCourse();
        let ready = false;
        document.body.append(el);
        await waitUntil(() => shownHeading(el) === 'Welcome', 'the first page, with the actor held back');
        void el.ready.then(() => (ready = true));
        button(shadow(el), 'Next').click();
        button(shadow(el), 'Next').click();
        button(shadow(el), 'Take a break').click();
        await settle(el);
        expect(shownHeading(el), 'nothing moves without the actor').to.equal('Welcome');
        expect(ready, '`ready` waits for the actor').to.equal(false);
        release();
        await el.ready;
        await settle(el);
        // Next once (the second press repeated the first, unseen), then the break, in that order.
        const pause = shadow(el).querySelector('haven-pause-screen')!;
        expect(pause, 'the break began').to.not.equal(null);
        button(pause.shadowRoot!, 'Return to the course').click();
        await settle(el);
        expect(shownHeading(el)).to.equal('Going at your own pace');
        el.remove();
      } finally {
        delete playerDefaults.actorAfter;
      }
    });

    it('a content note first: the page behind it fetches its blocks while the learner reads the note', async () => {
      const noteFirst = testCourse({
        modules: [
          {
            id: 'first',
            title: 'Before anything',
            gate: 'open',
            contentNote: { summary: 'This module talks about abuse at home.', canSkip: false },
            pages: [
              {
                id: 'behind',
                title: 'Behind the note',
                blocks: [{ type: 'accordion', id: 'more', items: [{ title: 'What to look for', body: 'Changes in behaviour.' }] }],
              },
            ],
          },
        ],
      });
      expect(customElements.get('haven-accordion'), 'no accordion loaded yet in this page').to.equal(undefined);
      const el = await mountCourse(noteFirst);
      expect(shownHeading(el)).to.equal('Before you continue: Before anything');
      await waitUntil(() => customElements.get('haven-accordion'), 'the accordion loaded while the note is read');
      expect(shownHeading(el)).to.equal('Before you continue: Before anything');
    });

    it('speaks the page’s language when the course, and so its language, cannot be loaded', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div lang="cy"><haven-course lms="none" src="/no/such/course.json"></haven-course></div>`,
      );
      const el = wrapper.querySelector('haven-course')!;
      await el.ready;
      await settle(el);
      const panel = shadow(el).querySelector('haven-error-panel')!;
      await panel.updateComplete;
      expect(panel.shadowRoot!.querySelector('h2')!.textContent).to.equal('Nid oes modd dangos y cwrs hwn');
      expect(button(panel.shadowRoot!, 'Rhowch gynnig arall arni').type).to.equal('button');
    });
  });

  describe('navigation', () => {
    const reflecting = (id: string, title: string) => ({
      id,
      title,
      blocks: [{ type: 'reflection', id: `${id}-reflection`, prompt: `What stands out on ${title}?` }],
    });
    const twoReflections = (overrides: Record<string, unknown> = {}) =>
      testCourse({
        modules: [
          {
            id: 'only',
            title: 'Only',
            gate: 'open',
            pages: [reflecting('first', 'the first page'), reflecting('second', 'the second page')],
          },
        ],
        ...overrides,
      });
    const box = async (el: HavenCourse) => {
      await waitUntil(() => shadow(el).querySelector('haven-reflection')?.shadowRoot?.querySelector('textarea'));
      return shadow(el).querySelector('haven-reflection')!.shadowRoot!.querySelector('textarea')!;
    };
    const type = async (el: HavenCourse, text: string) => {
      const textarea = await box(el);
      textarea.value = text;
      textarea.dispatchEvent(new Event('input'));
    };
    const go = async (el: HavenCourse, label: string) => {
      button(shadow(el), label).click();
      await settle(el);
    };

    it('gives each page its own blocks: words typed on one page never show in the next page’s block', async () => {
      const el = await mountCourse(twoReflections());
      await type(el, 'A private thought about the first page');
      await go(el, 'Next');
      expect(shownHeading(el)).to.equal('the second page');
      expect((await box(el)).value).to.equal('');
    });

    /** Whether any reflection counts as done (what the LMS would learn). */
    const reflectionDone = (el: HavenCourse) =>
      Object.values(shadow(el).querySelector('haven-reflection')!.handle!.getProgress().blocks).some(
        (b) => b.kind === 'reflection' && b.done,
      );
    const statusOf = async (el: HavenCourse) => {
      const reflection = shadow(el).querySelector('haven-reflection')!;
      await reflection.updateComplete;
      return reflection.shadowRoot!.querySelector('[role="status"]')!.textContent;
    };
    const DRAFT = 'Kept on this device as a draft. Select Save when it is ready.';

    it('keeps words typed but not saved on this device as a draft when the learner moves on, and shows them on return', async () => {
      const el = await mountCourse(twoReflections());
      await type(el, 'A thought I did not save');
      await go(el, 'Next');
      const handle = shadow(el).querySelector('haven-reflection')!.handle!;
      await waitUntil(async () => (await handle.loadReflection('first-reflection')) === 'A thought I did not save', 'kept on the device');
      expect(reflectionDone(el), 'a draft is not a saved reflection').to.equal(false);
      await go(el, 'Previous');
      await waitUntil(async () => (await box(el)).value === 'A thought I did not save', 'the draft came back');
      await waitUntil(async () => (await statusOf(el)) === DRAFT, 'it says the words are a draft');
      button(shadow(el).querySelector('haven-reflection')!.shadowRoot!, 'Save').click();
      await settle(el);
      expect(reflectionDone(el), 'saved, it counts').to.equal(true);
      expect(await statusOf(el)).to.equal('Saved on this device.');
    });

    it('keeps a draft through a break, and its words all deleted replace it', async () => {
      const el = await mountCourse(twoReflections());
      await type(el, 'Something to come back to');
      await go(el, 'Take a break');
      const handle = el.shadowRoot!.querySelector('haven-pause-screen')!.handle!;
      await waitUntil(
        async () => (await handle.loadReflection('first-reflection')) === 'Something to come back to',
        'kept as the break began',
      );
      button(el.shadowRoot!.querySelector('haven-pause-screen')!.shadowRoot!, 'Return to the course').click();
      await settle(el);
      await waitUntil(async () => (await box(el)).value === 'Something to come back to', 'the draft came back');
      await type(el, '');
      await go(el, 'Next');
      await waitUntil(
        async () => (await handle.loadReflection('first-reflection')) === undefined,
        'the deleted words are gone from the device',
      );
      expect(reflectionDone(el)).to.equal(false);
    });

    it('keeps words typed but not saved on this device when the tab is hidden or closed', async () => {
      const el = await mountCourse(twoReflections());
      await type(el, 'Half a thought');
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
      try {
        document.dispatchEvent(new Event('visibilitychange'));
      } finally {
        delete (document as { visibilityState?: unknown }).visibilityState;
      }
      const reflection = shadow(el).querySelector('haven-reflection')!;
      await waitUntil(async () => (await reflection.handle!.loadReflection('first-reflection')) === 'Half a thought', 'kept on the device');
      expect(await statusOf(el)).to.equal(DRAFT);
      expect(reflectionDone(el)).to.equal(false);
    });

    it('does not send unsaved words anywhere when the course shares reflections with the organisation', async () => {
      const el = await mountCourse(twoReflections({ privacy: { reflectionsLeaveDevice: true } }));
      await type(el, 'Not ready to share this');
      await go(el, 'Next');
      // A save the learner asks for on the next page; writes keep their order, so once it is kept any
      // earlier one would be too.
      await type(el, 'Fine to share');
      button(shadow(el).querySelector('haven-reflection')!.shadowRoot!, 'Save').click();
      const handle = shadow(el).querySelector('haven-reflection')!.handle!;
      await waitUntil(async () => (await handle.loadReflection('second-reflection')) === 'Fine to share', 'the asked-for save');
      expect(await handle.loadReflection('first-reflection')).to.equal(undefined);
      await go(el, 'Previous');
      expect((await box(el)).value).to.equal('');
    });

    it('moves to the next page, focuses its heading and announces it', async () => {
      const el = await mountCourse();
      expect(shownHeading(el)).to.equal('Welcome');
      expect(button(shadow(el), 'Previous').disabled).to.equal(true);
      button(shadow(el), 'Next').click();
      await settle(el);
      expect(shownHeading(el)).to.equal('Going at your own pace');
      expect(deepFocus()).to.equal(heading(el));
      expect(heading(el)!.getAttribute('tabindex')).to.equal('-1');
      expect(shadow(el).querySelector('[aria-live="polite"]')!.textContent).to.contain('Going at your own pace');
      button(shadow(el), 'Previous').click();
      await settle(el);
      expect(shownHeading(el)).to.equal('Welcome');
    });

    it('goes to a page chosen in the outline and marks it current', async () => {
      const el = await mountCourse();
      const outline = shadow(el).querySelector('haven-outline')!;
      button(outline.shadowRoot!, 'Looking after yourself').click();
      await settle(el);
      expect(shownHeading(el)).to.equal('Looking after yourself');
      const current = outline.shadowRoot!.querySelector('[aria-current="page"]');
      expect(current?.textContent).to.contain('Looking after yourself');
    });

    it('shows course progress that grows as pages are viewed', async () => {
      const el = await mountCourse();
      const before = (shadow(el).querySelector('#course-progress') as HTMLProgressElement).value;
      button(shadow(el), 'Next').click();
      await settle(el);
      const after = (shadow(el).querySelector('#course-progress') as HTMLProgressElement).value;
      expect(after).to.be.greaterThan(before);
    });
  });

  describe('content notes', () => {
    const toHarder = async (el: HavenCourse) => {
      button(shadow(el), 'Next').click();
      await settle(el);
      button(shadow(el), 'Next').click();
      await settle(el);
    };

    it('shows the module note before its first page; continue shows the page', async () => {
      const el = await mountCourse();
      await toHarder(el);
      const note = shadow(el).querySelector('haven-content-note')!;
      expect(note).to.not.equal(null);
      expect(note.shadowRoot!.textContent).to.contain('how children experience abuse');
      expect(deepFocus()).to.equal(note.shadowRoot!.querySelector('h2'));
      button(note.shadowRoot!, 'Continue').click();
      await settle(el);
      expect(shownHeading(el)).to.equal('What children hear');
    });

    it('skip for now moves past the module, and get support opens the support dialog', async () => {
      const el = await mountCourse();
      await toHarder(el);
      const note = shadow(el).querySelector('haven-content-note')!;
      button(note.shadowRoot!, 'Get support').click();
      await settle(el);
      const dialog = shadow(el).querySelector('haven-support-dialog')!;
      expect(dialog.isOpen).to.equal(true);
      dialog.close();
      await settle(el);
      button(note.shadowRoot!, 'Skip for now').click();
      await settle(el);
      expect(shownHeading(el)).to.equal('Looking after yourself');
    });

    it('offers no skip when the note does not allow it', async () => {
      const el = await mountCourse();
      await toHarder(el);
      button(shadow(el).querySelector('haven-content-note')!.shadowRoot!, 'Continue').click();
      await settle(el);
      button(shadow(el), 'Next').click();
      await settle(el);
      const note = shadow(el).querySelector('haven-content-note')!;
      expect(note.shadowRoot!.textContent).to.contain('describes a child telling');
      expect(() => button(note.shadowRoot!, 'Skip for now')).to.throw();
    });
  });

  describe('take a break', () => {
    it('shows a calm pause with a grounding exercise and resumes on the same page', async () => {
      const el = await mountCourse();
      button(shadow(el), 'Next').click();
      await settle(el);
      button(shadow(el), 'Take a break').click();
      await settle(el);
      const pause = shadow(el).querySelector('haven-pause-screen')!;
      expect(pause.shadowRoot!.textContent).to.contain('Your progress is saved');
      expect(pause.shadowRoot!.querySelectorAll('ol li').length).to.equal(5);
      expect(deepFocus()).to.equal(pause.shadowRoot!.querySelector('h2'));
      button(pause.shadowRoot!, 'Return to the course').click();
      await settle(el);
      expect(shownHeading(el)).to.equal('Going at your own pace');
    });
  });

  describe('support', () => {
    it('opens from the toolbar with tel: links, closes with Escape and gives focus back', async () => {
      const el = await mountCourse();
      const opener = button(shadow(el), 'Support');
      opener.focus();
      opener.click();
      await settle(el);
      const dialog = shadow(el).querySelector('haven-support-dialog')!;
      expect(dialog.isOpen).to.equal(true);
      const links = [...dialog.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
      expect(links).to.include('tel:08082000247');
      expect(links).to.include('tel:116123');
      await sendKeys({ press: 'Escape' });
      await settle(el);
      expect(dialog.isOpen).to.equal(false);
      expect(deepFocus()).to.equal(opener);
    });
  });

  describe('quick exit', () => {
    it('hides the course at once and leaves for the neutral page', async () => {
      const el = await mountCourse();
      const visited: string[] = [];
      el.navigate = (url) => {
        visited.push(url);
        // The content is already hidden when navigation starts.
        expect(shadow(el).querySelector('.shell')?.hasAttribute('hidden') ?? true).to.equal(true);
      };
      button(shadow(el), 'Quick exit').click();
      await settle(el);
      expect(visited).to.deep.equal(['https://www.bbc.co.uk/weather']);
      expect(shadow(el).querySelector('h1')).to.equal(null);
    });

    it('is not offered when the course has no neutral page', async () => {
      const course = testCourse();
      delete course['quickExit'];
      const el = await mountCourse(course);
      expect(() => button(shadow(el), 'Quick exit')).to.throw();
    });
  });

  describe('remembering', () => {
    it('keeps low-stimulus on this device across a reload (IndexedDB)', async () => {
      const el = await mountCourse();
      button(shadow(el), 'Settings').click();
      await settle(el);
      const box = shadow(el).querySelector('haven-settings-dialog')!.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
      box.click();
      await settle(el);
      expect(el.hasAttribute('low-stimulus')).to.equal(true);
      el.remove();
      await new Promise((r) => setTimeout(r, 50));
      const again = await mountCourse();
      expect(again.hasAttribute('low-stimulus')).to.equal(true);
      button(shadow(again), 'Settings').click();
      await settle(again);
      const dialog = shadow(again).querySelector('haven-settings-dialog')!;
      await dialog.updateComplete;
      expect(dialog.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.checked).to.equal(true);
    });

    it('keeps low-stimulus when localStorage was cleared on its own: it applies once the database answers', async () => {
      const el = await mountCourse();
      button(shadow(el), 'Settings').click();
      await settle(el);
      shadow(el).querySelector('haven-settings-dialog')!.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
      await settle(el);
      el.remove();
      await new Promise((r) => setTimeout(r, 50));
      // The note that this device has a database goes (a page's own script cleared localStorage).
      localStorage.clear();
      const again = await mountCourse();
      await waitUntil(() => again.hasAttribute('low-stimulus'), 'the setting the database holds');
    });

    it('resumes on the page where the learner left off', async () => {
      const el = await mountCourse();
      button(shadow(el), 'Next').click();
      await settle(el);
      el.remove();
      await new Promise((r) => setTimeout(r, 50));
      const again = await mountCourse();
      expect(shownHeading(again)).to.equal('Going at your own pace');
    });

    it('says quietly that progress is kept only in this tab when the device cannot store it', async () => {
      playerDefaults.indexedDB = null;
      const el = await mountCourse();
      expect(shadow(el).querySelector('[part="saving"]')?.textContent).to.contain('only while this page is open');
    });
  });

  describe('events for the host page', () => {
    it('fires haven-progress on each change and haven-complete once', async () => {
      const course = testCourse({ modules: [(testCourse()['modules'] as object[])[0]] });
      const el = await mountCourse(course);
      const progress = oneEvent(el, 'haven-progress') as Promise<HavenProgressEvent>;
      const complete = oneEvent(el, 'haven-complete');
      button(shadow(el), 'Next').click();
      const p = await progress;
      expect(p.bubbles && p.composed).to.equal(true);
      expect(p.detail.courseId).to.equal('shell-test');
      const c = await complete;
      expect(c.detail.courseId).to.equal('shell-test');
      await settle(el);
      expect(shadow(el).querySelector('.complete')).to.not.equal(null);
    });
  });

  describe('language', () => {
    it('uses Welsh strings for a Welsh course', async () => {
      const el = await mountCourse(testCourse({ lang: 'cy' }));
      expect(button(shadow(el), 'Nesaf')).to.not.equal(null);
      expect(button(shadow(el), 'Cymorth')).to.not.equal(null);
    });
  });
});
