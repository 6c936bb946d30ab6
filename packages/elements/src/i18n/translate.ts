import { enGB, type Messages } from './en-GB.js';

/** Looks a key up and fills `{name}` placeholders; an unknown key falls back to en-GB, then to the key. */
export function translate(messages: Messages, key: string, params?: Record<string, string | number>): string {
  const template = (messages as Record<string, string>)[key] ?? (enGB as Record<string, string>)[key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
