import { adoptStyles, type CSSResultOrNative, type LitElement, type ReactiveController, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { HavenElement } from '../base/haven-element.js';
import { loadMessages } from '../i18n/load.js';
import { translate } from '../i18n/translate.js';
import { enGB, type Messages } from '../i18n/en-GB.js';

/** What a widget draws and does: loaded with its first update, so a page without widgets never downloads it. */
export interface WidgetView extends ReactiveController {
  readonly styles: CSSResultOrNative;
  render(): TemplateResult;
}

/**
 * The base of the intranet widgets: they stand alone on a host page, outside any player, so they
 * carry their own language, theme and database name instead of reading them from a course. Each
 * widget element is a small shell (its attributes, documentation and tag); its view, with its styles,
 * templates and reading of the store, is a separate chunk.
 */
export abstract class HavenWidgetElement<V extends WidgetView = WidgetView> extends HavenElement {
  /** Language of the widget's own words (en-GB or cy). */
  @property() override lang = '';
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'light';
  /** IndexedDB database name (only tests change it). */
  @property({ attribute: 'db-name' }) dbName = '';

  private messages: Messages = enGB;
  private shown?: V;
  private loading?: Promise<V>;

  /** Loads the view (a controller of this element); called once. */
  protected abstract loadView(): Promise<V>;

  /** The view, once loaded. */
  protected view(): Promise<V> {
    return (this.loading ??= this.loadView());
  }

  override t(key: string, params?: Record<string, string | number>): string {
    return translate(this.messages, key, params);
  }

  /** Renders once the view and the table for `lang` are here (tables other than en-GB load on demand). */
  protected override async scheduleUpdate(): Promise<void> {
    const [messages, view] = await Promise.all([loadMessages(this.lang || undefined), this.view()]);
    this.messages = messages;
    if (!this.shown) {
      this.shown = view;
      this.addController(view);
      const shared = (this.constructor as typeof LitElement).elementStyles;
      adoptStyles(this.renderRoot as ShadowRoot, [...shared, view.styles]);
    }
    super.scheduleUpdate();
  }

  override render() {
    return this.shown!.render();
  }
}
