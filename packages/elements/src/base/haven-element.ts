import { LitElement, css } from 'lit';
import { consume } from '@lit/context';
import { courseContext, type CourseHandle } from '../context/course-context.js';
import { enGB } from '../i18n/en-GB.js';
import { translate } from '../i18n/translate.js';

/**
 * The base of every Haven element: consumes the course handle from context and shares the
 * reset every shadow root needs. Elements extend this, never LitElement directly.
 */
export class HavenElement extends LitElement {
  static baseStyles = css`
    :host {
      box-sizing: border-box;
      font-family: var(--haven-font-body);
      color: var(--haven-color-text);
    }
    :host([hidden]) {
      display: none !important;
    }
    *,
    *::before,
    *::after {
      box-sizing: inherit;
    }
    :focus-visible {
      outline: var(--haven-focus-width, 3px) solid var(--haven-color-focus);
      outline-offset: 2px;
    }
    @media (prefers-reduced-motion: reduce) {
      *,
      *::before,
      *::after {
        animation: none !important;
        transition: none !important;
        scroll-behavior: auto !important;
      }
    }
  `;

  @consume({ context: courseContext, subscribe: true })
  handle?: CourseHandle;

  /** A UI string in the course language; British English when there is no player (e.g. a bare story). */
  protected t(key: string, params?: Record<string, string | number>): string {
    return this.handle ? this.handle.t(key, params) : translate(enGB, key, params);
  }
}
