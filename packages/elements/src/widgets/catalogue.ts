import { html, css, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { HavenElement } from '../base/haven-element.js';
import { HavenWidgetElement } from './widget-element.js';
import { tokens, surface } from '../themes/tokens.js';
import { summarise, widgetStore, type CourseSummary } from './read-progress.js';

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
  static override styles = [
    HavenElement.baseStyles,
    tokens,
    surface,
    css`
      h2 {
        font-family: var(--haven-font-heading);
        margin-block-start: 0;
      }
      ul {
        list-style: none;
        padding: 0;
        margin: 0;
        display: grid;
        gap: var(--haven-space-3);
      }
      li {
        border: 1px solid var(--haven-color-border);
        border-radius: var(--haven-radius);
        padding: var(--haven-space-3);
        background: var(--haven-color-surface);
      }
      h3 {
        margin: 0 0 var(--haven-space-2);
        font-size: 1.15rem;
      }
      progress {
        inline-size: 100%;
        accent-color: var(--haven-color-accent);
      }
      .status {
        color: var(--haven-color-text-muted);
        margin-block: var(--haven-space-2);
      }
      a.start {
        display: inline-block;
        padding: var(--haven-space-2) var(--haven-space-3);
        border-radius: var(--haven-radius);
        background: var(--haven-color-accent);
        color: var(--haven-color-accent-text);
        text-decoration: none;
        font-weight: 700;
      }
      @media (forced-colors: active) {
        a.start {
          border: 2px solid LinkText;
        }
      }
    `,
  ];

  @state() private entries: readonly CatalogueEntry[] = [];
  @state() private summaries = new Map<string, CourseSummary>();
  @state() private failed = false;
  @state() private loaded = false;

  /** URL of the index file: `[{ id, title, description, href, pages? }]`. */
  @property() src = '';
  /** Heading text; defaults to "Courses" in the page language. */
  @property() heading = '';
  override updated(changed: Map<string, unknown>): void {
    if (changed.has('src') && this.src) void this.load();
  }

  private async load(): Promise<void> {
    try {
      const response = await fetch(new URL(this.src, document.baseURI));
      if (!response.ok) throw new Error(String(response.status));
      const data: unknown = await response.json();
      this.entries = Array.isArray(data) ? data.filter(isEntry) : [];
      this.failed = false;
    } catch {
      this.failed = true;
    }
    this.loaded = true;
    const store = await widgetStore(this.dbName || undefined);
    const summaries = new Map<string, CourseSummary>();
    for (const entry of this.entries) summaries.set(entry.id, await summarise(store, entry.id, entry.pages));
    this.summaries = summaries;
  }

  override render() {
    return html`<section aria-labelledby="catalogue-title">
      <h2 id="catalogue-title">${this.heading || this.t('catalogue.title')}</h2>
      ${this.failed ? html`<p role="status">${this.t('catalogue.loadFailed')}</p>` : nothing}
      ${this.loaded && !this.failed && this.entries.length === 0 ? html`<p>${this.t('catalogue.empty')}</p>` : nothing}
      <ul part="list">
        ${this.entries.map((entry) => this.renderEntry(entry))}
      </ul>
    </section>`;
  }

  private renderEntry(entry: CatalogueEntry) {
    const summary = this.summaries.get(entry.id) ?? { state: 'not-started' as const };
    const percent = summary.progress === undefined ? undefined : Math.round(summary.progress * 100);
    const status =
      summary.state === 'completed'
        ? this.t('catalogue.completed')
        : summary.state === 'not-started'
          ? this.t('catalogue.notStarted')
          : percent === undefined
            ? ''
            : this.t('catalogue.progress', { percent });
    const action =
      summary.state === 'completed' ? 'catalogue.review' : summary.state === 'in-progress' ? 'catalogue.resume' : 'catalogue.start';
    return html`<li part="course" data-course=${entry.id} data-state=${summary.state}>
      <h3 id="c-${entry.id}">${entry.title}</h3>
      ${entry.description ? html`<p>${entry.description}</p>` : nothing} ${status ? html`<p class="status">${status}</p>` : nothing}
      ${percent !== undefined ? html`<progress max="100" .value=${percent} aria-labelledby="c-${entry.id}"></progress>` : nothing}
      <p><a class="start" part="link" href=${entry.href}>${this.t(action, { title: entry.title })}</a></p>
    </li>`;
  }
}

function isEntry(value: unknown): value is CatalogueEntry {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v['id'] === 'string' && typeof v['title'] === 'string' && typeof v['href'] === 'string';
}

declare global {
  interface HTMLElementTagNameMap {
    'haven-catalogue': HavenCatalogue;
  }
}
