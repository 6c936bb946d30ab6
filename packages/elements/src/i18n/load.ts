import { enGB, type Messages } from './en-GB.js';

/** Locales other than en-GB, each its own chunk: a course downloads only the table for its language. */
const loaders: Readonly<Record<string, () => Promise<Messages>>> = {
  cy: () => import('./cy.js').then((m) => m.cy),
};

/**
 * The table for a course language, as `messagesFor` picks it (exact tag, then its primary language,
 * then en-GB), loading it first when it is not English.
 */
export function loadMessages(lang: string | undefined): Promise<Messages> {
  const primary = lang?.split('-')[0] ?? '';
  const load = loaders[primary];
  // A table that cannot be loaded (a dropped connection) leaves the player in English, not stuck.
  return load ? load().catch(() => enGB) : Promise.resolve(enGB);
}
