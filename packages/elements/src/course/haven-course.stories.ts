import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { testCourse } from './testing/test-course.js';
import './haven-course.js';

interface Args {
  theme: 'light' | 'dark' | 'auto';
  lang: 'en-GB' | 'cy';
}

const meta: Meta<Args> = {
  title: 'Player/haven-course',
  component: 'haven-course',
  args: { theme: 'light', lang: 'en-GB' },
  argTypes: {
    theme: { control: 'radio', options: ['light', 'dark', 'auto'] },
    lang: { control: 'radio', options: ['en-GB', 'cy'] },
  },
  render: ({ theme, lang }) =>
    html`<haven-course lms="none" theme=${theme} .course=${testCourse({ id: `story-${lang}`, lang })}></haven-course>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The first page of a small course: outline, toolbar, page and previous/next. */
export const Page: Story = {};

/** The same course in Welsh. */
export const Welsh: Story = { args: { lang: 'cy' } };

/** The dark theme. */
export const Dark: Story = { args: { theme: 'dark' } };

/** The example course shipped with Haven, fetched from its folder. */
export const ExampleCourse: Story = {
  render: ({ theme }) => html`<haven-course lms="none" theme=${theme} src="courses/example/course.json"></haven-course>`,
};

/** An invalid course: the readable error panel, never a blank page. */
export const InvalidCourse: Story = {
  render: ({ theme }) =>
    html`<haven-course
      lms="none"
      theme=${theme}
      .course=${JSON.stringify({ formatVersion: 1, id: 'broken', title: 'Broken', modules: [{ id: 'm', pages: [{ type: 'questoin' }] }] }, null, 2)}
    ></haven-course>`,
};
