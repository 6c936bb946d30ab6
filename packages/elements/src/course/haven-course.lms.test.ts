import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import { Scorm12API } from 'scorm-again';
import type { HavenCourse } from './haven-course.js';
import { button, freshDatabase, settle, shadow, shownHeading, testCourse } from './testing/fixtures.js';
import { playerDefaults } from '../player/wiring.js';

type LmsWindow = Window & { API?: unknown };

async function mountWithLms(): Promise<HavenCourse> {
  const el = await fixture<HavenCourse>(html`<haven-course lms="auto" .course=${testCourse()}></haven-course>`);
  await el.ready;
  await settle(el);
  return el;
}

const until = async (check: () => boolean): Promise<void> => {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 20));
};

describe('<haven-course> with a SCORM 1.2 LMS (scorm-again)', () => {
  afterEach(() => {
    delete (window as LmsWindow).API;
  });

  it('reports location and suspend data, and a new session resumes from the LMS alone', async () => {
    freshDatabase();
    const lms = new Scorm12API({ autocommit: false, logLevel: 5 });
    (window as LmsWindow).API = lms;
    const el = await mountWithLms();
    button(shadow(el), 'Next').click();
    await settle(el);
    await until(() => lms.cmi.core.lesson_location === 'pacing');
    expect(lms.cmi.core.lesson_location).to.equal('pacing');
    expect(lms.cmi.core.lesson_status).to.equal('incomplete');
    const suspend = lms.cmi.suspend_data;
    expect(suspend.length).to.be.greaterThan(0);
    expect(suspend.length).to.be.at.most(4096);
    el.remove();

    // Another device: nothing stored locally, only what the LMS kept.
    freshDatabase();
    const next = new Scorm12API({ autocommit: false, logLevel: 5 });
    next.loadFromJSON({ core: { entry: 'resume', lesson_location: 'pacing' }, suspend_data: suspend }, '');
    (window as LmsWindow).API = next;
    const again = await mountWithLms();
    expect(shownHeading(again)).to.equal('Going at your own pace');
  });

  it('Try again after part of the player failed once the LMS session was open carries on with that session', async () => {
    freshDatabase();
    const lms = new Scorm12API({ autocommit: false, logLevel: 5 });
    let initialised = 0;
    const initialize = lms.LMSInitialize.bind(lms);
    lms.LMSInitialize = (arg?: string) => (initialised++, initialize(arg));
    (window as LmsWindow).API = lms;
    playerDefaults.actorAfter = () => Promise.reject<never>(new Error('A part of the player could not be loaded'));
    try {
      const el = await mountWithLms();
      const panel = shadow(el).querySelector('haven-error-panel')!;
      await panel.updateComplete;
      delete playerDefaults.actorAfter;
      button(panel.shadowRoot!, 'Try again').click();
      await el.ready;
      await settle(el);
      button(shadow(el), 'Next').click();
      await settle(el);
      await until(() => lms.cmi.core.lesson_location === 'pacing');
      expect(lms.cmi.core.lesson_location, 'the learner’s place reaches the LMS').to.equal('pacing');
      expect(initialised, 'one LMS session: SCORM allows no second initialise').to.equal(1);
      el.remove();
    } finally {
      delete playerDefaults.actorAfter;
    }
  });
});
