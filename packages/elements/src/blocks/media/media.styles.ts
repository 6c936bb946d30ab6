import { css } from 'lit';

export const mediaStyles = css`
  figure {
    margin: 0;
  }
  img,
  video {
    display: block;
    max-inline-size: 100%;
    block-size: auto;
    border-radius: var(--haven-radius, 0.5rem);
  }
  video {
    inline-size: 100%;
    background: #000;
  }
  audio {
    inline-size: 100%;
  }
  figcaption {
    color: var(--haven-color-text-muted, #4f575e);
    margin-block-start: var(--haven-space-2, 0.5rem);
  }
  .transcript {
    margin-block-start: var(--haven-space-2, 0.5rem);
  }
  .transcript h3 {
    font-size: 1em;
  }
  .transcript > :last-child > :last-child {
    margin-block-end: 0;
  }
`;
