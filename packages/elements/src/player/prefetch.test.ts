import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import type { HavenCourse } from '../course/haven-course.js';
import { freshDatabase, settle, shownHeading, testCourse } from '../course/testing/fixtures.js';
import { prefetchCourses, takePrefetched } from './prefetch.js';
import { takeEarlyStore, warmStore } from './early-store.js';
import { playerDefaults } from './wiring.js';
import type { Progress } from '@haven/engine';

/** A page of markup parsed as its own document (its base URL is this page's). */
const page = (markup: string): Document => new DOMParser().parseFromString(markup, 'text/html');

describe('start-up overlap', () => {
  const realFetch = window.fetch;
  let requested: string[] = [];

  beforeEach(() => {
    freshDatabase();
    requested = [];
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      requested.push(String(input instanceof Request ? input.url : input));
      return realFetch.call(window, input, init);
    };
  });
  afterEach(() => {
    window.fetch = realFetch;
  });

  it('fetches the course of a player on the page once, and the player shows it from that download', async () => {
    const src = URL.createObjectURL(new Blob([JSON.stringify(testCourse())], { type: 'application/json' }));
    prefetchCourses(page(`<haven-course lms="none" src="${src}"></haven-course>`));
    expect(requested).to.deep.equal([src]);
    const el = await fixture<HavenCourse>(html`<haven-course lms="none" src=${src}></haven-course>`);
    await el.ready;
    await settle(el);
    expect(shownHeading(el)).to.equal('Welcome');
    expect(requested).to.deep.equal([src]);
  });

  it('hands each early response out once, failures included', async () => {
    const src = new URL('/no/such/folder/course.json', location.href).href;
    prefetchCourses(page(`<haven-course src="/no/such/folder/course.json"></haven-course>`));
    expect(requested).to.deep.equal([src]);
    const response = await takePrefetched(src)!;
    expect(response.status).to.equal(404);
    expect(takePrefetched(src)).to.equal(undefined);
  });

  it('opens the device store early for a player without an LMS, once, with the merge it is given later', async () => {
    warmStore(page('<haven-course lms="none"></haven-course>'), window);
    let merged = 0;
    const store = await takeEarlyStore((a: Progress, b: Progress) => (merged++, b.revision >= a.revision ? b : a))!;
    expect(takeEarlyStore((a) => a)).to.equal(undefined);
    expect(store.status.mode).to.equal('indexeddb');
    store.close();
    expect(merged).to.equal(0);
  });

  it('leaves the store alone when an LMS may be around (the store then needs its learner id)', async () => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    warmStore(page('<haven-course></haven-course>'), frame.contentWindow!);
    expect(takeEarlyStore((a) => a)).to.equal(undefined);
    warmStore(page('<p>No player here</p>'), window);
    expect(takeEarlyStore((a) => a)).to.equal(undefined);
    frame.remove();
  });

  it('a player with its own database never takes the early store', async () => {
    warmStore(page('<haven-course lms="none"></haven-course>'), window);
    const el = await fixture<HavenCourse>(html`<haven-course lms="none" .course=${testCourse()}></haven-course>`);
    await el.ready;
    expect(playerDefaults.dbName).to.match(/^haven-shell-test-/);
    const left = takeEarlyStore((a) => a);
    expect(left).to.not.equal(undefined);
    (await left!).close();
  });
});
