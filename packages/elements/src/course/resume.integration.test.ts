/**
 * "A learner must never lose progress": the real player, real IndexedDB and scorm-again (1.2 and
 * 2004, behind the strict checker). Each session ends as a browser ends it (hidden, then pagehide),
 * and the next launch gets a new scorm-again loaded with what the last one committed.
 */
import { expect } from '@open-wc/testing';
import { relaunchSeed } from '@haven/lms/testing';
import type { HavenCourse } from './haven-course.js';
import { settle } from './testing/fixtures.js';
import {
  answer,
  finishCount,
  freshDb,
  goTo,
  launchLms,
  leavePage,
  lmsSeed,
  mountInFrame,
  mountPlayer,
  pageTitle,
  questionReady,
  removeLms,
  shownAnswer,
  useDb,
  until,
  type TestLms,
  type Version,
} from './testing/lms-player.js';

const interactionsOf = (lms: TestLms): string[] => {
  const count = Number(lms.get('cmi.interactions._count') || 0);
  const flat = lms.lms.getFlattenedCMI() as Record<string, unknown>;
  const ids: string[] = [];
  for (let i = 0; i < Math.max(count, 20); i++) {
    const id = flat[`cmi.interactions.${i}.id`];
    if (typeof id === 'string' && id) ids.push(id);
  }
  return ids;
};

/** Ends the session the way a closing tab does, and checks the LMS saw one clean, single termination. */
function endSession(el: HavenCourse, lms: TestLms): Record<string, unknown> {
  leavePage();
  expect(finishCount(lms), 'terminated exactly once').to.equal(1);
  el.remove();
  leavePage();
  expect(finishCount(lms), 'still terminated exactly once').to.equal(1);
  lms.checker.assertClean();
  return lms.committed();
}

async function firstSession(version: Version): Promise<{ data: Record<string, unknown>; db: string }> {
  const db = freshDb();
  const lms = launchLms(version);
  const el = await mountPlayer();
  await goTo(el, 'A first check');
  await answer(el, 'promise');
  await goTo(el, 'A second check');
  await answer(el, 'listen');
  await goTo(el, 'The last page');
  return { data: endSession(el, lms), db };
}

/** Lands where the learner left off, with both answers; leaves the learner on the first question's page. */
async function expectResumed(el: HavenCourse, landing = 'The last page'): Promise<void> {
  expect(pageTitle(el)).to.equal(landing);
  await goTo(el, 'A second check');
  expect(await shownAnswer(el)).to.equal('listen');
  await goTo(el, 'A first check');
  expect(await shownAnswer(el)).to.equal('promise');
}

for (const version of ['scorm12', 'scorm2004'] as const) {
  describe(`resume through ${version} and IndexedDB`, () => {
    afterEach(() => removeLms());

    it('(a) LMS and device: lands on the same page with the same answers', async () => {
      const { data, db } = await firstSession(version);
      useDb(db);
      const lms = launchLms(version, relaunchSeed(version, data));
      const el = await mountPlayer();
      await expectResumed(el);
      endSession(el, lms);
    });

    it('(b) LMS only (another device, nothing stored here)', async () => {
      const { data } = await firstSession(version);
      freshDb();
      const lms = launchLms(version, relaunchSeed(version, data));
      const el = await mountPlayer();
      await expectResumed(el);
      endSession(el, lms);
    });

    /** The device has it all and the LMS nothing: the learner lands on their place, and the LMS is given it all again. */
    async function deviceOnly({ localStorageCleared = false } = {}): Promise<void> {
      const { db } = await firstSession(version);
      // Another script on the LMS's origin (or the learner) cleared localStorage but not IndexedDB: the
      // player starts as for a new device, then the database answers.
      if (localStorageCleared) localStorage.clear();
      useDb(db);
      const lms = launchLms(version, lmsSeed(version));
      const el = await mountPlayer();
      if (localStorageCleared) await until(() => pageTitle(el) === 'The last page', "the learner's place");
      await expectResumed(el);
      const data = endSession(el, lms);
      // The next launch from the LMS alone has everything back (the learner had gone back to the first question).
      freshDb();
      const again = launchLms(version, relaunchSeed(version, data));
      const next = await mountPlayer();
      await expectResumed(next, 'A first check');
      endSession(next, again);
    }

    it('(c) device only (the LMS lost its data): nothing goes backwards, and the LMS is given it all again', () => deviceOnly());

    it("(c') device only, with localStorage cleared on its own: the learner is taken to their place, and nothing is lost", () =>
      deviceOnly({ localStorageCleared: true }));

    it('(d) LMS and device diverge: the merge keeps the answers of both', async () => {
      // This device: the first question only.
      const deviceDb = freshDb();
      const first = launchLms(version);
      let el = await mountPlayer();
      await goTo(el, 'A first check');
      await answer(el, 'promise');
      endSession(el, first);

      // Another device, and an LMS record that never had the first answer: the second question only.
      freshDb();
      const other = launchLms(version);
      el = await mountPlayer();
      await goTo(el, 'A second check');
      await answer(el, 'listen');
      const lmsData = endSession(el, other);

      useDb(deviceDb);
      const lms = launchLms(version, relaunchSeed(version, lmsData));
      el = await mountPlayer();
      expect(pageTitle(el)).to.equal('A second check');
      expect(await shownAnswer(el)).to.equal('listen');
      await goTo(el, 'A first check');
      expect(await shownAnswer(el)).to.equal('promise');
      const merged = endSession(el, lms);

      // What the LMS now holds carries both answers too.
      freshDb();
      const check = launchLms(version, relaunchSeed(version, merged));
      el = await mountPlayer();
      await goTo(el, 'A first check');
      expect(await shownAnswer(el)).to.equal('promise');
      await goTo(el, 'A second check');
      expect(await shownAnswer(el)).to.equal('listen');
      endSession(el, check);
    });

    it('an answer given just before the page closes reaches the LMS', async () => {
      freshDb();
      const lms = launchLms(version);
      const el = await mountPlayer();
      await goTo(el, 'A first check');
      await answer(el, 'listen');
      // No waiting: the tab is closed straight after the answer.
      const data = endSession(el, lms);
      expect(interactionsOf(lms).length).to.equal(1);
      freshDb();
      const again = launchLms(version, relaunchSeed(version, data));
      const next = await mountPlayer();
      expect(pageTitle(next)).to.equal('A first check');
      expect(await shownAnswer(next)).to.equal('listen');
      endSession(next, again);
    });
  });

  describe(`review mode through ${version}`, () => {
    afterEach(() => removeLms());

    it('shows the course and the answers, and changes no status, score or interaction', async () => {
      const { data } = await firstSession(version);
      freshDb();
      const seed = relaunchSeed(version, data);
      if (version === 'scorm12') (seed.core as Record<string, unknown>).lesson_mode = 'review';
      else seed.mode = 'review';
      const lms = launchLms(version, seed);
      const before = interactionsOf(lms);
      const el = await mountPlayer();
      await expectResumed(el);
      endSession(el, lms);
      const statusWrites = lms.checker.calls.filter((c) => /(lesson_status|completion_status|success_status|score|interactions)/.test(c));
      expect(statusWrites).to.deep.equal([]);
      expect(interactionsOf(lms)).to.deep.equal(before);
    });
  });
}

for (const version of ['scorm12', 'scorm2004'] as const) {
  describe(`the player in an LMS frame, closed for real (${version})`, () => {
    afterEach(() => removeLms());

    it('closing the frame ends the session once, and the next launch resumes from the LMS alone', async () => {
      const lms = launchLms(version);
      const { frame, el } = await mountInFrame(`haven-frame-${Date.now()}`);
      await goTo(el, 'A first check');
      await answer(el, 'promise');
      await goTo(el, 'A second check');
      await answer(el, 'listen');
      frame.remove(); // the browser unloads the frame and fires pagehide itself
      expect(finishCount(lms)).to.equal(1);
      lms.checker.assertClean();
      launchLms(version, relaunchSeed(version, lms.committed()));
      const next = await mountInFrame(`haven-frame-${Date.now()}-other`);
      try {
        expect(pageTitle(next.el)).to.equal('A second check');
        expect(await shownAnswer(next.el)).to.equal('listen');
        await goTo(next.el, 'A first check');
        expect(await shownAnswer(next.el)).to.equal('promise');
      } finally {
        next.frame.remove();
      }
    });

    it('an answer checked the instant before the frame closes still reaches the LMS and the device', async () => {
      const lms = launchLms(version);
      const db = `haven-frame-${Date.now()}`;
      const { frame, el } = await mountInFrame(db);
      await goTo(el, 'A first check');
      await questionReady(el);
      const root = el.shadowRoot!.querySelector('haven-question')!.shadowRoot!;
      root.querySelector<HTMLInputElement>('input[value="listen"]')!.click();
      await settle(el);
      // Checked, and the frame closed in the same task: no promise gets to run in between.
      [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Check my answer')!.click();
      frame.remove();
      expect(finishCount(lms)).to.equal(1);
      lms.checker.assertClean();
      // The LMS alone has it.
      launchLms(version, relaunchSeed(version, lms.committed()));
      const fromLms = await mountInFrame(`${db}-other`);
      try {
        expect(await shownAnswer(fromLms.el)).to.equal('listen');
      } finally {
        fromLms.frame.remove();
      }
      // This device alone (an LMS that lost everything) has it too.
      launchLms(version);
      const fromDevice = await mountInFrame(db);
      try {
        expect(pageTitle(fromDevice.el)).to.equal('A first check');
        expect(await shownAnswer(fromDevice.el)).to.equal('listen');
      } finally {
        fromDevice.frame.remove();
      }
    });
  });
}
