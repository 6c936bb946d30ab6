import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import type { QuestionBlock, QuestionItem } from '@haven/course';
import type { BlockState, QuestionItemState } from '@haven/engine';
import { BlockElement } from '../shared/block-element.js';
import { blockStyles } from '../shared/block.styles.js';
import { renderMarkupInline } from '../../markup/render-markup.js';
import { questionStyles } from './question.styles.js';

type QuestionState = Extract<BlockState, { kind: 'question' }>;

/**
 * @tagname haven-question
 * @summary A single or multiple choice question, or the items drawn from a bank, one after another.
 * Feedback is given on every chosen option in plain, kind words; no crosses, no "wrong". Feedback is
 * announced in a polite live region; a final answer leaves the options disabled but readable.
 * @csspart item - One question item.
 * @csspart option - One option.
 * @csspart feedback - Feedback after checking.
 */
export class HavenQuestion extends BlockElement<QuestionBlock, QuestionState> {
  static override styles = [HavenQuestion.baseStyles, blockStyles, questionStyles];

  /** Choices being made now, per item key (before checking, or while trying again). */
  @state() private choices = new Map<number, ReadonlySet<string>>();
  /** Items the learner chose to try again. */
  @state() private retrying = new Set<number>();
  /** Items where the learner pressed check without choosing. */
  @state() private emptyTry = new Set<number>();
  @state() private announcement = '';

  /** Items just submitted, waiting for the engine's answer: (item key -> tries before). */
  private awaiting = new Map<number, number>();
  private focusAfterUpdate?: string;

  /** The items this learner answers: the engine's draw, or the first `draw` before the engine has drawn. */
  get items(): readonly QuestionItem[] {
    const block = this.block;
    if (!block) return [];
    const draw = this.state?.draw;
    if (draw?.length) return draw.map((k) => block.questions.find((q) => q.key === k)).filter((q): q is QuestionItem => !!q);
    return block.questions.slice(0, block.draw);
  }

  override willUpdate() {
    // Announce and move focus once the engine has recorded a submission.
    for (const [key, before] of this.awaiting) {
      const item = this.items.find((i) => i.key === key);
      const itemState = this.state?.items[key];
      if (!item || !itemState || itemState.tries <= before) continue;
      this.awaiting.delete(key);
      this.announcement = this.announce(item, itemState);
      this.focusAfterUpdate = !itemState.final ? `#retry-${key}` : `#summary-${key}`;
    }
  }

  override updated() {
    if (!this.focusAfterUpdate) return;
    this.renderRoot.querySelector<HTMLElement>(this.focusAfterUpdate)?.focus();
    this.focusAfterUpdate = undefined;
  }

  private itemState(item: QuestionItem): QuestionItemState | undefined {
    return this.state?.items[item.key];
  }

  /** Feedback is shown when the item has an answer and the learner is not trying again. */
  private showsFeedback(item: QuestionItem): boolean {
    return !!this.itemState(item) && !this.retrying.has(item.key);
  }

  private selectedIds(item: QuestionItem): ReadonlySet<string> {
    const itemState = this.itemState(item);
    if (this.showsFeedback(item) && itemState) {
      return new Set(item.options.filter((o) => itemState.selected.includes(o.key)).map((o) => o.id));
    }
    return this.choices.get(item.key) ?? new Set();
  }

  private handleChange(item: QuestionItem, optionId: string, event: Event) {
    const checked = (event.target as HTMLInputElement).checked;
    const next = item.mode === 'single' ? new Set<string>() : new Set(this.choices.get(item.key));
    if (checked) next.add(optionId);
    else next.delete(optionId);
    this.choices = new Map(this.choices).set(item.key, next);
    if (this.emptyTry.has(item.key)) {
      this.emptyTry = new Set([...this.emptyTry].filter((k) => k !== item.key));
    }
  }

  private handleSubmit(item: QuestionItem) {
    const block = this.block;
    const chosen = [...(this.choices.get(item.key) ?? [])];
    if (!block) return;
    if (!chosen.length) {
      this.emptyTry = new Set(this.emptyTry).add(item.key);
      this.announcement = this.t('question.nothingChosen');
      return;
    }
    this.awaiting.set(item.key, this.itemState(item)?.tries ?? 0);
    this.retrying = new Set([...this.retrying].filter((k) => k !== item.key));
    this.handle?.send({ type: 'answer.submit', blockId: block.id, itemId: item.id, selected: chosen });
  }

  private handleRetry(item: QuestionItem) {
    // Start again from the previous answer, so the learner can change one thing.
    this.choices = new Map(this.choices).set(item.key, this.selectedIds(item));
    this.retrying = new Set(this.retrying).add(item.key);
    this.announcement = '';
    this.focusAfterUpdate = `[name="q-${item.key}"]:checked, [name="q-${item.key}"]`;
  }

  private triesText(item: QuestionItem, itemState: QuestionItemState | undefined): string {
    if (item.attempts === 0) return itemState ? this.t('question.triesUnlimited') : '';
    return this.plural('question.triesLeft', item.attempts - (itemState?.tries ?? 0));
  }

  private announce(item: QuestionItem, itemState: QuestionItemState): string {
    const chosen = item.options.filter((o) => itemState.selected.includes(o.key));
    const feedback = chosen.map((o) => o.feedback).join(' ');
    if (itemState.correct) return this.t('question.announceCorrect', { feedback });
    if (!itemState.final) return this.t('question.announcePartly', { feedback, tries: this.triesText(item, itemState) });
    const answer = item.options
      .filter((o) => item.correct.includes(o.id))
      .map((o) => o.text)
      .join('; ');
    return this.t('question.announceFinal', { answer });
  }

  override render() {
    const items = this.items;
    if (!this.block) return nothing;
    return html`${items.map((item, i) => this.renderItem(item, i, items.length))}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>`;
  }

  private renderItem(item: QuestionItem, index: number, total: number) {
    const itemState = this.itemState(item);
    const feedback = this.showsFeedback(item) && itemState;
    const selected = this.selectedIds(item);
    const tries = feedback && itemState.final ? '' : this.triesText(item, itemState);
    const hintId = `hint-${item.key}`;
    return html`<section part="item" class="item" aria-labelledby="legend-${item.key}">
      <fieldset aria-describedby=${hintId}>
        <legend id="legend-${item.key}">
          ${this.block?.single ? nothing : html`<span class="count">${this.t('question.bankLabel', { n: index + 1, total })}</span>`}
          ${renderMarkupInline(item.prompt)}
        </legend>
        <p class="note" id=${hintId}>${this.t(item.mode === 'single' ? 'question.chooseOne' : 'question.chooseAll')}</p>
        <ul class="options" role="list">
          ${item.options.map((option) => {
            const isChosen = selected.has(option.id);
            const showNote = feedback && isChosen;
            const id = `o-${item.key}-${option.key}`;
            return html`<li part="option" class="option ${isChosen ? 'chosen' : ''}">
              <label for=${id}>
                <input
                  id=${id}
                  type=${item.mode === 'single' ? 'radio' : 'checkbox'}
                  name="q-${item.key}"
                  value=${option.id}
                  .checked=${isChosen}
                  ?disabled=${!!feedback}
                  aria-describedby=${showNote ? `fb-${id}` : nothing}
                  @change=${(e: Event) => this.handleChange(item, option.id, e)}
                />
                <span>${showNote ? html`<span class="chosen-tag">${this.t('question.yourChoice')}</span>` : nothing}${option.text}</span>
              </label>
              ${
                showNote
                  ? html`<div part="feedback" class="feedback" id="fb-${id}">
                      <p><strong>${this.t('question.aboutChoice')}:</strong> ${option.feedback}</p>
                    </div>`
                  : nothing
              }
            </li>`;
          })}
        </ul>
      </fieldset>
      ${feedback ? this.renderSummary(item, itemState) : nothing}
      ${this.emptyTry.has(item.key) ? html`<p class="message">${this.t('question.nothingChosen')}</p>` : nothing}
      ${tries ? html`<p class="note">${tries}</p>` : nothing}
      <div class="actions">
        ${
          !feedback
            ? html`<button @click=${() => this.handleSubmit(item)}>${this.t('question.submit')}</button>`
            : !itemState.final
              ? html`<button id="retry-${item.key}" @click=${() => this.handleRetry(item)}>${this.t('question.tryAgain')}</button>`
              : nothing
        }
      </div>
    </section>`;
  }

  private renderSummary(item: QuestionItem, itemState: QuestionItemState) {
    const message = itemState.correct ? 'question.correct' : itemState.final ? 'question.final' : 'question.partly';
    const showAnswer = itemState.final && !itemState.correct;
    return html`<div part="feedback" class="feedback summary" id="summary-${item.key}" tabindex="-1">
      <h3 id="summary-title-${item.key}">${this.t('question.feedback')}</h3>
      <p>${this.t(message)}</p>
      ${
        showAnswer
          ? html`<h4>${this.t('question.theAnswer')}</h4>
              <ul class="answer-list">
                ${item.options
                  .filter((o) => item.correct.includes(o.id))
                  .map((o) => html`<li><strong>${o.text}</strong>: ${o.feedback}</li>`)}
              </ul>`
          : nothing
      }
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'haven-question': HavenQuestion;
  }
}
