import { html, nothing, svg } from 'lit';
import type { CalloutBlock } from '@haven/course';
import { BlockElement } from '../shared/block-element.js';
import { blockStyles } from '../shared/block.styles.js';
import { renderMarkup } from '../../markup/render-markup.js';
import { calloutStyles } from './callout.styles.js';

// One simple shape per tone, so the tone is told by shape and words, never colour alone.
const icons = {
  info: svg`<circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" stroke-width="2"/><path d="M12 11v6M12 7.5v.5" stroke="currentColor" stroke-width="2.4" stroke-linecap="round"/>`,
  tip: svg`<path d="M9 18h6M10 21h4M12 3a6 6 0 0 0-3.5 10.9c.6.5 1 1.2 1 2.1h5c0-.9.4-1.6 1-2.1A6 6 0 0 0 12 3z" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round"/>`,
  important: svg`<path d="M12 3l10 18H2z" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round"/><path d="M12 10v5M12 18v.5" stroke="currentColor" stroke-width="2.4" stroke-linecap="round"/>`,
  support: svg`<path d="M12 20s-7-4.4-7-10a4 4 0 0 1 7-2.6A4 4 0 0 1 19 10c0 5.6-7 10-7 10z" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round"/>`,
} as const;

/**
 * @tagname haven-callout
 * @summary A highlighted note. Its tone (information, tip, important, support) is shown by an icon and a
 * visible label as well as colour. Support callouts are complementary landmarks, so they can be found again.
 * @csspart callout - The box.
 */
export class HavenCallout extends BlockElement<CalloutBlock> {
  static override styles = [HavenCallout.baseStyles, blockStyles, calloutStyles];

  override willUpdate() {
    // Reflected for styling by tone.
    if (this.block) this.setAttribute('tone', this.block.tone);
  }

  override render() {
    const block = this.block;
    if (!block) return nothing;
    const label = this.t(`callout.${block.tone}`);
    const content = html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${icons[block.tone]}</svg>
      <div class="content">
        <span class="tone">${label}</span>
        ${block.title ? html`<h3 id="title">${block.title}</h3>` : nothing} ${renderMarkup(block.body)}
      </div>`;
    return block.tone === 'support'
      ? html`<aside part="callout" class="callout" aria-label=${block.title ?? label}>${content}</aside>`
      : html`<div part="callout" class="callout" role="note" aria-label=${block.title ? `${label}: ${block.title}` : label}>
          ${content}
        </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'haven-callout': HavenCallout;
  }
}
