import type { Preview } from '@storybook/web-components-vite';

/** Light/dark switch in the toolbar: sets `theme` on every Haven element in the story. */
const preview: Preview = {
  globalTypes: {
    theme: {
      description: 'Haven theme',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light' },
  decorators: [
    (story, context) => {
      const theme = context.globals['theme'] === 'dark' ? 'dark' : 'light';
      document.documentElement.style.background = theme === 'dark' ? '#171a1c' : '#fbfaf7';
      document.documentElement.dataset['havenTheme'] = theme;
      queueMicrotask(() => {
        for (const el of document.querySelectorAll('haven-course, haven-catalogue, haven-progress, [data-haven-themed]')) {
          el.setAttribute('theme', theme);
        }
      });
      return story();
    },
  ],
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
};
export default preview;
