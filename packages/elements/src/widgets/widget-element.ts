import { property } from 'lit/decorators.js';
import { HavenElement } from '../base/haven-element.js';
import { loadMessages } from '../i18n/load.js';
import { translate } from '../i18n/translate.js';
import { enGB, type Messages } from '../i18n/en-GB.js';

/**
 * The base of the intranet widgets: they stand alone on a host page, outside any player, so they
 * carry their own language, theme and database name instead of reading them from a course.
 */
export class HavenWidgetElement extends HavenElement {
  /** Language of the widget's own words (en-GB or cy). */
  @property() override lang = '';
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'light';
  /** IndexedDB database name (only tests change it). */
  @property({ attribute: 'db-name' }) dbName = '';

  private messages: Messages = enGB;

  protected override t(key: string, params?: Record<string, string | number>): string {
    return translate(this.messages, key, params);
  }

  /** Renders once the table for `lang` is here (tables other than en-GB load on demand). */
  protected override async scheduleUpdate(): Promise<void> {
    this.messages = await loadMessages(this.lang || undefined);
    super.scheduleUpdate();
  }
}
