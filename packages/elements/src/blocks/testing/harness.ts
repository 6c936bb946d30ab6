import { LitElement, html, css } from 'lit';
import { ContextProvider } from '@lit/context';
import { property } from 'lit/decorators.js';
import type { Course } from '@haven/course';
import type { CourseEvent, Progress } from '@haven/engine';
import { courseContext, type CourseHandle, type PlayerView } from '../../context/course-context.js';
import { tokens } from '../../themes/tokens.js';
import { messagesFor, translate } from '../../i18n/index.js';
import { blockStringsCy, blockStringsEnGB } from '../strings.js';

/** What a test or story drives: the handle the elements see, plus the events they sent. */
export interface Harness {
  readonly handle: CourseHandle;
  readonly sent: CourseEvent[];
  /** Reflections "on the device", as the player's store would keep them. */
  readonly reflections: Map<string, string>;
  setView(view: Partial<PlayerView>): void;
  setProgress(update: (progress: Progress) => Progress): void;
}

export interface HarnessOptions {
  progress?: Progress;
  view?: Partial<PlayerView>;
  reflections?: Record<string, string>;
}

export function emptyProgress(course: Course): Progress {
  return {
    courseId: course.id,
    revision: 0,
    location: null,
    viewed: [],
    notesAcknowledged: [],
    notesDeferred: [],
    blocks: {},
    assessments: {},
    timeSpentMs: 0,
  };
}

/** UI strings as the player looks them up, including the block sections. */
export function lookup(lang: string, key: string, params?: Record<string, string | number>): string {
  const messages = messagesFor(lang);
  const welsh = lang.split('-')[0] === 'cy';
  const own = (welsh ? blockStringsCy : blockStringsEnGB) as Record<string, string>;
  const text = translate(messages, key, params);
  if (text !== key) return text;
  const template = own[key];
  if (template === undefined) return key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (params && name in params ? String(params[name]) : whole));
}

export function createHarness(course: Course, options: HarnessOptions = {}): Harness {
  let progress = options.progress ?? emptyProgress(course);
  let view: PlayerView = { state: 'page', pageId: course.modules[0]?.pages[0]?.id ?? '', lowStimulus: false, ...options.view };
  const listeners = new Set<() => void>();
  const sent: CourseEvent[] = [];
  const reflections = new Map(Object.entries(options.reflections ?? {}));
  const notify = () => listeners.forEach((l) => l());
  return {
    sent,
    reflections,
    setView(next) {
      view = { ...view, ...next };
      notify();
    },
    setProgress(update) {
      progress = update(progress);
      notify();
    },
    handle: {
      course,
      getProgress: () => progress,
      getView: () => view,
      send(event) {
        sent.push(event);
        if (event.type === 'reflection.save') reflections.set(event.blockId, event.text);
        notify();
      },
      subscribe(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      loadReflection: async (blockId) => reflections.get(blockId),
      t: (key, params) => lookup(course.lang, key, params),
    },
  };
}

/**
 * Stands in for <haven-course> around a block: provides the handle through context and the theme
 * tokens (custom properties inherit into the slotted block through the flat tree).
 */
export class HavenBlockHarness extends LitElement {
  static override styles = [
    tokens,
    css`
      :host {
        display: block;
        background: var(--haven-color-bg);
        color: var(--haven-color-text);
        padding: 1rem;
      }
    `,
  ];

  private provider = new ContextProvider(this, { context: courseContext });

  @property({ attribute: false }) handle?: CourseHandle;

  override willUpdate(): void {
    this.provider.setValue(this.handle);
  }

  override render() {
    return html`<slot></slot>`;
  }
}

if (!customElements.get('haven-block-harness')) customElements.define('haven-block-harness', HavenBlockHarness);

declare global {
  interface HTMLElementTagNameMap {
    'haven-block-harness': HavenBlockHarness;
  }
}
