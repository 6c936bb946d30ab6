/**
 * The contract between the player and an LMS. One shape for SCORM 1.2, SCORM 2004 and the standalone
 * (embedded, no LMS) case, so the player's code is the same everywhere.
 *
 * Nothing here throws: every call answers with a typed result, and the learner is never blocked.
 * Suspend data: the caller passes `progress`; the bridge encodes it through the injected
 * `ResumeEncoder` with the version's limit (4,096 characters in 1.2, 64,000 in 2004), so shrinking
 * to fit is the codec's job (`encodeWithin` keeps completion and scores first).
 */
import type { Course } from '@haven/course';
import type { Progress, Projection } from '@haven/engine';

export type BridgeKind = 'scorm12' | 'scorm2004' | 'standalone';

export type BridgeErrorCode =
  | 'LMS_NOT_FOUND'
  | 'LMS_INIT_FAILED'
  | 'LMS_SET_FAILED'
  | 'LMS_COMMIT_FAILED'
  | 'LMS_TERMINATED'
  | 'LMS_EXCEPTION'
  | 'LMS_GONE'
  | 'LMS_LIMIT';

export interface BridgeFailure {
  readonly ok: false;
  readonly code: BridgeErrorCode;
  /** The LMS's own error code (a string in SCORM), when it gave one. */
  readonly lmsError?: string;
  readonly message: string;
}
export type BridgeResult = { readonly ok: true } | BridgeFailure;

export type LaunchMode = 'normal' | 'browse' | 'review';

/** What the LMS told us at launch. */
export interface LaunchData {
  /** `resume` when the LMS holds suspend data from an earlier session of this attempt. */
  readonly entry: 'ab-initio' | 'resume' | '';
  /** `cmi.core.lesson_location` (1.2) or `cmi.location` (2004): a page id. */
  readonly location: string;
  /** The encoded resume data, or "" when none. Decode with the engine's codec. */
  readonly suspendData: string;
  readonly learnerId: string;
  /** For the certificate only: never stored. */
  readonly learnerName: string;
  /** browse/review: the bridge writes no statuses, scores or interactions. */
  readonly mode: LaunchMode;
  readonly credit: 'credit' | 'no-credit';
  /** 1.2 `cmi.student_data.mastery_score` (0..100), when the manifest gave one. */
  readonly masteryScore?: number;
  /** 2004 `cmi.completion_threshold` (0..1). */
  readonly completionThreshold?: number;
  /** 2004 `cmi.scaled_passing_score` (-1..1). */
  readonly scaledPassingScore?: number;
  /** Statuses the LMS already holds, in the engine's terms. */
  readonly prior: Readonly<{
    completion: 'not-attempted' | 'incomplete' | 'completed' | 'unknown';
    success: 'unknown' | 'passed' | 'failed';
    /** Raw score 0..100 the LMS holds, if any. */
    score?: number;
  }>;
}

export type OpenResult = { readonly ok: true; readonly launch: LaunchData } | BridgeFailure;

/** Why the player reports: the commit policy decides from this whether (and when) to commit. */
export type ReportReason = 'page' | 'assessment' | 'hidden' | 'keepalive' | 'answer';

export interface ReportUpdate {
  readonly projection: Projection;
  /** Encoded into suspend data by the bridge's resume encoder. */
  readonly progress: Progress;
}

/**
 * Where saving to the LMS stands. The player shows a calm notice only when the LMS is `lost` and
 * its own store cannot save either.
 */
export type BridgeStatus =
  | { readonly state: 'standalone' }
  | { readonly state: 'saved' }
  | { readonly state: 'retrying'; readonly attempt: number; readonly failure: BridgeFailure }
  | { readonly state: 'lost'; readonly failure: BridgeFailure }
  | { readonly state: 'terminated' };

export interface LmsBridge {
  readonly kind: BridgeKind;
  /** Initialises the LMS session (once) and reads the launch data. Idempotent. */
  open(): OpenResult;
  /** Writes the projection to the LMS data model; commits now or later as the commit policy says. */
  report(update: ReportUpdate, reason: ReportReason): BridgeResult;
  /** Commits anything pending now. */
  flush(): BridgeResult;
  /** Writes exit and session time, commits and ends the session. Safe to call more than once. */
  terminate(): BridgeResult;
  /** Subscribes to status changes; returns the unsubscribe function. */
  onStatus(listener: (status: BridgeStatus) => void): () => void;
}

/** Encodes progress into LMS-safe characters, no longer than `maxChars` (the engine's `encodeWithin`, course bound). */
export type ResumeEncoder = (progress: Progress, maxChars: number) => string;

/** Timers and the clock, injected so the commit policy can be driven by a fake clock in tests and benchmarks. */
export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface ConnectOptions {
  /** The window the course runs in (discovery starts from it). Defaults to `globalThis.window`. */
  readonly window?: Window;
  /** Which API to prefer when both are present. Defaults to 2004 first, per the ADL algorithm. */
  readonly prefer?: 'scorm12' | 'scorm2004';
  /** The course, for interaction descriptions and 1.2 single-character option ids. */
  readonly course: Course;
  /** The resume encoder. */
  readonly encode: ResumeEncoder;
  readonly clock?: Clock;
}

export const realClock: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};

export function failure(code: BridgeErrorCode, message: string, lmsError?: string): BridgeFailure {
  return lmsError === undefined ? { ok: false, code, message } : { ok: false, code, lmsError, message };
}

export const OK: BridgeResult = Object.freeze({ ok: true as const });
