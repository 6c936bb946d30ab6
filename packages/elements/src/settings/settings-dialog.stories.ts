import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../blocks/testing/harness.js';
import { createHarness } from '../blocks/testing/harness.js';
import { exampleCourse } from '../blocks/testing/example-course.js';
import type { CourseExport } from '@haven/store';
import type { HavenSettingsDialog, SettingsControls } from './settings-dialog.js';
import './settings-dialog.js';

interface Args {
  storage: 'device' | 'tab';
  withLms: boolean;
}

/** Stand-in for the player: clearing succeeds after a moment, the download is an empty export. */
function controls({ storage, withLms }: Args): SettingsControls {
  const data: CourseExport = {
    format: 'haven-course-data',
    formatVersion: 1,
    exportedAt: new Date().toISOString(),
    courseId: exampleCourse.id,
    learner: { key: 'device:story', source: 'device' },
    storage: 'memory',
    progress: null,
    journal: [],
    reflections: [],
    evaluations: [],
    settings: {},
  };
  return {
    storage,
    withLms,
    setLowStimulus: () => {},
    exportData: async () => ({ ok: true, data }),
    clear: () => new Promise((resolve) => setTimeout(() => resolve({ ok: true }), 300)),
  };
}

const meta: Meta<Args> = {
  title: 'Player/haven-settings-dialog',
  component: 'haven-settings-dialog',
  args: { storage: 'device', withLms: false },
  argTypes: {
    storage: { control: 'radio', options: ['device', 'tab'] },
    withLms: { control: 'boolean' },
  },
  render: (args) =>
    html`<haven-block-harness data-haven-themed .handle=${createHarness(exampleCourse).handle}>
      <haven-settings-dialog .controls=${controls(args)}></haven-settings-dialog>
    </haven-block-harness>`,
  play: async ({ canvasElement }) => {
    await canvasElement.querySelector<HavenSettingsDialog>('haven-settings-dialog')!.show();
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Standalone: what this device keeps, download and the two clears. */
export const Settings: Story = {};

/** In an LMS: says the LMS keeps its own record, untouched by clearing here. */
export const WithLms: Story = { args: { withLms: true } };

/** Saving on the device failed: progress is kept only while the page is open. */
export const TabOnly: Story = { args: { storage: 'tab' } };

/** The confirmation before this course's data is cleared (Cancel has focus). */
export const ConfirmClear: Story = {
  play: async ({ canvasElement }) => {
    const dialog = canvasElement.querySelector<HavenSettingsDialog>('haven-settings-dialog')!;
    await dialog.show();
    const ask = [...dialog.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Clear my data for this course');
    ask?.click();
    await dialog.updateComplete;
  },
};
