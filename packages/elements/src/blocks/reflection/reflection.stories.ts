import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { exampleBlock, exampleCourse } from '../testing/example-course.js';
import { renderBlockStory } from '../testing/story.js';

const block = exampleBlock('what-i-notice', 'reflection');

const meta: Meta = {
  title: 'Blocks/haven-reflection',
  component: 'haven-reflection',
  render: () => renderBlockStory(block),
};
export default meta;

export const Empty: StoryObj = {};
export const Saved: StoryObj = {
  render: () => renderBlockStory(block, { reflections: { [block.id]: 'I will notice when a child goes quiet after the weekend.' } }),
};
export const SharedWithOrganisation: StoryObj = {
  render: () => renderBlockStory(block, { course: { ...exampleCourse, privacy: { reflectionsLeaveDevice: true } } }),
};
