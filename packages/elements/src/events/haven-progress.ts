import type { Projection } from '@haven/engine';

export interface HavenProgressDetail {
  readonly courseId: string;
  /** Required pages viewed / required pages, 0..1. */
  readonly progress: number;
  readonly location: string;
  readonly completion: Projection['completion'];
  readonly success: Projection['success'];
  readonly score?: number;
}

/** Fired by `<haven-course>` after every change of the learner's progress. Bubbles and crosses shadow roots. */
export class HavenProgressEvent extends Event {
  static readonly type = 'haven-progress';
  constructor(readonly detail: HavenProgressDetail) {
    super(HavenProgressEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'haven-progress': HavenProgressEvent;
  }
}
