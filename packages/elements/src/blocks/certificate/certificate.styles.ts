import { css } from 'lit';
import { printHostStyles } from '../shared/print.js';

export const certificateStyles = [
  printHostStyles,
  css`
    .certificate {
      text-align: center;
      border: 3px double var(--haven-color-accent, #2f5d62);
      border-radius: var(--haven-radius, 0.5rem);
      background: var(--haven-color-surface, #fff);
      padding: var(--haven-space-5, 2.5rem) var(--haven-space-3, 1rem);
    }
    .certificate h3 {
      font-size: 1.6em;
    }
    .name {
      font-size: 1.5em;
      font-weight: 700;
      margin-block: var(--haven-space-2, 0.5rem);
    }
    .course {
      font-size: 1.2em;
      font-weight: 600;
    }
    .body > :last-child {
      margin-block-end: 0;
    }
    .name-field {
      display: grid;
      gap: var(--haven-space-1, 0.25rem);
      margin-block-end: var(--haven-space-3, 1rem);
    }
    .name-field input {
      min-block-size: 2.75rem;
      padding-inline: var(--haven-space-2, 0.5rem);
      border: 1px solid var(--haven-color-text-muted, #4f575e);
      border-radius: var(--haven-radius, 0.5rem);
      background: var(--haven-color-surface, #fff);
      max-inline-size: 30rem;
    }
    @media (forced-colors: active) {
      .certificate {
        border-color: CanvasText;
      }
    }
    @media print {
      @page {
        size: A4 landscape;
        margin: 15mm;
      }
      :host {
        color: #000;
      }
      .name-field,
      .locked {
        display: none;
      }
      .certificate {
        border-color: #000;
        background: #fff;
        break-inside: avoid;
        min-block-size: 150mm;
        display: grid;
        align-content: center;
      }
    }
  `,
];
