export interface HavenCompleteDetail {
  readonly courseId: string;
  readonly success: 'unknown' | 'passed' | 'failed';
  readonly score?: number;
  /** ISO 8601. */
  readonly completedAt: string;
}

/** Fired once by `<haven-course>` when the course becomes complete. Bubbles and crosses shadow roots. */
export class HavenCompleteEvent extends Event {
  static readonly type = 'haven-complete';
  constructor(readonly detail: HavenCompleteDetail) {
    super(HavenCompleteEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'haven-complete': HavenCompleteEvent;
  }
}
