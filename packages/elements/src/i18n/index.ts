import { enGB, type MessageKey, type Messages } from './en-GB.js';
import { cy } from './cy.js';
export { translate } from './translate.js';
export { loadMessages } from './load.js';

const tables: Readonly<Record<string, Messages>> = { 'en-GB': enGB, en: enGB, cy, 'cy-GB': cy };

/** The table for a course language: exact tag, then its primary language, then en-GB. */
export function messagesFor(lang: string | undefined): Messages {
  if (!lang) return enGB;
  return tables[lang] ?? tables[lang.split('-')[0] ?? ''] ?? enGB;
}

export type { MessageKey, Messages };
