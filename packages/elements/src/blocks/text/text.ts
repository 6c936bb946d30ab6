import { html } from 'lit';
import type { TextBlock } from '@haven/course';
import { BlockElement } from '../shared/block-element.js';
import { blockStyles } from '../shared/block.styles.js';
import { renderMarkup } from '../../markup/render-markup.js';
import { textStyles } from './text.styles.js';

/**
 * @tagname haven-text
 * @summary Paragraphs, lists and links from the course's safe markup.
 * @csspart body - The text.
 */
export class HavenText extends BlockElement<TextBlock> {
  static override styles = [HavenText.baseStyles, blockStyles, textStyles];

  override render() {
    return html`<div part="body" class="body">${renderMarkup(this.block?.body)}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'haven-text': HavenText;
  }
}
