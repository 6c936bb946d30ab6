import { html, nothing, type TemplateResult } from 'lit';
import type { MarkupBlock, MarkupInline } from '@haven/course';
import { parseMarkupSource } from './source.js';

/**
 * Renders Haven's safe markup with Lit templates: every text is a Lit text binding and every URL an
 * attribute binding, so nothing authored is ever parsed as HTML (no innerHTML, no unsafeHTML).
 */
export function renderMarkup(source: string | undefined): TemplateResult | typeof nothing {
  if (!source) return nothing;
  return renderMarkupBlocks(parseMarkupSource(source));
}

/** Renders markup whose only paragraph should flow inline (labels, options): no <p> wrapper for one paragraph. */
export function renderMarkupInline(source: string | undefined): TemplateResult | typeof nothing {
  if (!source) return nothing;
  const blocks = parseMarkupSource(source);
  const only = blocks.length === 1 ? blocks[0] : undefined;
  if (only?.type === 'paragraph') return html`${only.children.map(renderInline)}`;
  return renderMarkupBlocks(blocks);
}

export function renderMarkupBlocks(blocks: readonly MarkupBlock[]): TemplateResult {
  return html`${blocks.map(renderBlock)}`;
}

/** Plain text of markup, for announcements and downloads. */
export function markupToText(source: string | undefined): string {
  if (!source) return '';
  const inline = (nodes: readonly MarkupInline[]): string => nodes.map((n) => (n.type === 'text' ? n.text : inline(n.children))).join('');
  return parseMarkupSource(source)
    .map((b) => (b.type === 'paragraph' ? inline(b.children) : b.items.map((i) => `- ${inline(i)}`).join('\n')))
    .join('\n\n');
}

function renderBlock(block: MarkupBlock): TemplateResult {
  switch (block.type) {
    case 'paragraph':
      return html`<p>${block.children.map(renderInline)}</p>`;
    case 'list':
      return block.ordered
        ? html`<ol>
            ${block.items.map((item) => html`<li>${item.map(renderInline)}</li>`)}
          </ol>`
        : html`<ul>
            ${block.items.map((item) => html`<li>${item.map(renderInline)}</li>`)}
          </ul>`;
  }
}

function renderInline(node: MarkupInline): TemplateResult | string {
  switch (node.type) {
    case 'text':
      return node.text;
    case 'em':
      return html`<em>${node.children.map(renderInline)}</em>`;
    case 'strong':
      return html`<strong>${node.children.map(renderInline)}</strong>`;
    case 'link':
      // Opens in the same tab like any link; rel guards against the opened page reaching back.
      return html`<a href=${node.href} rel=${node.href.startsWith('https:') ? 'noopener noreferrer' : nothing}
        >${node.children.map(renderInline)}</a
      >`;
  }
}
