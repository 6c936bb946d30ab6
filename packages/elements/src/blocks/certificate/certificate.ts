import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import type { CertificateBlock } from '@haven/course';
import { BlockElement } from '../shared/block-element.js';
import { blockStyles } from '../shared/block.styles.js';
import { printOnly } from '../shared/print.js';
import { SelectController } from '../../controllers/select.js';
import { renderMarkup } from '../../markup/render-markup.js';
import { certificateStyles } from './certificate.styles.js';

/**
 * @tagname haven-certificate
 * @summary A certificate with the learner's name (from the LMS, or typed here and kept only on this page),
 * the course and the date of completion. Until the course is complete it says so. Prints (or saves as PDF)
 * on its own with a print stylesheet.
 * @csspart certificate - The certificate.
 */
export class HavenCertificate extends BlockElement<CertificateBlock> {
  static override styles = [HavenCertificate.baseStyles, blockStyles, certificateStyles];

  private readonly completion = new SelectController(this, () => this.handle, {
    select: (handle) => `${handle.getProgress().completedAt ?? ''}|${handle.getView().learnerName ?? ''}`,
  });

  /** A name typed by the learner. Deliberately not sent anywhere. */
  @state() private typedName = '';

  private handleName(event: Event) {
    this.typedName = (event.target as HTMLInputElement).value;
  }

  private handlePrint() {
    printOnly(this);
  }

  override render() {
    const block = this.block;
    if (!block || !this.handle) return nothing;
    void this.completion.value;
    const completedAt = this.handle.getProgress().completedAt;
    if (!completedAt) {
      return html`<div class="panel locked">
        <h3>${block.title}</h3>
        <p>${this.t('certificate.locked')}</p>
      </div>`;
    }
    const lmsName = this.handle.getView().learnerName;
    const name = lmsName ?? this.typedName.trim();
    const date = new Intl.DateTimeFormat(this.course?.lang ?? 'en-GB', { dateStyle: 'long' }).format(new Date(completedAt));
    return html`${
        lmsName
          ? nothing
          : html`<div class="name-field">
              <label for="name">${this.t('certificate.nameLabel')}</label>
              <input
                id="name"
                type="text"
                autocomplete="name"
                aria-describedby="name-help"
                .value=${this.typedName}
                @input=${this.handleName}
              />
              <p class="note" id="name-help">${this.t('certificate.nameHelp')}</p>
            </div>`
      }
      <section part="certificate" class="certificate" aria-labelledby="cert-title">
        <h3 id="cert-title">${block.title}</h3>
        <p>${this.t('certificate.awardedTo')}</p>
        <p class="name">${name || html`<span class="note">(${this.t('certificate.namePlaceholder')})</span>`}</p>
        <p>${this.t('certificate.completed')}</p>
        <p class="course">${this.course?.title}</p>
        <p>${this.t('certificate.on', { date })}</p>
        ${block.body ? html`<div class="body">${renderMarkup(block.body)}</div>` : nothing}
      </section>
      <div class="actions">
        <button @click=${this.handlePrint}>${this.t('certificate.print')}</button>
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'haven-certificate': HavenCertificate;
  }
}
