/**
 * The one place the player meets the other packages: it loads the course, opens the LMS bridge and
 * the store, resumes, starts the one course actor with the real side effects, and exposes a
 * PlayerHandle. Everything here returns typed results; nothing is shown to the learner from here.
 */
import type { Course, TrackingLock } from '@haven/course';
import { emptyProgress, merge, project } from '@haven/engine/player';
import type { CourseEvent, Progress, Projection } from '@haven/engine';
import { openStore, type Store, type StoreStatus } from '@haven/store';
import { attachLifecycle, connectLms, type BridgeStatus, type LmsBridge, type ReportReason } from '@haven/lms';
import { mayHaveLms, noLmsBridge } from './no-lms.js';
import { takeEarlyStore } from './early-store.js';
import { hearRemoteChanges, type RemoteChanges } from './remote-changes.js';
import { loadMessages } from '../i18n/load.js';
import { translate } from '../i18n/translate.js';
import type { Messages } from '../i18n/en-GB.js';
import { loadCourse, type LoadFailure } from './load-course.js';
import { runEngine, type EngineRun } from './engine-adapter.js';
import type { PlayerHandle, SavingStatus, ShellView } from './view.js';

export interface StartOptions {
  readonly src?: string;
  readonly course?: string | object;
  readonly lock?: TrackingLock | string;
  /** The content of the file at `src`, carried by the page (see LoadOptions.inline). */
  readonly inline?: string;
  readonly lms: 'auto' | 'none';
  /** A second try after the course could not be fetched (see LoadOptions.again). */
  readonly again?: boolean;
  readonly window: Window;
  /** IndexedDB database name (tests isolate themselves with their own). */
  readonly dbName?: string;
  /** Injected store (tests: a store whose IndexedDB fails). */
  readonly store?: Store;
}

export interface Player {
  readonly handle: PlayerHandle;
  /**
   * Settles once the learner can act: the first screen is drawn before the course actor's code has
   * loaded. With a failure when that code could not be loaded (the page is then no use).
   */
  readonly interactive: Promise<LoadFailure | undefined>;
  /** No LMS: the page is the learner's own (deep links may touch the address). */
  readonly standalone: boolean;
  readonly bridge: LmsBridge;
  readonly store: Store;
  onError(listener: (code: string, message: string) => void): () => void;
  /** Commits anything pending to the LMS now. */
  flush(): void;
  /**
   * Stops the player. `beforeClose` runs once everything the player was writing has reached the store,
   * just before the store closes (the settings dialog clears the learner's data there).
   */
  stop(beforeClose?: (store: Store) => Promise<unknown>): Promise<void>;
}

export type StartResult = { readonly ok: true; readonly player: Player } | LoadFailure;

type Codec = typeof import('@haven/engine/codec');

/**
 * Test seam: options every new player picks up (e.g. a per-test database name). `actorAfter` stands in
 * for the first paint the course actor waits for, so a test can hold it back or make it fail.
 */
export const playerDefaults: {
  dbName?: string;
  indexedDB?: IDBFactory | null;
  store?: () => Promise<Store>;
  actorAfter?: () => Promise<unknown>;
} = {};

/** Longest stretch counted as active time in one go, so a forgotten open tab does not count for hours. */
const MAX_TICK_MS = 10 * 60 * 1000;

export async function startPlayer(options: StartOptions): Promise<StartResult> {
  const win = options.window;
  // Discovery only when an LMS could be there (in a frame, or opened by another window).
  const withLms = options.lms !== 'none' && mayHaveLms(win);
  const current: { course?: Course } = {};
  const mergeProgress = (a: Progress, b: Progress): Progress =>
    current.course ? merge(current.course, a, b) : b.revision >= a.revision ? b : a;
  const open = (lmsLearnerId?: string): Promise<Store> =>
    options.store
      ? Promise.resolve(options.store)
      : playerDefaults.store
        ? playerDefaults.store()
        : openStore({
            merge: mergeProgress,
            quickStart: true,
            ...(lmsLearnerId ? { lmsLearnerId } : {}),
            ...(playerDefaults.indexedDB !== undefined ? { indexedDB: playerDefaults.indexedDB } : {}),
            ...((options.dbName ?? playerDefaults.dbName) ? { dbName: options.dbName ?? playerDefaults.dbName } : {}),
          });
  // The device store opens while the course loads (with an LMS, the learner id follows: see early-store.ts).
  const defaultStore =
    !options.store && !options.dbName && !playerDefaults.store && !playerDefaults.dbName && playerDefaults.indexedDB === undefined;
  const taken = defaultStore ? takeEarlyStore() : undefined;
  const early = taken?.lms === withLms ? taken : undefined;
  if (taken && !early) {
    taken.bind(mergeProgress);
    void taken.store.then((s) => s.close());
  }
  const earlyStore = early?.store ?? (withLms ? undefined : open());
  // Awaited below; until then a failure must not count as unhandled.
  earlyStore?.catch(() => {});
  /** No player after all: the store opened for it finishes opening and closes. */
  const abandon = () => {
    early?.bind(mergeProgress);
    if (earlyStore && !options.store)
      void earlyStore.then(
        (s) => s.close(),
        () => {},
      );
  };
  try {
    const loaded = await loadCourse({
      ...(options.src !== undefined ? { src: options.src } : {}),
      ...(options.course !== undefined ? { course: options.course } : {}),
      ...(options.lock !== undefined ? { lock: options.lock } : {}),
      ...(options.inline !== undefined ? { inline: options.inline } : {}),
      ...(options.again ? { again: true } : {}),
    });
    if (!loaded.ok) {
      abandon();
      return loaded;
    }
    const loadedCourse = loaded.course;
    current.course = loadedCourse;

    let bridge: LmsBridge = noLmsBridge();
    let detach = () => {};
    const leaving: Leaving = { save() {}, report() {} };
    // The resume codec reads suspend data before the first screen and writes it with every report. A new
    // learner has none to read, so for them it loads after the first screen, before the course actor starts.
    let codec: Codec | undefined;
    const loadCodec = async (): Promise<Codec> => (codec ??= await import('@haven/engine/codec'));
    if (withLms) {
      bridge = connectLms({
        window: win,
        course: loadedCourse,
        // Suspend data within the LMS's limit; the codec drops the least important detail first (the device
        // keeps it all). Nothing reports before the codec is loaded (see `acting` in assemble).
        encode: (progress, maxChars) => codec?.encodeWithin(loadedCourse, progress, maxChars).data ?? '',
      });
      detach = attachLifecycle(handsOverFirst(bridge, leaving), win);
    }
    const opened = bridge.open();
    const launch = opened.ok ? opened.launch : undefined;
    const suspendData = launch?.suspendData ?? '';

    early?.bind(mergeProgress, launch?.learnerId || undefined);
    const storeReady = earlyStore ?? open(launch?.learnerId || undefined);
    // Before the first read: a quick-start store may find this device's progress after it, as a remote change.
    const remote = hearRemoteChanges(storeReady);
    const [store, decoder] = await Promise.all([storeReady, suspendData ? loadCodec() : undefined]);
    const [progress, lowStimulusSetting, messages] = await Promise.all([
      resume(loadedCourse, store, suspendData, decoder),
      store.getSetting('lowStimulus'),
      loadMessages(loadedCourse.lang),
    ]);
    return {
      ok: true,
      player: assemble({
        course: loadedCourse,
        messages,
        baseUrl: loaded.baseUrl,
        bridge,
        store,
        remote,
        initial: progress,
        lowStimulusInitial: !!(lowStimulusSetting.ok && lowStimulusSetting.value),
        learnerName: launch?.learnerName,
        win,
        detachLifecycle: detach,
        leaving,
        // The course actor starts once the first screen is up, and with an LMS once it can report.
        actorAfter: (playerDefaults.actorAfter?.() ?? afterFirstPaint(win)).then(() =>
          bridge.kind === 'standalone' ? undefined : loadCodec(),
        ),
      }),
    };
  } catch (error) {
    // A part of the player that could not be loaded (a chunk over a dropped connection) or started:
    // the learner gets the calm panel with Try again, never a page stuck on "Loading".
    abandon();
    return couldNotStart(error);
  }
}

function couldNotStart(error: unknown): LoadFailure {
  const detail = error instanceof Error ? error.message : String(error);
  return { ok: false, code: 'COURSE_LOAD_FAILED', errors: [], message: `The course could not be started (${detail}).`, detail };
}

/**
 * Settles once the first screen has had its chance to paint (the frame after it was drawn), so the
 * course actor's code is not fetched and run ahead of it. A hidden page paints no frames: a timer
 * stands in.
 */
function afterFirstPaint(win: Window): Promise<void> {
  return new Promise((done) => {
    const fallback = win.setTimeout(done, 100);
    win.requestAnimationFrame(() =>
      win.setTimeout(() => {
        win.clearTimeout(fallback);
        done();
      }, 0),
    );
  });
}

/**
 * What the player does when the page may be going away. Its own writes queue behind the store
 * (write-ahead), and the page may get no further turn, so the latest progress goes straight out.
 */
interface Leaving {
  save(): void;
  report(): void;
}

/** The bridge as the page lifecycle drives it: the latest progress is handed over before it commits or ends. */
function handsOverFirst(bridge: LmsBridge, leaving: Leaving): LmsBridge {
  return {
    kind: bridge.kind,
    open: () => bridge.open(),
    report: (update, reason) => bridge.report(update, reason),
    flush() {
      leaving.save();
      leaving.report();
      return bridge.flush();
    },
    terminate() {
      leaving.save();
      leaving.report();
      return bridge.terminate();
    },
    onStatus: (listener) => bridge.onStatus(listener),
  };
}

/** The newest of this device's snapshot and the LMS's suspend data, merged so nothing goes backwards. */
async function resume(course: Course, store: Store, suspendData: string, codec: Codec | undefined): Promise<Progress> {
  let progress = emptyProgress(course);
  const local = await store.load(course.id);
  if (local.ok && local.progress) progress = merge(course, progress, local.progress);
  if (suspendData && codec) {
    const decoded = codec.decode(course, suspendData);
    if (decoded.ok) progress = merge(course, progress, decoded.progress);
  }
  return progress;
}

/** What the note under the toolbar says; only a commit the LMS accepted counts as saved to the organisation. */
function savingStatus(store: StoreStatus, bridge: BridgeStatus | undefined): SavingStatus {
  if (store.mode === 'indexeddb') return 'saved';
  if (bridge?.state === 'saved') return 'lms-only';
  if (bridge?.state === 'lost') return 'nowhere';
  // No LMS, an LMS still being retried, or a session already ended: only this tab has it for now.
  return 'tab-only';
}

/** What a started player is made of. */
interface Parts {
  readonly course: Course;
  readonly messages: Messages;
  readonly baseUrl: string;
  readonly bridge: LmsBridge;
  readonly store: Store;
  readonly remote: RemoteChanges;
  /** The progress resumed from this device and the LMS. */
  readonly initial: Progress;
  readonly lowStimulusInitial: boolean;
  readonly learnerName: string | undefined;
  readonly win: Window;
  readonly detachLifecycle: () => void;
  readonly leaving: Leaving;
  /** Settles when the course actor may start (see runEngine). */
  readonly actorAfter: Promise<unknown>;
}

function assemble({
  course,
  messages,
  baseUrl,
  bridge,
  store,
  remote,
  initial,
  lowStimulusInitial,
  learnerName,
  win,
  detachLifecycle,
  leaving,
  actorAfter,
}: Parts): Player {
  const listeners = new Set<() => void>();
  const errorListeners = new Set<(code: string, message: string) => void>();
  const notify = () => listeners.forEach((l) => l());
  // A fault is told to the host page once when it starts, not again on every action while it lasts.
  const faults = new Set<string>();
  const fail = (code: string, message: string) => {
    if (faults.has(code)) return;
    faults.add(code);
    errorListeners.forEach((l) => l(code, message));
  };
  const recovered = (prefix: 'STORE_' | 'LMS_') => {
    for (const code of faults) if (code.startsWith(prefix)) faults.delete(code);
  };

  let lowStimulus = lowStimulusInitial;
  let lowStimulusChosen = false;
  let storeStatus: StoreStatus = store.status;
  let bridgeStatus: BridgeStatus | undefined;
  let lastReported: Projection | undefined;
  // Write-ahead: every LMS report waits for the store write before it.
  let writes: Promise<unknown> = Promise.resolve();
  // Revisions already saved / reported, and the newest one sent straight out as the page was leaving
  // (queued work for it or anything older is then skipped, so the LMS never goes backwards).
  let savedRevision = initial.revision;
  let reportedRevision = -1;
  let handedOverRevision = -1;

  const engine: EngineRun = runEngine(
    course,
    initial,
    {
      persist(progress) {
        writes = writes.then(async () => {
          const saved = await store.save(course.id, progress);
          if (!saved.ok) fail(saved.code, saved.message);
          else {
            savedRevision = Math.max(savedRevision, progress.revision);
            recovered('STORE_');
          }
        });
      },
      report(projection, progress) {
        const reason: ReportReason =
          !lastReported || lastReported.location !== projection.location
            ? 'page'
            : lastReported.success !== projection.success || lastReported.score?.raw !== projection.score?.raw
              ? 'assessment'
              : 'answer';
        lastReported = projection;
        writes = writes.then(() => {
          if (progress.revision <= handedOverRevision) return;
          reportedRevision = Math.max(reportedRevision, progress.revision);
          const result = bridge.report({ projection, progress }, reason);
          if (!result.ok) fail(result.code, result.message);
        });
      },
      saveReflection(blockId, text) {
        writes = writes.then(async () => {
          const saved = await store.saveReflection(course.id, blockId, text);
          if (!saved.ok) fail(saved.code, saved.message);
        });
      },
    },
    actorAfter,
  );

  let projectionCache: { revision: number; projection: Projection } | undefined;
  const getProjection = (): Projection => {
    const progress = engine.getProgress();
    if (projectionCache?.revision !== progress.revision)
      projectionCache = { revision: progress.revision, projection: project(course, progress) };
    return projectionCache.projection;
  };

  const handle: PlayerHandle = {
    course,
    getProgress: () => engine.getProgress(),
    getProjection,
    getView: (): ShellView => {
      const notice = engine.getNotice();
      return {
        state: engine.getState(),
        pageId: engine.getPageId(),
        lowStimulus,
        saving: savingStatus(storeStatus, bridgeStatus),
        ...(learnerName ? { learnerName } : {}),
        ...(notice ? { notice } : {}),
      };
    },
    send: (event: CourseEvent) => {
      if (event.type.startsWith('nav.')) tick();
      engine.send(event);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async loadReflection(blockId) {
      const result = await store.getReflections(course.id);
      return result.ok ? result.reflections.find((r) => r.blockId === blockId)?.text : undefined;
    },
    t: (key, params) => translate(messages, key, params),
    resolveUrl: (path) => new URL(path, baseUrl).href,
    setLowStimulus(on) {
      lowStimulus = on;
      lowStimulusChosen = true;
      void store.setSetting('lowStimulus', on);
      notify();
    },
  };

  // A quick-start store that presumed a new device wrongly answered "nothing" (see resume): the display
  // the learner chose on this device then applies once found, unless they have just chosen again.
  void store.foundAfterAll
    .then((found) => (found ? store.getSetting('lowStimulus') : undefined))
    .then((setting) => {
      if (!setting?.ok || lowStimulusChosen || !!setting.value === lowStimulus) return;
      lowStimulus = !!setting.value;
      notify();
    });

  // Active time: counted while the page is visible, sent on page changes and when the page is hidden.
  let activeSince = win.document.visibilityState === 'visible' ? Date.now() : 0;
  const tick = () => {
    if (!activeSince) return;
    const now = Date.now();
    const ms = Math.min(now - activeSince, MAX_TICK_MS);
    activeSince = now;
    if (ms >= 1000) engine.send({ type: 'time.tick', ms });
  };
  leaving.save = () => {
    const progress = engine.getProgress();
    if (progress.revision <= savedRevision) return;
    savedRevision = progress.revision;
    store.saveNow?.(course.id, progress);
    void store.save(course.id, progress).then((saved) => {
      if (!saved.ok) fail(saved.code, saved.message);
    });
  };
  // Until the course actor runs the learner has only arrived: the LMS keeps what it had (the device
  // store gets the arrival), and a new learner's codec may still be loading.
  let acting = false;
  void engine.interactive.then(
    () => (acting = true),
    () => {},
  );
  leaving.report = () => {
    if (!acting) return;
    const progress = engine.getProgress();
    if (progress.revision <= Math.max(reportedRevision, handedOverRevision)) return;
    handedOverRevision = progress.revision;
    lastReported = getProjection();
    const result = bridge.report({ projection: lastReported, progress }, 'hidden');
    if (!result.ok) fail(result.code, result.message);
  };
  const onVisibility = () => {
    if (win.document.visibilityState === 'hidden') {
      tick();
      activeSince = 0;
      leaving.save();
    } else activeSince = Date.now();
  };
  const onPageHide = () => leaving.save();
  win.document.addEventListener('visibilitychange', onVisibility);
  win.addEventListener('pagehide', onPageHide);

  const cleanups = [
    engine.subscribe(notify),
    store.onStatus((status) => {
      storeStatus = status;
      notify();
    }),
    bridge.onStatus((status) => {
      bridgeStatus = status;
      if (status.state === 'lost') fail(status.failure.code, status.failure.message);
      if (status.state === 'saved') recovered('LMS_');
      notify();
    }),
    remote.forward((courseId, progress) => {
      if (courseId === course.id) engine.send({ type: 'progress.merge', progress });
    }),
    detachLifecycle,
    () => win.document.removeEventListener('visibilitychange', onVisibility),
    () => win.removeEventListener('pagehide', onPageHide),
  ];

  return {
    handle,
    interactive: engine.interactive.then(
      () => undefined,
      (error: unknown) => couldNotStart(error),
    ),
    standalone: bridge.kind === 'standalone',
    bridge,
    store,
    onError(listener) {
      errorListeners.add(listener);
      return () => errorListeners.delete(listener);
    },
    flush() {
      bridge.flush();
    },
    stop(beforeClose) {
      tick();
      cleanups.forEach((c) => c());
      engine.stop();
      bridge.flush();
      listeners.clear();
      const closed = writes.then(() => beforeClose?.(store)).then(() => store.close());
      writes = closed;
      return closed;
    },
  };
}
