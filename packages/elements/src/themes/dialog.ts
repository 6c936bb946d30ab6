import { css } from 'lit';

/** The native <dialog> box shared by the support and settings dialogs; `--_dialog-accent` colours its border. */
export const dialogStyles = css`
  dialog {
    inline-size: min(36rem, calc(100vw - 2rem));
    max-block-size: calc(100dvh - 2rem);
    overflow: auto;
    border: 2px solid var(--_dialog-accent, var(--haven-color-accent));
    border-radius: var(--haven-radius);
    background: var(--haven-color-surface);
    color: var(--haven-color-text);
    padding: var(--haven-space-4);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  h2 {
    margin-block-start: 0;
    font-family: var(--haven-font-heading);
  }
`;
