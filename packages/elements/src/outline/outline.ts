import { html, css, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { ModuleStatus } from '@haven/engine';
import { HavenElement } from '../base/haven-element.js';
import { surface } from '../themes/tokens.js';

export interface OutlinePage {
  readonly id: string;
  readonly title: string;
  readonly viewed: boolean;
  readonly current: boolean;
}
export interface OutlineModule {
  readonly id: string;
  readonly title: string;
  readonly status: ModuleStatus;
  /** 0..1 */
  readonly progress: number;
  readonly pages: readonly OutlinePage[];
}

/**
 * The module and page outline with progress per module; a page is a button that goes there
 * (locked modules are shown, but their pages cannot be chosen yet).
 *
 * @summary Module and page outline with progress.
 * @csspart module - One module in the outline.
 * @csspart page - One page button.
 * @cssproperty --haven-color-accent - Progress bars and the current page marker.
 */
@customElement('haven-outline')
export class HavenOutline extends HavenElement {
  static override styles = [
    HavenElement.baseStyles,
    surface,
    css`
      ol {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      .module {
        margin-block-end: var(--haven-space-3);
      }
      .module-title {
        font-weight: 700;
        margin: 0;
      }
      .meta {
        color: var(--haven-color-text-muted);
        font-size: 0.9rem;
        margin: 0 0 var(--haven-space-1);
      }
      progress {
        inline-size: 100%;
        block-size: 0.5rem;
        accent-color: var(--haven-color-accent);
      }
      button {
        /* Stated, not inherited: inside the shell's <details> the inherited value is content-box. */
        box-sizing: border-box;
        inline-size: 100%;
        text-align: start;
        border: 0;
        border-inline-start: 4px solid transparent;
        border-radius: 0;
        background: transparent;
        display: flex;
        /* One- and two-line titles share a minimum height: centred, the list keeps an even rhythm. */
        align-items: center;
        gap: var(--haven-space-2);
        justify-content: space-between;
        padding-inline: var(--haven-space-2);
      }
      button[aria-current='page'] {
        border-inline-start-color: var(--haven-color-accent);
        background: var(--haven-color-accent-soft);
        font-weight: 700;
      }
      .tick {
        color: var(--haven-color-text-muted);
        flex: none;
      }
      @media (forced-colors: active) {
        button[aria-current='page'] {
          border-inline-start-color: Highlight;
        }
      }
    `,
  ];

  @property({ attribute: false }) modules: readonly OutlineModule[] = [];

  private go(pageId: string): void {
    this.handle?.send({ type: 'nav.goto', pageId });
  }

  override render() {
    return html`<ol>
      ${this.modules.map((m) => {
        const percent = Math.round(m.progress * 100);
        const locked = m.status === 'locked';
        return html`<li class="module" part="module">
          <p class="module-title" id="m-${m.id}">${m.title}</p>
          <p class="meta">
            ${
              locked
                ? this.t('player.moduleLocked')
                : m.status === 'completed'
                  ? this.t('player.moduleCompleted')
                  : this.t('player.moduleProgress', { percent })
            }
          </p>
          <progress max="100" .value=${percent} aria-labelledby="m-${m.id}"></progress>
          <ol aria-labelledby="m-${m.id}">
            ${m.pages.map(
              (p) =>
                html`<li>
                  <button part="page" ?disabled=${locked} aria-current=${p.current ? 'page' : 'false'} @click=${() => this.go(p.id)}>
                    <span>${p.title}</span>${
                      p.viewed
                        ? html`<span class="tick"
                            ><span aria-hidden="true">✓</span><span class="visually-hidden">${this.t('player.pageViewed')}</span></span
                          >`
                        : nothing
                    }
                  </button>
                </li>`,
            )}
          </ol>
        </li>`;
      })}
    </ol>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'haven-outline': HavenOutline;
  }
}
