import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { exampleBlock } from '../testing/example-course.js';
import { fixtureBlocks, fixtureCourse } from '../testing/fixture-course.js';
import { renderBlockStory } from '../testing/story.js';

const meta: Meta = {
  title: 'Blocks/haven-resource',
  component: 'haven-resource',
  render: () => renderBlockStory(exampleBlock('pass-it-on-checklist', 'resource')),
};
export default meta;

export const InlineChecklist: StoryObj = {};
export const Link: StoryObj = { render: () => renderBlockStory(exampleBlock('helpline-site', 'resource')) };
export const FileDownload: StoryObj = { render: () => renderBlockStory(fixtureBlocks.resourceFile, { course: fixtureCourse }) };
