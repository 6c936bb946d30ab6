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
const words = 'I will notice when a child goes quiet after the weekend.';
export const Saved: StoryObj = {
  render: () =>
    renderBlockStory(block, { prepare: (harness) => harness.actor.send({ type: 'reflection.save', blockId: block.id, text: words }) }),
};
/** Words the learner typed and left without saving: kept on the device, not yet counted as done. */
export const Draft: StoryObj = {
  render: () => renderBlockStory(block, { reflections: { [block.id]: words } }),
};
export const SharedWithOrganisation: StoryObj = {
  render: () => renderBlockStory(block, { course: { ...exampleCourse, privacy: { reflectionsLeaveDevice: true } } }),
};
