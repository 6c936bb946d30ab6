import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import { renderMarkup, renderMarkupInline, markupToText } from './render-markup.js';

const render = async (source: string) => fixture<HTMLDivElement>(html`<div>${renderMarkup(source)}</div>`);

describe('renderMarkup', () => {
  it('draws paragraphs, nested emphasis and strong text, and both kinds of list', async () => {
    const el = await render('One *two **three***.\n\nNext paragraph.\n\n- a\n- b\n\n1. first\n2. second');
    expect(el.querySelectorAll('p')).to.have.length(2);
    expect(el.querySelector('em strong')?.textContent).to.equal('three');
    expect([...el.querySelectorAll('ul > li')].map((li) => li.textContent)).to.deep.equal(['a', 'b']);
    expect([...el.querySelectorAll('ol > li')].map((li) => li.textContent)).to.deep.equal(['first', 'second']);
  });

  it('opens https links in the same window with rel=noopener, and leaves mailto and tel links plain', async () => {
    const el = await render('[Help](https://example.org/help), [mail](mailto:a@example.org) or [call](tel:0808 2000 247)');
    const [web, mail] = [...el.querySelectorAll('a')];
    expect(web!.getAttribute('href')).to.equal('https://example.org/help');
    expect(web!.rel).to.equal('noopener noreferrer');
    expect(web!.hasAttribute('target')).to.equal(false);
    expect(mail!.getAttribute('href')).to.equal('mailto:a@example.org');
    expect(mail!.hasAttribute('rel')).to.equal(false);
  });

  it('never turns text into elements or script: HTML and javascript: links stay text', async () => {
    const el = await render('<script>alert(1)</script> <img src=x onerror=alert(1)> [x](javascript:alert(1))');
    expect(el.querySelector('script, img, a')).to.equal(null);
    expect(el.textContent).to.contain('<script>alert(1)</script>');
    expect(el.textContent).to.contain('[x](javascript:alert(1))');
  });

  it('flows a single paragraph inline for labels, and gives plain text for downloads', async () => {
    const el = await fixture<HTMLSpanElement>(html`<span>${renderMarkupInline('Who is *most* at risk?')}</span>`);
    expect(el.querySelector('p')).to.equal(null);
    expect(el.querySelector('em')?.textContent).to.equal('most');
    expect(markupToText('A **b**\n\n- c\n- d')).to.equal('A b\n\n- c\n- d');
  });
});
