import { css } from 'lit';

export const textStyles = css`
  .body > :last-child {
    margin-block-end: 0;
  }
  ul,
  ol {
    padding-inline-start: 1.5em;
    margin-block: 0 var(--haven-space-3, 1rem);
  }
  li + li {
    margin-block-start: var(--haven-space-1, 0.25rem);
  }
`;
