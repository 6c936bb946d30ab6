import type { StorybookConfig } from '@storybook/web-components-vite';

// Stories live beside their elements. Offline: no telemetry, no update checks.
const config: StorybookConfig = {
  stories: ['../packages/elements/src/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  // The example course, for the story that fetches it.
  staticDirs: [{ from: '../courses/example', to: '/courses/example' }],
  framework: {
    name: '@storybook/web-components-vite',
    options: { builder: { viteConfigPath: '.storybook/vite.config.ts' } },
  },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
};
export default config;
