import type { Course, ScenarioBlock, SortBlock } from '@haven/course';
import type { BlockState, Progress } from '../types.js';
import { activeBlock } from './answers.js';
import { isoAt, type ReduceEnv } from './env.js';
import { withBlock } from './progress.js';

type ScenarioState = Extract<BlockState, { kind: 'scenario' }>;

/** Number of items placed in their right category. */
export function sortScore(block: SortBlock, placements: Readonly<Record<number, number>>): number {
  let n = 0;
  for (const item of block.items) {
    const category = block.categories.find((c) => c.id === item.category);
    if (category && placements[item.key] === category.key) n++;
  }
  return n;
}

/** Every item placed in a known category; checked at once. A later check replaces the earlier one. */
export function submitSort(course: Course, progress: Progress, blockId: string, placements: Readonly<Record<string, string>>): Progress {
  const entry = activeBlock(course, progress, blockId, 'sort');
  if (!entry) return progress;
  const block = entry.block;
  const byKey: Record<number, number> = {};
  for (const item of block.items) {
    const category = block.categories.find((c) => c.id === placements[item.id]);
    if (!category) return progress;
    byKey[item.key] = category.key;
  }
  if (Object.keys(placements).length !== block.items.length) return progress;
  const previous = progress.blocks[block.key];
  if (previous?.kind === 'sort' && previous.checked && block.items.every((i) => previous.placements[i.key] === byKey[i.key]))
    return progress;
  return withBlock(progress, block.key, { kind: 'sort', placements: byKey, checked: true, correctCount: sortScore(block, byKey) });
}

/** Walks a path of choice keys from the start node; stops at the first choice that does not belong. */
export function walkScenario(
  block: ScenarioBlock,
  path: readonly number[],
): { path: readonly number[]; node: ScenarioBlock['nodes'][number] | undefined } {
  let node = block.nodes.find((n) => n.id === block.start);
  const taken: number[] = [];
  for (const key of path) {
    if (!node || node.end) break;
    const choice = node.choices.find((c) => c.key === key);
    if (!choice) break;
    taken.push(key);
    node = block.nodes.find((n) => n.id === choice.next);
  }
  return { path: taken, node };
}

export function scenarioState(progress: Progress, key: number): ScenarioState | undefined {
  const s = progress.blocks[key];
  return s?.kind === 'scenario' ? s : undefined;
}

export function chooseInScenario(course: Course, progress: Progress, blockId: string, choiceId: string): Progress {
  const entry = activeBlock(course, progress, blockId, 'scenario');
  if (!entry) return progress;
  const block = entry.block;
  const { path, node } = walkScenario(block, scenarioState(progress, block.key)?.path ?? []);
  if (!node || node.end) return progress;
  const choice = node.choices.find((c) => c.id === choiceId);
  if (!choice) return progress;
  const reached = block.nodes.find((n) => n.id === choice.next);
  return withBlock(progress, block.key, { kind: 'scenario', path: [...path, choice.key], ended: !!reached?.end });
}

export function restartScenario(course: Course, progress: Progress, blockId: string): Progress {
  const entry = activeBlock(course, progress, blockId, 'scenario');
  const state = entry && scenarioState(progress, entry.block.key);
  if (!entry || !state || state.path.length === 0) return progress;
  return withBlock(progress, entry.block.key, { kind: 'scenario', path: [], ended: false });
}

/** Only the fact of a non-empty reflection reaches Progress; the text goes to the store through an effect. */
export function saveReflection(course: Course, progress: Progress, blockId: string, text: string): Progress {
  const entry = activeBlock(course, progress, blockId, 'reflection');
  if (!entry || text.trim() === '') return progress;
  const previous = progress.blocks[entry.block.key];
  if (previous?.kind === 'reflection' && previous.done) return progress;
  return withBlock(progress, entry.block.key, { kind: 'reflection', done: true });
}

export function isReflectionBlock(course: Course, progress: Progress, blockId: string): boolean {
  return activeBlock(course, progress, blockId, 'reflection') !== undefined;
}

/** Ratings on the block's scale, merged into earlier ones. Unknown items or values outside the scale are refused. */
export function submitLikert(
  course: Course,
  progress: Progress,
  blockId: string,
  values: Readonly<Record<string, number>>,
  env: ReduceEnv,
): Progress {
  const entry = activeBlock(course, progress, blockId, 'likert');
  if (!entry) return progress;
  const block = entry.block;
  const previous = progress.blocks[block.key];
  const merged: Record<number, number> = previous?.kind === 'likert' ? { ...previous.values } : {};
  const ids = Object.keys(values);
  if (!ids.length) return progress;
  for (const id of ids) {
    const item = block.items.find((i) => i.id === id);
    const value = values[id]!;
    if (!item || !Number.isInteger(value) || value < block.scale.min || value > block.scale.max) return progress;
    merged[item.key] = value;
  }
  return withBlock(progress, block.key, { kind: 'likert', values: merged, at: isoAt(env) });
}
