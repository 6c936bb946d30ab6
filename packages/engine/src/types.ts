/**
 * The engine's public data shapes: the contract between the engine and the store, the LMS bridges and
 * the player. Learner state is plain JSON (never mixed into the authored course objects) and keyed by
 * tracking keys, never by positions, so that course edits keep progress on unchanged blocks.
 */

/** A learner's answer state for one question item (a question block holds one item, or a draw from a bank). */
export interface QuestionItemState {
  /** Option keys of the latest submitted answer. */
  readonly selected: readonly number[];
  /** Submitted tries so far in the current assessment attempt. */
  readonly tries: number;
  readonly correct: boolean;
  /** True once no more tries are allowed or the answer is correct. */
  readonly final: boolean;
  /** ISO 8601 time of the latest submission. */
  readonly at: string;
  /** Time from the page being shown to the submission, in ms. */
  readonly latencyMs: number;
}

export type BlockState =
  | { readonly kind: 'question'; readonly draw: readonly number[]; readonly items: Readonly<Record<number, QuestionItemState>> }
  | {
      readonly kind: 'sort';
      /** item key -> category key */
      readonly placements: Readonly<Record<number, number>>;
      readonly checked: boolean;
      readonly correctCount: number;
    }
  | {
      readonly kind: 'scenario';
      /** Choice keys in the order taken. */
      readonly path: readonly number[];
      readonly ended: boolean;
    }
  /** Reflections: only the fact that it was done. The text lives in the store, on the device. */
  | { readonly kind: 'reflection'; readonly done: boolean }
  | { readonly kind: 'likert'; readonly values: Readonly<Record<number, number>>; readonly at: string };

export interface AssessmentState {
  /** 1-based attempt number currently running. */
  readonly attempt: number;
  /** Best finished score so far, 0..100, if any attempt finished. */
  readonly bestScore?: number;
  readonly passed: boolean;
}

/**
 * Everything the engine knows about one learner on one course. JSON-serialisable.
 * Keys are tracking keys from the course lock file.
 */
export interface Progress {
  readonly courseId: string;
  /** Bumped on every change; used to pick the newer location when two progress states merge. */
  readonly revision: number;
  /** Key of the current page. */
  readonly location: number | null;
  readonly audience?: string;
  /** Page keys viewed. Sorted ascending, unique. */
  readonly viewed: readonly number[];
  /** Module and page keys whose content note the learner continued past. Sorted, unique. */
  readonly notesAcknowledged: readonly number[];
  /** Module and page keys the learner chose to skip for now. Sorted, unique. */
  readonly notesDeferred: readonly number[];
  /** Block key -> state. */
  readonly blocks: Readonly<Record<number, BlockState>>;
  /** 0 for the course assessment, otherwise the module key -> state. */
  readonly assessments: Readonly<Record<number, AssessmentState>>;
  /** Accumulated active time, in ms. */
  readonly timeSpentMs: number;
  /** Set once, when the course first became complete. ISO 8601. */
  readonly completedAt?: string;
  /** Seed (uint32) for bank draws, so draws are reproducible; the draws themselves are kept in `blocks`. */
  readonly seed?: number;
}

export type CompletionStatus = 'not-attempted' | 'incomplete' | 'completed';
export type SuccessStatus = 'unknown' | 'passed' | 'failed';

/** One answered question item or likert item, as an LMS records it. */
export interface InteractionRecord {
  /** Stable, whitespace-free: `${blockId}.${itemId}`. */
  readonly id: string;
  readonly type: 'choice' | 'likert';
  readonly description: string;
  /** Option ids (choice) or the single rating as a string (likert). */
  readonly response: readonly string[];
  /** Correct option ids, for choice interactions. */
  readonly correctResponse?: readonly string[];
  readonly result: 'correct' | 'incorrect' | 'neutral';
  readonly timestamp: string;
  readonly latencyMs: number;
  readonly weighting: number;
}

export type ModuleStatus = 'locked' | 'available' | 'in-progress' | 'completed';

/** What every sink needs, derived purely from (course, progress). */
export interface Projection {
  readonly courseId: string;
  readonly revision: number;
  /** Current page id, or "" before the first page. */
  readonly location: string;
  readonly pageIndex: number;
  readonly pageCount: number;
  /** Required pages viewed / required pages, 0..1. */
  readonly progress: number;
  readonly completion: CompletionStatus;
  readonly success: SuccessStatus;
  /** Course assessment score as a percentage, when it has one and an attempt has finished. */
  readonly score?: Readonly<{ raw: number; min: 0; max: 100; scaled: number }>;
  readonly modules: readonly Readonly<{ id: string; status: ModuleStatus; progress: number }>[];
  readonly interactions: readonly InteractionRecord[];
  readonly timeSpentMs: number;
  readonly completedAt?: string;
}

/** Decoding resume data never half-restores: it yields a whole Progress or a typed error. */
export type DecodeResult =
  | { readonly ok: true; readonly progress: Progress }
  | {
      readonly ok: false;
      readonly code: 'RESUME_EMPTY' | 'RESUME_FOREIGN' | 'RESUME_CORRUPT' | 'RESUME_VERSION';
      readonly message: string;
    };
