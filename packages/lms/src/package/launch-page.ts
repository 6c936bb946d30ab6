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
  /**
   * That file's content, carried in the page as well (a JSON data block inside `<haven-course>`), so the
   * player reads it at once instead of waiting for a second response.
   */
  readonly courseJson: string;
  /** `auto` (an LMS opens the page) or `none` (a web server does: no LMS to look for). */
  readonly lms: 'auto' | 'none';
}

/**
 * JSON as the text of a `<script>` data block. `<` only ever appears inside JSON strings, where `\u003c`
 * means the same, so the text can never close the element (`</script>`) or open a comment (`<!--`).
 * Every character beyond ASCII is written the same way, so a server that labels the page with the wrong
 * character set (some still default to Latin-1) cannot garble the course.
 */
export function jsonInHtml(json: string): string {
  return json.replace(/[<\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * What the page says before the player has started, in the course language (English unless Welsh).
 * `slow` shows only if the player has still not started after a while: a browser too old for it, or a
 * server that sends its script with the wrong type, would otherwise leave a blank page.
 */
const WAITING = {
  en: {
    loading: 'Loading the course…',
    slow: 'This is taking longer than it should. Try reloading the page. If the course still does not appear, please tell your training team that it could not start in this browser.',
    noscript: 'This course needs JavaScript. Please turn it on, or ask your training team for help.',
  },
  cy: {
    loading: 'Wrthi’n llwytho’r cwrs…',
    slow: 'Mae hyn yn cymryd mwy o amser nag y dylai. Ceisiwch ail-lwytho’r dudalen. Os nad yw’r cwrs yn ymddangos o hyd, rhowch wybod i’ch tîm hyfforddi nad oedd modd iddo ddechrau yn y porwr hwn.',
    noscript: 'Mae angen JavaScript ar y cwrs hwn. Trowch ef ymlaen, neu gofynnwch i’ch tîm hyfforddi am help.',
  },
} as const;

/** Seconds before the `slow` note shows; the player normally starts well within one. */
export const SLOW_START_SECONDS = 10;

/**
 * index.html, the page the LMS (or a web server) opens. It holds no script that runs: the runtime
 * module defines `<haven-course>`, which finds the LMS API itself (`lms="auto"`). The course travels
 * inside the page as a JSON data block, so the player reads it as it starts rather than waiting for a
 * second response. Until the player starts, its element shows a loading line (and, if that takes
 * too long, what to do), which comes before the course copy so that a long course arriving over a slow
 * connection still shows it at once; once the player starts, its shadow root, which has no slot, hides
 * them.
 */
export function launchPage(input: LaunchPageInput): string {
  const words = input.lang.split('-')[0]?.toLowerCase() === 'cy' ? WAITING.cy : WAITING.en;
  return `<!doctype html>
<html lang="${xmlText(input.lang)}">
  <head>
    <meta charset="utf-8">
    <meta http-equiv="Content-Security-Policy" content="${LAUNCH_CSP}">
    <meta name="referrer" content="no-referrer">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${xmlText(input.title)}</title>
    <script type="module" src="${xmlText(input.runtime)}"></script>
    <style>
      .haven-slow { visibility: hidden; animation: haven-slow 0s ${SLOW_START_SECONDS}s forwards; }
      @keyframes haven-slow { to { visibility: visible; } }
    </style>
  </head>
  <body>
    <haven-course src="${xmlText(input.course)}" lms="${input.lms}">
      <p>${words.loading}</p>
      <p class="haven-slow">${words.slow}</p>
      <script type="application/json">${jsonInHtml(input.courseJson)}</script>
    </haven-course>
    <noscript>${words.noscript}</noscript>
  </body>
</html>
`;
}
