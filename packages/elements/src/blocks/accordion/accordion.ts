import { html, nothing } from 'lit';
import type { AccordionBlock } from '@haven/course';
import { BlockElement } from '../shared/block-element.js';
import { blockStyles } from '../shared/block.styles.js';
import { renderMarkup } from '../../markup/render-markup.js';
import { accordionStyles } from './accordion.styles.js';

/**
 * @tagname haven-accordion
 * @summary Panels the learner opens, each a native <details>: keyboard and screen-reader support built in,
 * and the content is still found by the browser's find-in-page.
 * @csspart panel - Each <details>.
 * @csspart title - Each <summary>.
 */
export class HavenAccordion extends BlockElement<AccordionBlock> {
  static override styles = [HavenAccordion.baseStyles, blockStyles, accordionStyles];

  private opened = false;

  private handleToggle(event: Event) {
    if (this.opened || !(event.target as HTMLDetailsElement).open || !this.block) return;
    this.opened = true;
    this.handle?.send({ type: 'block.viewed', blockId: this.block.id });
  }

  override render() {
    if (!this.block) return nothing;
    return html`${this.block.items.map(
      (item) =>
        html`<details part="panel" @toggle=${this.handleToggle}>
          <summary part="title">${item.title}</summary>
          <div class="panel-body">${renderMarkup(item.body)}</div>
        </details>`,
    )}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'haven-accordion': HavenAccordion;
  }
}
