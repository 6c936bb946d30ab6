import { html, css, nothing } from 'lit';
import { customElement, query } from 'lit/decorators.js';
import { HavenElement } from '../base/haven-element.js';
import { HavenPartElement } from '../base/part-element.js';
import { deepActiveElement } from '../base/deep-active-element.js';
import { surface } from '../themes/tokens.js';
import { dialogStyles } from '../themes/dialog.js';
import { supportStringsEnGB } from './strings.js';

/**
 * The course's support contacts and helplines in a native modal dialog: focus moves into it, Escape
 * closes it, and focus goes back to whatever opened it.
 *
 * @summary Support contacts and helplines, one click away.
 * @csspart dialog - The dialog box.
 * @csspart contact - One contact or helpline.
 * @cssproperty --haven-color-support - Accent of the support dialog.
 */
@customElement('haven-support-dialog')
export class HavenSupportDialog extends HavenPartElement {
  static override styles = [
    HavenElement.baseStyles,
    surface,
    dialogStyles,
    css`
      dialog {
        --_dialog-accent: var(--haven-color-support);
      }
      ul {
        list-style: none;
        padding: 0;
        display: grid;
        gap: var(--haven-space-3);
      }
      li {
        border-inline-start: 4px solid var(--haven-color-support);
        padding-inline-start: var(--haven-space-3);
      }
      .name {
        font-weight: 700;
        margin: 0;
      }
      p {
        margin-block: var(--haven-space-1);
      }
      .emergency {
        font-weight: 700;
      }
    `,
  ];

  @query('dialog') private dialog!: HTMLDialogElement;
  private opener: Element | null = null;
  protected readonly partStrings = {
    en: supportStringsEnGB,
    others: { cy: () => import('./strings.cy.js').then((m) => m.supportStringsCy) },
  };

  get isOpen(): boolean {
    return this.dialog?.open ?? false;
  }

  /** Opens the dialog and remembers where focus was, to give it back on close. */
  async show(): Promise<void> {
    await this.updateComplete;
    this.opener = deepActiveElement();
    if (!this.dialog.open) this.dialog.showModal();
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  close(): void {
    if (this.dialog?.open) this.dialog.close();
  }

  private handleClose(): void {
    const opener = this.opener as HTMLElement | null;
    this.opener = null;
    if (opener?.isConnected) opener.focus();
  }

  override render() {
    const support = this.handle?.course.support;
    return html`<dialog part="dialog" aria-labelledby="support-title" @close=${this.handleClose}>
      <h2 id="support-title" tabindex="-1">${this.t('support.title')}</h2>
      <p>${support?.intro ?? this.t('support.intro')}</p>
      <p class="emergency">${this.t('support.emergency')}</p>
      <ul>
        ${(support?.contacts ?? []).map(
          (c) =>
            html`<li part="contact">
              <p class="name">${c.name}</p>
              ${c.description ? html`<p>${c.description}</p>` : nothing}
              ${
                c.phone
                  ? html`<p>
                      <a href="tel:${c.phone.replace(/\s+/g, '')}">${this.t('support.phone', { name: c.name, phone: c.phone })}</a>
                    </p>`
                  : nothing
              }
              ${c.url ? html`<p><a href=${c.url} rel="noopener">${this.t('support.website', { name: c.name })}</a></p>` : nothing}
              ${c.hours ? html`<p>${this.t('support.hours', { hours: c.hours })}</p>` : nothing}
            </li>`,
        )}
      </ul>
      <button class="primary" @click=${this.close}>${this.t('support.close')}</button>
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'haven-support-dialog': HavenSupportDialog;
  }
}
