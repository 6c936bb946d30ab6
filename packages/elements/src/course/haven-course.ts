import { html, nothing, type PropertyValues } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { customElement, property, query, state } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import type { Course, CourseError, TrackingLock } from '@haven/course';
import { HavenElement } from '../base/haven-element.js';
import { courseContext } from '../context/course-context.js';
import { tokens, surface } from '../themes/tokens.js';
import { shellStyles } from './haven-course.styles.js';
import { renderBlock } from './render-block.js';
import { loadBlocks } from './load-blocks.js';
import { HavenProgressEvent } from '../events/haven-progress.js';
import { HavenCompleteEvent } from '../events/haven-complete.js';
import { HavenErrorEvent } from '../events/haven-error.js';
import { HavenSupportRequestEvent } from '../events/haven-support-request.js';
import { startPlayer, type Player } from '../player/wiring.js';
import { inlineCourseOf } from '../player/prefetch.js';
import type { LoadFailure } from '../player/load-course.js';
import { isVisibleTo, outlineOf, visiblePages, type PageRef } from '../player/view.js';
import type { HavenSupportDialog } from '../support/support-dialog.js';
import type { HavenSettingsDialog } from '../settings/settings-dialog.js';
import { loadPart, SAFETY_PARTS, type LazyPart } from './parts.js';
import '../content-note/content-note.js';
import '../outline/outline.js';

/** The learner's first interaction with the player warms the parts a safety action needs. */
const WARM_ON = ['pointerover', 'pointerdown', 'keydown', 'focusin'] as const;

/** Where quick exit sends the learner. Replaced in tests; see `leave` for what an LMS frame allows. */
export type Navigate = (url: string) => void;

/**
 * The Haven player: loads and checks a course, resumes the learner's progress from this device and
 * the LMS, owns the one course actor and shares it with the blocks through context.
 *
 * @summary The course player: outline, pages, content notes, breaks, support and quick exit.
 * @event haven-progress - The learner's progress changed (detail: progress 0..1, location, statuses, score).
 * @event haven-complete - The course became complete (once).
 * @event haven-error - Something went wrong; `detail.fatal` says whether the course can be shown.
 * @csspart shell - The whole player.
 * @csspart header - Course title and tools.
 * @csspart toolbar - Take a break, support, quick exit and settings.
 * @csspart outline - The module and page outline.
 * @csspart page - The current page (or content note, pause screen).
 * @csspart pager - Previous and next.
 * @csspart saving - The note about where progress is saved.
 * @csspart notice - What happened after the learner cleared their data.
 * @cssproperty --haven-color-bg - Page background.
 * @cssproperty --haven-color-surface - Panels and dialogs.
 * @cssproperty --haven-color-text - Body text.
 * @cssproperty --haven-color-text-muted - Secondary text.
 * @cssproperty --haven-color-accent - Buttons, progress and markers.
 * @cssproperty --haven-color-accent-text - Text on the accent colour.
 * @cssproperty --haven-color-link - Links.
 * @cssproperty --haven-color-focus - The focus ring.
 * @cssproperty --haven-color-support - The support button and dialog.
 * @cssproperty --haven-font-body - Body font stack.
 * @cssproperty --haven-font-heading - Heading font stack.
 * @cssproperty --haven-space-3 - The base spacing step (1rem); steps 1 to 5 exist.
 * @cssproperty --haven-radius - Corner radius.
 * @cssproperty --haven-focus-width - Focus ring width.
 * @cssproperty --haven-max-width - Longest line of page content.
 */
@customElement('haven-course')
export class HavenCourse extends HavenElement {
  static override styles = [HavenElement.baseStyles, tokens, surface, shellStyles];

  private provider = new ContextProvider(this, { context: courseContext });

  @query('haven-support-dialog') private supportDialog?: HavenSupportDialog;
  @query('haven-settings-dialog') private settingsDialog?: HavenSettingsDialog;

  @state() private phase: 'loading' | 'ready' | 'error' | 'exited' = 'loading';
  @state() private errors: readonly CourseError[] = [];
  @state() private errorMessage = '';
  /** What the browser said when the course could not be fetched; the panel then offers to try again. */
  @state() private unreachable?: string;
  @state() private announcement = '';
  /** Shown (not only announced) after the learner's data was cleared, until they move on. */
  @state() private notice = '';

  /**
   * URL of the course JSON; `course.lock.json` beside it is read too, when present. A
   * `<script type="application/json">` inside the element is taken as that file's content and read
   * instead of fetching it, on the first start (launch pages written by `haven build` carry one).
   */
  @property() src = '';
  /** The course as JSON text or an object, instead of `src`. */
  @property({ attribute: false }) course?: string | object;
  /** The tracking-key lock file's content, when the course is given inline. */
  @property({ attribute: false }) lock?: TrackingLock | string;
  /** `auto`: find a SCORM LMS around this window, else run standalone; `none`: always standalone. */
  @property() lms: 'auto' | 'none' = 'auto';
  /** `light` (default), `dark` or `auto` (follows the device's colour-scheme preference). */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'light';
  /** In embed mode, follow and update `#page-id` in the address. */
  @property({ type: Boolean, attribute: 'deep-link' }) deepLink = false;
  /** Set by the learner's low-stimulus setting (remembered on the device); reflected for styling. */
  @property({ type: Boolean, reflect: true, attribute: 'low-stimulus' }) lowStimulus = false;

  /** How quick exit leaves; tests replace it. */
  navigate: Navigate = leave;

  private player?: Player;

  /** The provider's own host cannot consume its context, so the shell asks the player directly. */
  protected override t(key: string, params?: Record<string, string | number>): string {
    return this.player ? this.player.handle.t(key, params) : super.t(key, params);
  }
  private unsubscribe?: () => void;
  private shownKey = '';
  private lastRevision = -1;
  private wasComplete = false;
  private startToken = 0;
  private inlineTaken = false;
  /** Lazily loaded parts the current render needs; `updateComplete` waits for them. */
  private partsLoading = new Set<Promise<boolean>>();

  /**
   * Settles once the course is shown and the learner can act on it, or an error panel is shown. The
   * first screen is up a little earlier: the course actor (XState) loads just after it is painted.
   */
  get ready(): Promise<void> {
    return this.readyPromise;
  }
  private readyPromise: Promise<void> = Promise.resolve();

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener(HavenSupportRequestEvent.type, this.handleSupportRequest);
    window.addEventListener('hashchange', this.handleHashChange);
    for (const type of WARM_ON) this.addEventListener(type, this.warmParts, { passive: true });
    if (!this.player && this.phase === 'loading') this.start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener(HavenSupportRequestEvent.type, this.handleSupportRequest);
    window.removeEventListener('hashchange', this.handleHashChange);
    for (const type of WARM_ON) this.removeEventListener(type, this.warmParts);
    this.stop();
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.partsLoading.size) {
      await Promise.all(this.partsLoading);
      result = await super.getUpdateComplete();
    }
    return result;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('src') && changed.get('src') !== undefined) || (changed.has('course') && changed.get('course') !== undefined)) {
      this.stop();
      this.start();
    }
  }

  protected override updated(): void {
    const view = this.player?.handle.getView();
    if (!view || this.phase !== 'ready') return;
    const key = `${view.state}:${view.pageId}`;
    if (key === this.shownKey) return;
    const first = this.shownKey === '';
    this.shownKey = key;
    // On arrival, focus stays where the host page left it; afterwards it follows the learner.
    if (!first) this.focusHeading();
  }

  /**
   * `quiet`: keep showing the current shell while the new player loads (a restart after clearing data).
   * `again`: the learner asked to try again after the course could not be fetched.
   */
  private start({ quiet = false, again = false } = {}): void {
    const token = ++this.startToken;
    if (!quiet) this.phase = 'loading';
    this.readyPromise = (async () => {
      const inline = this.takeInlineCourse();
      const result = await startPlayer({
        src: this.src,
        course: this.course,
        ...(this.lock !== undefined ? { lock: this.lock } : {}),
        ...(inline !== undefined ? { inline } : {}),
        lms: this.lms,
        window,
        again,
      });
      if (token !== this.startToken) {
        if (result.ok) result.player.stop();
        return;
      }
      if (!result.ok) return this.showFailure(result);
      this.player = result.player;
      const handle = result.player.handle;
      this.provider.setValue(handle);
      this.unsubscribe = handle.subscribe(() => this.handleChange());
      result.player.onError((code, message) => this.dispatchEvent(new HavenErrorEvent({ code, message, fatal: false })));
      this.wasComplete = handle.getProjection().completion === 'completed';
      this.lastRevision = handle.getProgress().revision;
      const interactive = result.player.interactive;
      // A deep link moves the learner before anything is shown, which takes the course actor.
      if (this.deepLink) {
        if (await this.failedToStart(interactive, token)) return;
        this.followHash();
      }
      this.phase = 'ready';
      this.handleChange();
      await this.updateComplete;
      // The first screen is up; `ready` settles once the learner can act on it.
      await this.failedToStart(interactive, token);
    })();
  }

  /** Whether the course actor could not start; if so, the calm panel replaces the player. */
  private async failedToStart(interactive: Promise<LoadFailure | undefined>, token: number): Promise<boolean> {
    const failure = await interactive;
    if (!failure) return false;
    if (token === this.startToken) {
      this.stop();
      await this.showFailure(failure);
    }
    return true;
  }

  /**
   * The copy of the course file the page carries inside this element, for the first start only: it is
   * the file `src` named when the page was written, and a later start (a new `src`, Try again) asks the
   * server.
   */
  private takeInlineCourse(): string | undefined {
    if (this.inlineTaken || !this.src) return undefined;
    this.inlineTaken = true;
    return inlineCourseOf(this);
  }

  private async showFailure(failure: LoadFailure): Promise<void> {
    // The error panel is rarely needed: it loads only when there is something to show.
    await this.needPart('haven-error-panel');
    this.errors = failure.errors;
    this.errorMessage = failure.detail === undefined ? failure.message : '';
    this.unreachable = failure.detail;
    this.phase = 'error';
    this.dispatchEvent(new HavenErrorEvent({ code: failure.code, message: failure.message, fatal: true }));
  }

  private stop(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.player?.stop();
    this.player = undefined;
    this.shownKey = '';
    // A start still under way must not install its player in a removed element; and with no player,
    // the shell must not render as ready (it did, and threw), so putting the element back starts afresh.
    this.startToken++;
    if (this.phase === 'ready') this.phase = 'loading';
  }

  private handleChange(): void {
    const player = this.player;
    if (!player) return;
    const handle = player.handle;
    const view = handle.getView();
    this.lowStimulus = view.lowStimulus;
    const progress = handle.getProgress();
    const projection = handle.getProjection();
    if (progress.revision !== this.lastRevision) {
      this.lastRevision = progress.revision;
      this.dispatchEvent(
        new HavenProgressEvent({
          courseId: projection.courseId,
          progress: projection.progress,
          location: projection.location,
          completion: projection.completion,
          success: projection.success,
          ...(projection.score ? { score: projection.score.raw } : {}),
        }),
      );
    }
    if (projection.completion === 'completed' && !this.wasComplete) {
      this.wasComplete = true;
      this.dispatchEvent(
        new HavenCompleteEvent({
          courseId: projection.courseId,
          success: projection.success,
          completedAt: progress.completedAt ?? new Date().toISOString(),
          ...(projection.score ? { score: projection.score.raw } : {}),
        }),
      );
    }
    if (view.state === 'paused') void this.needPart('haven-pause-screen');
    const ref = this.currentRef();
    // The page behind a content note fetches its blocks while the learner reads the note.
    if (view.state === 'notice' && ref) void loadBlocks(ref.page.blocks.map((b) => b.type));
    if (view.state === 'page' && ref && `${view.state}:${view.pageId}` !== this.shownKey) {
      void loadBlocks(ref.page.blocks.map((b) => b.type));
      if (this.shownKey) {
        this.announcement = this.t('player.navigated', { title: ref.page.title });
        this.notice = '';
      }
      if (this.deepLink && player.standalone && location.hash !== `#${ref.page.id}`) {
        history.replaceState(history.state, '', `#${ref.page.id}`);
      }
    }
    this.requestUpdate();
  }

  private currentRef(): PageRef | undefined {
    const handle = this.player?.handle;
    if (!handle) return undefined;
    const pageId = handle.getView().pageId;
    return visiblePages(handle.course, handle.getProgress().audience).find((r) => r.page.id === pageId);
  }

  /** The learner pressed "Try again": their focus goes to whatever is shown next, course or panel. */
  private retry = async (): Promise<void> => {
    this.start({ again: true });
    await this.ready;
    await this.focusHeading();
  };

  private async focusHeading(): Promise<void> {
    await this.updateComplete;
    const target = this.renderRoot.querySelector('haven-content-note, haven-pause-screen, haven-error-panel') as
      (HTMLElement & { focusHeading?: () => void; updateComplete?: Promise<unknown> }) | null;
    if (target?.focusHeading) {
      await target.updateComplete;
      target.focusHeading();
      return;
    }
    this.renderRoot.querySelector<HTMLElement>('.content h2')?.focus();
  }

  private followHash(): void {
    const player = this.player;
    const id = decodeURIComponent(location.hash.slice(1));
    if (!player || !player.standalone || !id || id === player.handle.getView().pageId) return;
    if (player.handle.course.modules.some((m) => m.pages.some((p) => p.id === id))) {
      player.handle.send({ type: 'nav.goto', pageId: id });
    }
  }

  private handleHashChange = (): void => {
    if (this.deepLink) this.followHash();
  };

  private handleSupportRequest = (): void => {
    void this.openSupport();
  };

  /** Loads a part the current state shows; renders wait for it (see `getUpdateComplete`). */
  private needPart(tag: LazyPart): Promise<boolean> {
    if (customElements.get(tag)) {
      // Defined (perhaps warmed up early) but maybe not rendered yet: parts render only once defined.
      this.requestUpdate();
      return Promise.resolve(true);
    }
    const loading = loadPart(tag);
    this.partsLoading.add(loading);
    void loading.then(() => {
      this.partsLoading.delete(loading);
      this.requestUpdate();
    });
    return loading;
  }

  private warmParts = (): void => {
    for (const type of WARM_ON) this.removeEventListener(type, this.warmParts);
    for (const tag of SAFETY_PARTS) void loadPart(tag);
  };

  /** Opens the support dialog (also reachable from the toolbar on every page). */
  async openSupport(): Promise<void> {
    await this.needPart('haven-support-dialog');
    await this.updateComplete;
    await this.supportDialog?.show();
  }

  /** Opens the settings: display, and the learner's data on this device (download, clear). */
  async openSettings(): Promise<void> {
    await this.needPart('haven-settings-dialog');
    await this.updateComplete;
    await this.settingsDialog?.show();
  }

  /**
   * Says `message` in the live region and shows it under the toolbar until the learner moves on. With
   * `restart`, first starts a new player (the settings dialog stopped this one to clear the learner's
   * data), keeping the shell on screen so focus stays where it was.
   */
  async announce(message: string, restart = false): Promise<void> {
    if (restart) {
      this.unsubscribe?.();
      this.shownKey = '';
      this.start({ quiet: true });
      await this.readyPromise;
    }
    this.announcement = this.notice = message;
  }

  /** Quick exit: hides everything at once, then leaves for the course's neutral page. */
  quickExit(): void {
    const url = this.player?.handle.course.quickExit?.url;
    if (!url) return;
    this.phase = 'exited';
    if (customElements.get('haven-support-dialog')) this.supportDialog?.close();
    if (customElements.get('haven-settings-dialog')) this.settingsDialog?.close();
    // Hide synchronously, before any navigation can be slow or refused.
    this.renderRoot.querySelector<HTMLElement>('.shell')?.setAttribute('hidden', '');
    this.player?.flush();
    this.navigate(url);
  }

  private startBreak(): void {
    this.player?.handle.send({ type: 'break.start' });
  }

  override render() {
    if (this.phase === 'exited') return html`<div class="exited"></div>`;
    if (this.phase === 'loading') return html`<div class="shell" part="shell"><p role="status">${this.t('player.loading')}</p></div>`;
    if (this.phase === 'error') {
      return html`<div class="shell" part="shell">
        <haven-error-panel
          .errors=${this.errors}
          .message=${this.errorMessage}
          kind=${this.unreachable === undefined ? 'invalid' : 'unreachable'}
          .detail=${this.unreachable ?? ''}
          @haven-retry=${this.retry}
        ></haven-error-panel>
      </div>`;
    }
    const handle = this.player!.handle;
    const course = handle.course;
    const view = handle.getView();
    const progress = handle.getProgress();
    const projection = handle.getProjection();
    const percent = Math.round(projection.progress * 100);
    return html`<div class="shell" part="shell">
      <header part="header">
        <h1>${course.title}</h1>
        ${this.renderToolbar(course)}
      </header>
      ${this.renderSaving(view.saving)} ${this.notice ? html`<p class="notice" part="notice">${this.notice}</p>` : nothing}
      <div class="layout">
        <nav class="outline" part="outline" aria-label=${this.t('player.outline')}>
          <details ?open=${this.wideEnough()}>
            <summary>${this.t('player.outlineToggle')}</summary>
            <div class="course-progress">
              <label for="course-progress">${this.t('player.courseProgress', { percent })}</label>
              <progress id="course-progress" max="100" .value=${percent}></progress>
            </div>
            <haven-outline .modules=${outlineOf(course, progress, projection, view.pageId)}></haven-outline>
          </details>
        </nav>
        <section class="content" part="page" aria-label=${course.title}>${this.renderContent()}</section>
      </div>
      ${
        // Loaded on first use: rendered only once defined, so the page never holds an inert element.
        customElements.get('haven-support-dialog') ? html`<haven-support-dialog></haven-support-dialog>` : nothing
      }
      ${customElements.get('haven-settings-dialog') ? html`<haven-settings-dialog .player=${this.player}></haven-settings-dialog>` : nothing}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
  }

  private wideEnough(): boolean {
    return typeof matchMedia === 'function' ? matchMedia('(min-width: 52rem)').matches : true;
  }

  private renderToolbar(course: Course) {
    return html`<div class="tools" part="toolbar" role="group" aria-label=${this.t('player.toolbar')}>
      <button class="support-button" @click=${() => this.openSupport()}>${this.t('support.open')}</button>
      <button @click=${this.startBreak}>${this.t('break.start')}</button>
      <button aria-haspopup="dialog" @click=${() => this.openSettings()}>${this.t('settings.title')}</button>
      ${
        course.quickExit
          ? html`<button class="exit-button" aria-label=${this.t('exit.label')} @click=${this.quickExit}>${this.t('exit.quick')}</button>`
          : nothing
      }
    </div>`;
  }

  private renderSaving(saving: string) {
    if (saving === 'saved') return nothing;
    const key = saving === 'nowhere' ? 'saving.nowhere' : saving === 'lms-only' ? 'saving.lmsOnly' : 'saving.tabOnly';
    return html`<p class="saving ${saving}" part="saving" role="status">${this.t(key)}</p>`;
  }

  private renderContent() {
    const handle = this.player!.handle;
    const view = handle.getView();
    const progress = handle.getProgress();
    if (view.state === 'paused') return html`<haven-pause-screen ?low-stimulus=${this.lowStimulus}></haven-pause-screen>`;
    if (view.state === 'audience') return this.renderAudience();
    const ref = this.currentRef();
    if (!ref) return nothing;
    if (view.state === 'notice' && view.notice) {
      return html`<haven-content-note .note=${view.notice.note} .subject=${view.notice.subject}></haven-content-note>`;
    }
    const pages = visiblePages(handle.course, progress.audience);
    const index = pages.findIndex((r) => r.page.id === ref.page.id);
    const projection = handle.getProjection();
    const audience = progress.audience;
    // Keyed by id: an element reused by position for another page's block would keep that block's draft.
    const blocks = ref.page.blocks.filter((b) => isVisibleTo(b, audience)).map((b) => keyed(b.id, renderBlock(b)));
    return html`<article>
        <h2 tabindex="-1">${ref.page.title}</h2>
        <div class="blocks">${blocks}</div>
      </article>
      ${
        projection.completion === 'completed' && index === pages.length - 1
          ? html`<p class="complete">${this.t('player.complete')}</p>`
          : nothing
      }
      <nav class="pager" part="pager" aria-label=${this.t('player.pageOf', { current: index + 1, total: pages.length })}>
        <button class="previous" ?disabled=${index <= 0} @click=${() => handle.send({ type: 'nav.previous' })}>
          ${this.t('player.previous')}
        </button>
        <p class="count">${this.t('player.pageOf', { current: index + 1, total: pages.length })}</p>
        ${
          index < pages.length - 1
            ? html`<button class="primary next" @click=${() => handle.send({ type: 'nav.next' })}>${this.t('player.next')}</button>`
            : html`<p class="next">${this.t('player.end')}</p>`
        }
      </nav>`;
  }

  private renderAudience() {
    const handle = this.player!.handle;
    const choose = (event: SubmitEvent) => {
      event.preventDefault();
      const data = new FormData(event.target as HTMLFormElement);
      const id = data.get('audience');
      if (typeof id === 'string') handle.send({ type: 'audience.choose', audienceId: id });
    };
    return html`<form class="audience" @submit=${choose}>
      <h2 tabindex="-1">${this.t('audience.title')}</h2>
      <p>${this.t('audience.intro')}</p>
      <fieldset>
        <legend>${this.t('audience.title')}</legend>
        ${handle.course.audiences.map(
          (a, i) => html`<label><input type="radio" name="audience" value=${a.id} ?checked=${i === 0} />${a.title}</label>`,
        )}
      </fieldset>
      <p><button class="primary" type="submit">${this.t('audience.choose')}</button></p>
    </form>`;
  }
}

/**
 * Leaves for the neutral page. The top window first, so the whole LMS page goes, not just our frame.
 * An LMS that serves the course cross-origin, or sandboxes its iframe without
 * `allow-top-navigation`, makes `window.top.location` throw (or silently refuse): then only this
 * frame can be replaced, and the LMS's own page stays visible around it.
 */
export function leave(url: string): void {
  try {
    if (window.top && window.top !== window) {
      window.top.location.replace(url);
      return;
    }
  } catch {
    /* cross-origin or sandboxed frame: fall through to our own frame */
  }
  window.location.replace(url);
}

declare global {
  interface HTMLElementTagNameMap {
    'haven-course': HavenCourse;
  }
}
