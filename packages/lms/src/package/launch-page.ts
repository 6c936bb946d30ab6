import { xmlText } from './xml.js';

/**
 * The content security policy of the launch page. Scripts only from the package itself (no inline
 * script, no eval); styles from the package plus inline, because Lit falls back to `<style>` elements
 * where constructable stylesheets are missing and sets some `style` attributes; images may also be
 * `data:` URIs, which make no request. Nothing may be fetched from another site.
 */
export const LAUNCH_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "media-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

export interface LaunchPageInput {
  readonly title: string;
  readonly lang: string;
  /** The runtime entry, relative to the launch page. */
  readonly runtime: string;
  /** The course JSON, relative to the launch page. */
  readonly course: string;
  /** `auto` (an LMS opens the page) or `none` (a web server does: no LMS to look for). */
  readonly lms: 'auto' | 'none';
}

/**
 * index.html, the page the LMS (or a web server) opens. It holds no script or style of its own: the
 * runtime module defines `<haven-course>`, which finds the LMS API itself (`lms="auto"`). The preload hint lets the
 * course download alongside the runtime instead of after it (`crossorigin` so that it matches the
 * player's own `fetch`, which is then served from it).
 */
export function launchPage(input: LaunchPageInput): string {
  return `<!doctype html>
<html lang="${xmlText(input.lang)}">
  <head>
    <meta charset="utf-8">
    <meta http-equiv="Content-Security-Policy" content="${LAUNCH_CSP}">
    <meta name="referrer" content="no-referrer">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${xmlText(input.title)}</title>
    <link rel="preload" href="${xmlText(input.course)}" as="fetch" crossorigin="anonymous">
    <script type="module" src="${xmlText(input.runtime)}"></script>
  </head>
  <body>
    <haven-course src="${xmlText(input.course)}" lms="${input.lms}"></haven-course>
    <noscript>This course needs JavaScript. Please turn it on, or ask your training team for help.</noscript>
  </body>
</html>
`;
}
