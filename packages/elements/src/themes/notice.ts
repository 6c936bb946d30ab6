import { css } from 'lit';

/** The calm notice box shared by the content note and the error panel: a `section` with an `h2`. */
export const noticeStyles = css`
  section {
    background: var(--haven-color-notice);
    border: 2px solid var(--haven-color-notice-border);
    border-radius: var(--haven-radius);
    padding: var(--haven-space-4);
  }
  h2 {
    margin-block-start: 0;
    font-family: var(--haven-font-heading);
  }
`;
