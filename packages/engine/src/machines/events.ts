import type { Progress } from '../types.js';

/**
 * Every event the course machine accepts: one dotted scheme, one discriminated union.
 * DOM events use the `haven-` prefix instead and never share these names.
 */
export type CourseEvent =
  | { type: 'nav.next' }
  | { type: 'nav.previous' }
  | { type: 'nav.goto'; pageId: string }
  | { type: 'block.viewed'; blockId: string }
  | { type: 'note.continue' }
  | { type: 'note.defer' }
  | { type: 'break.start' }
  | { type: 'break.end' }
  | { type: 'audience.choose'; audienceId: string }
  /** A question item answer: option ids. `itemId` is the drawn bank question (the block's only item for a single question). */
  | { type: 'answer.submit'; blockId: string; itemId: string; selected: readonly string[] }
  | { type: 'sort.submit'; blockId: string; placements: Readonly<Record<string, string>> }
  | { type: 'scenario.choose'; blockId: string; choiceId: string }
  | { type: 'scenario.restart'; blockId: string }
  /** Only the fact of saving reaches the machine; the text goes to the store through the `saveReflection` effect. */
  | { type: 'reflection.save'; blockId: string; text: string }
  /**
   * Words typed but not saved, kept as they are when the learner moves on or leaves: the text goes to
   * the `saveReflection` effect, and the reflection does not count as done (only `reflection.save` does).
   */
  | { type: 'reflection.draft'; blockId: string; text: string }
  | { type: 'likert.submit'; blockId: string; values: Readonly<Record<string, number>> }
  /** Start a new attempt of an assessment: "course" or a module id. */
  | { type: 'assessment.retake'; scope: string }
  /** Progress from elsewhere (the LMS or another tab): merged monotonically. */
  | { type: 'progress.merge'; progress: Progress }
  /** Active time passing, sent by the player's clock while the page is visible. */
  | { type: 'time.tick'; ms: number };

export type CourseEventType = CourseEvent['type'];
