import { expect, fixture, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import type { HavenCourse } from '../course/haven-course.js';
import { freshDatabase, settle, shownHeading, testCourse } from '../course/testing/fixtures.js';
import { prefetchCourses, takePrefetched } from './prefetch.js';
import { takeEarlyStore, warmStore } from './early-store.js';
import { playerDefaults } from './wiring.js';
import type { Progress } from '@haven/engine';
import { lmsLearnerKey } from '@haven/store';
import { compileCourse, parse } from '@haven/course';

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

  it('reads the course the page carries inside the player and asks the server for nothing; its files are found beside src', async () => {
    const authored = testCourse();
    const welcome = (authored['modules'] as { pages: { blocks: object[] }[] }[])[0]!.pages[0]!;
    welcome.blocks = [{ type: 'media', id: 'path', kind: 'image', src: 'media/calm-path.svg', alt: 'A winding path.' }];
    const parsed = parse(JSON.stringify(authored), 'course.json');
    if (!parsed.ok) throw new Error('the test course should parse');
    // Compiled, as `haven build` writes it into launch pages. No such file is at src, only its media beside it.
    const markup = `<haven-course lms="none" src="/courses/example/copy-only.json"><script type="application/json">${JSON.stringify(compileCourse(parsed.course))}</script></haven-course>`;
    prefetchCourses(page(markup));
    expect(requested, 'nothing to fetch early').to.deep.equal([]);
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    host.innerHTML = markup;
    const el = host.querySelector<HavenCourse>('haven-course')!;
    await el.ready;
    await settle(el);
    expect(shownHeading(el)).to.equal('Welcome');
    expect(requested, 'no course or lock file asked for').to.deep.equal([]);
    await customElements.whenDefined('haven-media');
    const media = el.shadowRoot!.querySelector('haven-media') as HTMLElement & { updateComplete: Promise<unknown> };
    await media.updateComplete;
    const image = media.shadowRoot!.querySelector('img')!;
    expect(image.src).to.equal(new URL('/courses/example/media/calm-path.svg', location.href).href);
    await waitUntil(() => image.complete && image.naturalWidth > 0, 'the picture beside src loads');
  });

  it('uses the page’s copy for the first start only: a new src is asked of the server', async () => {
    const copy = testCourse({ title: 'The page’s copy' });
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    host.innerHTML = `<haven-course lms="none" src="/no/such/folder/course.json"><script type="application/json">${JSON.stringify(copy)}</script></haven-course>`;
    const el = host.querySelector<HavenCourse>('haven-course')!;
    await el.ready;
    await settle(el);
    expect(el.shadowRoot!.querySelector('h1')?.textContent).to.equal('The page’s copy');
    const other = URL.createObjectURL(new Blob([JSON.stringify(testCourse({ title: 'From the server' }))], { type: 'application/json' }));
    el.src = other;
    await el.updateComplete;
    await el.ready;
    await settle(el);
    expect(requested.filter((url) => !url.endsWith('/course.lock.json'))).to.deep.equal([other]);
    expect(el.shadowRoot!.querySelector('h1')?.textContent).to.equal('From the server');
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
    const early = takeEarlyStore()!;
    expect(takeEarlyStore()).to.equal(undefined);
    expect(early.lms).to.equal(false);
    early.bind((a: Progress, b: Progress) => (merged++, b.revision >= a.revision ? b : a));
    const store = await early.store;
    expect(store.status.mode).to.equal('indexeddb');
    store.close();
    expect(merged).to.equal(0);
  });

  it('with an LMS around, opens the database at once and keys the store by the learner id given later', async () => {
    await new Promise<void>((done) => {
      const deleting = indexedDB.deleteDatabase('haven');
      deleting.onsuccess = deleting.onerror = () => done();
    });
    const frame = document.createElement('iframe');
    document.body.append(frame);
    warmStore(page('<haven-course></haven-course>'), frame.contentWindow!);
    frame.remove();
    const early = takeEarlyStore()!;
    expect(early.lms).to.equal(true);
    let opened = false;
    void early.store.then(() => (opened = true));
    // The database is made while the player is still waiting for the LMS.
    while (!(await indexedDB.databases()).some((db) => db.name === 'haven')) await new Promise((r) => setTimeout(r, 5));
    expect(opened, 'no store before it knows whose progress to read').to.equal(false);
    early.bind((a, b) => b, 'learner-42');
    const store = await early.store;
    const exported = await store.export('any-course');
    expect(exported.ok && exported.data.learner).to.deep.equal({ key: await lmsLearnerKey('learner-42'), source: 'lms' });
    store.close();
  });

  it('opens nothing early on a page without a player', () => {
    warmStore(page('<p>No player here</p>'), window);
    expect(takeEarlyStore()).to.equal(undefined);
  });

  it('a player with its own database never takes the early store', async () => {
    warmStore(page('<haven-course lms="none"></haven-course>'), window);
    const el = await fixture<HavenCourse>(html`<haven-course lms="none" .course=${testCourse()}></haven-course>`);
    await el.ready;
    expect(playerDefaults.dbName).to.match(/^haven-shell-test-/);
    const left = takeEarlyStore();
    expect(left).to.not.equal(undefined);
    left!.bind((a) => a);
    (await left!.store).close();
  });
});
