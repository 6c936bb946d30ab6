/**
 * The SCORM bridge, shared by both versions (the dialect holds the differences). Values are written
 * as reports arrive (SetValue is cheap: the LMS holds them in memory); commits follow the commit
 * policy; failed commits are retried with backoff and reported through `onStatus`, never thrown.
 */
import { OK, failure, realClock } from '../bridge.js';
import type {
  BridgeFailure,
  BridgeResult,
  BridgeStatus,
  Clock,
  LaunchData,
  LmsBridge,
  OpenResult,
  ReportReason,
  ReportUpdate,
  ResumeEncoder,
} from '../bridge.js';
import { committed, decide, initialPolicy, KEEPALIVE_MS, scheduled } from '../commit-policy.js';
import type { PolicyState } from '../commit-policy.js';
import type { Dialect, Pair } from './dialects.js';
import type { ScormRuntime } from './runtime.js';

/** Retries after a failed commit: 1 s, 2 s, 4 s, 8 s, then the LMS counts as lost until a commit works. */
export const RETRY_DELAYS_MS: readonly number[] = [1000, 2000, 4000, 8000];

export interface ScormBridgeOptions {
  readonly runtime: ScormRuntime;
  readonly dialect: Dialect;
  readonly encode: ResumeEncoder;
  readonly clock?: Clock;
  /** For the keep-alive: no keep-alive commits while this window's document is hidden. */
  readonly window?: Window;
}

interface Slot {
  readonly index: number;
}

export class ScormBridge implements LmsBridge {
  readonly kind: 'scorm12' | 'scorm2004';
  readonly #rt: ScormRuntime;
  readonly #dialect: Dialect;
  readonly #encode: ResumeEncoder;
  readonly #clock: Clock;
  readonly #window: Window | undefined;
  readonly #listeners = new Set<(status: BridgeStatus) => void>();
  /** Element -> value last accepted by the LMS: unchanged values are not sent again. */
  readonly #written = new Map<string, string>();
  /** Interaction id -> index in `cmi.interactions`. */
  readonly #slots = new Map<string, Slot>();
  #opened: OpenResult | undefined;
  #openedAt = 0;
  #nextInteraction = 0;
  #lmsInteractionCount = 0;
  #baselineMs: number | undefined;
  #terminated = false;
  #dirty = false;
  #lastCommitFailed = false;
  #policy: PolicyState = initialPolicy;
  #trailing: unknown;
  #retry: unknown;
  #retryAttempt = 0;
  #keepalive: unknown;
  #status: BridgeStatus | undefined;

  constructor(options: ScormBridgeOptions) {
    this.kind = options.runtime.version;
    this.#rt = options.runtime;
    this.#dialect = options.dialect;
    this.#encode = options.encode;
    this.#clock = options.clock ?? realClock;
    this.#window = options.window;
  }

  open(): OpenResult {
    if (this.#opened) return this.#opened;
    const init = this.#rt.initialize();
    if (!init.ok) {
      this.#opened = init.code === 'LMS_GONE' || init.code === 'LMS_EXCEPTION' ? init : { ...init, code: 'LMS_INIT_FAILED' };
      this.#setStatus({ state: 'lost', failure: this.#opened });
      return this.#opened;
    }
    const read = (element: string): string | undefined => {
      const got = this.#rt.get(element);
      return got.ok ? got.value : undefined;
    };
    const launch = this.#dialect.readLaunch(read);
    this.#openedAt = this.#clock.now();
    const count = Number(read('cmi.interactions._count') ?? '0');
    this.#lmsInteractionCount = Number.isInteger(count) && count > 0 ? count : 0;
    this.#nextInteraction = this.#lmsInteractionCount;
    if (this.#dialect.readableInteractions) this.#readInteractions(read);
    this.#opened = { ok: true, launch };
    this.#setStatus({ state: 'saved' });
    return this.#opened;
  }

  report(update: ReportUpdate, reason: ReportReason): BridgeResult {
    if (this.#terminated) return failure('LMS_TERMINATED', 'The LMS session has already ended.');
    const opened = this.open();
    if (!opened.ok) return opened;
    const written = this.#write(update, opened.launch);
    const committedResult = this.#afterWrite(reason);
    return written.ok ? committedResult : written;
  }

  flush(): BridgeResult {
    if (this.#terminated) return failure('LMS_TERMINATED', 'The LMS session has already ended.');
    if (!this.#opened?.ok) return this.#opened ?? OK;
    if (!this.#dirty && !this.#lastCommitFailed) return OK;
    return this.#commitNow();
  }

  terminate(): BridgeResult {
    if (this.#terminated) return OK;
    this.#terminated = true;
    this.#clearTimers();
    if (!this.#opened?.ok) return OK;
    // A commit refused here (one LMS answers 391 during unload) is not fatal: Terminate commits too.
    if (this.#dirty || this.#lastCommitFailed) this.#rt.commit();
    const finished = this.#rt.finish();
    this.#setStatus(finished.ok ? { state: 'terminated' } : { state: 'lost', failure: finished });
    return finished;
  }

  onStatus(listener: (status: BridgeStatus) => void): () => void {
    this.#listeners.add(listener);
    if (this.#status) listener(this.#status);
    return () => this.#listeners.delete(listener);
  }

  /** Interaction ids the LMS already holds (2004 can read them back), so answers update in place. */
  #readInteractions(read: (element: string) => string | undefined): void {
    for (let i = 0; i < this.#lmsInteractionCount; i++) {
      const id = read(`cmi.interactions.${i}.id`);
      if (!id) continue;
      this.#slots.set(id, { index: i });
      for (const suffix of ['id', 'type', 'learner_response', 'result']) {
        const value = suffix === 'id' ? id : read(`cmi.interactions.${i}.${suffix}`);
        if (value !== undefined) this.#written.set(`cmi.interactions.${i}.${suffix}`, value);
      }
    }
  }

  #write(update: ReportUpdate, launch: LaunchData): BridgeResult {
    const { projection, progress } = update;
    const d = this.#dialect;
    let first: BridgeFailure | undefined;
    const note = (result: BridgeResult): void => {
      if (!result.ok && !first) first = result;
    };

    if (projection.location.length <= d.locationLimit) note(this.#set(d.locationElement, projection.location));
    else note(failure('LMS_LIMIT', `The location is longer than ${d.locationLimit} characters.`));

    const suspendData = this.#encode(progress, d.suspendLimit);
    if (suspendData.length <= d.suspendLimit) note(this.#set(d.suspendElement, suspendData));
    else note(failure('LMS_LIMIT', `Resume data (${suspendData.length} characters) exceeds ${d.suspendLimit}.`));

    // Browse and review launches change no statuses, scores or interactions.
    if (launch.mode === 'normal') {
      for (const [element, value] of d.statusPairs(projection, launch.prior)) note(this.#set(element, value));
      for (const record of projection.interactions) note(this.#writeInteraction(record));
    }

    this.#baselineMs ??= projection.timeSpentMs;
    const done = projection.completion === 'completed' && projection.success !== 'failed';
    for (const [element, value] of d.sessionPairs(projection.timeSpentMs - this.#baselineMs, done)) {
      note(this.#set(element, value));
    }
    return first ?? OK;
  }

  #writeInteraction(record: ReportUpdate['projection']['interactions'][number]): BridgeResult {
    const fields = this.#dialect.interactionFields(record);
    const id = fields[0]?.[1] ?? record.id;
    let slot = this.#slots.get(id);
    if (!slot) {
      // 1.2 interactions are write-only: after a resume, answers given before this launch were
      // reported by the earlier session, so only newer ones are written.
      const earlier = !this.#dialect.readableInteractions && this.#lmsInteractionCount > 0 && Date.parse(record.timestamp) < this.#openedAt;
      if (earlier) return OK;
      slot = { index: this.#nextInteraction };
    }
    const pairs: Pair[] = fields.map(([suffix, value]) => [`cmi.interactions.${slot.index}.${suffix}`, value]);
    for (const [element, value] of pairs) {
      const result = this.#set(element, value);
      if (!result.ok) return result;
      if (!this.#slots.has(id)) {
        // The index is taken once the id is accepted; indices must stay sequential.
        this.#slots.set(id, slot);
        this.#nextInteraction++;
      }
    }
    return OK;
  }

  #set(element: string, value: string): BridgeResult {
    if (this.#written.get(element) === value) return OK;
    const result = this.#rt.set(element, value);
    if (result.ok) {
      this.#written.set(element, value);
      this.#dirty = true;
    } else if (result.code === 'LMS_GONE') {
      this.#setStatus({ state: 'lost', failure: result });
    }
    return result;
  }

  #afterWrite(reason: ReportReason): BridgeResult {
    const now = this.#clock.now();
    const decision = decide(this.#policy, reason, now);
    switch (decision.kind) {
      case 'commit':
        return this.#commitNow();
      case 'schedule':
        this.#policy = scheduled(this.#policy, decision.at);
        this.#trailing = this.#clock.setTimeout(() => {
          this.#trailing = undefined;
          if (!this.#terminated && (this.#dirty || this.#lastCommitFailed)) this.#commitNow();
          else this.#policy = { ...this.#policy, dueAt: null };
        }, decision.at - now);
        return OK;
      case 'wait':
      case 'none':
        return OK;
    }
  }

  #commitNow(): BridgeResult {
    if (this.#trailing !== undefined) this.#clock.clearTimeout(this.#trailing);
    if (this.#retry !== undefined) this.#clock.clearTimeout(this.#retry);
    this.#trailing = undefined;
    this.#retry = undefined;
    this.#policy = committed(this.#policy, this.#clock.now());
    const result = this.#rt.commit();
    this.#armKeepalive();
    if (result.ok) {
      this.#dirty = false;
      this.#lastCommitFailed = false;
      this.#retryAttempt = 0;
      this.#setStatus({ state: 'saved' });
      return OK;
    }
    this.#lastCommitFailed = true;
    if (result.code === 'LMS_GONE' || this.#retryAttempt >= RETRY_DELAYS_MS.length) {
      this.#setStatus({ state: 'lost', failure: result });
      return result;
    }
    const delay = RETRY_DELAYS_MS[this.#retryAttempt] ?? 1000;
    this.#retryAttempt++;
    this.#setStatus({ state: 'retrying', attempt: this.#retryAttempt, failure: result });
    this.#retry = this.#clock.setTimeout(() => {
      this.#retry = undefined;
      if (!this.#terminated) this.#commitNow();
    }, delay);
    return result;
  }

  #armKeepalive(): void {
    if (this.#keepalive !== undefined) this.#clock.clearTimeout(this.#keepalive);
    this.#keepalive = this.#clock.setTimeout(() => {
      this.#keepalive = undefined;
      if (this.#terminated || this.#hidden()) return;
      if (decide(this.#policy, 'keepalive', this.#clock.now()).kind === 'commit') this.#commitNow();
    }, KEEPALIVE_MS);
  }

  #hidden(): boolean {
    try {
      return this.#window?.document.visibilityState === 'hidden';
    } catch {
      return false;
    }
  }

  #clearTimers(): void {
    for (const handle of [this.#trailing, this.#retry, this.#keepalive]) {
      if (handle !== undefined) this.#clock.clearTimeout(handle);
    }
    this.#trailing = this.#retry = this.#keepalive = undefined;
  }

  #setStatus(status: BridgeStatus): void {
    const same =
      this.#status?.state === status.state &&
      (status.state !== 'retrying' || (this.#status as { attempt: number }).attempt === status.attempt);
    if (same) return;
    this.#status = status;
    for (const listener of this.#listeners) {
      try {
        listener(status);
      } catch {
        // A listener's fault must not break saving.
      }
    }
  }
}
