/**
 * "A learner never sees a stack trace": the real player while the LMS (scorm-again behind the strict
 * checker, with injected faults) and IndexedDB fail, with hostile courses, and in two tabs at once.
 */
import { expect } from '@open-wc/testing';
import { relaunchSeed } from '@haven/lms/testing';
import type { HavenCourse } from './haven-course.js';
import { playerDefaults } from '../player/wiring.js';
import { settle, shadow } from './testing/fixtures.js';
import {
  allText,
  answer,
  finishCount,
  freshDb,
  goTo,
  launchLms,
  leaksIn,
  leavePage,
  mountInFrame,
  mountPlayer,
  pageTitle,
  quizCourse,
  removeLms,
  shownAnswer,
  until,
  type TestLms,
} from './testing/lms-player.js';

const savingNote = (el: HavenCourse): string => shadow(el).querySelector('[part="saving"]')?.textContent?.trim() ?? '';

/** The learner keeps going: pages move and answers are taken, and nothing technical shows. */
async function keepsGoing(el: HavenCourse): Promise<void> {
  await goTo(el, 'A first check');
  await answer(el, 'listen');
  expect(await shownAnswer(el)).to.equal('listen');
  await goTo(el, 'In the middle');
  expect(leaksIn(el), 'technical text shown to the learner').to.deep.equal([]);
}

/** After the LMS recovers, one more page change commits everything, and a launch from that alone resumes. */
async function lmsHasItAll(el: HavenCourse, lms: TestLms): Promise<void> {
  await goTo(el, 'A second check');
  const location = lms.version === 'scorm12' ? 'cmi.core.lesson_location' : 'cmi.location';
  await until(() => lms.get(location) === 'second-check', 'the LMS to get the location', 6000);
  leavePage();
  expect(finishCount(lms)).to.equal(1);
  el.remove();
  lms.checker.assertClean();
  freshDb();
  launchLms(lms.version, relaunchSeed(lms.version, lms.committed()));
  const next = await mountPlayer();
  expect(pageTitle(next)).to.equal('A second check');
  await goTo(next, 'A first check');
  expect(await shownAnswer(next)).to.equal('listen');
}

for (const version of ['scorm12', 'scorm2004'] as const) {
  describe(`LMS faults while learning (${version})`, () => {
    afterEach(() => {
      removeLms();
      delete playerDefaults.indexedDB;
    });

    it('SetValue and Commit answering "false": the learner carries on, and later commits carry everything', async () => {
      freshDb();
      const lms = launchLms(version);
      const el = await mountPlayer();
      lms.faults.setFails = { match: /suspend_data|location|interactions/, code: '351' };
      lms.faults.commitFails = '391';
      await keepsGoing(el);
      expect(savingNote(el), 'the device still saves: no notice').to.equal('');
      lms.faults.setFails = undefined;
      lms.faults.commitFails = undefined;
      await lmsHasItAll(el, lms);
    });

    it('the LMS throwing: nothing escapes, and it recovers', async () => {
      freshDb();
      const lms = launchLms(version);
      const el = await mountPlayer();
      lms.faults.throws = true;
      await keepsGoing(el);
      lms.faults.throws = false;
      await lmsHasItAll(el, lms);
    });

    it('the API vanishing mid-course and coming back', async () => {
      freshDb();
      const lms = launchLms(version);
      const el = await mountPlayer();
      lms.vanish();
      await keepsGoing(el);
      lms.faults.gone = false;
      await lmsHasItAll(el, lms);
    });

    it('a commit refused with 391 during unload still ends the session once with the latest data', async () => {
      freshDb();
      const lms = launchLms(version);
      const el = await mountPlayer();
      await goTo(el, 'A first check');
      await answer(el, 'listen');
      lms.faults.commitFails = '391';
      leavePage();
      expect(finishCount(lms)).to.equal(1);
      el.remove();
      lms.checker.assertClean();
      freshDb();
      launchLms(version, relaunchSeed(version, lms.committed()));
      const next = await mountPlayer();
      expect(pageTitle(next)).to.equal('A first check');
      expect(await shownAnswer(next)).to.equal('listen');
    });

    it('IndexedDB unavailable: a calm note that progress goes to the organisation only; the LMS gets it all', async () => {
      freshDb();
      playerDefaults.indexedDB = null;
      const lms = launchLms(version);
      const el = await mountPlayer();
      expect(savingNote(el)).to.equal('Progress is saved to your organisation only, not on this device.');
      await keepsGoing(el);
      await lmsHasItAll(el, lms);
    });

    it('IndexedDB unavailable and commits refused: while the LMS is retried the note never claims the organisation has it', async () => {
      freshDb();
      playerDefaults.indexedDB = null;
      const lms = launchLms(version);
      const el = await mountPlayer();
      lms.faults.commitFails = '391';
      await keepsGoing(el);
      // Once a commit is refused, the LMS is being retried: until one is accepted, only this tab has the latest.
      await until(() => savingNote(el) === 'Progress is kept only while this page is open.', 'the tab-only note while retrying', 4000);
      lms.faults.commitFails = undefined;
      await goTo(el, 'A first check');
      await until(() => savingNote(el).startsWith('Progress is saved to your organisation only'), 'the organisation note once it has it');
      await lmsHasItAll(el, lms);
    });

    it('IndexedDB and the LMS both failing: a calm notice, the learner carries on, and nothing is lost once the LMS is back', async () => {
      freshDb();
      playerDefaults.indexedDB = null;
      const lms = launchLms(version);
      const errors: string[] = [];
      const el = await mountPlayer();
      el.addEventListener('haven-error', (e) => errors.push(e.detail.code));
      lms.vanish();
      await keepsGoing(el);
      expect(savingNote(el)).to.match(/^Your progress cannot be saved at the moment\. You can keep going/);
      expect(errors.length, 'the host page hears about it').to.be.greaterThan(0);
      expect(errors, 'once per fault, not on every action while it lasts').to.deep.equal([...new Set(errors)]);
      lms.faults.gone = false;
      await goTo(el, 'A second check');
      await until(() => savingNote(el).startsWith('Progress is saved to your organisation only'), 'the notice to calm down');
      await lmsHasItAll(el, lms);
    });
  });
}

describe('IndexedDB failing in the middle of the course', () => {
  afterEach(() => {
    removeLms();
    delete playerDefaults.indexedDB;
  });

  /** The real factory, keeping hold of the connections it opens so a test can drop them. */
  function droppable(): { factory: IDBFactory; drop(): Promise<void> } {
    const connections: IDBDatabase[] = [];
    const factory = {
      open(name: string, version?: number) {
        const req = indexedDB.open(name, version);
        req.addEventListener('success', () => connections.push(req.result));
        return req;
      },
      deleteDatabase: (name: string) => indexedDB.deleteDatabase(name),
      databases: () => indexedDB.databases(),
      cmp: (a: unknown, b: unknown) => indexedDB.cmp(a, b),
    } as IDBFactory;
    return {
      factory,
      // The player is ready before IndexedDB has answered (a quick start): drop the connection once it is there.
      async drop() {
        await until(() => connections.length > 0, 'the database to open');
        connections.forEach((c) => c.close());
      },
    };
  }

  it('standalone: a calm note that progress is kept in this tab, and the learner carries on', async () => {
    freshDb();
    const idb = droppable();
    playerDefaults.indexedDB = idb.factory;
    const el = document.createElement('haven-course');
    el.setAttribute('lms', 'none');
    el.course = quizCourse();
    document.body.append(el);
    try {
      await el.ready;
      await settle(el);
      expect(savingNote(el)).to.equal('');
      await idb.drop();
      await keepsGoing(el);
      await until(() => savingNote(el) === 'Progress is kept only while this page is open.', 'the tab-only note');
      await goTo(el, 'A first check');
      expect(await shownAnswer(el)).to.equal('listen');
      expect(leaksIn(el)).to.deep.equal([]);
    } finally {
      el.remove();
    }
  });

  it('with an LMS: the note says the organisation keeps it, and the LMS gets everything', async () => {
    freshDb();
    const idb = droppable();
    playerDefaults.indexedDB = idb.factory;
    const lms = launchLms('scorm2004');
    const el = await mountPlayer();
    await idb.drop();
    await keepsGoing(el);
    await until(() => savingNote(el).startsWith('Progress is saved to your organisation only'), 'the LMS-only note');
    await lmsHasItAll(el, lms);
  });
});

describe('an invalid or hostile course in the player', () => {
  const hostile: Record<string, () => string | object> = {
    'a JSON syntax error': () => '{\n  "formatVersion": 1,\n  "id": "broken",\n  "title": "Broken"\n  "modules": []\n}',
    'wrong types': () => ({ ...quizCourse(), title: 42, modules: 'none' }),
    'a 5 MB string': () => ({ ...quizCourse(), title: 'x'.repeat(5 * 1024 * 1024) }),
    '__proto__ keys': () =>
      `{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, ${JSON.stringify(quizCourse()).slice(1, -1).replace('"title":"Keeping progress safe"', '"title": {"__proto__": 1}')}}`,
    'nesting 100,000 deep': () => `{"formatVersion": 1, "id": "deep", "title": ${'['.repeat(100000)}${']'.repeat(100000)}}`,
    'not JSON at all (an HTML page)': () => '<!doctype html><html><body><h1>Sign in</h1></body></html>',
    'an empty file': () => '',
    'a module of 20,000 pages, all with the same id': () => ({
      ...quizCourse(),
      modules: [
        {
          id: 'many',
          title: 'Many',
          gate: 'open',
          pages: Array.from({ length: 20000 }, () => ({ id: 'same', title: 'Same', blocks: [] })),
        },
      ],
    }),
    'a scenario that loops forever': () => {
      const course = quizCourse() as { modules: { pages: { blocks: unknown[] }[] }[] };
      course.modules[0]!.pages[0]!.blocks.push({
        type: 'scenario',
        id: 'round-and-round',
        title: 'Round and round',
        start: 'a',
        nodes: [
          { id: 'a', text: 'First', choices: [{ id: 'go', text: 'Go on', next: 'b', feedback: 'On.', quality: 'best' }] },
          { id: 'b', text: 'Second', choices: [{ id: 'back', text: 'Go back', next: 'a', feedback: 'Back.', quality: 'best' }] },
        ],
      });
      return course;
    },
  };

  for (const [name, make] of Object.entries(hostile)) {
    it(`${name}: a readable error panel and haven-error, never a blank page or a stack trace`, async () => {
      freshDb();
      const el = document.createElement('haven-course');
      el.setAttribute('lms', 'none');
      const events: { code: string; fatal: boolean }[] = [];
      el.addEventListener('haven-error', (e) => events.push(e.detail));
      el.course = make();
      document.body.append(el);
      try {
        await el.ready;
        await settle(el);
        const panel = shadow(el).querySelector('haven-error-panel');
        expect(panel, 'error panel').to.be.instanceOf(HTMLElement);
        const text = allText(el.shadowRoot!);
        expect(text).to.include('This course cannot be shown');
        expect(text.trim().length).to.be.greaterThan(40);
        expect(leaksIn(el)).to.deep.equal([]);
        expect(text.length, 'the panel does not echo the whole course back').to.be.below(20000);
        // Where (file:line:col) and what, in words.
        expect(text.replace(/\s+/g, ' ')).to.match(/course\.json : \d+ : \d+ \S/);
        expect(panel!.shadowRoot!.querySelectorAll('li').length, 'problems listed').to.be.within(1, 50);
        expect(events).to.have.length(1);
        expect(events[0]).to.include({ fatal: true });
        if (name === 'a JSON syntax error') expect(text.replace(/\s+/g, ' ')).to.match(/course\.json : 5 : 3 .*Hint:/);
        expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
      } finally {
        el.remove();
      }
    });
  }
});

describe('two tabs on the same course (standalone)', () => {
  it('answers given in one tab and then the other both survive a reload of either', async () => {
    const course = { ...quizCourse(), id: `two-tabs-${Date.now()}` };
    const db = `haven-two-tabs-${Date.now()}`;
    const frames: HTMLIFrameElement[] = [];
    const open = async (): Promise<HavenCourse> => {
      const { frame, el } = await mountInFrame(db, course, 'none');
      frames.push(frame);
      return el;
    };
    try {
      const first = await open();
      const second = await open();
      await goTo(first, 'A first check');
      await answer(first, 'promise');
      await goTo(second, 'A second check');
      await answer(second, 'listen');
      // Both tabs are reloaded: what each did is kept.
      for (const frame of frames.splice(0)) frame.remove();
      const reopened = await open();
      await goTo(reopened, 'A first check');
      expect(await shownAnswer(reopened)).to.equal('promise');
      await goTo(reopened, 'A second check');
      expect(await shownAnswer(reopened)).to.equal('listen');
    } finally {
      for (const frame of frames) frame.remove();
    }
  });
});

describe('the player taken out of the page and put back', () => {
  it('stops cleanly, then starts again where the learner was, with nothing thrown', async () => {
    freshDb();
    const thrown: string[] = [];
    const onError = (e: ErrorEvent) => thrown.push(String(e.message));
    const onRejection = (e: PromiseRejectionEvent) => thrown.push(String(e.reason));
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    try {
      const el = document.createElement('haven-course');
      el.setAttribute('lms', 'none');
      el.course = quizCourse();
      document.body.append(el);
      await el.ready;
      await settle(el);
      await goTo(el, 'A first check');
      await answer(el, 'listen');
      const host = document.createElement('div');
      document.body.append(host);
      host.append(el); // moved: disconnected, then connected again
      await el.ready;
      await settle(el);
      await new Promise((r) => setTimeout(r, 100));
      expect(pageTitle(el)).to.equal('A first check');
      expect(await shownAnswer(el)).to.equal('listen');
      expect(thrown).to.deep.equal([]);
      host.remove();
      await new Promise((r) => setTimeout(r, 100));
      expect(thrown).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    }
  });
});
