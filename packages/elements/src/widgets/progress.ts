import { html, css, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { HavenElement } from '../base/haven-element.js';
import { HavenWidgetElement } from './widget-element.js';
import { tokens, surface } from '../themes/tokens.js';
import { summarise, widgetStore, type CourseSummary } from './read-progress.js';

/**
 * One course's progress on this device, compactly: for an intranet page or a dashboard tile.
 *
 * @summary A compact progress indicator for one course.
 * @csspart bar - The progress bar.
 * @csspart label - The text beside it.
 * @cssproperty --haven-color-accent - The progress bar colour.
 */
@customElement('haven-progress')
export class HavenProgress extends HavenWidgetElement {
  static override styles = [
    HavenElement.baseStyles,
    tokens,
    surface,
    css`
      :host {
        display: inline-block;
        min-inline-size: 10rem;
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        gap: var(--haven-space-2);
        align-items: center;
      }
      progress {
        flex: 1 1 6rem;
        accent-color: var(--haven-color-accent);
      }
    `,
  ];

  @state() private summary?: CourseSummary;

  /** The course id. */
  @property() course = '';
  /** The course title, for the accessible label. */
  @property() label = '';
  /** Number of pages in the course, to show a percentage while it is in progress. */
  @property({ type: Number }) pages = 0;
  override updated(changed: Map<string, unknown>): void {
    if (changed.has('course') && this.course) void this.refresh();
  }

  /** Reads the progress again (e.g. after the host page hears `haven-progress`). */
  async refresh(): Promise<void> {
    const store = await widgetStore(this.dbName || undefined);
    this.summary = await summarise(store, this.course, this.pages || undefined);
  }

  override render() {
    const s = this.summary;
    if (!s) return nothing;
    const percent = s.progress === undefined ? (s.state === 'not-started' ? 0 : undefined) : Math.round(s.progress * 100);
    const text =
      s.state === 'completed'
        ? this.t('catalogue.completed')
        : s.state === 'not-started'
          ? this.t('catalogue.notStarted')
          : percent === undefined
            ? ''
            : this.t('catalogue.progress', { percent });
    return html`<div class="row">
      ${
        percent !== undefined
          ? html`<progress
              part="bar"
              max="100"
              .value=${percent}
              aria-label=${this.t('progress.label', { title: this.label || this.course })}
            ></progress>`
          : nothing
      }
      <span part="label" data-state=${s.state}>${text}</span>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'haven-progress': HavenProgress;
  }
}
