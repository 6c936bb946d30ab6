import { html, css } from 'lit';
import { customElement } from 'lit/decorators.js';
import { HavenElement } from '../base/haven-element.js';
import { HavenPartElement } from '../base/part-element.js';
import { surface } from '../themes/tokens.js';
import { pauseStringsEnGB } from './strings.js';

/**
 * The calm pause screen of "Take a break": progress is already saved; a short grounding exercise
 * (5-4-3-2-1 senses, and slow breathing with a gently growing circle only when motion is welcome);
 * the learner returns exactly where they were when they choose to.
 *
 * @summary A calm pause with a grounding exercise.
 * @csspart pause - The pause screen's box.
 * @csspart breathing - The breathing circle (hidden when motion is reduced or low-stimulus is on).
 */
@customElement('haven-pause-screen')
export class HavenPauseScreen extends HavenPartElement {
  static override styles = [
    HavenElement.baseStyles,
    surface,
    css`
      section {
        background: var(--haven-color-accent-soft);
        border-radius: var(--haven-radius);
        padding: var(--haven-space-4);
      }
      h2 {
        margin-block-start: 0;
        font-family: var(--haven-font-heading);
      }
      h3 {
        font-size: 1.1rem;
      }
      .breathing {
        display: none;
      }
      @media (prefers-reduced-motion: no-preference) {
        .breathing {
          display: flex;
          align-items: center;
          gap: var(--haven-space-3);
        }
        .circle {
          inline-size: 3rem;
          block-size: 3rem;
          border-radius: 50%;
          background: var(--haven-color-accent);
          animation: breathe 10s ease-in-out infinite;
          flex: none;
        }
      }
      :host([low-stimulus]) .breathing {
        display: none;
      }
      @keyframes breathe {
        0%,
        100% {
          transform: scale(0.6);
        }
        50% {
          transform: scale(1);
        }
      }
    `,
  ];

  protected readonly partStrings = { en: pauseStringsEnGB, others: { cy: () => import('./strings.cy.js').then((m) => m.pauseStringsCy) } };

  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  override render() {
    return html`<section part="pause" aria-labelledby="pause-title">
      <h2 id="pause-title" tabindex="-1">${this.t('break.title')}</h2>
      <p>${this.t('break.saved')}</p>
      <h3>${this.t('break.groundingTitle')}</h3>
      <p>${this.t('break.groundingIntro')}</p>
      <ol>
        <li>${this.t('break.step5')}</li>
        <li>${this.t('break.step4')}</li>
        <li>${this.t('break.step3')}</li>
        <li>${this.t('break.step2')}</li>
        <li>${this.t('break.step1')}</li>
      </ol>
      <div class="breathing" part="breathing">
        <div class="circle" aria-hidden="true"></div>
        <p>${this.t('break.breathing')}</p>
      </div>
      <button class="primary" @click=${() => this.handle?.send({ type: 'break.end' })}>${this.t('break.resume')}</button>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'haven-pause-screen': HavenPauseScreen;
  }
}
