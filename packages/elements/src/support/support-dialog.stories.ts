import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../blocks/testing/harness.js';
import { createHarness } from '../blocks/testing/harness.js';
import { exampleCourse } from '../blocks/testing/example-course.js';
import type { HavenSupportDialog } from './support-dialog.js';
import './support-dialog.js';

const meta: Meta = {
  title: 'Player/haven-support-dialog',
  component: 'haven-support-dialog',
  // The course's own support contacts (courses/example), provided as the player provides them.
  render: () =>
    html`<haven-block-harness data-haven-themed .handle=${createHarness(exampleCourse).handle}>
      <haven-support-dialog></haven-support-dialog>
    </haven-block-harness>`,
  play: async ({ canvasElement }) => {
    const dialog = canvasElement.querySelector<HavenSupportDialog>('haven-support-dialog')!;
    await dialog.show();
  },
};
export default meta;

/** Open, as the Support button in the toolbar opens it. */
export const Open: StoryObj = {};
