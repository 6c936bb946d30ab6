import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { exampleBlock } from '../testing/example-course.js';
import { renderBlockStory } from '../testing/story.js';

const block = exampleBlock('completion-certificate', 'certificate');

const meta: Meta = {
  title: 'Blocks/haven-certificate',
  component: 'haven-certificate',
  render: () => renderBlockStory(block),
};
export default meta;

// Starts on the first page, so the course is not complete yet (walking to the certificate page would complete it).
export const NotYetComplete: StoryObj = { render: () => renderBlockStory(block, { block: undefined }) };
export const NameTyped: StoryObj = { render: () => renderBlockStory(block, { prepare: (h) => h.completeCourse() }) };
export const NameFromLms: StoryObj = {
  render: () => renderBlockStory(block, { view: { learnerName: 'Sam Jones' }, prepare: (h) => h.completeCourse() }),
};
