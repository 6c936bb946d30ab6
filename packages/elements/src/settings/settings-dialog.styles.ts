import { css } from 'lit';
import { dialogStyles } from '../themes/dialog.js';

export const settingsStyles = css`
  ${dialogStyles}
  dialog.confirm {
    inline-size: min(30rem, calc(100vw - 2rem));
  }
  h2:focus {
    outline: none;
  }
  h3 {
    font-size: 1.1em;
    margin-block: var(--haven-space-4) var(--haven-space-2);
  }
  p {
    margin-block: var(--haven-space-2);
  }
  label.check {
    display: flex;
    gap: var(--haven-space-2);
    align-items: flex-start;
  }
  label.check input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    flex: none;
    margin-block-start: 0.2em;
  }
  .data-actions {
    display: grid;
    gap: var(--haven-space-2);
    justify-items: start;
  }
  .data-actions button {
    text-align: start;
  }
  .help {
    margin-block: 0 var(--haven-space-2);
    color: var(--haven-color-text-muted);
    font-size: 0.95em;
  }
  /* Calm, not alarming: the same weight as other buttons, told apart by a dashed border and the words. */
  button.danger {
    border-style: dashed;
    border-color: var(--haven-color-text-muted);
  }
  button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.7;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--haven-space-2);
    margin-block-start: var(--haven-space-4);
  }
  @media (forced-colors: active) {
    button.danger {
      border-color: ButtonText;
    }
  }
`;
