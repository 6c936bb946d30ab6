import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import { openStore } from '@haven/store';
import { progress } from '@haven/store/testing';
import type { Progress } from '@haven/engine';
import type { HavenCatalogue } from './catalogue.js';
import type { HavenProgress } from './progress.js';
import './catalogue.js';
import './progress.js';

const newer = (a: Progress, b: Progress): Progress => (b.revision > a.revision ? b : a);
const progressOf = (courseId: string, viewed: number[], completedAt?: string): Progress =>
  progress(courseId, 3, { location: viewed.at(-1) ?? null, viewed, ...(completedAt ? { completedAt } : {}) });

async function seeded(): Promise<string> {
  const dbName = `haven-widgets-${Date.now()}-${Math.random()}`;
  const store = await openStore({ merge: newer, dbName, broadcast: false });
  await store.save('half', progressOf('half', [1, 2, 3, 4]));
  await store.save('done', progressOf('done', [1, 2], '2026-01-02T10:00:00.000Z'));
  await store.close();
  return dbName;
}

const index = URL.createObjectURL(
  new Blob(
    [
      JSON.stringify([
        { id: 'fresh', title: 'Fresh course', href: '/fresh/' },
        { id: 'half', title: 'Half-way course', href: '/half/', pages: 8 },
        { id: 'done', title: 'Finished course', href: '/done/' },
      ]),
    ],
    { type: 'application/json' },
  ),
);

const settle = async (el: HavenCatalogue | HavenProgress) => {
  for (let i = 0; i < 20 && !el.shadowRoot!.textContent?.match(/Not started|done|Completed/); i++) {
    await new Promise((r) => setTimeout(r, 25));
    await el.updateComplete;
  }
};

describe('<haven-catalogue>', () => {
  it('lists courses with the learner’s own progress and a start, continue or review link', async () => {
    const dbName = await seeded();
    const el = await fixture<HavenCatalogue>(html`<haven-catalogue src=${index} db-name=${dbName}></haven-catalogue>`);
    await settle(el);
    await new Promise((r) => setTimeout(r, 100));
    await el.updateComplete;
    const items = [...el.shadowRoot!.querySelectorAll('li')];
    expect(items.map((li) => li.dataset['state'])).to.deep.equal(['not-started', 'in-progress', 'completed']);
    const links = items.map((li) => li.querySelector('a')!);
    expect(links.map((a) => a.textContent)).to.deep.equal(['Start Fresh course', 'Continue Half-way course', 'Review Finished course']);
    expect(links[1]!.getAttribute('href')).to.equal('/half/');
    expect(items[1]!.textContent).to.contain('50% done');
    await expect(el).to.be.accessible();
  });

  it('lists each well-formed entry once, and only those that link to a page: never a javascript: or data: link', async () => {
    const hostile = URL.createObjectURL(
      new Blob(
        [
          JSON.stringify([
            { id: 'script', title: 'Script link', href: 'javascript:alert(1)' },
            { id: 'spaced', title: 'Spaced script link', href: ' JavaScript:alert(1)' },
            { id: 'broken', title: 'Broken-up script link', href: 'java\tscript:alert(1)' },
            { id: 'data', title: 'Data link', href: 'data:text/html,<script>alert(1)</script>' },
            { id: 'pages', title: 'Page count that is not one', href: '/p/', pages: 'many' },
            { id: 'site', title: 'Course on the intranet', href: 'https://intranet.example.org/course/' },
            { id: 'here', title: 'Course beside this page', href: 'courses/here/' },
            { id: 'here', title: 'The same course listed twice', href: 'courses/here/' },
          ]),
        ],
        { type: 'application/json' },
      ),
    );
    const el = await fixture<HavenCatalogue>(html`<haven-catalogue src=${hostile}></haven-catalogue>`);
    await settle(el);
    expect([...el.shadowRoot!.querySelectorAll('li')].map((li) => li.dataset['course'])).to.deep.equal(['site', 'here']);
  });

  it('says so calmly when the index cannot be loaded', async () => {
    const el = await fixture<HavenCatalogue>(html`<haven-catalogue src="/no/such/index.json"></haven-catalogue>`);
    for (let i = 0; i < 20 && !el.shadowRoot!.textContent?.includes('could not'); i++) await new Promise((r) => setTimeout(r, 25));
    expect(el.shadowRoot!.textContent).to.contain('The list of courses could not be loaded.');
  });
});

describe('<haven-progress>', () => {
  it('shows one course’s progress compactly', async () => {
    const dbName = await seeded();
    const half = await fixture<HavenProgress>(
      html`<haven-progress course="half" pages="8" label="Half-way course" db-name=${dbName}></haven-progress>`,
    );
    await settle(half);
    expect(half.shadowRoot!.textContent).to.contain('50% done');
    expect(half.shadowRoot!.querySelector('progress')!.value).to.equal(50);
    const done = await fixture<HavenProgress>(html`<haven-progress course="done" db-name=${dbName}></haven-progress>`);
    await settle(done);
    expect(done.shadowRoot!.textContent).to.contain('Completed');
    await expect(half).to.be.accessible();
  });
});
