import { css } from 'lit';

/**
 * Prints only one element. A shadow tree cannot hide the page around it, so for the length of the print
 * the document gets a constructed sheet (CSP-safe: no inline <style>) that hides the body, and the host
 * gets `data-haven-printing`, which its own `@media print` rule turns visible again (visibility inherits
 * through shadow trees, and a visible descendant of a hidden body is still shown).
 */
const pageSheet = (): CSSStyleSheet => {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync('@media print { body { visibility: hidden !important; } }');
  return sheet;
};

/** The rule every printable host includes in its styles. */
export const printHostStyles = css`
  @media print {
    :host([data-haven-printing]) {
      visibility: visible !important;
      position: absolute;
      inset-block-start: 0;
      inset-inline-start: 0;
      inline-size: 100%;
      margin: 0;
    }
  }
`;

export function printOnly(host: HTMLElement): void {
  const sheet = pageSheet();
  const doc = host.ownerDocument;
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  host.setAttribute('data-haven-printing', '');
  const done = () => {
    doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    host.removeAttribute('data-haven-printing');
  };
  const view = doc.defaultView ?? window;
  view.addEventListener('afterprint', done, { once: true });
  view.print();
  // Some browsers never fire afterprint when printing is cancelled or unavailable: tidy up anyway.
  view.setTimeout(() => {
    view.removeEventListener('afterprint', done);
    done();
  }, 1000);
}
