import { css } from 'lit';
import { printHostStyles } from '../shared/print.js';

export const resourceStyles = [
  printHostStyles,
  css`
    .resource {
      display: grid;
      gap: var(--haven-space-2, 0.5rem);
    }
    .description > :last-child,
    .body > :last-child {
      margin-block-end: 0;
    }
    .link {
      font-weight: 600;
      display: inline-flex;
      gap: var(--haven-space-2, 0.5rem);
      align-items: center;
      min-block-size: 2.75rem;
    }
    .link svg {
      inline-size: 1.25rem;
      block-size: 1.25rem;
      flex: none;
    }
    ul,
    ol {
      padding-inline-start: 1.5em;
      margin-block: 0 var(--haven-space-3, 1rem);
    }
    @media print {
      .panel {
        border: 0;
      }
    }
  `,
];
