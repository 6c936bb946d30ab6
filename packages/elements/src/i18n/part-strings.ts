/**
 * Strings of a lazily loaded part (pause screen, settings dialog): they ship in the part's own chunk,
 * not on the player's first screen. English is in the part; other locales load on demand.
 */
export type PartTable = Readonly<Record<string, string>>;

/** The part's table for a course language (its primary subtag), falling back to English. */
export function partTable(
  lang: string | undefined,
  en: PartTable,
  others: Readonly<Record<string, () => Promise<PartTable>>>,
): Promise<PartTable> {
  const load = others[lang?.split('-')[0] ?? ''];
  return load ? load().catch(() => en) : Promise.resolve(en);
}

/** The part's string with `{name}` placeholders filled, or undefined when the part has no such key. */
export function partString(table: PartTable, key: string, params?: Record<string, string | number>): string | undefined {
  const own = table[key];
  if (own === undefined || !params) return own;
  return own.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
