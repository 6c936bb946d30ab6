import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { QuestionBlock } from '@haven/course';
import { exampleBlock } from '../testing/example-course.js';
import type { Harness } from '../testing/harness.js';
import { renderBlockStory } from '../testing/story.js';

interface Args {
  blockId: string;
}

/** Answers the first item the way the story needs, through the real engine. */
const answer = (block: QuestionBlock, pick: 'right' | 'not-right') => (harness: Harness) => {
  const state = harness.handle.getProgress().blocks[block.key];
  const key = state?.kind === 'question' && state.draw.length ? state.draw[0] : block.questions[0]?.key;
  const item = block.questions.find((q) => q.key === key)!;
  const selected = pick === 'right' ? item.correct : [item.options.find((o) => !item.correct.includes(o.id))!.id];
  harness.handle.send({ type: 'answer.submit', blockId: block.id, itemId: item.id, selected });
};

const story = (blockId: string, pick?: 'right' | 'not-right'): StoryObj<Args> => ({
  args: { blockId },
  render: ({ blockId: id }) => {
    const block = exampleBlock(id, 'question');
    return renderBlockStory(block, pick ? { prepare: answer(block, pick) } : {});
  },
});

const meta: Meta<Args> = {
  title: 'Blocks/haven-question',
  component: 'haven-question',
  args: { blockId: 'who-is-a-victim' },
  argTypes: { blockId: { control: 'select', options: ['who-is-a-victim', 'helpful-responses', 'understanding-check'] } },
};
export default meta;

export const SingleChoice: StoryObj<Args> = story('who-is-a-victim');
export const MultipleChoice: StoryObj<Args> = story('helpful-responses');
export const Bank: StoryObj<Args> = story('understanding-check');
export const RightAnswer: StoryObj<Args> = story('who-is-a-victim', 'right');
export const TriesLeft: StoryObj<Args> = story('helpful-responses', 'not-right');
export const FinalAnswerShown: StoryObj<Args> = story('who-is-a-victim', 'not-right');
