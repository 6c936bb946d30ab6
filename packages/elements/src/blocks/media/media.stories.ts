import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { exampleBlock } from '../testing/example-course.js';
import { fixtureBlocks, fixtureCourse } from '../testing/fixture-course.js';
import { renderBlockStory } from '../testing/story.js';

interface Args {
  blockId: string;
}

const meta: Meta<Args> = {
  title: 'Blocks/haven-media',
  component: 'haven-media',
  args: { blockId: 'calm-path' },
  argTypes: { blockId: { control: 'select', options: ['calm-path', 'teacher-voice'] } },
  render: ({ blockId }) => renderBlockStory(exampleBlock(blockId, 'media')),
};
export default meta;

export const Image: StoryObj<Args> = {};
export const AudioWithTranscript: StoryObj<Args> = { args: { blockId: 'teacher-voice' } };
export const Video: StoryObj<Args> = { render: () => renderBlockStory(fixtureBlocks.video, { course: fixtureCourse }) };
/** The file is not there (offline, or missing beside an authored course): the block says so in words. */
export const FileMissing: StoryObj<Args> = {
  render: () => renderBlockStory({ ...fixtureBlocks.video, src: 'media/not-there.mp4' }, { course: fixtureCourse }),
};
