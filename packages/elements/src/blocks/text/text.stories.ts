import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { exampleBlock } from '../testing/example-course.js';
import { fixtureBlocks, fixtureCourse } from '../testing/fixture-course.js';
import { renderBlockStory } from '../testing/story.js';

interface Args {
  blockId: string;
}

const meta: Meta<Args> = {
  title: 'Blocks/haven-text',
  component: 'haven-text',
  args: { blockId: 'welcome-intro' },
  argTypes: { blockId: { control: 'select', options: ['welcome-intro', 'living-with-abuse', 'language-intro'] } },
  render: ({ blockId }) => renderBlockStory(exampleBlock(blockId, 'text')),
};
export default meta;

export const Welcome: StoryObj<Args> = {};
export const ListsAndLinks: StoryObj<Args> = { render: () => renderBlockStory(fixtureBlocks.text, { course: fixtureCourse }) };
