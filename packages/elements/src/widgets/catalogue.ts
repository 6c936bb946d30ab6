import { customElement, property } from 'lit/decorators.js';
import { HavenElement } from '../base/haven-element.js';
import { HavenWidgetElement, type WidgetView } from './widget-element.js';
import { tokens, surface } from '../themes/tokens.js';

/** One entry of the course index file (`courses.json`). */
export interface CatalogueEntry {
  readonly id: string;
  readonly title: string;
  readonly description?: string;
  /** The page that plays the course. */
  readonly href: string;
  /** Number of pages, so progress can be shown as a percentage. */
  readonly pages?: number;
}

/**
 * Lists courses from a small index file with the learner's own progress on this device and a link to
 * start, continue or review each.
 *
 * @summary A list of courses with the learner's progress.
 * @csspart list - The list of courses.
 * @csspart course - One course.
 * @csspart link - The start / continue link.
 * @cssproperty --haven-color-accent - Progress bars and links styled as buttons.
 */
@customElement('haven-catalogue')
export class HavenCatalogue extends HavenWidgetElement {
  static override styles = [HavenElement.baseStyles, tokens, surface];

  /** URL of the index file: `[{ id, title, description, href, pages? }]`. */
  @property() src = '';
  /** Heading text; defaults to "Courses" in the page language. */
  @property() heading = '';

  protected loadView(): Promise<WidgetView> {
    return import('./catalogue.view.js').then((m) => new m.CatalogueView(this));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'haven-catalogue': HavenCatalogue;
  }
}
