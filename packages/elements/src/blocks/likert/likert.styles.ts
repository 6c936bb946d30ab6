import { css } from 'lit';

export const likertStyles = css`
  .prompt {
    font-weight: 600;
  }
  .items {
    display: grid;
    gap: var(--haven-space-3, 1rem);
  }
  .item {
    border: 1px solid var(--haven-color-border, #c9c6bd);
    border-radius: var(--haven-radius, 0.5rem);
    background: var(--haven-color-surface, #fff);
    padding: var(--haven-space-3, 1rem);
  }
  /* Floated, a long legend wraps inside the box instead of straddling its top border line by line. */
  .item > legend {
    float: inline-start;
    inline-size: 100%;
    padding: 0;
    margin-block-end: var(--haven-space-2, 0.5rem);
  }
  .item > legend + * {
    clear: both;
  }
  .scale {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: var(--haven-space-2, 0.5rem);
  }
  .scale label {
    display: flex;
    gap: var(--haven-space-2, 0.5rem);
    align-items: center;
    min-block-size: 2.75rem;
    padding-inline: var(--haven-space-2, 0.5rem);
    border: 1px solid var(--haven-color-border, #c9c6bd);
    border-radius: var(--haven-radius, 0.5rem);
    cursor: pointer;
  }
  .compare {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: var(--haven-space-2, 0.5rem);
  }
  .compare li {
    border-inline-start: 4px solid var(--haven-color-accent, #2f5d62);
    padding-inline-start: var(--haven-space-3, 1rem);
  }
  .compare p {
    margin: 0;
  }
  @media (forced-colors: active) {
    .item,
    .scale label {
      border-color: CanvasText;
    }
  }
`;
