import { expect } from '@open-wc/testing';
import { createHarness } from '../testing/harness.js';
import { fixtureBlocks, fixtureCourse } from '../testing/fixture-course.js';
import { renderBlock, shadow } from '../testing/render.js';
import type { HavenText } from './text.js';

describe('haven-text', () => {
  it('renders paragraphs, strong text, lists and safe links from the markup', async () => {
    const el = await renderBlock<HavenText>(createHarness(fixtureCourse), fixtureBlocks.text);
    const root = shadow(el);
    expect(root.querySelectorAll('p')).to.have.length(2);
    expect(root.querySelector('strong')?.textContent).to.equal('45 minutes');
    expect(root.querySelectorAll('ul li')).to.have.length(2);
    const link = root.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('https://www.nspcc.org.uk');
    expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(link.hasAttribute('target')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('shows HTML in the markup as text, never as elements', async () => {
    const block = { type: 'text', id: 'x', body: 'Hello <img src=x onerror=alert(1)> and <b>bold</b>' } as const;
    const el = await renderBlock<HavenText>(createHarness(fixtureCourse), block);
    const root = shadow(el);
    expect(root.querySelector('img')).to.equal(null);
    expect(root.querySelector('b')).to.equal(null);
    expect(root.textContent).to.contain('<img src=x onerror=alert(1)>');
  });
});
