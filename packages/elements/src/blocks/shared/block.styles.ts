import { css } from 'lit';

/** Shared look of the block elements: calm surfaces, large targets, focus that is always visible. */
export const blockStyles = css`
  :host {
    display: block;
    font-size: var(--haven-font-size, 1rem);
    line-height: var(--haven-line-height, 1.6);
    margin-block: var(--haven-space-4, 1.5rem);
    max-inline-size: 100%;
    overflow-wrap: anywhere;
  }
  h2,
  h3,
  h4 {
    font-family: var(--haven-font-heading, inherit);
    line-height: 1.3;
    margin-block: 0 var(--haven-space-2, 0.5rem);
  }
  h3 {
    font-size: 1.2em;
  }
  h4 {
    font-size: 1.05em;
  }
  p {
    margin-block: 0 var(--haven-space-3, 1rem);
  }
  a {
    color: var(--haven-color-link, #1f5673);
    text-underline-offset: 0.15em;
  }
  .panel {
    background: var(--haven-color-surface, #fff);
    border: 1px solid var(--haven-color-border, #c9c6bd);
    border-radius: var(--haven-radius, 0.5rem);
    padding: var(--haven-space-3, 1rem);
  }
  button {
    font: inherit;
    min-block-size: 2.75rem;
    min-inline-size: 2.75rem;
    padding-block: var(--haven-space-2, 0.5rem);
    padding-inline: var(--haven-space-3, 1rem);
    border-radius: var(--haven-radius, 0.5rem);
    border: 2px solid var(--haven-color-accent, #2f5d62);
    background: var(--haven-color-accent, #2f5d62);
    color: var(--haven-color-accent-text, #fff);
    cursor: pointer;
  }
  button.secondary {
    background: var(--haven-color-surface, #fff);
    color: var(--haven-color-accent, #2f5d62);
  }
  button:hover {
    text-decoration: underline;
  }
  :focus-visible {
    outline: var(--haven-focus-width, 3px) solid var(--haven-color-focus, #1a4d8f);
    outline-offset: 2px;
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--haven-space-2, 0.5rem);
    align-items: center;
    margin-block-start: var(--haven-space-3, 1rem);
  }
  .note {
    color: var(--haven-color-text-muted, #4f575e);
    margin-block: var(--haven-space-2, 0.5rem);
  }
  .feedback {
    background: var(--haven-color-accent-soft, #e3eeec);
    border-inline-start: 4px solid var(--haven-color-accent, #2f5d62);
    border-radius: var(--haven-radius, 0.5rem);
    padding: var(--haven-space-2, 0.5rem) var(--haven-space-3, 1rem);
    margin-block: var(--haven-space-2, 0.5rem);
  }
  .feedback > :last-child {
    margin-block-end: 0;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-inline-size: 0;
  }
  legend {
    padding: 0;
    font-weight: 600;
    margin-block-end: var(--haven-space-2, 0.5rem);
  }
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  input[type='radio'],
  input[type='checkbox'] {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
    flex: none;
    accent-color: var(--haven-color-accent, #2f5d62);
  }
  input:disabled + span,
  label:has(input:disabled) {
    color: var(--haven-color-text, #22272b);
    cursor: default;
  }
  @media (forced-colors: active) {
    button {
      border: 2px solid ButtonText;
    }
    .panel,
    .feedback {
      border: 1px solid CanvasText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
  @media print {
    button,
    .actions {
      display: none !important;
    }
  }
`;
