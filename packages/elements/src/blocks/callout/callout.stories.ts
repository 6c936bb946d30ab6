import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { CalloutBlock } from '@haven/course';
import { fixtureCourse } from '../testing/fixture-course.js';
import { renderBlockStory } from '../testing/story.js';

interface Args {
  tone: CalloutBlock['tone'];
  title: string;
  body: string;
}

const meta: Meta<Args> = {
  title: 'Blocks/haven-callout',
  component: 'haven-callout',
  args: { tone: 'info', title: 'Remember', body: 'It is never the child’s fault. **You** do not need to have all the answers.' },
  argTypes: { tone: { control: 'select', options: ['info', 'tip', 'important', 'support'] } },
  render: ({ tone, title, body }) =>
    renderBlockStory({ type: 'callout', id: 'story-callout', tone, title, body }, { course: fixtureCourse }),
};
export default meta;

export const Info: StoryObj<Args> = {};
export const Tip: StoryObj<Args> = { args: { tone: 'tip' } };
export const Important: StoryObj<Args> = { args: { tone: 'important' } };
export const Support: StoryObj<Args> = { args: { tone: 'support', title: 'If this is hard to read' } };
