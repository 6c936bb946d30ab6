import { css } from 'lit';

export const shellStyles = css`
  :host {
    background: var(--haven-color-bg);
    container-type: inline-size;
    container-name: haven;
  }
  /* Text settings again on the wrapper: a host page rule such as \`* { font-size: 40px }\` matches the
     host element itself and beats :host, but cannot reach inside. \`medium\` is the reader's own
     default size, independent of the host page's root font size. */
  .shell {
    font-family: var(--haven-font-body);
    font-size: var(--haven-font-size);
    line-height: var(--haven-line-height);
    color: var(--haven-color-text);
    font-weight: 400;
    font-style: normal;
    letter-spacing: normal;
    text-transform: none;
    max-inline-size: 72em;
    margin-inline: auto;
    padding: var(--haven-space-3);
  }
  header {
    display: flex;
    flex-wrap: wrap;
    gap: var(--haven-space-2) var(--haven-space-3);
    align-items: center;
    justify-content: space-between;
    border-block-end: 1px solid var(--haven-color-border);
    padding-block-end: var(--haven-space-3);
  }
  h1 {
    font-family: var(--haven-font-heading);
    font-size: 1.35em;
    line-height: 1.3;
    margin: 0;
  }
  .tools {
    display: flex;
    flex-wrap: wrap;
    gap: var(--haven-space-2);
    align-items: center;
  }
  .support-button {
    border-color: var(--haven-color-support);
    color: var(--haven-color-support);
    font-weight: 700;
  }
  .exit-button {
    background: var(--haven-color-text);
    color: var(--haven-color-bg);
    border-color: var(--haven-color-text);
  }
  .saving {
    margin-block: var(--haven-space-3) 0;
    padding: var(--haven-space-2) var(--haven-space-3);
    border-radius: var(--haven-radius);
    background: var(--haven-color-surface-muted);
    color: var(--haven-color-text-muted);
  }
  .notice {
    margin-block: var(--haven-space-3) 0;
    padding: var(--haven-space-2) var(--haven-space-3);
    border-radius: var(--haven-radius);
    background: var(--haven-color-accent-soft);
  }
  .saving.nowhere {
    background: var(--haven-color-notice);
    border: 1px solid var(--haven-color-notice-border);
    color: var(--haven-color-text);
  }
  .layout {
    display: grid;
    gap: var(--haven-space-4);
    margin-block-start: var(--haven-space-3);
  }
  @container haven (min-width: 52rem) {
    .layout {
      grid-template-columns: minmax(14rem, 18rem) minmax(0, 1fr);
      align-items: start;
    }
  }
  nav.outline summary {
    cursor: pointer;
    font-weight: 700;
    padding-block: var(--haven-space-2);
  }
  .course-progress {
    margin-block: var(--haven-space-2);
  }
  .course-progress progress {
    inline-size: 100%;
    accent-color: var(--haven-color-accent);
  }
  .content {
    min-inline-size: 0;
    max-inline-size: var(--haven-max-width);
  }
  article h2 {
    font-family: var(--haven-font-heading);
    font-size: 1.6em;
    line-height: 1.25;
    margin-block: 0 var(--haven-space-3);
  }
  h2:focus {
    outline: none;
  }
  h2:focus-visible {
    outline: var(--haven-focus-width) solid var(--haven-color-focus);
  }
  .blocks {
    display: grid;
    gap: var(--haven-space-4);
  }
  .pager {
    display: flex;
    flex-wrap: wrap;
    gap: var(--haven-space-2);
    align-items: center;
    justify-content: space-between;
    margin-block-start: var(--haven-space-5);
    padding-block-start: var(--haven-space-3);
    border-block-start: 1px solid var(--haven-color-border);
  }
  .pager .count {
    order: -1;
    flex-basis: 100%;
  }
  @container haven (min-width: 30rem) {
    .pager .count {
      order: 0;
      flex-basis: auto;
    }
  }
  .pager p {
    margin: 0;
    color: var(--haven-color-text-muted);
  }
  .complete {
    background: var(--haven-color-accent-soft);
    padding: var(--haven-space-3);
    border-radius: var(--haven-radius);
  }
  .audience fieldset {
    border: 1px solid var(--haven-color-border);
    border-radius: var(--haven-radius);
    padding: var(--haven-space-3);
  }
  .audience label {
    display: flex;
    gap: var(--haven-space-2);
    padding-block: var(--haven-space-2);
  }
  .block-fallback {
    white-space: pre-line;
  }
  .exited {
    min-block-size: 100vh;
    background: var(--haven-color-bg);
  }
`;
