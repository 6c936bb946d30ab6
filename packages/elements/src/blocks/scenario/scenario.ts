import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import type { ScenarioBlock, ScenarioChoice, ScenarioNode } from '@haven/course';
import type { BlockState } from '@haven/engine';
import { BlockElement } from '../shared/block-element.js';
import { blockStyles } from '../shared/block.styles.js';
import { renderMarkup } from '../../markup/render-markup.js';
import { scenarioStyles } from './scenario.styles.js';

type ScenarioState = Extract<BlockState, { kind: 'scenario' }>;
interface Step {
  readonly node: ScenarioNode;
  readonly choice: ScenarioChoice;
}

/** Follows the choice keys the engine recorded from the start node: the steps taken and where they lead. */
export function scenarioSteps(block: ScenarioBlock, path: readonly number[]): { steps: Step[]; current: ScenarioNode | undefined } {
  const byId = new Map(block.nodes.map((n) => [n.id, n]));
  let node = byId.get(block.start);
  const steps: Step[] = [];
  for (const key of path) {
    const choice = node?.choices.find((c) => c.key === key);
    if (!node || !choice) break;
    steps.push({ node, choice });
    node = byId.get(choice.next);
  }
  return { steps, current: node };
}

/**
 * @tagname haven-scenario
 * @summary A branching scenario. The learner reads what is happening, chooses, reads what follows from the
 * choice, and continues when ready (never automatically). An ending shows the outcome and the path taken.
 * @csspart node - The text of the current point.
 * @csspart feedback - What followed from a choice.
 * @csspart summary - The ending and the path taken.
 */
export class HavenScenario extends BlockElement<ScenarioBlock, ScenarioState> {
  static override styles = [HavenScenario.baseStyles, blockStyles, scenarioStyles];

  /** Steps taken so far whose feedback the learner has read and continued past. */
  @state() private seen?: number;

  private focusAfterUpdate?: string;

  private get walk() {
    return this.block ? scenarioSteps(this.block, this.state?.path ?? []) : { steps: [], current: undefined };
  }

  override willUpdate() {
    // On first render (or resume), everything already taken counts as seen.
    if (this.seen === undefined && this.block) this.seen = this.walk.steps.length;
  }

  override updated() {
    if (!this.focusAfterUpdate) return;
    this.renderRoot.querySelector<HTMLElement>(this.focusAfterUpdate)?.focus();
    this.focusAfterUpdate = undefined;
  }

  private handleChoose(choice: ScenarioChoice) {
    if (!this.block) return;
    this.handle?.send({ type: 'scenario.choose', blockId: this.block.id, choiceId: choice.id });
    this.focusAfterUpdate = '#step-feedback';
  }

  private handleContinue() {
    this.seen = this.walk.steps.length;
    this.focusAfterUpdate = '#node';
  }

  private handleRestart() {
    if (!this.block) return;
    this.handle?.send({ type: 'scenario.restart', blockId: this.block.id });
    this.seen = 0;
    this.focusAfterUpdate = '#node';
  }

  override render() {
    const block = this.block;
    if (!block) return nothing;
    const { steps, current } = this.walk;
    const last = steps[steps.length - 1];
    const pending = last && steps.length > (this.seen ?? 0);
    return html`<section class="panel" aria-labelledby="title">
      <h3 id="title">${block.title}</h3>
      ${pending ? this.renderFeedback(last) : current?.end ? this.renderEnd(current, steps) : current ? this.renderNode(current) : nothing}
    </section>`;
  }

  private renderNode(node: ScenarioNode) {
    return html`<div id="node" part="node" class="node" tabindex="-1">${renderMarkup(node.text)}</div>
      <h4 id="choose">${this.t('scenario.choose')}</h4>
      <ul class="choices" role="list" aria-labelledby="choose">
        ${node.choices.map((choice) => html`<li><button @click=${() => this.handleChoose(choice)}>${choice.text}</button></li>`)}
      </ul>`;
  }

  private renderFeedback(step: Step) {
    return html`<div id="step-feedback" part="feedback" class="step-feedback" tabindex="-1">
        <p class="you-chose">${this.t('scenario.youChose')}: ${step.choice.text}</p>
        <div class="feedback"><p>${step.choice.feedback}</p></div>
      </div>
      <div class="actions">
        <button @click=${this.handleContinue}>${this.t('scenario.continue')}</button>
      </div>`;
  }

  private renderEnd(node: ScenarioNode, steps: readonly Step[]) {
    const end = node.end!;
    return html`<div id="node" part="node summary" class="node" tabindex="-1">
        ${renderMarkup(node.text)}
        <p class="outcome">${this.t(`scenario.outcome.${end.outcome}`)}</p>
        <div class="feedback">${renderMarkup(end.summary)}</div>
      </div>
      <h4>${this.t('scenario.pathTitle')}</h4>
      <ol class="path">
        ${steps.map(
          (step) =>
            html`<li>
              <strong>${step.choice.text}</strong>
              <span class="quality">${this.t(`scenario.quality.${step.choice.quality}`)}</span>
              <p>${step.choice.feedback}</p>
            </li>`,
        )}
      </ol>
      <div class="actions">
        <button class="secondary" @click=${this.handleRestart}>${this.t('scenario.restart')}</button>
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'haven-scenario': HavenScenario;
  }
}
