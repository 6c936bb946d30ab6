import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { exampleBlock } from '../testing/example-course.js';
import { renderBlockStory } from '../testing/story.js';

const block = exampleBlock('blaming-or-not', 'sort');

const meta: Meta = {
  title: 'Blocks/haven-sort',
  component: 'haven-sort',
  render: () => renderBlockStory(block),
};
export default meta;

export const NotSorted: StoryObj = {};
export const Checked: StoryObj = {
  render: () =>
    renderBlockStory(block, {
      prepare: (harness) => {
        // Everything where it belongs except the first item, to show both kinds of feedback.
        const placements = Object.fromEntries(
          block.items.map((item, i) => [item.id, i === 0 ? block.categories.find((c) => c.id !== item.category)!.id : item.category]),
        );
        harness.handle.send({ type: 'sort.submit', blockId: block.id, placements });
      },
    }),
};
