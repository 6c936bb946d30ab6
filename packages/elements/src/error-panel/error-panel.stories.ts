import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { CourseError } from '@haven/course';
import './error-panel.js';

const errors: CourseError[] = [
  {
    file: 'courses/example/course.json',
    line: 42,
    column: 17,
    pointer: '/modules/0/pages/2/blocks/1/type',
    code: 'unknown-block-type',
    message: 'Unknown block type "questoin".',
    hint: 'Did you mean "question"?',
  },
  {
    file: 'courses/example/course.json',
    line: 80,
    column: 9,
    pointer: '/modules/1/pages/0/blocks/0/feeback',
    code: 'unknown-property',
    message: 'Unknown property "feeback".',
    hint: 'Did you mean "feedback"?',
  },
];

const meta: Meta = {
  title: 'Player/haven-error-panel',
  component: 'haven-error-panel',
};
export default meta;

export const Problems: StoryObj = { render: () => html`<haven-error-panel .errors=${errors}></haven-error-panel>` };
export const CouldNotLoad: StoryObj = {
  render: () => html`<haven-error-panel kind="unreachable" detail="404 Not Found"></haven-error-panel>`,
};
export const BuiltByAnotherVersion: StoryObj = {
  render: () =>
    html`<haven-error-panel
      message="This course package was built by a newer version of Haven than this player: build it again with this version."
    ></haven-error-panel>`,
};
