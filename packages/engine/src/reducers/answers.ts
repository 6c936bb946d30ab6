import type { Course, QuestionBlock } from '@haven/course';
import type { AssessmentState, Progress, QuestionItemState } from '../types.js';
import { indexOf, isVisible, type AssessmentEntry } from '../model/course-index.js';
import { has } from '../model/sorted.js';
import {
  attemptOfBlock,
  canRetake,
  countedBlocks,
  drawItems,
  drawnKeys,
  drawsWholeBank,
  isCorrect,
  isFinal,
  questionState,
  scoreAssessment,
} from '../rules/assessment.js';
import { isoAt, type ReduceEnv } from './env.js';
import { settleCompletion, withBlock } from './progress.js';

/** Banks that draw part of their questions draw on first sight, so the learner's items stay fixed from then on. */
export function drawBanksOnPage(course: Course, progress: Progress, pageKey: number): Progress {
  const entry = indexOf(course).pageByKey.get(pageKey);
  if (!entry) return progress;
  let next = progress;
  for (const block of entry.page.blocks) {
    if (block.type !== 'question' || drawsWholeBank(block) || !isVisible(block, progress.audience)) continue;
    if (questionState(next, block.key)?.draw.length) continue;
    const draw = drawItems(block, next.seed ?? 0, attemptOfBlock(course, next, block.key));
    next = withBlock(next, block.key, { kind: 'question', draw, items: {} });
  }
  return next;
}

/** A block the learner can act on: it exists, has the expected type, is shown to them, and its page has been viewed. */
export function activeBlock<T extends string>(course: Course, progress: Progress, blockId: string, type: T) {
  const entry = indexOf(course).blockById.get(blockId);
  if (!entry || entry.block.type !== type) return undefined;
  if (!isVisible(entry.block, progress.audience) || !isVisible(entry.page, progress.audience)) return undefined;
  if (!has(progress.viewed, entry.page.key)) return undefined;
  return entry as typeof entry & { block: Extract<typeof entry.block, { type: T }> };
}

export interface AnswerInput {
  readonly blockId: string;
  readonly itemId: string;
  readonly selected: readonly string[];
}

/**
 * One submitted answer. Ignored (same object back) when the block, item or options are unknown, the
 * selection does not fit the mode, or the item is already final. Finishing the last counted item of an
 * assessment attempt records its score.
 */
export function submitAnswer(course: Course, progress: Progress, input: AnswerInput, env: ReduceEnv): Progress {
  const entry = activeBlock(course, progress, input.blockId, 'question');
  if (!entry) return progress;
  const block: QuestionBlock = entry.block;
  const item = block.questions.find((q) => q.id === input.itemId);
  const state = questionState(progress, block.key);
  if (!item || !drawnKeys(block, state).includes(item.key)) return progress;
  const ids = new Set(input.selected);
  const options = item.options.filter((o) => ids.has(o.id));
  if (options.length !== ids.size || ids.size === 0 || (item.mode === 'single' && ids.size !== 1)) return progress;
  const previous = state?.items[item.key];
  if (previous?.final) return progress;
  const selected = options.map((o) => o.key).sort((a, b) => a - b);
  const tries = (previous?.tries ?? 0) + 1;
  const correct = isCorrect(item, selected);
  const itemState: QuestionItemState = {
    selected,
    tries,
    correct,
    final: isFinal(item, tries, correct),
    at: isoAt(env),
    latencyMs: Math.max(0, Math.round(env.now - (env.shownAt ?? env.now))),
  };
  const draw = state?.draw.length ? state.draw : drawnKeys(block, state);
  let next = withBlock(progress, block.key, { kind: 'question', draw, items: { ...state?.items, [item.key]: itemState } });
  if (itemState.final) next = settleAssessments(course, next, block.key);
  return settleCompletion(course, next, env);
}

/** Records the score of every assessment counting `blockKey` whose attempt has just finished. */
export function settleAssessments(course: Course, progress: Progress, blockKey: number): Progress {
  const index = indexOf(course);
  let next = progress;
  for (const key of index.assessmentsOfBlock.get(blockKey) ?? []) {
    const entry = index.assessmentByKey.get(key)!;
    const result = scoreAssessment(course, next, entry);
    if (!result.finished) continue;
    const current: AssessmentState = next.assessments[key] ?? { attempt: 1, passed: false };
    const bestScore = Math.max(current.bestScore ?? 0, result.score);
    const passed = current.passed || result.score >= entry.assessment.passMark;
    if (bestScore === current.bestScore && passed === current.passed && next.assessments[key]) continue;
    next = { ...next, assessments: { ...next.assessments, [key]: { attempt: current.attempt, bestScore, passed } } };
  }
  return next;
}

export function assessmentByScope(course: Course, scope: string): AssessmentEntry | undefined {
  return indexOf(course).assessments.find((a) => a.scope === scope);
}

/**
 * A new attempt: allowed once the current one has finished and attempts remain. Clears the counted
 * answers and redraws banks (the attempt number changes the draw seed). Best score and pass are kept.
 */
export function retake(course: Course, progress: Progress, scope: string): Progress {
  const entry = assessmentByScope(course, scope);
  if (!entry || !canRetake(course, progress, entry)) return progress;
  const current = progress.assessments[entry.key] ?? { attempt: 1, passed: false };
  let next: Progress = { ...progress, assessments: { ...progress.assessments, [entry.key]: { ...current, attempt: current.attempt + 1 } } };
  const blocks: Record<number, Progress['blocks'][number]> = { ...next.blocks };
  for (const { block, page } of countedBlocks(entry, progress.audience)) {
    if (drawsWholeBank(block)) delete blocks[block.key];
    else if (has(progress.viewed, page.key))
      blocks[block.key] = { kind: 'question', draw: drawItems(block, next.seed ?? 0, attemptOfBlock(course, next, block.key)), items: {} };
    else delete blocks[block.key];
  }
  next = { ...next, blocks };
  return next;
}
