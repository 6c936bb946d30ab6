import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createHarness } from '../testing/harness.js';
import { exampleBlock, exampleCourse } from '../testing/example-course.js';
import { renderBlock, settle, shadow } from '../testing/render.js';
import type { HavenCertificate } from './certificate.js';

const block = exampleBlock('completion-certificate', 'certificate');

describe('haven-certificate', () => {
  it('says to complete the course first until the engine records completion', async () => {
    const el = await renderBlock<HavenCertificate>(createHarness(exampleCourse), block);
    expect(shadow(el).textContent).to.contain('Your certificate will be here once you have completed the course.');
    expect(shadow(el).querySelector('[part="certificate"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('once the learner completes the course, shows their typed name, the course and the locale-formatted date', async () => {
    const harness = createHarness(exampleCourse);
    const el = await renderBlock<HavenCertificate>(harness, block);
    harness.completeCourse();
    await settle(el);
    const completedAt = harness.handle.getProgress().completedAt!;
    const cert = shadow(el).querySelector('[part="certificate"]')!;
    expect(cert.textContent).to.contain(exampleCourse.title);
    expect(cert.textContent).to.contain(new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' }).format(new Date(completedAt)));

    shadow(el).querySelector<HTMLInputElement>('#name')!.focus();
    await sendKeys({ type: 'Alex Morgan' });
    await settle(el);
    expect(cert.querySelector('.name')?.textContent).to.equal('Alex Morgan');
    // The typed name is not part of the learner's progress (nothing the LMS receives).
    expect(JSON.stringify(harness.handle.getProgress())).to.not.contain('Alex');
    await expect(el).to.be.accessible();
  });

  it('uses the name from the LMS when there is one, with no name field', async () => {
    const harness = createHarness(exampleCourse, { view: { learnerName: 'Sam Jones' } });
    harness.completeCourse();
    const el = await renderBlock<HavenCertificate>(harness, block);
    expect(shadow(el).querySelector('#name')).to.equal(null);
    expect(shadow(el).querySelector('.name')?.textContent).to.equal('Sam Jones');
  });

  it('has a print stylesheet that prints the certificate alone, as a landscape page', async () => {
    const harness = createHarness(exampleCourse);
    harness.completeCourse();
    const el = await renderBlock<HavenCertificate>(harness, block);
    const print = el
      .shadowRoot!.adoptedStyleSheets.flatMap((s) => [...s.cssRules])
      .filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.conditionText === 'print')
      .map((r) => r.cssText)
      .join('\n');
    expect(print).to.contain(':host([data-haven-printing])');
    expect(print).to.contain('landscape');
    const realPrint = window.print;
    let printedAlone = false;
    window.print = () => {
      printedAlone = el.hasAttribute('data-haven-printing');
    };
    try {
      [...shadow(el).querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Print or save as PDF')!.click();
    } finally {
      window.print = realPrint;
    }
    expect(printedAlone).to.equal(true);
  });
});
