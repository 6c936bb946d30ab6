import { html, css, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { CourseError } from '@haven/course';
import { HavenElement } from '../base/haven-element.js';
import { HavenPartElement } from '../base/part-element.js';
import { errorPanelStringsEnGB } from './strings.js';
import { surface } from '../themes/tokens.js';
import { noticeStyles } from '../themes/notice.js';
import { HavenRetryEvent } from '../events/haven-retry.js';

/**
 * Shown instead of the course when it cannot be loaded or is invalid: a readable list of the problems
 * (file:line:column, message, hint) for whoever looks after the course. Never a blank page.
 *
 * @summary A readable panel listing why a course cannot be shown.
 * @csspart panel - The panel's box.
 * @csspart problem - One problem in the list.
 * @fires haven-retry - The learner asked to try loading the course again.
 */
@customElement('haven-error-panel')
export class HavenErrorPanel extends HavenPartElement {
  static override styles = [
    HavenElement.baseStyles,
    surface,
    noticeStyles,
    css`
      ol {
        padding-inline-start: var(--haven-space-4);
      }
      li {
        margin-block-end: var(--haven-space-3);
      }
      code {
        font-family: ui-monospace, 'Cascadia Mono', Menlo, Consolas, monospace;
        font-size: 0.9em;
        overflow-wrap: anywhere;
      }
      .hint {
        color: var(--haven-color-text-muted);
        margin: 0;
      }
      .message {
        margin: 0;
      }
    `,
  ];

  protected readonly partStrings = {
    en: errorPanelStringsEnGB,
    others: { cy: () => import('./strings.cy.js').then((m) => m.errorPanelStringsCy) },
  };

  @property({ attribute: false }) errors: readonly CourseError[] = [];
  /** A single message when there is no list (e.g. the course was built by another version). */
  @property() message = '';
  /** `unreachable`: the course could not be fetched (offer to try again); `invalid`: it has problems. */
  @property() kind: 'invalid' | 'unreachable' = 'invalid';
  /** What the browser said when the course could not be fetched (e.g. "404 Not Found"). */
  @property() detail = '';

  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  override render() {
    return html`<section part="panel" role="alert" aria-labelledby="error-title">
      <h2 id="error-title" tabindex="-1">${this.t('error.title')}</h2>
      ${
        this.kind === 'unreachable'
          ? html`<p>${this.t('error.unreachable')}</p>
              ${this.detail ? html`<p class="hint">${this.t('error.detail', { detail: this.detail })}</p>` : nothing}
              <p><button type="button" @click=${() => this.dispatchEvent(new HavenRetryEvent())}>${this.t('error.retry')}</button></p>`
          : html`<p>${this.t('error.intro')}</p>`
      }
      ${this.message ? html`<p>${this.message}</p>` : nothing}
      ${
        this.errors.length
          ? html`<h3>${this.t('error.problems', { count: this.errors.length })}</h3>
              <ol>
                ${this.errors.slice(0, MAX_SHOWN).map(
                  (e) =>
                    html`<li part="problem">
                      <code>${e.file}:${e.line}:${e.column}</code>${e.pointer ? html` <code>${e.pointer}</code>` : nothing}
                      <p class="message">${e.message}</p>
                      ${e.hint ? html`<p class="hint">${this.t('error.hint', { hint: e.hint })}</p>` : nothing}
                    </li>`,
                )}
              </ol>`
          : nothing
      }
    </section>`;
  }
}

/**
 * The heading gives the full count; the list stops here. A broken course can produce tens of
 * thousands of problems (one per duplicated page), and rendering them all froze the page.
 */
const MAX_SHOWN = 50;

declare global {
  interface HTMLElementTagNameMap {
    'haven-error-panel': HavenErrorPanel;
  }
}
