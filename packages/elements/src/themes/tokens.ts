import { css } from 'lit';

/** The dark palette: one set of values for `theme="dark"` and for `theme="auto"` in a dark colour scheme. */
const dark = css`
  --haven-color-bg: #171a1c;
  --haven-color-surface: #202427;
  --haven-color-surface-muted: #2a2f33;
  --haven-color-text: #eceae4;
  --haven-color-text-muted: #bdbab2;
  --haven-color-border: #5a5f63;
  --haven-color-accent: #8cc3c0;
  --haven-color-accent-text: #101314;
  --haven-color-accent-soft: #263a3b;
  --haven-color-link: #9fcbe6;
  --haven-color-focus: #ffd166;
  --haven-color-support: #d6bdf0;
  --haven-color-notice: #3a321c;
  --haven-color-notice-border: #d9b44a;
  color-scheme: dark;
`;

/**
 * The `--haven-*` design tokens with the default calm theme. Defined on :host so no global CSS is
 * needed; a host page overrides any of them with a rule on the element (outer rules win over :host).
 * Dark: `theme="dark"`, or `theme="auto"` with a dark colour-scheme preference. Low-stimulus mutes the
 * palette and stops all motion. Block elements inherit the tokens through the shadow tree.
 */
export const tokens = css`
  :host {
    --haven-color-bg: #fbfaf7;
    --haven-color-surface: #ffffff;
    --haven-color-surface-muted: #f1efe9;
    --haven-color-text: #22272b;
    --haven-color-text-muted: #4f575e;
    --haven-color-border: #c9c6bd;
    --haven-color-accent: #2f5d62;
    --haven-color-accent-text: #ffffff;
    --haven-color-accent-soft: #e3eeec;
    --haven-color-link: #1f5673;
    --haven-color-focus: #1a4d8f;
    --haven-color-support: #5b3f73;
    --haven-color-notice: #fff6dd;
    --haven-color-notice-border: #a07d1c;
    --haven-font-body: system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
    --haven-font-heading: var(--haven-font-body);
    --haven-font-size: medium;
    --haven-line-height: 1.6;
    --haven-space-1: 0.25rem;
    --haven-space-2: 0.5rem;
    --haven-space-3: 1rem;
    --haven-space-4: 1.5rem;
    --haven-space-5: 2.5rem;
    --haven-radius: 0.5rem;
    --haven-focus-width: 3px;
    --haven-max-width: 46rem;
    --haven-transition-duration: 160ms;
    color-scheme: light;
  }
  :host([theme='dark']) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${dark}
    }
  }
  :host([low-stimulus]) {
    --haven-color-accent: #4a5a5c;
    --haven-color-accent-soft: #eceeee;
    --haven-color-support: #4d4a55;
    --haven-color-notice: #f4f3ef;
    --haven-color-notice-border: #77746c;
    --haven-transition-duration: 0s;
  }
  :host([low-stimulus][theme='dark']) {
    --haven-color-accent: #a9b6b5;
    --haven-color-accent-soft: #2a2f30;
    --haven-color-support: #c4bfcc;
    --haven-color-notice: #2a2a27;
    --haven-color-notice-border: #9a968b;
  }
  :host([low-stimulus]) *,
  :host([low-stimulus]) *::before,
  :host([low-stimulus]) *::after {
    animation: none !important;
    transition: none !important;
  }
`;

/** A calm reset for every Haven shadow root: fonts and colours come from tokens, never from the host page. */
export const surface = css`
  :host {
    display: block;
    font-family: var(--haven-font-body);
    font-size: var(--haven-font-size);
    line-height: var(--haven-line-height);
    color: var(--haven-color-text);
    text-align: start;
    overflow-wrap: anywhere;
  }
  button {
    font: inherit;
    cursor: pointer;
    min-block-size: 2.75rem;
    min-inline-size: 2.75rem;
    padding-block: var(--haven-space-2);
    padding-inline: var(--haven-space-3);
    border-radius: var(--haven-radius);
    border: 2px solid var(--haven-color-accent);
    background: var(--haven-color-surface);
    color: var(--haven-color-text);
  }
  button.primary {
    background: var(--haven-color-accent);
    color: var(--haven-color-accent-text);
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.7;
  }
  a {
    color: var(--haven-color-link);
  }
  :focus-visible {
    outline: var(--haven-focus-width) solid var(--haven-color-focus);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    button {
      border-color: ButtonText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
