import { css } from 'lit';
import { printHostStyles } from '../shared/print.js';

export const reflectionStyles = [
  printHostStyles,
  css`
    .prompt {
      font-weight: 600;
    }
    .prompt > :last-child {
      margin-block-end: var(--haven-space-2, 0.5rem);
    }
    .privacy {
      display: flex;
      gap: var(--haven-space-2, 0.5rem);
      align-items: flex-start;
    }
    .privacy svg {
      flex: none;
      inline-size: 1.25rem;
      block-size: 1.25rem;
      margin-block-start: 0.2rem;
    }
    textarea {
      display: block;
      inline-size: 100%;
      min-block-size: 10rem;
      padding: var(--haven-space-2, 0.5rem);
      border: 1px solid var(--haven-color-text-muted, #4f575e);
      border-radius: var(--haven-radius, 0.5rem);
      background: var(--haven-color-surface, #fff);
      resize: vertical;
    }
    .count {
      color: var(--haven-color-text-muted, #4f575e);
      font-size: 0.9em;
      margin-block: var(--haven-space-1, 0.25rem) 0;
    }
    .print-copy {
      display: none;
      white-space: pre-wrap;
    }
    @media (forced-colors: active) {
      textarea {
        border-color: CanvasText;
      }
    }
    @media print {
      textarea,
      .count,
      .privacy {
        display: none;
      }
      .print-copy {
        display: block;
      }
    }
  `,
];
