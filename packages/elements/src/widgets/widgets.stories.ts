import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './catalogue.js';
import './progress.js';

const meta: Meta = {
  title: 'Widgets/haven-catalogue',
  component: 'haven-catalogue',
};
export default meta;

const index = `data:application/json,${encodeURIComponent(
  JSON.stringify([
    { id: 'example', title: 'Noticing and responding', description: 'A short introduction.', href: '#example', pages: 8 },
    { id: 'champion', title: 'Domestic abuse champion', description: 'Four days for champions.', href: '#champion' },
  ]),
)}`;

export const Catalogue: StoryObj = { render: () => html`<haven-catalogue src=${index}></haven-catalogue>` };
export const Progress: StoryObj = {
  render: () => html`<haven-progress course="example" label="Noticing and responding" pages="8"></haven-progress>`,
};
