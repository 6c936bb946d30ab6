import { HavenElement } from './haven-element.js';
import { partString, partTable, type PartTable } from '../i18n/part-strings.js';
import { langAround } from './lang-around.js';

/** A part's own strings: English, shipped in the part, and loaders for other languages by primary subtag. */
export interface PartStrings {
  readonly en: PartTable;
  readonly others: Readonly<Record<string, () => Promise<PartTable>>>;
}

/**
 * The base of a part the player loads only when it is needed (content note, pause screen, dialogs,
 * error panel): its strings travel in its own chunk, not on the first screen. It renders once the
 * table for the course language is here; keys it does not have fall back to the player's table.
 */
export abstract class HavenPartElement extends HavenElement {
  protected abstract readonly partStrings: PartStrings;
  private strings?: PartTable;

  protected override t(key: string, params?: Record<string, string | number>): string {
    return partString(this.strings ?? this.partStrings.en, key, params) ?? super.t(key, params);
  }

  protected override async scheduleUpdate(): Promise<void> {
    // Without a course (one that could not be loaded), the page's own language.
    this.strings = await partTable(this.handle?.course.lang ?? langAround(this), this.partStrings.en, this.partStrings.others);
    super.scheduleUpdate();
  }
}
