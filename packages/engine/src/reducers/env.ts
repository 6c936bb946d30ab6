/** What a reducer needs from outside: the clock, read once per event so reducers stay pure. */
export interface ReduceEnv {
  /** Milliseconds since the epoch. */
  readonly now: number;
  /** When the current page was shown (for answer latency). */
  readonly shownAt?: number;
}

export function isoAt(env: ReduceEnv): string {
  return new Date(env.now).toISOString();
}
