import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { SortBlock } from '@haven/course';
import type { BlockState } from '@haven/engine';
import { BlockElement } from '../shared/block-element.js';
import { blockStyles } from '../shared/block.styles.js';
import { renderMarkup } from '../../markup/render-markup.js';
import { sortStyles } from './sort.styles.js';

type SortState = Extract<BlockState, { kind: 'sort' }>;
type Item = SortBlock['items'][number];
type Category = SortBlock['categories'][number];

/**
 * @tagname haven-sort
 * @summary Sort items into categories by dragging, or with the keyboard and screen readers through a
 * labelled list of categories on every item. Both ways place the item the same way and are announced.
 * @csspart zone - A category (or the not-sorted-yet area).
 * @csspart item - An item card.
 * @csspart feedback - Feedback after checking.
 */
export class HavenSort extends BlockElement<SortBlock, SortState> {
  static override styles = [HavenSort.baseStyles, blockStyles, sortStyles];

  /** item id -> category id, while the learner is sorting. */
  @state() private placements: Readonly<Record<string, string>> = {};
  @state() private editing = false;
  @state() private announcement = '';
  @state() private message = '';
  @state() private over?: string;

  private dragging?: string;
  private seeded = false;
  private awaitingCheck = false;
  private focusAfterUpdate?: string;

  /** Shows the engine's checked result, unless the learner chose to sort again. */
  private get checked(): boolean {
    return !!this.state?.checked && !this.editing;
  }

  override willUpdate() {
    const block = this.block;
    const saved = this.state;
    // Start from the learner's saved placements (e.g. after resume).
    if (block && saved && !this.seeded) {
      this.seeded = true;
      this.placements = this.placementsFromState(block, saved);
    }
    if (this.awaitingCheck && saved?.checked && block) {
      this.awaitingCheck = false;
      this.announcement = this.resultText(saved.correctCount, block.items.length);
      this.focusAfterUpdate = '#result';
    }
  }

  override updated() {
    if (!this.focusAfterUpdate) return;
    this.renderRoot.querySelector<HTMLElement>(this.focusAfterUpdate)?.focus();
    this.focusAfterUpdate = undefined;
  }

  private placementsFromState(block: SortBlock, saved: SortState): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [itemKey, categoryKey] of Object.entries(saved.placements)) {
      const item = block.items.find((i) => i.key === Number(itemKey));
      const category = block.categories.find((c) => c.key === categoryKey);
      if (item && category) out[item.id] = category.id;
    }
    return out;
  }

  private place(item: Item, categoryId: string) {
    const next = { ...this.placements };
    if (categoryId) next[item.id] = categoryId;
    else delete next[item.id];
    this.placements = next;
    this.message = '';
    const category = this.block?.categories.find((c) => c.id === categoryId);
    this.announcement = category
      ? this.t('sort.moved', { item: item.text, category: category.title })
      : this.t('sort.movedBack', { item: item.text });
  }

  private handleSelect(item: Item, event: Event) {
    this.place(item, (event.target as HTMLSelectElement).value);
    // The card moves to another zone: keep focus on its control there.
    this.focusAfterUpdate = `#move-${item.key}`;
  }

  private handleDragStart(item: Item, event: DragEvent) {
    this.dragging = item.id;
    event.dataTransfer?.setData('text/plain', item.id);
    if (event.dataTransfer) event.dataTransfer.effectAllowed = 'move';
  }

  private handleDragOver(zone: string, event: DragEvent) {
    if (!this.dragging && !event.dataTransfer?.types.includes('text/plain')) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'move';
    this.over = zone;
  }

  private handleDragLeave(zone: string) {
    if (this.over === zone) this.over = undefined;
  }

  private handleDrop(zone: string, event: DragEvent) {
    event.preventDefault();
    const id = event.dataTransfer?.getData('text/plain') || this.dragging;
    const item = this.block?.items.find((i) => i.id === id);
    this.dragging = undefined;
    this.over = undefined;
    if (item) this.place(item, zone);
  }

  private handleDragEnd() {
    this.dragging = undefined;
    this.over = undefined;
  }

  private handleCheck() {
    const block = this.block;
    if (!block) return;
    const left = block.items.filter((i) => !this.placements[i.id]).length;
    if (left) {
      this.message = this.plural('sort.left', left);
      this.announcement = this.message;
      return;
    }
    this.message = '';
    this.awaitingCheck = true;
    this.editing = false;
    this.handle?.send({ type: 'sort.submit', blockId: block.id, placements: { ...this.placements } });
  }

  private handleAgain() {
    this.editing = true;
    this.announcement = '';
    this.focusAfterUpdate = 'select';
  }

  private resultText(correct: number, total: number): string {
    return correct === total ? this.t('sort.allRight', { total }) : this.t('sort.result', { correct, total });
  }

  override render() {
    const block = this.block;
    if (!block) return nothing;
    const checked = this.checked;
    const zones: (Category | undefined)[] = [undefined, ...block.categories];
    return html`<div class="prompt">${renderMarkup(block.prompt)}</div>
      ${checked ? nothing : html`<p class="note">${this.t('sort.dragHint')}</p>`}
      <div class="board">${zones.map((category) => this.renderZone(block, category, checked))}</div>
      ${
        checked && this.state
          ? html`<div id="result" class="feedback" part="feedback" tabindex="-1">
              <p>${this.resultText(this.state.correctCount, block.items.length)}</p>
            </div>`
          : nothing
      }
      ${this.message ? html`<p class="message"><strong>${this.message}</strong></p>` : nothing}
      <div class="actions">
        ${
          checked
            ? html`<button class="secondary" @click=${this.handleAgain}>${this.t('sort.again')}</button>`
            : html`<button @click=${this.handleCheck}>${this.t('sort.check')}</button>`
        }
      </div>
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>`;
  }

  private renderZone(block: SortBlock, category: Category | undefined, checked: boolean) {
    const zoneId = category?.id ?? '';
    const items = block.items.filter((i) => (this.placements[i.id] ?? '') === zoneId);
    // Nothing left to sort once checked: the not-sorted-yet area is then only noise.
    if (!category && (checked || !items.length)) return nothing;
    const headingId = `zone-${category?.key ?? 'unsorted'}`;
    return html`<section
      part="zone"
      class="zone ${category ? '' : 'unsorted'} ${this.over === zoneId ? 'over' : ''}"
      aria-labelledby=${headingId}
      data-zone=${zoneId}
      @dragover=${(e: DragEvent) => this.handleDragOver(zoneId, e)}
      @dragleave=${() => this.handleDragLeave(zoneId)}
      @drop=${(e: DragEvent) => this.handleDrop(zoneId, e)}
    >
      <h3 id=${headingId}>${category?.title ?? this.t('sort.unsorted')}</h3>
      ${category?.description ? html`<p class="zone-description">${category.description}</p>` : nothing}
      ${
        items.length
          ? html`<ul class="cards" role="list">
              ${repeat(
                items,
                (item) => item.id,
                (item) => this.renderItem(block, item, checked),
              )}
            </ul>`
          : html`<p class="empty">${this.t('sort.empty')}</p>`
      }
    </section>`;
  }

  private renderItem(block: SortBlock, item: Item, checked: boolean) {
    const placed = this.placements[item.id] ?? '';
    const fits = placed === item.category;
    const home = block.categories.find((c) => c.id === item.category);
    return html`<li
      part="item"
      class="card"
      draggable=${checked ? 'false' : 'true'}
      data-item=${item.id}
      @dragstart=${(e: DragEvent) => this.handleDragStart(item, e)}
      @dragend=${this.handleDragEnd}
    >
      <span class="text" id="text-${item.key}">${item.text}</span>
      ${
        checked
          ? html`<div class="feedback" part="feedback">
              <p>
                <strong>${fits ? this.t('sort.fits') : this.t('sort.fitsBetter', { category: home?.title ?? '' })}</strong> ${item.feedback}
              </p>
            </div>`
          : html`<label id="label-${item.key}" for="move-${item.key}">${this.t('sort.category')}</label>
              <select
                id="move-${item.key}"
                aria-labelledby="label-${item.key} text-${item.key}"
                @change=${(e: Event) => this.handleSelect(item, e)}
              >
                <option value="" ?selected=${!placed}>${this.t('sort.unsorted')}</option>
                ${block.categories.map((c) => html`<option value=${c.id} ?selected=${placed === c.id}>${c.title}</option>`)}
              </select>`
      }
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'haven-sort': HavenSort;
  }
}
