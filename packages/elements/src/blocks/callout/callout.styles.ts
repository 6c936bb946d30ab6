import { css } from 'lit';

export const calloutStyles = css`
  .callout {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: var(--haven-space-2, 0.5rem) var(--haven-space-3, 1rem);
    align-items: start;
    border: 1px solid var(--_border);
    border-inline-start-width: 6px;
    border-radius: var(--haven-radius, 0.5rem);
    background: var(--_bg);
    padding: var(--haven-space-3, 1rem);
    --_border: var(--haven-color-accent, #2f5d62);
    --_bg: var(--haven-color-accent-soft, #e3eeec);
  }
  :host([tone='important']) .callout {
    --_border: var(--haven-color-notice-border, #a07d1c);
    --_bg: var(--haven-color-notice, #fff6dd);
  }
  :host([tone='support']) .callout {
    --_border: var(--haven-color-support, #5b3f73);
    --_bg: var(--haven-color-surface, #fff);
  }
  :host([tone='tip']) .callout {
    --_bg: var(--haven-color-surface-muted, #f1efe9);
  }
  .icon {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    color: var(--_border);
    margin-block-start: 0.15rem;
  }
  .tone {
    display: block;
    font-weight: 700;
    font-size: 0.9em;
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  .content > :last-child {
    margin-block-end: 0;
  }
  @media (forced-colors: active) {
    .callout {
      border-color: CanvasText;
    }
    .icon {
      color: CanvasText;
    }
  }
  @media (max-width: 20rem) {
    .callout {
      grid-template-columns: 1fr;
    }
  }
`;
