import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { findBlock, type LikertBlock } from '@haven/course';
import type { BlockState } from '@haven/engine';
import { BlockElement } from '../shared/block-element.js';
import { blockStyles } from '../shared/block.styles.js';
import { renderMarkup } from '../../markup/render-markup.js';
import { likertStyles } from './likert.styles.js';

type LikertState = Extract<BlockState, { kind: 'likert' }>;

/** How many of the lowest-rated statements a self-assessment names as priorities (ties with the last are kept). */
const PRIORITIES_SHOWN = 3;

/**
 * @tagname haven-likert
 * @summary Confidence ratings: one radio group per statement. A post block paired with a pre block shows
 * the learner's own before and after for each statement, in words.
 * @csspart item - One statement and its scale.
 * @csspart compare - The before and after list.
 * @csspart priorities - With `summary: "priorities"`, the lowest-rated statements, as where to start.
 */
export class HavenLikert extends BlockElement<LikertBlock, LikertState> {
  static override styles = [HavenLikert.baseStyles, blockStyles, likertStyles];

  /** item id -> rating, while the learner rates. */
  @state() private values: Readonly<Record<string, number>> = {};
  @state() private status = '';

  private seeded = false;
  private awaiting = false;

  override willUpdate() {
    const block = this.block;
    const saved = this.state;
    if (block && saved && (!this.seeded || this.awaiting)) {
      this.seeded = true;
      if (this.awaiting) this.status = this.t('likert.saved');
      this.awaiting = false;
      const values: Record<string, number> = {};
      for (const item of block.items) {
        const value = saved.values[item.key];
        if (value !== undefined) values[item.id] = value;
      }
      this.values = values;
    }
  }

  /** The paired pre block, when this is a post block. */
  private get paired(): { block: LikertBlock; state?: LikertState } | undefined {
    const id = this.block?.phase === 'post' ? this.block.pairWith : undefined;
    const found = id && this.course ? findBlock(this.course, id)?.block : undefined;
    if (found?.type !== 'likert') return undefined;
    return { block: found, state: this.handle?.getProgress().blocks[found.key] as LikertState | undefined };
  }

  private handleChange(itemId: string, value: number) {
    this.values = { ...this.values, [itemId]: value };
    this.status = '';
  }

  private handleSubmit() {
    const block = this.block;
    if (!block) return;
    const missing = block.items.filter((i) => this.values[i.id] === undefined).length;
    if (missing) {
      this.status = this.plural('likert.missing', missing);
      return;
    }
    this.awaiting = true;
    this.handle?.send({ type: 'likert.submit', blockId: block.id, values: { ...this.values } });
  }

  override render() {
    const block = this.block;
    if (!block) return nothing;
    const { min, max, minLabel, maxLabel } = block.scale;
    const points = Array.from({ length: max - min + 1 }, (_, i) => min + i);
    return html`<div class="prompt" id="prompt">${renderMarkup(block.prompt)}</div>
      <div class="items">
        ${block.items.map(
          (item) =>
            html`<fieldset part="item" class="item">
              <legend>${item.text}</legend>
              <ul class="scale" role="list">
                ${points.map((value) => {
                  const id = `r-${item.key}-${value}`;
                  const label = value === min ? `${value}: ${minLabel}` : value === max ? `${value}: ${maxLabel}` : String(value);
                  return html`<li>
                    <label for=${id}>
                      <input
                        type="radio"
                        id=${id}
                        name="i-${item.key}"
                        .value=${String(value)}
                        .checked=${this.values[item.id] === value}
                        @change=${() => this.handleChange(item.id, value)}
                      />
                      <span>${label}</span>
                    </label>
                  </li>`;
                })}
              </ul>
            </fieldset>`,
        )}
      </div>
      <div class="actions"><button @click=${this.handleSubmit}>${this.t('likert.submit')}</button></div>
      <p role="status" class="note">${this.status}</p>
      ${this.state ? this.renderCompare(block, this.state) : nothing}
      ${this.state && block.summary === 'priorities' ? this.renderPriorities(block, this.state) : nothing}`;
  }

  /**
   * The statements rated lowest: up to three, and any tied with the third, so no equal rating is cut
   * off at random. When every statement has the top rating there is nothing to single out.
   */
  private renderPriorities(block: LikertBlock, saved: LikertState) {
    const max = block.scale.max;
    const rated = block.items
      .map((item) => ({ item, value: saved.values[item.key] }))
      .filter((r): r is { item: (typeof block.items)[number]; value: number } => r.value !== undefined)
      .sort((a, b) => a.value - b.value);
    if (!rated.length) return nothing;
    const cutoff = rated[Math.min(PRIORITIES_SHOWN, rated.length) - 1]!.value;
    const lowest = rated.filter((r) => r.value <= cutoff && r.value < max);
    return html`<section part="priorities" class="panel" aria-labelledby="priorities-title">
      <h3 id="priorities-title">${this.t('likert.prioritiesTitle')}</h3>
      ${
        lowest.length
          ? html`<p>${this.t('likert.prioritiesIntro')}</p>
              <ol class="compare">
                ${lowest.map(
                  (r) =>
                    html`<li>
                      <p><strong>${r.item.text}</strong></p>
                      <p>${this.t('likert.rated', { value: r.value, max })}</p>
                    </li>`,
                )}
              </ol>`
          : html`<p>${this.t('likert.prioritiesNone')}</p>`
      }
    </section>`;
  }

  private renderCompare(block: LikertBlock, after: LikertState) {
    const before = this.paired;
    const max = block.scale.max;
    if (!before) return nothing;
    return html`<section part="compare" class="panel" aria-labelledby="compare-title">
      <h3 id="compare-title">${this.t('likert.compareTitle')}</h3>
      <ul class="compare" role="list">
        ${block.items.map((item) => {
          const pre = before.block.items.find((i) => i.id === item.id);
          const was = pre ? before.state?.values[pre.key] : undefined;
          const now = after.values[item.key];
          const change =
            was === undefined || now === undefined
              ? this.t('likert.noBefore')
              : now > was
                ? this.t('likert.up', { n: now - was })
                : now < was
                  ? this.t('likert.down', { n: was - now })
                  : this.t('likert.same');
          return html`<li>
            <p><strong>${item.text}</strong></p>
            <p>
              ${[was === undefined ? '' : this.t('likert.before', { value: was, max }), now === undefined ? '' : this.t('likert.after', { value: now, max }), change].filter(Boolean).join(' ')}
            </p>
          </li>`;
        })}
      </ul>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'haven-likert': HavenLikert;
  }
}
