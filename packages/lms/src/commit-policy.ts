/**
 * When to commit. Pure: the caller passes the time, so fake clocks drive it in tests and benchmarks.
 *
 * - page change / assessment result: commit now, unless the last commit was under a second ago; then
 *   one trailing commit at the end of that second carries everything (rapid navigation coalesces).
 * - hidden: commit now (the page may never come back).
 * - answer: no commit of its own; the answer rides on the next one.
 * - keep-alive: commit when nothing was committed for five minutes (LMS sessions expire when idle).
 */
import type { ReportReason } from './bridge.js';

export const MIN_COMMIT_INTERVAL_MS = 1000;
export const KEEPALIVE_MS = 5 * 60 * 1000;

export interface PolicyState {
  readonly lastCommitAt: number | null;
  /** When a trailing commit is due, if one is scheduled. */
  readonly dueAt: number | null;
}

export type PolicyDecision =
  { readonly kind: 'commit' } | { readonly kind: 'schedule'; readonly at: number } | { readonly kind: 'wait' } | { readonly kind: 'none' };

export const initialPolicy: PolicyState = { lastCommitAt: null, dueAt: null };

export function decide(state: PolicyState, reason: ReportReason, now: number): PolicyDecision {
  switch (reason) {
    case 'hidden':
      return { kind: 'commit' };
    case 'answer':
      return { kind: 'none' };
    case 'keepalive':
      return state.lastCommitAt === null || now - state.lastCommitAt >= KEEPALIVE_MS ? { kind: 'commit' } : { kind: 'none' };
    case 'page':
    case 'assessment': {
      if (state.dueAt !== null) return { kind: 'wait' };
      if (state.lastCommitAt === null || now - state.lastCommitAt >= MIN_COMMIT_INTERVAL_MS) return { kind: 'commit' };
      return { kind: 'schedule', at: state.lastCommitAt + MIN_COMMIT_INTERVAL_MS };
    }
  }
}

/** The state after a commit was attempted at `now` (successful or not: the interval guards the LMS either way). */
export function committed(_state: PolicyState, now: number): PolicyState {
  return { lastCommitAt: now, dueAt: null };
}

export function scheduled(state: PolicyState, at: number): PolicyState {
  return { ...state, dueAt: at };
}
