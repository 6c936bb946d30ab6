import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { exampleBlock } from '../testing/example-course.js';
import { renderBlockStory } from '../testing/story.js';

const meta: Meta = {
  title: 'Blocks/haven-accordion',
  component: 'haven-accordion',
  render: () => renderBlockStory(exampleBlock('ways-it-shows', 'accordion')),
};
export default meta;

export const Closed: StoryObj = {};
