import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './pause-screen.js';

const meta: Meta<{ lowStimulus: boolean }> = {
  title: 'Player/haven-pause-screen',
  component: 'haven-pause-screen',
  args: { lowStimulus: false },
  render: ({ lowStimulus }) => html`<haven-pause-screen ?low-stimulus=${lowStimulus}></haven-pause-screen>`,
};
export default meta;

export const Pause: StoryObj<{ lowStimulus: boolean }> = {};
export const LowStimulus: StoryObj<{ lowStimulus: boolean }> = { args: { lowStimulus: true } };
