import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { findBlock } from '@haven/course';
import { exampleBlock, exampleCourse } from '../testing/example-course.js';
import { renderBlockStory } from '../testing/story.js';

const pre = exampleBlock('confidence-before', 'likert');
const post = exampleBlock('confidence-after', 'likert');

const meta: Meta = {
  title: 'Blocks/haven-likert',
  component: 'haven-likert',
  render: () => renderBlockStory(pre),
};
export default meta;

export const Before: StoryObj = {};
export const BeforeAndAfter: StoryObj = {
  render: () =>
    renderBlockStory(post, {
      block: pre.id,
      prepare: (harness) => {
        harness.handle.send({ type: 'likert.submit', blockId: pre.id, values: Object.fromEntries(pre.items.map((i) => [i.id, 2])) });
        harness.goTo(findBlock(exampleCourse, post.id)!.page.id);
        harness.handle.send({
          type: 'likert.submit',
          blockId: post.id,
          values: Object.fromEntries(post.items.map((i, n) => [i.id, n ? 2 : 4])),
        });
      },
    }),
};
