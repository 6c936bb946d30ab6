import { html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { downloadExport, type DoneResult, type ExportResult, type Store } from '@haven/store';
import { HavenElement } from '../base/haven-element.js';
import { HavenPartElement } from '../base/part-element.js';
import { deepActiveElement } from '../base/deep-active-element.js';
import { surface } from '../themes/tokens.js';
import { settingsStyles } from './settings-dialog.styles.js';
import { settingsStringsEnGB } from './strings.js';
import type { Player } from '../player/wiring.js';
import type { HavenCourse } from '../course/haven-course.js';

export type ClearScope = 'course' | 'device';

/** What the dialog asks of the player. The player keeps the store; the dialog only talks to the learner. */
export interface SettingsControls {
  /** `device`: progress is kept in this browser; `tab`: only while the page is open (storage failed). */
  readonly storage: 'device' | 'tab';
  /** An LMS holds its own record of the attempt, which clearing here does not touch. */
  readonly withLms: boolean;
  setLowStimulus(on: boolean): void;
  /** Everything stored on this device for the course (the store's export). */
  exportData(): Promise<ExportResult>;
  /**
   * Clears, then (standalone) restarts the course from the beginning; `done` is what to tell the
   * learner afterwards, in the player's live region.
   */
  clear(scope: ClearScope, done: string): Promise<{ readonly ok: true } | { readonly ok: false; readonly message: string }>;
}

/**
 * The player's settings in a native modal dialog: display (low-stimulus mode) and the learner's data on
 * this device (what is kept, download it, clear it for this course or for the whole device). Each clear
 * asks first in a second modal dialog whose Cancel button has focus; Escape cancels.
 *
 * @summary Display settings and the learner's data on this device.
 * @csspart dialog - The settings dialog box.
 * @csspart confirm - The dialog that asks before anything is cleared.
 */
@customElement('haven-settings-dialog')
export class HavenSettingsDialog extends HavenPartElement {
  static override styles = [HavenElement.baseStyles, surface, settingsStyles];

  @query('dialog.settings') private dialog!: HTMLDialogElement;
  @query('dialog.confirm') private confirmDialog!: HTMLDialogElement;

  @state() private confirming: ClearScope | undefined;
  @state() private busy = false;
  @state() private message = '';

  /** The running player (set by `<haven-course>`): the dialog acts on it through `controlsFor`. */
  @property({ attribute: false }) player?: Player;
  /** Instead of `player` (stories, other hosts). Without either, the data actions are not offered. */
  @property({ attribute: false }) controls?: SettingsControls;

  protected readonly partStrings = {
    en: settingsStringsEnGB,
    others: { cy: () => import('./strings.cy.js').then((m) => m.settingsStringsCy) },
  };
  private opener: Element | null = null;
  private confirmOpener: Element | null = null;

  get isOpen(): boolean {
    return this.dialog?.open ?? false;
  }

  /** Whether the "are you sure" dialog is open. */
  get isConfirming(): boolean {
    return this.confirmDialog?.open ?? false;
  }

  /** Opens the dialog and remembers where focus was, to give it back on close. */
  async show(): Promise<void> {
    await this.updateComplete;
    this.opener = deepActiveElement();
    this.message = '';
    if (!this.dialog.open) this.dialog.showModal();
    this.renderRoot.querySelector<HTMLElement>('#settings-title')?.focus();
  }

  close(): void {
    if (this.confirmDialog?.open) this.confirmDialog.close();
    if (this.dialog?.open) this.dialog.close();
  }

  private handleClose(): void {
    const opener = this.opener as HTMLElement | null;
    this.opener = null;
    if (opener?.isConnected) opener.focus();
  }

  private get actions(): SettingsControls | undefined {
    if (this.controls) return this.controls;
    const host = (this.getRootNode() as ShadowRoot).host as HavenCourse | undefined;
    return this.player && host ? controlsFor(this.player, host) : undefined;
  }

  private async handleDownload(): Promise<void> {
    const controls = this.actions;
    if (!controls) return;
    const result = await controls.exportData();
    if (!result.ok) {
      this.message = this.t('data.downloadFailed', { detail: result.message });
      return;
    }
    const file = downloadExport(result.data);
    this.message = this.t('data.downloaded', { file });
  }

  private async askToClear(scope: ClearScope): Promise<void> {
    this.confirmOpener = deepActiveElement();
    this.confirming = scope;
    this.message = '';
    await this.updateComplete;
    if (!this.confirmDialog.open) this.confirmDialog.showModal();
    // The safe choice first: Enter or Space right away keeps everything.
    this.renderRoot.querySelector<HTMLElement>('.confirm .cancel')?.focus();
  }

  private cancelClear(): void {
    if (!this.busy) this.confirmDialog.close();
  }

  private handleConfirmCancel(event: Event): void {
    // No Escape while clearing: the result must be shown, not lost behind a closed dialog.
    if (this.busy) event.preventDefault();
  }

  private handleConfirmClose(): void {
    const opener = this.confirmOpener as HTMLElement | null;
    this.confirmOpener = null;
    this.confirming = undefined;
    if (this.dialog.open && opener?.isConnected) opener.focus();
  }

  private async handleClear(): Promise<void> {
    const controls = this.actions;
    const scope = this.confirming;
    if (!controls || !scope || this.busy) return;
    this.busy = true;
    const said = controls.withLms ? 'data.clearedStay' : scope === 'course' ? 'data.clearedCourse' : 'data.clearedDevice';
    const result = await controls.clear(scope, this.t(said));
    this.busy = false;
    if (!result.ok) {
      this.confirmDialog.close();
      this.message = this.t('data.clearFailed', { detail: result.message });
      return;
    }
    this.close();
  }

  private handleLowStimulus(event: Event): void {
    this.actions?.setLowStimulus((event.target as HTMLInputElement).checked);
  }

  override render() {
    const controls = this.actions;
    const lowStimulus = this.handle?.getView().lowStimulus ?? false;
    return html`<dialog part="dialog" class="settings" aria-labelledby="settings-title" @close=${this.handleClose}>
        <h2 id="settings-title" tabindex="-1">${this.t('settings.title')}</h2>
        <section aria-labelledby="display-title">
          <h3 id="display-title">${this.t('settings.display')}</h3>
          <label class="check"
            ><input type="checkbox" .checked=${lowStimulus} @change=${this.handleLowStimulus} />${this.t('settings.lowStimulus')}</label
          >
        </section>
        ${controls ? this.renderData(controls) : nothing}
        <div class="actions">
          <button class="primary" @click=${this.close}>${this.t('settings.close')}</button>
        </div>
      </dialog>
      ${controls ? this.renderConfirm(controls) : nothing}`;
  }

  private renderData(controls: SettingsControls) {
    return html`<section aria-labelledby="data-title">
      <h3 id="data-title">${this.t('data.title')}</h3>
      <p>${this.t(controls.storage === 'device' ? 'data.stored' : 'data.tabOnly')}</p>
      ${controls.withLms ? html`<p>${this.t('data.lms')}</p>` : nothing}
      <div class="data-actions">
        <button aria-describedby="download-help" @click=${this.handleDownload}>${this.t('data.download')}</button>
        <p id="download-help" class="help">${this.t('data.downloadHelp')}</p>
        <button class="danger" aria-describedby="clear-help" @click=${() => this.askToClear('course')}>
          ${this.t('data.clearCourse')}
        </button>
        <button class="danger" aria-describedby="clear-help" @click=${() => this.askToClear('device')}>
          ${this.t('data.clearDevice')}
        </button>
        <p id="clear-help" class="help">${this.t('data.clearHelp')}</p>
      </div>
      <p class="message" role="status">${this.message}</p>
    </section>`;
  }

  private renderConfirm(controls: SettingsControls) {
    const scope = this.confirming ?? 'course';
    const course = this.handle?.course.title ?? '';
    return html`<dialog
      part="confirm"
      class="confirm"
      role="alertdialog"
      aria-labelledby="confirm-title"
      aria-describedby="confirm-body"
      @cancel=${this.handleConfirmCancel}
      @close=${this.handleConfirmClose}
    >
      <h2 id="confirm-title">${this.t(scope === 'course' ? 'data.confirmCourseTitle' : 'data.confirmDeviceTitle')}</h2>
      <div id="confirm-body">
        <p>${scope === 'course' ? this.t('data.confirmCourse', { course }) : this.t('data.confirmDevice')}</p>
        <p>${this.t('data.confirmPermanent')}</p>
        <p>${this.t('data.confirmLms')}</p>
        <p>${this.t(controls.withLms ? 'data.confirmStay' : 'data.confirmRestart')}</p>
      </div>
      <div class="actions">
        <button class="cancel" aria-disabled=${this.busy ? 'true' : 'false'} @click=${this.cancelClear}>${this.t('data.cancel')}</button>
        <button class="danger" aria-disabled=${this.busy ? 'true' : 'false'} @click=${this.handleClear}>
          ${this.busy ? this.t('data.clearing') : this.t(scope === 'course' ? 'data.confirmClearCourse' : 'data.confirmClearDevice')}
        </button>
      </div>
    </dialog>`;
  }
}

/**
 * The dialog's actions on a running player. Standalone, clearing stops the player first, so nothing it
 * holds can be written back, and `<haven-course>` starts a new one from what is left: the beginning.
 * With an LMS the player carries on: its record of the attempt is not the learner's to delete here.
 */
function controlsFor(player: Player, host: HavenCourse): SettingsControls {
  const courseId = player.handle.course.id;
  return {
    storage: player.store.mode === 'indexeddb' ? 'device' : 'tab',
    withLms: !player.standalone,
    setLowStimulus: (on) => player.handle.setLowStimulus(on),
    exportData: () => player.store.export(courseId),
    async clear(scope, done) {
      const clear = (store: Store) => (scope === 'course' ? store.clearCourse(courseId) : store.clearDevice());
      let result: DoneResult | undefined;
      if (player.standalone) await player.stop(async (store) => (result = await clear(store)));
      else result = await clear(player.store);
      if (result?.ok) await host.announce(done, player.standalone);
      else if (player.standalone) await host.announce('', true);
      return result?.ok ? { ok: true } : { ok: false, message: result?.message ?? '' };
    },
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'haven-settings-dialog': HavenSettingsDialog;
  }
}
