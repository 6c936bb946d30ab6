import { LitElement, html, css } from 'lit';
import { ContextProvider } from '@lit/context';
import { property } from 'lit/decorators.js';
import { createActor, type Actor } from 'xstate';
import { findBlock, pagesInOrder, type Course, type Page } from '@haven/course';
import { courseMachine, type CourseEvent, type Progress } from '@haven/engine';
import { courseContext, type CourseHandle, type PlayerView } from '../../context/course-context.js';
import { tokens } from '../../themes/tokens.js';
import { messagesFor, translate } from '../../i18n/index.js';

/**
 * What a test or story drives: a CourseHandle backed by the REAL course machine (as the player runs it,
 * minus storage and LMS), the events the elements sent, and a learner who can walk the course.
 */
export interface Harness {
  readonly handle: CourseHandle;
  readonly actor: Actor<typeof courseMachine>;
  /** Events the elements sent through the handle, in order. */
  readonly sent: CourseEvent[];
  /** Reflections "on the device": what the machine's saveReflection effect handed to the store. */
  readonly reflections: Map<string, string>;
  setView(view: Partial<PlayerView>): void;
  /** Walks the learner to a page as a learner would (next, content notes, answering to pass gates). */
  goTo(pageId: string): void;
  /** Walks the learner through every page, answering questions correctly, until the course is complete. */
  completeCourse(): void;
}

export interface HarnessOptions {
  /** Start on the page holding this block (walked to, so gates and notes behave as for a learner). */
  block?: string;
  progress?: Progress;
  view?: Partial<PlayerView>;
  reflections?: Record<string, string>;
  /** Where course files live, as the player knows from the course URL. */
  baseUrl?: string;
}

/** UI strings as the player looks them up. */
export function lookup(lang: string, key: string, params?: Record<string, string | number>): string {
  return translate(messagesFor(lang), key, params);
}

export function createHarness(course: Course, options: HarnessOptions = {}): Harness {
  const reflections = new Map(Object.entries(options.reflections ?? {}));
  const machine = courseMachine.provide({
    actions: { saveReflection: (_, params) => void reflections.set(params.blockId, params.text) },
  });
  const actor = createActor(machine, { input: { course, progress: options.progress, seed: 7 } }).start();
  const sent: CourseEvent[] = [];
  let viewExtra: Partial<PlayerView> = options.view ?? {};
  const listeners = new Set<() => void>();
  actor.subscribe(() => listeners.forEach((l) => l()));
  const progress = () => actor.getSnapshot().context.progress;
  const pages = pagesInOrder(course);
  const pageOf = (key: number | null) => pages.find((r) => r.page.key === key)?.page;

  const answerCorrectly = (page: Page) => {
    for (const block of page.blocks) {
      if (block.type !== 'question') continue;
      const state = progress().blocks[block.key];
      const drawn = state?.kind === 'question' && state.draw.length ? state.draw : block.questions.map((q) => q.key);
      for (const item of block.questions.filter((q) => drawn.includes(q.key))) {
        actor.send({ type: 'answer.submit', blockId: block.id, itemId: item.id, selected: item.correct });
      }
    }
  };

  /** One learner step towards `pageId`; false when stuck. */
  const step = (pageId: string | undefined): boolean => {
    const snapshot = actor.getSnapshot();
    if (snapshot.matches({ active: 'choosingAudience' })) {
      // The audience the target page is for, so the learner can see it.
      const wanted = pages.find((r) => r.page.id === pageId)?.page.audiences?.[0];
      actor.send({ type: 'audience.choose', audienceId: wanted ?? course.audiences[0]!.id });
      return true;
    }
    if (snapshot.matches({ active: 'notice' })) {
      actor.send({ type: 'note.continue' });
      return true;
    }
    const here = pageOf(progress().location);
    if (!here || here.id === pageId) return false;
    answerCorrectly(here);
    const before = progress().location;
    if (pageId) actor.send({ type: 'nav.goto', pageId });
    if (progress().location === before) actor.send({ type: 'nav.next' });
    return progress().location !== before;
  };

  const goTo = (pageId: string) => {
    for (let i = 0; i < 500 && step(pageId); i++);
    if (pageOf(progress().location)?.id !== pageId) throw new Error(`the learner could not reach page "${pageId}"`);
  };

  const harness: Harness = {
    actor,
    sent,
    reflections,
    goTo,
    completeCourse() {
      for (let i = 0; i < 500 && !progress().completedAt && step(undefined); i++);
      const last = pageOf(progress().location);
      if (last) answerCorrectly(last);
      if (!progress().completedAt) throw new Error('the learner could not complete the course');
    },
    setView(next) {
      viewExtra = { ...viewExtra, ...next };
      listeners.forEach((l) => l());
    },
    handle: {
      course,
      getProgress: progress,
      getView: () => ({
        state: String(Object.values(actor.getSnapshot().value as Record<string, string>)[0] ?? 'reading'),
        pageId: pageOf(progress().location)?.id ?? '',
        lowStimulus: false,
        ...viewExtra,
      }),
      send(event) {
        sent.push(event);
        actor.send(event);
      },
      subscribe(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      loadReflection: async (blockId) => reflections.get(blockId),
      t: (key, params) => lookup(course.lang, key, params),
      resolveUrl: (path) => new URL(path, new URL(options.baseUrl ?? '/courses/example/', document.baseURI)).href,
    },
  };
  if (options.block) {
    const ref = findBlock(course, options.block);
    if (!ref) throw new Error(`no block "${options.block}" in course "${course.id}"`);
    goTo(ref.page.id);
  }
  return harness;
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
