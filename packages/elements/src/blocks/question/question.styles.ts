import { css } from 'lit';

export const questionStyles = css`
  .item + .item {
    margin-block-start: var(--haven-space-4, 1.5rem);
  }
  .count {
    display: block;
    font-weight: 400;
    color: var(--haven-color-text-muted, #4f575e);
    font-size: 0.9em;
  }
  legend {
    font-size: 1.1em;
  }
  legend p {
    margin: 0;
  }
  .options {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--haven-space-2, 0.5rem);
  }
  .option label {
    display: flex;
    gap: var(--haven-space-3, 1rem);
    align-items: flex-start;
    padding: var(--haven-space-2, 0.5rem) var(--haven-space-3, 1rem);
    border: 1px solid var(--haven-color-border, #c9c6bd);
    border-radius: var(--haven-radius, 0.5rem);
    background: var(--haven-color-surface, #fff);
    cursor: pointer;
    min-block-size: 2.75rem;
  }
  .option input {
    margin-block-start: 0.2rem;
  }
  .option.chosen label {
    border-color: var(--haven-color-accent, #2f5d62);
    border-width: 2px;
  }
  .chosen-tag {
    display: block;
    font-size: 0.9em;
    font-weight: 600;
    color: var(--haven-color-text-muted, #4f575e);
  }
  .summary:focus {
    outline: none;
  }
  .summary:focus-visible {
    outline: var(--haven-focus-width, 3px) solid var(--haven-color-focus, #1a4d8f);
  }
  .answer-list {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .message {
    font-weight: 600;
  }
  @media (forced-colors: active) {
    .option label {
      border-color: CanvasText;
    }
    .option.chosen label {
      border-color: Highlight;
    }
  }
`;
