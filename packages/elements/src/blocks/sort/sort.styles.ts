import { css } from 'lit';

export const sortStyles = css`
  .board {
    display: grid;
    gap: var(--haven-space-3, 1rem);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
    margin-block: var(--haven-space-3, 1rem);
  }
  .zone {
    border: 2px dashed var(--haven-color-border, #c9c6bd);
    border-radius: var(--haven-radius, 0.5rem);
    padding: var(--haven-space-2, 0.5rem);
    background: var(--haven-color-surface-muted, #f1efe9);
    min-block-size: 6rem;
  }
  .zone.unsorted {
    grid-column: 1 / -1;
  }
  .zone.over {
    border-style: solid;
    border-color: var(--haven-color-accent, #2f5d62);
  }
  .zone h3 {
    font-size: 1em;
    margin-block-end: var(--haven-space-1, 0.25rem);
  }
  .zone-description {
    color: var(--haven-color-text-muted, #4f575e);
    font-size: 0.9em;
    margin-block-end: var(--haven-space-2, 0.5rem);
  }
  .cards {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--haven-space-2, 0.5rem);
  }
  .card {
    background: var(--haven-color-surface, #fff);
    border: 1px solid var(--haven-color-border, #c9c6bd);
    border-radius: var(--haven-radius, 0.5rem);
    padding: var(--haven-space-2, 0.5rem) var(--haven-space-3, 1rem);
  }
  .card[draggable='true'] {
    cursor: grab;
  }
  .card .text {
    display: block;
    margin-block-end: var(--haven-space-2, 0.5rem);
  }
  .card label {
    display: block;
    font-size: 0.9em;
    color: var(--haven-color-text-muted, #4f575e);
  }
  select {
    /* A set width: a select sized by its longest category name widened the page past 320px. */
    inline-size: 100%;
    max-inline-size: 100%;
    min-block-size: 2.75rem;
    border: 1px solid var(--haven-color-border, #c9c6bd);
    border-radius: var(--haven-radius, 0.5rem);
    background: var(--haven-color-surface, #fff);
    padding-inline: var(--haven-space-2, 0.5rem);
  }
  .empty {
    color: var(--haven-color-text-muted, #4f575e);
    font-style: italic;
    margin: 0;
  }
  @media (forced-colors: active) {
    .zone,
    .card {
      border-color: CanvasText;
    }
    .zone.over {
      border-color: Highlight;
    }
  }
`;
