import { adoptStyles, type CSSResultOrNative, type LitElement, type ReactiveController, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { HavenElement } from '../base/haven-element.js';
import type { PartStrings } from '../base/part-element.js';
import { partString, partTable, type PartTable } from '../i18n/part-strings.js';

/** What a widget draws and says: loaded with its first update, so a page without widgets never downloads it. */
export interface WidgetView extends ReactiveController {
  readonly styles: CSSResultOrNative;
  readonly strings: PartStrings;
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

  private table: PartTable = {};
  private shown?: V;
  private loading?: Promise<V>;

  /** Loads the view (a controller of this element); called once. */
  protected abstract loadView(): Promise<V>;

  /** The view, once loaded. */
  protected view(): Promise<V> {
    return (this.loading ??= this.loadView());
  }

  /** Public so that the widget's view words things in the widget's language. */
  override t(key: string, params?: Record<string, string | number>): string {
    return partString(this.table, key, params) ?? super.t(key, params);
  }

  /** Renders once the view and its strings for `lang` are here (languages other than English load on demand). */
  protected override async scheduleUpdate(): Promise<void> {
    const view = await this.view();
    this.table = await partTable(this.lang || undefined, view.strings.en, view.strings.others);
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
