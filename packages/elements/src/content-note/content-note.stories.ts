import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './content-note.js';

const meta: Meta<{ canSkip: boolean }> = {
  title: 'Player/haven-content-note',
  component: 'haven-content-note',
  args: { canSkip: true },
  render: ({ canSkip }) =>
    html`<haven-content-note
      data-haven-themed
      subject="Harder topics"
      .note=${{
        summary: 'This module talks about how children experience abuse at home. There are no graphic descriptions.',
        coming: ['What children may hear', 'A short audio clip'],
        canSkip,
      }}
    ></haven-content-note>`,
};
export default meta;

export const CanSkip: StoryObj<{ canSkip: boolean }> = {};
export const MustContinue: StoryObj<{ canSkip: boolean }> = { args: { canSkip: false } };
