export interface HavenErrorDetail {
  /** A stable code, e.g. "COURSE_INVALID", "COURSE_LOAD_FAILED", "LMS_COMMIT_FAILED", "STORE_UNAVAILABLE". */
  readonly code: string;
  readonly message: string;
  /** False when the learner can carry on (saving trouble); true when the course cannot be shown. */
  readonly fatal: boolean;
}

/** Fired by `<haven-course>` when something goes wrong. The learner sees a calm message, never a crash. */
export class HavenErrorEvent extends Event {
  static readonly type = 'haven-error';
  constructor(readonly detail: HavenErrorDetail) {
    super(HavenErrorEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'haven-error': HavenErrorEvent;
  }
}
