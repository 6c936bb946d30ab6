import { css, html, nothing } from 'lit';
import type { HavenProgress } from './progress.js';
import type { WidgetView } from './widget-element.js';
import { statusText, summarise, widgetStore, type CourseSummary } from './read-progress.js';
import { widgetStrings } from './strings.js';

const styles = css`
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
`;

/** The progress widget's view: reads one course's progress from the device's store and draws it. */
export class ProgressView implements WidgetView {
  readonly styles = styles;
  readonly strings = widgetStrings;
  private summary?: CourseSummary;
  private shownCourse = '';

  constructor(private readonly host: HavenProgress) {}

  hostUpdated(): void {
    if (this.host.course && this.host.course !== this.shownCourse) {
      this.shownCourse = this.host.course;
      void this.refresh();
    }
  }

  async refresh(): Promise<void> {
    const host = this.host;
    const store = await widgetStore(host.dbName || undefined);
    this.summary = await summarise(store, host.course, host.pages || undefined);
    host.requestUpdate();
  }

  render() {
    const s = this.summary;
    if (!s) return html``;
    const t = this.host.t.bind(this.host);
    const percent = s.progress === undefined ? (s.state === 'not-started' ? 0 : undefined) : Math.round(s.progress * 100);
    const text = statusText(s, percent, t);
    return html`<div class="row">
      ${
        percent !== undefined
          ? html`<progress
              part="bar"
              max="100"
              .value=${percent}
              aria-label=${t('progress.label', { title: this.host.label || this.host.course })}
            ></progress>`
          : nothing
      }
      <span part="label" data-state=${s.state}>${text}</span>
    </div>`;
  }
}
