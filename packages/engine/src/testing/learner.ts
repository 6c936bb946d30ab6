import type { Course } from '@haven/course';
import type { Progress } from '../types.js';
import { indexOf, viewOf } from '../model/course-index.js';
import { prng } from '../model/hash.js';
import { drawnKeys, questionState } from '../rules/assessment.js';
import { chooseInScenario, saveReflection, submitLikert, submitSort } from '../reducers/activities.js';
import { submitAnswer } from '../reducers/answers.js';
import { viewPage } from '../reducers/navigation.js';
import { emptyProgress } from '../reducers/progress.js';

export interface LearnerOptions {
  readonly seed?: number;
  /** Also do every sort, scenario, reflection and likert, not only the questions. */
  readonly activities?: boolean;
  /** Chance of picking the correct answer (else a random one). Default 0.7. */
  readonly skill?: number;
}

/**
 * A simulated learner who views every page and answers every question (seeded, so figures repeat):
 * for benchmarks and tests of the codec on full progress.
 */
export function completeLearner(course: Course, options: LearnerOptions = {}): Progress {
  const random = prng(options.seed ?? 7);
  const skill = options.skill ?? 0.7;
  let now = Date.UTC(2025, 0, 6, 9);
  const env = () => ({ now: (now += 20_000), shownAt: now - 15_000 });
  let p: Progress = { ...emptyProgress(course, { seed: 12345 }), ...(course.audiences[0] ? { audience: course.audiences[0].id } : {}) };
  for (const page of viewOf(course, p.audience).pages) p = viewPage(course, p, page.key, env());
  for (const { block } of indexOf(course).tracked) {
    if (block.type === 'question') {
      for (const key of drawnKeys(block, questionState(p, block.key))) {
        const item = block.questions.find((q) => q.key === key)!;
        let selected: string[];
        if (random() < skill) selected = [...item.correct];
        else if (item.mode === 'single') selected = [item.options[Math.floor(random() * item.options.length)]!.id];
        else {
          selected = item.options.filter(() => random() < 0.5).map((o) => o.id);
          if (!selected.length) selected = [item.options[0]!.id];
        }
        p = submitAnswer(course, p, { blockId: block.id, itemId: item.id, selected }, env());
      }
    } else if (options.activities) {
      if (block.type === 'sort') {
        const placements = Object.fromEntries(
          block.items.map((i) => [
            i.id,
            random() < skill ? i.category : block.categories[Math.floor(random() * block.categories.length)]!.id,
          ]),
        );
        p = submitSort(course, p, block.id, placements);
      } else if (block.type === 'scenario') {
        for (let guard = 0; guard < 20; guard++) {
          const state = p.blocks[block.key];
          if (state?.kind === 'scenario' && state.ended) break;
          const path = state?.kind === 'scenario' ? state.path : [];
          let node = block.nodes.find((n) => n.id === block.start);
          for (const c of path) node = block.nodes.find((n) => n.id === node?.choices.find((x) => x.key === c)?.next);
          const choice = node?.choices[Math.floor(random() * node.choices.length)];
          if (!choice) break;
          p = chooseInScenario(course, p, block.id, choice.id);
        }
      } else if (block.type === 'reflection') {
        p = saveReflection(course, p, block.id, 'Something I will try.');
      } else if (block.type === 'likert') {
        const values = Object.fromEntries(
          block.items.map((i) => [i.id, block.scale.min + Math.floor(random() * (block.scale.max - block.scale.min + 1))]),
        );
        p = submitLikert(course, p, block.id, values, env());
      }
    }
  }
  return { ...p, timeSpentMs: 3 * 3600_000 + 1234, revision: 2400 };
}
