import { html, type TemplateResult } from 'lit';
import type { Block } from '@haven/course';

/**
 * One block as its element. Explicit tags (no dynamic tag names), so every block element is a plain
 * custom element the blocks package registers; `loadBlocks` fetches the modules a page needs.
 */
export function renderBlock(block: Block): TemplateResult {
  switch (block.type) {
    case 'text':
      return html`<haven-text .block=${block}></haven-text>`;
    case 'media':
      return html`<haven-media .block=${block}></haven-media>`;
    case 'accordion':
      return html`<haven-accordion .block=${block}></haven-accordion>`;
    case 'callout':
      return html`<haven-callout .block=${block}></haven-callout>`;
    case 'question':
      return html`<haven-question .block=${block}></haven-question>`;
    case 'sort':
      return html`<haven-sort .block=${block}></haven-sort>`;
    case 'scenario':
      return html`<haven-scenario .block=${block}></haven-scenario>`;
    case 'reflection':
      return html`<haven-reflection .block=${block}></haven-reflection>`;
    case 'likert':
      return html`<haven-likert .block=${block}></haven-likert>`;
    case 'resource':
      return html`<haven-resource .block=${block}></haven-resource>`;
    case 'certificate':
      return html`<haven-certificate .block=${block}></haven-certificate>`;
  }
}
