/**
 * Types of the course format. `*File` types are what authors write (from the schema); the plain names
 * are the normalised, frozen model `parse` returns: defaults filled in, and every page and trackable
 * block carrying its tracking `key` from the lock file.
 */
import type { Static } from '@sinclair/typebox';
import type * as S from './schema.js';

export type CourseFile = Static<typeof S.Course>;
export type ModuleFile = Static<typeof S.Module>;
export type PageFile = Static<typeof S.Page>;
export type BlockFile = Static<typeof S.Block>;

export type ContentNote = Readonly<{ summary: string; coming: readonly string[]; canSkip: boolean }>;
export type Reference = Readonly<Static<typeof S.Reference>>;
export type SupportContact = Readonly<Static<typeof S.SupportContact>>;
export type Assessment = Readonly<{ passMark: number; attempts: number; questions: 'all' | readonly string[] }>;

export type BlockType = (typeof S.BLOCK_TYPES)[number];
/** Blocks that hold learner state and so carry a tracking key. */
export const TRACKED_BLOCK_TYPES = ['question', 'sort', 'scenario', 'reflection', 'likert'] as const;
export type TrackedBlockType = (typeof TRACKED_BLOCK_TYPES)[number];

interface BlockCommon {
  readonly id: string;
  readonly audiences?: readonly string[];
}

export interface TextBlock extends BlockCommon {
  readonly type: 'text';
  readonly body: string;
}
export interface ImageMedia extends BlockCommon {
  readonly type: 'media';
  readonly kind: 'image';
  readonly src: string;
  readonly alt: string;
  readonly caption?: string;
}
export interface TimedMedia extends BlockCommon {
  readonly type: 'media';
  readonly kind: 'video' | 'audio';
  readonly src: string;
  readonly captions: string;
  readonly transcript: string;
  readonly poster?: string;
  readonly caption?: string;
}
export type MediaBlock = ImageMedia | TimedMedia;
export interface AccordionBlock extends BlockCommon {
  readonly type: 'accordion';
  readonly items: readonly Readonly<{ title: string; body: string }>[];
}
export interface CalloutBlock extends BlockCommon {
  readonly type: 'callout';
  readonly tone: 'info' | 'tip' | 'important' | 'support';
  readonly title?: string;
  readonly body: string;
}

export interface ChoiceOption {
  readonly id: string;
  /** Stable small integer within the question, from the lock file. */
  readonly key: number;
  readonly text: string;
  readonly feedback: string;
}
export interface QuestionItem {
  readonly id: string;
  readonly key: number;
  readonly prompt: string;
  readonly mode: 'single' | 'multiple';
  readonly options: readonly ChoiceOption[];
  readonly correct: readonly string[];
  /** Tries allowed; 0 = unlimited. Default resolved: 1 when counted by an assessment, else 0. */
  readonly attempts: number;
}
/**
 * A question block, normalised: a single question becomes a bank of one with draw 1, so the engine
 * has one shape to handle. `single` tells the player to show it without bank wording.
 */
export interface QuestionBlock extends BlockCommon {
  readonly type: 'question';
  readonly key: number;
  readonly single: boolean;
  readonly draw: number;
  readonly questions: readonly QuestionItem[];
}
export interface SortBlock extends BlockCommon {
  readonly type: 'sort';
  readonly key: number;
  readonly prompt: string;
  readonly categories: readonly Readonly<{ id: string; key: number; title: string; description?: string }>[];
  readonly items: readonly Readonly<{ id: string; key: number; text: string; category: string; feedback: string }>[];
}
export interface ScenarioChoice {
  readonly id: string;
  readonly key: number;
  readonly text: string;
  readonly next: string;
  readonly feedback: string;
  readonly quality: 'best' | 'okay' | 'poor';
}
export interface ScenarioNode {
  readonly id: string;
  readonly key: number;
  readonly text: string;
  readonly choices: readonly ScenarioChoice[];
  readonly end?: Readonly<{ outcome: 'good' | 'mixed' | 'poor'; summary: string }>;
}
export interface ScenarioBlock extends BlockCommon {
  readonly type: 'scenario';
  readonly key: number;
  readonly title: string;
  readonly start: string;
  readonly nodes: readonly ScenarioNode[];
}
export interface ReflectionBlock extends BlockCommon {
  readonly type: 'reflection';
  readonly key: number;
  readonly prompt: string;
  readonly guidance?: string;
  readonly maxLength: number;
}
export interface LikertBlock extends BlockCommon {
  readonly type: 'likert';
  readonly key: number;
  readonly phase: 'pre' | 'post';
  readonly pairWith?: string;
  readonly prompt: string;
  readonly scale: Readonly<{ min: number; max: number; minLabel: string; maxLabel: string }>;
  readonly items: readonly Readonly<{ id: string; key: number; text: string }>[];
  /** `priorities`: after saving, the lowest-rated statements are shown as where to start. */
  readonly summary?: 'priorities';
}
export interface ResourceBlock extends BlockCommon {
  readonly type: 'resource';
  readonly title: string;
  readonly description?: string;
  readonly href?: string;
  readonly body?: string;
}
export interface CertificateBlock extends BlockCommon {
  readonly type: 'certificate';
  readonly title: string;
  readonly body?: string;
}

export type Block =
  | TextBlock
  | MediaBlock
  | AccordionBlock
  | CalloutBlock
  | QuestionBlock
  | SortBlock
  | ScenarioBlock
  | ReflectionBlock
  | LikertBlock
  | ResourceBlock
  | CertificateBlock;
export type TrackedBlock = Extract<Block, { type: TrackedBlockType }>;

export interface Page {
  readonly id: string;
  readonly key: number;
  readonly title: string;
  readonly audiences?: readonly string[];
  readonly optional: boolean;
  readonly contentNote?: ContentNote;
  readonly blocks: readonly Block[];
}

export interface Module {
  readonly id: string;
  readonly key: number;
  readonly title: string;
  readonly description?: string;
  readonly estimatedMinutes?: number;
  readonly outcomes: readonly string[];
  readonly gate: 'open' | 'sequential';
  readonly contentNote?: ContentNote;
  readonly assessment?: Assessment;
  readonly references: readonly Reference[];
  readonly pages: readonly Page[];
}

export interface Course {
  readonly formatVersion: number;
  readonly id: string;
  readonly version: string;
  readonly title: string;
  readonly description?: string;
  readonly lang: string;
  readonly audiences: readonly Readonly<{ id: string; title: string }>[];
  readonly estimatedMinutes?: number;
  readonly completion: Readonly<{ rule: 'viewed' | 'passed' | 'viewed-and-passed' }>;
  readonly assessment?: Assessment;
  readonly support: Readonly<{ intro?: string; contacts: readonly SupportContact[] }>;
  readonly privacy: Readonly<{ reflectionsLeaveDevice: boolean }>;
  readonly quickExit?: Readonly<{ url: string }>;
  readonly references: readonly Reference[];
  readonly modules: readonly Module[];
}

/**
 * The tracking-key lock file (`course.lock.json` beside `course.json`). Append-only: a key once given
 * is never reused, so editing the course never moves a learner's progress onto another block.
 * Keys are scoped: `pages`, `modules` and `blocks` by id; a block's parts (options, items, nodes,
 * choices, categories) by "blockId/partId".
 */
export interface TrackingLock {
  readonly lockVersion: 1;
  readonly courseId: string;
  readonly next: number;
  readonly keys: Readonly<Record<string, number>>;
}

export interface CourseError {
  /** File name as given to `parse`. */
  readonly file: string;
  /** 1-based. */
  readonly line: number;
  /** 1-based. */
  readonly column: number;
  /** JSON pointer to the offending value, "" for the document. */
  readonly pointer: string;
  /** Stable machine-readable code, e.g. "unknown-block-type". */
  readonly code: CourseErrorCode;
  /** What was wrong and what was expected. */
  readonly message: string;
  /** How to fix it, when there is something useful to say. */
  readonly hint?: string;
  /** A second place involved (e.g. the first of two duplicate ids). */
  readonly related?: Readonly<{ line: number; column: number; pointer: string }>;
}

export type CourseErrorCode =
  | 'json-syntax'
  | 'too-large'
  | 'format-version'
  | 'type'
  | 'required'
  | 'unknown-property'
  | 'unknown-block-type'
  | 'enum'
  | 'pattern'
  | 'range'
  | 'length'
  | 'duplicate-id'
  | 'missing-reference'
  | 'missing-file'
  | 'file-format'
  | 'correct-not-an-option'
  | 'scenario-missing-node'
  | 'scenario-unreachable-node'
  | 'scenario-no-ending'
  | 'markup'
  | 'accessibility'
  | 'rule';

export type ParseResult =
  | {
      readonly ok: true;
      readonly course: Course;
      readonly lock: TrackingLock;
      readonly lockChanged: boolean;
      readonly warnings: readonly CourseError[];
    }
  | { readonly ok: false; readonly errors: readonly CourseError[] };
