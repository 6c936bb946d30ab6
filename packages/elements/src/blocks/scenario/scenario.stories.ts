import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { exampleBlock } from '../testing/example-course.js';
import type { Harness } from '../testing/harness.js';
import { renderBlockStory } from '../testing/story.js';

const block = exampleBlock('sam-at-breaktime', 'scenario');

/** Takes the first choice at each point until an ending. */
const walkToEnding = (harness: Harness) => {
  let node = block.nodes.find((n) => n.id === block.start);
  while (node && !node.end) {
    const choice = node.choices[0]!;
    harness.handle.send({ type: 'scenario.choose', blockId: block.id, choiceId: choice.id });
    node = block.nodes.find((n) => n.id === choice.next);
  }
};

const meta: Meta = {
  title: 'Blocks/haven-scenario',
  component: 'haven-scenario',
  render: () => renderBlockStory(block),
};
export default meta;

export const Start: StoryObj = {};
export const Ending: StoryObj = { render: () => renderBlockStory(block, { prepare: walkToEnding }) };
