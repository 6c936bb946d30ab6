import { enGB, type MessageKey, type Messages } from './en-GB.js';
import { cy } from './cy.js';

const tables: Readonly<Record<string, Messages>> = { 'en-GB': enGB, en: enGB, cy, 'cy-GB': cy };

/** The table for a course language: exact tag, then its primary language, then en-GB. */
export function messagesFor(lang: string | undefined): Messages {
  if (!lang) return enGB;
  return tables[lang] ?? tables[lang.split('-')[0] ?? ''] ?? enGB;
}

/** Looks a key up and fills `{name}` placeholders; an unknown key falls back to en-GB, then to the key. */
export function translate(messages: Messages, key: string, params?: Record<string, string | number>): string {
  const template = (messages as Record<string, string>)[key] ?? (enGB as Record<string, string>)[key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export type { MessageKey, Messages };
