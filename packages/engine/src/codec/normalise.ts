import type { Block, Course, QuestionBlock } from '@haven/course';
import type { AssessmentState, BlockState, Progress, QuestionItemState } from '../types.js';
import { indexOf } from '../model/course-index.js';
import { canonical } from '../model/sorted.js';
import { drawsWholeBank, isCorrect, isFinal, roundScore } from '../rules/assessment.js';
import { sortScore, walkScenario } from '../reducers/activities.js';

/**
 * Exactly what survives the resume codec: `decode(course, encode(course, p))` deep-equals
 * `normaliseForResume(course, p)`. It keeps what the course still has and coarsens the rest:
 * - keys the course no longer has are dropped (pages, notes, blocks, items, options, categories, choices);
 * - derived fields are recomputed from the course: answer `correct`/`final`, sort `correctCount`,
 *   scenario `ended` (a path is cut where it stops fitting the scenario);
 * - answer and likert times (`at`) become "" and `latencyMs` 0 (the store keeps them on the device);
 * - `timeSpentMs` is rounded down to whole seconds, `completedAt` to the second;
 * - states that say nothing are left out: unanswered whole-bank questions, empty sorts, scenarios and
 *   likerts, reflections not done; an unknown audience is dropped;
 * - best scores are rounded to 2 decimals and kept within 0..100.
 */
export function normaliseForResume(course: Course, progress: Progress): Progress {
  const index = indexOf(course);
  const pageOk = (k: number) => index.pageByKey.has(k);
  const blocks: Record<number, BlockState> = {};
  for (const [k, state] of Object.entries(progress.blocks)) {
    const key = Number(k);
    const block = index.blockByKey.get(key)?.block;
    if (!block || !state) continue;
    const kept = normaliseBlock(block, state);
    if (kept) blocks[key] = kept;
  }
  const assessments: Record<number, AssessmentState> = {};
  for (const [k, state] of Object.entries(progress.assessments)) {
    const key = Number(k);
    if (!index.assessmentByKey.has(key) || !state) continue;
    const best = state.bestScore;
    assessments[key] = {
      attempt: Math.max(1, Math.floor(state.attempt) || 1),
      ...(typeof best === 'number' && Number.isFinite(best) ? { bestScore: roundScore(Math.min(100, Math.max(0, best))) } : {}),
      passed: state.passed === true,
    };
  }
  const completedAt = coarseTime(progress.completedAt);
  const audience = course.audiences.some((a) => a.id === progress.audience) ? progress.audience : undefined;
  return {
    courseId: course.id,
    revision: Math.max(0, Math.floor(progress.revision) || 0),
    location: progress.location !== null && pageOk(progress.location) ? progress.location : null,
    ...(audience === undefined ? {} : { audience }),
    viewed: canonical(progress.viewed.filter(pageOk)),
    notesAcknowledged: canonical(progress.notesAcknowledged.filter((k) => index.noteKeys.has(k))),
    notesDeferred: canonical(progress.notesDeferred.filter((k) => index.noteKeys.has(k))),
    blocks,
    assessments,
    timeSpentMs: Math.max(0, Math.floor(progress.timeSpentMs / 1000) * 1000 || 0),
    ...(completedAt === undefined ? {} : { completedAt }),
    ...(progress.seed === undefined ? {} : { seed: progress.seed >>> 0 }),
  };
}

function coarseTime(iso: string | undefined): string | undefined {
  if (iso === undefined) return undefined;
  const t = Date.parse(iso);
  if (!Number.isFinite(t) || t < 0 || t >= 2 ** 34 * 1000) return undefined;
  return new Date(Math.floor(t / 1000) * 1000).toISOString();
}

function normaliseBlock(block: Block, state: BlockState): BlockState | undefined {
  switch (block.type) {
    case 'question':
      return state.kind === 'question' ? normaliseQuestion(block, state) : undefined;
    case 'sort': {
      if (state.kind !== 'sort') return undefined;
      const placements: Record<number, number> = {};
      for (const item of block.items) {
        const c = state.placements[item.key];
        if (c !== undefined && block.categories.some((x) => x.key === c)) placements[item.key] = c;
      }
      if (!Object.keys(placements).length && !state.checked) return undefined;
      return { kind: 'sort', placements, checked: state.checked === true, correctCount: sortScore(block, placements) };
    }
    case 'scenario': {
      if (state.kind !== 'scenario') return undefined;
      const { path, node } = walkScenario(block, state.path);
      if (!path.length) return undefined;
      return { kind: 'scenario', path, ended: !!node?.end };
    }
    case 'reflection':
      return state.kind === 'reflection' && state.done ? { kind: 'reflection', done: true } : undefined;
    case 'likert': {
      if (state.kind !== 'likert') return undefined;
      const values: Record<number, number> = {};
      for (const item of block.items) {
        const v = state.values[item.key];
        if (v !== undefined && Number.isInteger(v) && v >= block.scale.min && v <= block.scale.max) values[item.key] = v;
      }
      return Object.keys(values).length ? { kind: 'likert', values, at: '' } : undefined;
    }
    default:
      return undefined;
  }
}

function normaliseQuestion(block: QuestionBlock, state: Extract<BlockState, { kind: 'question' }>): BlockState | undefined {
  const draw = canonical(state.draw.filter((k) => block.questions.some((q) => q.key === k)));
  if (!draw.length) return undefined;
  const items: Record<number, QuestionItemState> = {};
  for (const key of draw) {
    const answer = state.items[key];
    const item = block.questions.find((q) => q.key === key)!;
    if (!answer || !(answer.tries >= 1)) continue;
    const selected = canonical(answer.selected.filter((o) => item.options.some((x) => x.key === o)));
    const tries = Math.floor(answer.tries);
    const correct = isCorrect(item, selected);
    items[key] = { selected, tries, correct, final: isFinal(item, tries, correct), at: '', latencyMs: 0 };
  }
  if (!Object.keys(items).length && drawsWholeBank(block)) return undefined;
  return { kind: 'question', draw, items };
}
