import { html } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { findBlock, type Block, type Course } from '@haven/course';
import '../index.js';
import './harness.js';
import { BLOCK_TAGS } from '../index.js';
import { createHarness, type Harness, type HarnessOptions } from './harness.js';
import { exampleCourse } from './example-course.js';

export interface BlockStoryOptions extends HarnessOptions {
  course?: Course;
  /** Drives the real engine into the state the story shows (answers, choices...). */
  prepare?: (harness: Harness) => void;
}

/**
 * Renders a block as the player would: inside a provider holding a real course machine on the parsed
 * example course, walked to the block's page. `data-haven-themed` lets the toolbar switch the theme.
 */
export function renderBlockStory(block: Block, options: BlockStoryOptions = {}) {
  const course = options.course ?? exampleCourse;
  // A block made up for a story (not in the course) is shown on the first page.
  const harness = createHarness(course, { block: findBlock(course, block.id) ? block.id : undefined, ...options });
  options.prepare?.(harness);
  const tag = unsafeStatic(BLOCK_TAGS[block.type]);
  return html`<haven-block-harness data-haven-themed .handle=${harness.handle}>
    ${staticHtml`<${tag} .block=${block}></${tag}>`}
  </haven-block-harness>`;
}
