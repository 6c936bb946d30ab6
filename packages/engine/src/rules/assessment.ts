import type { Course, QuestionBlock, QuestionItem } from '@haven/course';
import type { BlockState, Progress, QuestionItemState } from '../types.js';
import { indexOf, isVisible, type AssessmentEntry, type BlockEntry } from '../model/course-index.js';
import { mix, prng } from '../model/hash.js';

export type QuestionState = Extract<BlockState, { kind: 'question' }>;

export interface AssessmentScore {
  /** Counted items (drawn, or still to be drawn) in visible blocks. */
  readonly total: number;
  readonly correct: number;
  /** Counted items that take no more answers. */
  readonly final: number;
  /** True when every counted item is final: the attempt is over. */
  readonly finished: boolean;
  /** 0..100, rounded to 2 decimals so that it survives the resume codec exactly. */
  readonly score: number;
}

export interface OptionFeedback {
  readonly optionId: string;
  readonly correct: boolean;
  readonly feedback: string;
}

export function questionState(progress: Progress, blockKey: number): QuestionState | undefined {
  const state = progress.blocks[blockKey];
  return state?.kind === 'question' ? state : undefined;
}

/** A bank that draws every question needs no stored draw: its draw is the whole bank, in authored order. */
export function drawsWholeBank(block: QuestionBlock): boolean {
  return block.draw >= block.questions.length;
}

export function wholeBank(block: QuestionBlock): readonly number[] {
  return block.questions.map((q) => q.key).sort((a, b) => a - b);
}

/** The item keys this learner answers in `block`: the stored draw, the whole bank, or [] before a draw. */
export function drawnKeys(block: QuestionBlock, state: QuestionState | undefined): readonly number[] {
  if (state && state.draw.length) return state.draw;
  return drawsWholeBank(block) ? wholeBank(block) : [];
}

/** Deterministic draw: same seed, block and attempt give the same items (sorted by key) on every device. */
export function drawItems(block: QuestionBlock, seed: number, attempt: number): readonly number[] {
  const keys = wholeBank(block);
  if (drawsWholeBank(block)) return keys;
  const pool = [...keys];
  const random = prng(mix(seed, block.key, attempt));
  for (let i = 0; i < block.draw; i++) {
    const j = i + Math.floor(random() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, block.draw).sort((a, b) => a - b);
}

/** The attempt whose draw a block belongs to: the highest attempt among the assessments counting it. */
export function attemptOfBlock(course: Course, progress: Progress, blockKey: number): number {
  const keys = indexOf(course).assessmentsOfBlock.get(blockKey) ?? [];
  let attempt = 1;
  for (const k of keys) attempt = Math.max(attempt, progress.assessments[k]?.attempt ?? 1);
  return attempt;
}

/** Correct only when exactly the correct set is chosen. */
export function isCorrect(item: QuestionItem, selectedKeys: readonly number[]): boolean {
  const correct = new Set(item.options.filter((o) => item.correct.includes(o.id)).map((o) => o.key));
  return selectedKeys.length === correct.size && selectedKeys.every((k) => correct.has(k));
}

/** Final once answered correctly or once the allowed tries are used (0 = unlimited). */
export function isFinal(item: QuestionItem, tries: number, correct: boolean): boolean {
  return correct || (item.attempts > 0 && tries >= item.attempts);
}

/** Feedback for each chosen option, in the order the options are shown. */
export function feedbackFor(item: QuestionItem, selectedIds: readonly string[]): readonly OptionFeedback[] {
  return item.options
    .filter((o) => selectedIds.includes(o.id))
    .map((o) => ({ optionId: o.id, correct: item.correct.includes(o.id), feedback: o.feedback }));
}

export function roundScore(value: number): number {
  return Math.round(value * 100) / 100;
}

const counted = new WeakMap<AssessmentEntry, Map<string, readonly BlockEntry<QuestionBlock>[]>>();

/** The question blocks an assessment counts for one audience (cached: they depend on the course only). */
export function countedBlocks(entry: AssessmentEntry, audience: string | undefined): readonly BlockEntry<QuestionBlock>[] {
  let byAudience = counted.get(entry);
  if (!byAudience) counted.set(entry, (byAudience = new Map()));
  let blocks = byAudience.get(audience ?? '');
  if (!blocks) {
    blocks = entry.blocks.filter((e) => isVisible(e.page, audience) && isVisible(e.block, audience));
    byAudience.set(audience ?? '', blocks);
  }
  return blocks;
}

export function scoreAssessment(_course: Course, progress: Progress, entry: AssessmentEntry): AssessmentScore {
  let total = 0;
  let correct = 0;
  let final = 0;
  for (const { block } of countedBlocks(entry, progress.audience)) {
    const state = questionState(progress, block.key);
    const drawn = drawnKeys(block, state);
    total += drawn.length || Math.min(block.draw, block.questions.length);
    for (const key of drawn) {
      const item: QuestionItemState | undefined = state?.items[key];
      if (!item) continue;
      if (item.correct) correct++;
      if (item.final) final++;
    }
  }
  const score = total ? roundScore((correct / total) * 100) : 0;
  return { total, correct, final, finished: total > 0 && final === total, score };
}

/** An assessment takes part in success and completion only when this learner has questions in it. */
export function isAssessed(progress: Progress, entry: AssessmentEntry): boolean {
  return countedBlocks(entry, progress.audience).length > 0;
}

/** The assessments that decide course success: the course's own, else every module's. */
export function successAssessments(course: Course, progress: Progress): readonly AssessmentEntry[] {
  const index = indexOf(course);
  const all = index.assessments.filter((a) => isAssessed(progress, a));
  const own = all.find((a) => a.key === 0);
  return own ? [own] : all;
}

export function canRetake(course: Course, progress: Progress, entry: AssessmentEntry): boolean {
  const state = progress.assessments[entry.key];
  const attempt = state?.attempt ?? 1;
  if (entry.assessment.attempts > 0 && attempt >= entry.assessment.attempts) return false;
  return scoreAssessment(course, progress, entry).finished;
}
