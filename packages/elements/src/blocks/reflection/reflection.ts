import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import type { ReflectionBlock } from '@haven/course';
import type { BlockState } from '@haven/engine';
import { BlockElement } from '../shared/block-element.js';
import { blockStyles } from '../shared/block.styles.js';
import { printOnly } from '../shared/print.js';
import { renderMarkup, markupToText } from '../../markup/render-markup.js';
import { reflectionStyles } from './reflection.styles.js';

type ReflectionState = Extract<BlockState, { kind: 'reflection' }>;

/**
 * @tagname haven-reflection
 * @summary Private free text. It says plainly where the text is kept; saving sends the text to the player,
 * which keeps it on this device (the LMS only learns that the reflection was done). Words not saved are
 * kept on the device as a draft, which does not count as done. The learner can download it as a text
 * file or print it on its own.
 * @csspart textarea - The text box.
 */
export class HavenReflection extends BlockElement<ReflectionBlock, ReflectionState> {
  static override styles = [HavenReflection.baseStyles, blockStyles, reflectionStyles];

  @state() private text = '';
  @state() private status = '';
  @state() private dirty = false;

  private loadedFor?: string;
  private loadedFrom?: object;
  /** The text this device holds for the block (saved, or kept as a draft). */
  private kept = '';

  override willUpdate() {
    const block = this.block;
    if (block && this.handle && (this.loadedFor !== block.id || this.loadedFrom !== this.handle)) {
      // A new player (after the learner cleared their data) starts from what it has, not from this box.
      if (this.loadedFrom && this.loadedFrom !== this.handle) {
        this.text = '';
        this.kept = '';
        this.dirty = false;
        this.status = '';
      }
      this.loadedFor = block.id;
      this.loadedFrom = this.handle;
      void this.load(block.id);
    }
  }

  override connectedCallback() {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.handleVisibility);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.handleVisibility);
    this.keepDraft();
  }

  private handleVisibility = () => {
    if (document.visibilityState === 'hidden') this.keepDraft();
  };

  /**
   * Words typed but not saved, when the learner moves on, takes a break or leaves the tab: they are kept
   * on this device as a draft, as a notes app would keep them, and the reflection does not count as done
   * until the learner saves it. Words all deleted replace a kept draft too. Not when the course sends
   * reflections to the LMS: that needs the learner's own Save.
   */
  private keepDraft() {
    const block = this.block;
    if (!block || !this.dirty || this.leavesDevice || (!this.text.trim() && !this.kept)) return;
    this.handle?.send({ type: 'reflection.draft', blockId: block.id, text: this.text });
    this.kept = this.text;
    this.dirty = false;
    this.status = this.draftNote();
  }

  private async load(blockId: string) {
    const saved = await this.handle?.loadReflection(blockId);
    // Never overwrite what the learner started typing while the saved text loaded.
    if (saved === undefined || this.dirty || this.block?.id !== blockId) return;
    this.text = saved;
    this.kept = saved;
    this.status = this.draftNote();
  }

  /** Said of words kept on this device that the learner has not saved yet; nothing once they have. */
  private draftNote(): string {
    return this.text.trim() && !this.state?.done ? this.t('reflection.draftKept') : '';
  }

  private get leavesDevice(): boolean {
    return !!this.course?.privacy.reflectionsLeaveDevice;
  }

  private handleInput(event: Event) {
    this.text = (event.target as HTMLTextAreaElement).value;
    this.dirty = true;
    this.status = '';
  }

  private handleSave() {
    const block = this.block;
    if (!block) return;
    if (!this.text.trim()) {
      this.status = this.t('reflection.empty');
      return;
    }
    this.handle?.send({ type: 'reflection.save', blockId: block.id, text: this.text });
    this.kept = this.text;
    this.dirty = false;
    this.status = this.t(this.leavesDevice ? 'reflection.saved' : 'reflection.savedPrivate');
  }

  private handleExport() {
    const block = this.block;
    if (!block) return;
    const content = `${markupToText(block.prompt)}\n\n${this.text}\n`;
    const url = URL.createObjectURL(new Blob([content], { type: 'text/plain;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${block.id}.txt`;
    link.hidden = true;
    this.renderRoot.appendChild(link);
    link.click();
    link.remove();
    // Give the browser a moment to start the download before the URL is released.
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  private handlePrint() {
    printOnly(this);
  }

  override render() {
    const block = this.block;
    if (!block) return nothing;
    return html`<div class="panel">
      <div class="prompt" id="prompt">${renderMarkup(block.prompt)}</div>
      ${block.guidance ? html`<div class="note" id="guidance">${renderMarkup(block.guidance)}</div>` : nothing}
      <p class="privacy" id="privacy">
        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <rect x="5" y="11" width="14" height="10" rx="2" fill="none" stroke="currentColor" stroke-width="2" />
          <path d="M8 11V8a4 4 0 0 1 8 0v3" fill="none" stroke="currentColor" stroke-width="2" />
        </svg>
        <span>${this.t(this.leavesDevice ? 'reflection.shared' : 'reflection.private')}</span>
      </p>
      <textarea
        part="textarea"
        id="text"
        aria-labelledby="prompt"
        aria-describedby="${block.guidance ? 'guidance ' : ''}privacy count"
        maxlength=${block.maxLength}
        .value=${this.text}
        @input=${this.handleInput}
      ></textarea>
      <p class="count" id="count">${this.t('reflection.count', { count: this.text.length, max: block.maxLength })}</p>
      <div class="print-copy">${this.text}</div>
      <div class="actions">
        <button @click=${this.handleSave}>${this.t('reflection.save')}</button>
        <button class="secondary" @click=${this.handleExport}>${this.t('reflection.export')}</button>
        <button class="secondary" @click=${this.handlePrint}>${this.t('block.print')}</button>
      </div>
      <p role="status" class="note">${this.status}</p>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'haven-reflection': HavenReflection;
  }
}
