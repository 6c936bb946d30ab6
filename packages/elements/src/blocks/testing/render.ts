import { fixture, html } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import type { Block } from '@haven/course';
import '../index.js';
import './harness.js';
import { BLOCK_TAGS } from '../index.js';
import type { Harness } from './harness.js';

/** Renders a block's element inside a harness providing the course handle; resolves to the block element. */
export async function renderBlock<E extends HTMLElement>(harness: Harness, block: Block): Promise<E> {
  const tag = unsafeStatic(BLOCK_TAGS[block.type]);
  const wrapper = await fixture(
    html`<haven-block-harness .handle=${harness.handle}>${staticHtml`<${tag} .block=${block}></${tag}>`}</haven-block-harness>`,
  );
  const element = wrapper.firstElementChild as E & { updateComplete: Promise<unknown> };
  await element.updateComplete;
  return element;
}

/** Waits for the element (and anything it re-rendered after an event) to settle. */
export async function settle(element: HTMLElement): Promise<void> {
  await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  await new Promise((r) => requestAnimationFrame(() => r(undefined)));
  await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
}

export const shadow = (element: HTMLElement): ShadowRoot => element.shadowRoot!;
