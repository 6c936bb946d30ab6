import type { BlockState, CourseEvent, Progress } from '@haven/engine';

/**
 * A scripted walk through a generated course, as progress changes. Each learner action is a list of
 * (progress, event) pairs the player would save in one tick: arriving on a page (block viewed,
 * navigation, time), answering a question, sorting, a scenario choice, a reflection, a likert rating.
 */
export interface WalkAction {
  readonly label: string;
  readonly saves: readonly (readonly [Progress, CourseEvent])[];
}

export interface WalkShape {
  readonly modules: number;
  readonly pagesPerModule: number;
  readonly blocksPerPage: number;
}

export function scriptedWalk(courseId: string, shape: WalkShape): WalkAction[] {
  let p: Progress = {
    courseId,
    revision: 0,
    location: null,
    viewed: [],
    notesAcknowledged: [],
    notesDeferred: [],
    blocks: {},
    assessments: {},
    timeSpentMs: 0,
  };
  const next = (patch: Partial<Progress>): Progress => (p = { ...p, ...patch, revision: p.revision + 1 });
  const actions: WalkAction[] = [];
  let key = 1;
  const at = (n: number): string => new Date(Date.UTC(2025, 0, 1) + n * 1000).toISOString();
  for (let m = 0; m < shape.modules; m++) {
    const moduleKey = key++;
    for (let g = 0; g < shape.pagesPerModule; g++) {
      const pageKey = key++;
      const arrive = next({ location: pageKey, viewed: [...p.viewed, pageKey], timeSpentMs: p.timeSpentMs + 20000 });
      const viewed = next({});
      const saves: [Progress, CourseEvent][] = [
        [arrive, { type: 'nav.next' }],
        [viewed, { type: 'block.viewed', blockId: `b${pageKey}` }],
      ];
      if (g === 0) saves.push([next({ notesAcknowledged: [...p.notesAcknowledged, moduleKey] }), { type: 'note.continue' }]);
      actions.push({ label: 'page', saves });
      for (let b = 0; b < shape.blocksPerPage; b++) {
        const blockKey = key++;
        const [state, event] = blockAnswer(blockKey, b, at(blockKey));
        actions.push({ label: state.kind, saves: [[next({ blocks: { ...p.blocks, [blockKey]: state } }), event]] });
      }
    }
  }
  return actions;
}

function blockAnswer(key: number, index: number, at: string): [BlockState, CourseEvent] {
  const blockId = `b${key}`;
  switch (index % 5) {
    case 0:
      return [
        { kind: 'question', draw: [0], items: { 0: { selected: [1], tries: 1, correct: true, final: true, at, latencyMs: 8000 } } },
        { type: 'answer.submit', blockId, itemId: 'q', selected: ['b'] },
      ];
    case 1:
      return [
        { kind: 'sort', placements: { 0: 0, 1: 1, 2: 0, 3: 1 }, checked: true, correctCount: 4 },
        { type: 'sort.submit', blockId, placements: { a: 'x', b: 'y', c: 'x', d: 'y' } },
      ];
    case 2:
      return [
        { kind: 'scenario', path: [0, 2, 1], ended: true },
        { type: 'scenario.choose', blockId, choiceId: 'c1' },
      ];
    case 3:
      return [
        { kind: 'reflection', done: true },
        { type: 'reflection.save', blockId, text: 'private' },
      ];
    default:
      return [
        { kind: 'likert', values: { 0: 3, 1: 4, 2: 2 }, at },
        { type: 'likert.submit', blockId, values: { a: 3, b: 4, c: 2 } },
      ];
  }
}
