import type { Course } from '@haven/course';
import type { InteractionRecord, ModuleStatus, Progress, Projection, SuccessStatus } from './types.js';
import { indexOf, isVisible, viewOf } from './model/course-index.js';
import { has } from './model/sorted.js';
import { questionState, successAssessments } from './rules/assessment.js';
import { courseComplete, moduleComplete } from './rules/completion.js';
import { moduleLocked } from './rules/gating.js';
import { summarise } from './rules/viewed-summary.js';

/**
 * What every sink needs, derived purely from (course, progress). O(course): sinks call it, the machine
 * transitions do not (see `ReportParams`).
 *
 * Interaction ids are always `${blockId}.${itemId}`, for single questions, bank items and likert items
 * alike: one whitespace-free scheme that stays stable when a single question later becomes a bank.
 */
export function project(course: Course, progress: Progress): Projection {
  const view = viewOf(course, progress.audience);
  const summary = summarise(view, progress.viewed);
  const pageIndex = progress.location === null ? -1 : (view.position.get(progress.location) ?? -1);
  const location = pageIndex >= 0 ? view.pages[pageIndex]!.id : '';
  const complete = progress.completedAt !== undefined || courseComplete(course, progress);
  const anyViewed = progress.viewed.some((k) => view.position.has(k));
  const completion = complete ? 'completed' : anyViewed ? 'incomplete' : 'not-attempted';
  const ratio = view.requiredTotal ? summary.count / view.requiredTotal : complete ? 1 : 0;
  const { success, score } = successOf(course, progress);
  return {
    courseId: course.id,
    revision: progress.revision,
    location,
    pageIndex,
    pageCount: view.pages.length,
    progress: Math.min(1, Math.max(0, ratio)),
    completion,
    success,
    ...(score === undefined ? {} : { score: { raw: score, min: 0, max: 100, scaled: Math.round(score * 100) / 10000 } }),
    modules: view.modules.map((span, i) => {
      const done = span.required.filter((k) => has(progress.viewed, k)).length;
      let status: ModuleStatus;
      if (moduleComplete(course, progress, i)) status = 'completed';
      else if (moduleLocked(course, progress, view, i)) status = 'locked';
      else if (view.pages.slice(span.first, span.last + 1).some((p) => has(progress.viewed, p.key))) status = 'in-progress';
      else status = 'available';
      return { id: span.module.id, status, progress: span.required.length ? done / span.required.length : status === 'completed' ? 1 : 0 };
    }),
    interactions: interactionsOf(course, progress),
    timeSpentMs: progress.timeSpentMs,
    ...(progress.completedAt === undefined ? {} : { completedAt: progress.completedAt }),
  };
}

/** Success is unknown until an attempt has finished; the score is the course assessment's best, else the average over modules. */
function successOf(course: Course, progress: Progress): { success: SuccessStatus; score?: number } {
  const entries = successAssessments(course, progress);
  if (!entries.length) return { success: 'unknown' };
  const states = entries.map((e) => progress.assessments[e.key]);
  if (states.every((s) => s?.passed)) {
    const score = states.every((s) => s?.bestScore !== undefined) ? average(states.map((s) => s!.bestScore!)) : undefined;
    return { success: 'passed', score };
  }
  if (states.every((s) => s?.bestScore !== undefined)) return { success: 'failed', score: average(states.map((s) => s!.bestScore!)) };
  return { success: 'unknown' };
}

function average(values: readonly number[]): number {
  return Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 100) / 100;
}

function interactionsOf(course: Course, progress: Progress): InteractionRecord[] {
  const out: InteractionRecord[] = [];
  for (const { block } of indexOf(course).tracked) {
    const state = progress.blocks[block.key];
    if (!state) continue;
    if (block.type === 'question' && state.kind === 'question') {
      for (const key of questionState(progress, block.key)?.draw ?? []) {
        const item = block.questions.find((q) => q.key === key);
        const answer = state.items[key];
        if (!item || !answer) continue;
        out.push({
          id: `${block.id}.${item.id}`,
          type: 'choice',
          description: item.prompt,
          response: item.options.filter((o) => answer.selected.includes(o.key)).map((o) => o.id),
          correctResponse: item.correct,
          result: answer.correct ? 'correct' : 'incorrect',
          timestamp: answer.at,
          latencyMs: answer.latencyMs,
          weighting: 1,
        });
      }
    } else if (block.type === 'likert' && state.kind === 'likert' && isVisible(block, progress.audience)) {
      for (const item of block.items) {
        const value = state.values[item.key];
        if (value === undefined) continue;
        out.push({
          id: `${block.id}.${item.id}`,
          type: 'likert',
          description: item.text,
          response: [String(value)],
          result: 'neutral',
          timestamp: state.at,
          latencyMs: 0,
          weighting: 1,
        });
      }
    }
  }
  return out;
}
