import { css } from 'lit';

export const accordionStyles = css`
  details {
    border: 1px solid var(--haven-color-border, #c9c6bd);
    border-radius: var(--haven-radius, 0.5rem);
    background: var(--haven-color-surface, #fff);
  }
  details + details {
    margin-block-start: var(--haven-space-2, 0.5rem);
  }
  summary {
    cursor: pointer;
    padding: var(--haven-space-3, 1rem);
    font-weight: 600;
    min-block-size: 2.75rem;
    border-radius: var(--haven-radius, 0.5rem);
  }
  summary:hover {
    text-decoration: underline;
  }
  .panel-body {
    padding: 0 var(--haven-space-3, 1rem) var(--haven-space-3, 1rem);
  }
  .panel-body > :last-child {
    margin-block-end: 0;
  }
  @media (forced-colors: active) {
    details {
      border-color: CanvasText;
    }
  }
`;
