import { css, html, nothing } from 'lit';
import type { CatalogueEntry, HavenCatalogue } from './catalogue.js';
import type { WidgetView } from './widget-element.js';
import { statusText, summarise, widgetStore, type CourseSummary } from './read-progress.js';
import { widgetStrings } from './strings.js';

const styles = css`
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
`;

/** The catalogue's view: reads the index file and each course's progress, and draws the list. */
export class CatalogueView implements WidgetView {
  readonly styles = styles;
  readonly strings = widgetStrings;
  private entries: readonly CatalogueEntry[] = [];
  private summaries = new Map<string, CourseSummary>();
  private failed = false;
  private loaded = false;
  private shownSrc = '';

  constructor(private readonly host: HavenCatalogue) {}

  hostUpdated(): void {
    if (this.host.src && this.host.src !== this.shownSrc) {
      this.shownSrc = this.host.src;
      void this.load();
    }
  }

  private async load(): Promise<void> {
    const host = this.host;
    try {
      const response = await fetch(new URL(host.src, document.baseURI));
      if (!response.ok) throw new Error(String(response.status));
      const data: unknown = await response.json();
      // One entry per course id: the id names the course's progress and its heading on the page.
      const ids = new Set<string>();
      this.entries = (Array.isArray(data) ? data.filter(isEntry) : []).filter((e) => !ids.has(e.id) && ids.add(e.id));
      this.failed = false;
    } catch {
      this.failed = true;
    }
    this.loaded = true;
    host.requestUpdate();
    const store = await widgetStore(host.dbName || undefined);
    const summaries = new Map<string, CourseSummary>();
    for (const entry of this.entries) summaries.set(entry.id, await summarise(store, entry.id, entry.pages));
    this.summaries = summaries;
    host.requestUpdate();
  }

  render() {
    const t = this.host.t.bind(this.host);
    return html`<section aria-labelledby="catalogue-title">
      <h2 id="catalogue-title">${this.host.heading || t('catalogue.title')}</h2>
      ${this.failed ? html`<p role="status">${t('catalogue.loadFailed')}</p>` : nothing}
      ${this.loaded && !this.failed && this.entries.length === 0 ? html`<p>${t('catalogue.empty')}</p>` : nothing}
      <ul part="list">
        ${this.entries.map((entry) => this.renderEntry(entry))}
      </ul>
    </section>`;
  }

  private renderEntry(entry: CatalogueEntry) {
    const t = this.host.t.bind(this.host);
    const summary = this.summaries.get(entry.id) ?? { state: 'not-started' as const };
    const percent = summary.progress === undefined ? undefined : Math.round(summary.progress * 100);
    const status = statusText(summary, percent, t);
    const action =
      summary.state === 'completed' ? 'catalogue.review' : summary.state === 'in-progress' ? 'catalogue.resume' : 'catalogue.start';
    return html`<li part="course" data-course=${entry.id} data-state=${summary.state}>
      <h3 id="c-${entry.id}">${entry.title}</h3>
      ${entry.description ? html`<p>${entry.description}</p>` : nothing} ${status ? html`<p class="status">${status}</p>` : nothing}
      ${percent !== undefined ? html`<progress max="100" .value=${percent} aria-labelledby="c-${entry.id}"></progress>` : nothing}
      <p><a class="start" part="link" href=${entry.href}>${t(action, { title: entry.title })}</a></p>
    </li>`;
  }
}

/** An index entry as documented; anything else is left out rather than shown half-broken. */
function isEntry(value: unknown): value is CatalogueEntry {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  const pages = v['pages'];
  return (
    typeof v['id'] === 'string' &&
    typeof v['title'] === 'string' &&
    typeof v['href'] === 'string' &&
    isPageLink(v['href']) &&
    (pages === undefined || (Number.isInteger(pages) && (pages as number) > 0)) &&
    (v['description'] === undefined || typeof v['description'] === 'string')
  );
}

/**
 * A link to a page, as the browser will read it (it ignores tabs and line breaks inside a scheme):
 * http(s), or a file beside a page opened from disk. Never `javascript:` or `data:`.
 */
function isPageLink(href: string): boolean {
  try {
    const { protocol } = new URL(href, document.baseURI);
    return protocol === 'https:' || protocol === 'http:' || (protocol === 'file:' && location.protocol === 'file:');
  } catch {
    return false;
  }
}
