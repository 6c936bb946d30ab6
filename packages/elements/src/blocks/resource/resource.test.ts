import { expect } from '@open-wc/testing';
import { createHarness } from '../testing/harness.js';
import { exampleBlock, exampleCourse } from '../testing/example-course.js';
import { fixtureBlocks, fixtureCourse } from '../testing/fixture-course.js';
import { renderBlock, shadow } from '../testing/render.js';
import type { HavenResource } from './resource.js';

describe('haven-resource', () => {
  it('offers a course file as a download with its description', async () => {
    const el = await renderBlock<HavenResource>(createHarness(fixtureCourse), fixtureBlocks.resourceFile);
    const link = shadow(el).querySelector('a')!;
    expect(link.getAttribute('download')).to.equal('leaflet.pdf');
    expect(link.href).to.equal(new URL('/courses/example/media/leaflet.pdf', location.href).href);
    expect(link.textContent?.trim()).to.equal('Download Safety planning leaflet');
    expect(shadow(el).textContent).to.contain('A two-page leaflet.');
    await expect(el).to.be.accessible();
  });

  it('opens an https link normally, without a download attribute or a new window', async () => {
    const block = exampleBlock('helpline-site', 'resource');
    const el = await renderBlock<HavenResource>(createHarness(exampleCourse), block);
    const link = shadow(el).querySelector('a')!;
    expect(link.getAttribute('href')).to.equal(block.href);
    expect(link.hasAttribute('download')).to.equal(false);
    expect(link.hasAttribute('target')).to.equal(false);
    expect(link.rel).to.contain('noopener');
    await expect(el).to.be.accessible();
  });

  it('renders an inline checklist from markup, printable on its own', async () => {
    const block = exampleBlock('pass-it-on-checklist', 'resource');
    const el = await renderBlock<HavenResource>(createHarness(exampleCourse), block);
    expect(shadow(el).querySelector('[part="body"]')?.children.length).to.be.greaterThan(0);
    const print = [...shadow(el).querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Print');
    expect(print).to.not.equal(undefined);
    const printCss = el
      .shadowRoot!.adoptedStyleSheets.flatMap((s) => [...s.cssRules])
      .filter((r) => r instanceof CSSMediaRule && r.conditionText === 'print');
    expect(printCss.map((r) => r.cssText).join('\n')).to.contain(':host([data-haven-printing])');
    await expect(el).to.be.accessible();
  });
});
