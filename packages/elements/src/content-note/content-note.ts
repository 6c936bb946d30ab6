import { html, css, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { ContentNote } from '@haven/course';
import { HavenElement } from '../base/haven-element.js';
import { HavenPartElement } from '../base/part-element.js';
import { contentNoteStringsEnGB } from './strings.js';
import { surface } from '../themes/tokens.js';
import { noticeStyles } from '../themes/notice.js';
import { HavenSupportRequestEvent } from '../events/haven-support-request.js';

/**
 * A content note shown before a module or page that has one: what is coming, plainly and without
 * graphic detail, and the learner's choice to continue, skip for now (when allowed) or get support.
 *
 * @summary A content note with continue, skip for now and get support.
 * @event haven-support-request - The learner asked for support.
 * @csspart note - The note's box.
 * @csspart actions - The row of choices.
 * @cssproperty --haven-color-notice - Background of the note.
 */
@customElement('haven-content-note')
export class HavenContentNote extends HavenPartElement {
  static override styles = [
    HavenElement.baseStyles,
    surface,
    noticeStyles,
    css`
      h3 {
        font-size: 1rem;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: var(--haven-space-2);
        margin-block-start: var(--haven-space-4);
      }
    `,
  ];

  protected readonly partStrings = {
    en: contentNoteStringsEnGB,
    others: { cy: () => import('./strings.cy.js').then((m) => m.contentNoteStringsCy) },
  };

  @property({ attribute: false }) note?: ContentNote;
  /** The module or page title the note is about. */
  @property() subject = '';

  /** Moves focus to the note's heading (the player calls this when the note appears). */
  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  private send(type: 'note.continue' | 'note.defer'): void {
    this.handle?.send({ type });
  }

  override render() {
    const note = this.note;
    if (!note) return nothing;
    return html`<section part="note" aria-labelledby="note-title">
      <h2 id="note-title" tabindex="-1">${this.t('note.title')}${this.subject ? html`: ${this.subject}` : nothing}</h2>
      <p>${note.summary}</p>
      ${
        note.coming.length
          ? html`<h3>${this.t('note.coming')}</h3>
              <ul>
                ${note.coming.map((item) => html`<li>${item}</li>`)}
              </ul>`
          : nothing
      }
      ${note.canSkip ? html`<p>${this.t('note.skipHelp')}</p>` : nothing}
      <div class="actions" part="actions">
        <button class="primary" @click=${() => this.send('note.continue')}>${this.t('note.continue')}</button>
        ${note.canSkip ? html`<button @click=${() => this.send('note.defer')}>${this.t('note.skip')}</button>` : nothing}
        <button @click=${() => this.dispatchEvent(new HavenSupportRequestEvent())}>${this.t('note.support')}</button>
      </div>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'haven-content-note': HavenContentNote;
  }
}
