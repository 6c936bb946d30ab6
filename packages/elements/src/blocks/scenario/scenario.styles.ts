import { css } from 'lit';

export const scenarioStyles = css`
  .node:focus,
  .step-feedback:focus {
    outline: none;
  }
  .node:focus-visible,
  .step-feedback:focus-visible {
    outline: var(--haven-focus-width, 3px) solid var(--haven-color-focus, #1a4d8f);
  }
  .node > :last-child {
    margin-block-end: 0;
  }
  .choices {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--haven-space-2, 0.5rem);
  }
  .choices button {
    inline-size: 100%;
    text-align: start;
    background: var(--haven-color-surface, #fff);
    color: var(--haven-color-text, #22272b);
    border: 2px solid var(--haven-color-accent, #2f5d62);
  }
  h4 {
    margin-block-start: var(--haven-space-3, 1rem);
  }
  .you-chose {
    font-weight: 600;
  }
  .outcome {
    font-weight: 700;
  }
  .path {
    margin: 0;
    padding-inline-start: 1.5em;
  }
  .path li + li {
    margin-block-start: var(--haven-space-3, 1rem);
  }
  .quality {
    display: inline-block;
    font-size: 0.9em;
    font-weight: 600;
    border: 1px solid currentColor;
    border-radius: 999px;
    padding-inline: var(--haven-space-2, 0.5rem);
    margin-inline-start: var(--haven-space-1, 0.25rem);
  }
  .path p {
    margin-block: var(--haven-space-1, 0.25rem) 0;
  }
  @media (forced-colors: active) {
    .choices button {
      border-color: ButtonText;
    }
  }
`;
