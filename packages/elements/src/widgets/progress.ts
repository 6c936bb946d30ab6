import { customElement, property } from 'lit/decorators.js';
import { HavenElement } from '../base/haven-element.js';
import { HavenWidgetElement } from './widget-element.js';
import { tokens, surface } from '../themes/tokens.js';
import type { ProgressView } from './progress.view.js';

/**
 * One course's progress on this device, compactly: for an intranet page or a dashboard tile.
 *
 * @summary A compact progress indicator for one course.
 * @csspart bar - The progress bar.
 * @csspart label - The text beside it.
 * @cssproperty --haven-color-accent - The progress bar colour.
 */
@customElement('haven-progress')
export class HavenProgress extends HavenWidgetElement<ProgressView> {
  static override styles = [HavenElement.baseStyles, tokens, surface];

  /** The course id. */
  @property() course = '';
  /** The course title, for the accessible label. */
  @property() label = '';
  /** Number of pages in the course, to show a percentage while it is in progress. */
  @property({ type: Number }) pages = 0;

  /** Reads the progress again (e.g. after the host page hears `haven-progress`). */
  async refresh(): Promise<void> {
    await (await this.view()).refresh();
  }

  protected loadView(): Promise<ProgressView> {
    return import('./progress.view.js').then((m) => new m.ProgressView(this));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'haven-progress': HavenProgress;
  }
}
