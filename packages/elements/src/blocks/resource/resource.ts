import { html, nothing } from 'lit';
import type { ResourceBlock } from '@haven/course';
import { BlockElement } from '../shared/block-element.js';
import { blockStyles } from '../shared/block.styles.js';
import { printOnly } from '../shared/print.js';
import { renderMarkup } from '../../markup/render-markup.js';
import { resourceStyles } from './resource.styles.js';

/** A file in the course folder (relative path), as opposed to an https:// or mailto: link. */
const isFile = (href: string) => !/^[a-z][a-z0-9+.-]*:/i.test(href);

/**
 * @tagname haven-resource
 * @summary A resource: a file to download, a link, or something written inline (a checklist, a guide)
 * that can be printed on its own.
 * @csspart link - The download or link.
 * @csspart body - The inline resource.
 */
export class HavenResource extends BlockElement<ResourceBlock> {
  static override styles = [HavenResource.baseStyles, blockStyles, resourceStyles];

  private handlePrint() {
    printOnly(this);
  }

  override render() {
    const block = this.block;
    if (!block) return nothing;
    return html`<section class="panel resource" aria-labelledby="title">
      <h3 id="title">${block.title}</h3>
      ${block.description ? html`<div class="description">${renderMarkup(block.description)}</div>` : nothing}
      ${block.href ? this.renderLink(block, block.href) : nothing}
      ${
        block.body
          ? html`<div part="body" class="body">${renderMarkup(block.body)}</div>
              <div class="actions">
                <button class="secondary" @click=${this.handlePrint}>${this.t('block.print')}</button>
              </div>`
          : nothing
      }
    </section>`;
  }

  private renderLink(block: ResourceBlock, href: string) {
    const file = isFile(href);
    const icon = file
      ? html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M12 3v12m0 0l-5-5m5 5l5-5M4 20h16" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
        </svg>`
      : html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M14 4h6v6M20 4l-9 9M18 14v6H4V6h6" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
        </svg>`;
    return html`<p>
      <a
        part="link"
        class="link"
        href=${file ? this.url(href) : href}
        download=${file ? (href.split('/').pop() ?? '') : nothing}
        rel=${href.startsWith('https:') ? 'noopener noreferrer' : nothing}
        >${icon}${this.t(file ? 'resource.download' : 'resource.open', { title: block.title })}</a
      >
    </p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'haven-resource': HavenResource;
  }
}
