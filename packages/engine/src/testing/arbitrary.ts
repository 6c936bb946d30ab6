import fc from 'fast-check';
import type { Course } from '@haven/course';
import type { CourseEvent } from '../machines/events.js';
import { indexOf } from '../model/course-index.js';
import { buildCourse, type BlockSpec, type CourseSpec, type ModuleSpec } from './build.js';

/** Random small courses with every tracked block type, notes, gates, audiences and assessments. */
export const arbCourse: fc.Arbitrary<Course> = fc
  .record({
    seed: fc.nat(),
    modules: fc.array(
      fc.record({
        gate: fc.constantFrom('open' as const, 'sequential' as const),
        note: fc.option(fc.boolean(), { nil: undefined }),
        assessed: fc.boolean(),
        pages: fc.array(
          fc.record({
            optional: fc.boolean(),
            note: fc.option(fc.boolean(), { nil: undefined }),
            audience: fc.constantFrom(undefined, 'a', 'b'),
            blocks: fc.array(fc.constantFrom('question', 'bank', 'multi', 'sort', 'scenario', 'reflection', 'likert', 'text'), {
              maxLength: 3,
            }),
          }),
          { minLength: 1, maxLength: 4 },
        ),
      }),
      { minLength: 1, maxLength: 4 },
    ),
    audiences: fc.boolean(),
    rule: fc.constantFrom('viewed' as const, 'passed' as const, 'viewed-and-passed' as const),
    courseAssessment: fc.boolean(),
  })
  .map(({ modules, audiences, rule, courseAssessment }) => {
    let n = 0;
    const block = (type: string): BlockSpec => {
      const id = `b${n++}`;
      switch (type) {
        case 'question':
          return { type: 'question', id, items: [{ options: 4 + (n % 3), correct: [n % 4] }] };
        case 'multi':
          return { type: 'question', id, items: [{ options: 5, correct: [0, 2], attempts: n % 3 }] };
        case 'bank':
          return { type: 'question', id, draw: 2, items: [0, 1, 2].map((i) => ({ id: `${id}-i${i}`, options: 3, correct: [i] })) };
        case 'sort':
          return {
            type: 'sort',
            id,
            categories: ['x', 'y'],
            items: [
              { id: 'i1', category: 'x' },
              { id: 'i2', category: 'y' },
              { id: 'i3', category: 'x' },
            ],
          };
        case 'scenario':
          return {
            type: 'scenario',
            id,
            start: 's',
            nodes: [
              {
                id: 's',
                choices: [
                  { id: 'c1', next: 'm' },
                  { id: 'c2', next: 'e1' },
                ],
              },
              {
                id: 'm',
                choices: [
                  { id: 'c3', next: 'e2' },
                  { id: 'c4', next: 's' },
                ],
              },
              { id: 'e1', end: true },
              { id: 'e2', end: true },
            ],
          };
        case 'reflection':
          return { type: 'reflection', id };
        case 'likert':
          return { type: 'likert', id, items: ['l1', 'l2'] };
        default:
          return { type: 'text', id };
      }
    };
    const spec: CourseSpec = {
      rule,
      ...(audiences ? { audiences: ['a', 'b'] } : {}),
      ...(courseAssessment ? { assessment: { passMark: 50, attempts: 2 } } : {}),
      modules: modules.map((m, mi): ModuleSpec => ({
        id: `m${mi}`,
        gate: m.gate,
        ...(m.note === undefined ? {} : { note: { canSkip: m.note } }),
        ...(m.assessed ? { assessment: { passMark: 60, attempts: 0 } } : {}),
        pages: m.pages.map((p, pi) => ({
          id: `m${mi}-p${pi}`,
          optional: p.optional,
          ...(p.note === undefined ? {} : { note: { canSkip: p.note } }),
          ...(audiences && p.audience ? { audiences: [p.audience] } : {}),
          blocks: p.blocks.length ? p.blocks.map(block) : [{ type: 'text' as const, id: `t${n++}` }],
        })),
      })),
    };
    return buildCourse(spec);
  });

/** Random events that name real pages, blocks, items and options of the course (and some that do not). */
export function arbEvent(course: Course): fc.Arbitrary<CourseEvent> {
  const index = indexOf(course);
  const pages = [...index.pageById.keys(), 'nowhere'];
  const blocks = index.tracked.map((e) => e.block);
  const questions = blocks.flatMap((b) => (b.type === 'question' ? b.questions.map((q) => ({ b, q })) : []));
  const arbs: fc.Arbitrary<CourseEvent>[] = [
    fc.constant({ type: 'nav.next' } as const),
    fc.constant({ type: 'nav.next' } as const),
    fc.constant({ type: 'nav.previous' } as const),
    fc.constantFrom(...pages).map((pageId) => ({ type: 'nav.goto', pageId }) as const),
    fc.constant({ type: 'note.continue' } as const),
    fc.constant({ type: 'note.defer' } as const),
    fc.constant({ type: 'break.start' } as const),
    fc.constant({ type: 'break.end' } as const),
    fc.constantFrom('a', 'b', 'zzz').map((audienceId) => ({ type: 'audience.choose', audienceId }) as const),
    fc.integer({ min: -100, max: 100_000 }).map((ms) => ({ type: 'time.tick', ms }) as const),
    fc.constantFrom('course', ...course.modules.map((m) => m.id)).map((scope) => ({ type: 'assessment.retake', scope }) as const),
  ];
  if (questions.length) {
    arbs.push(
      fc
        .tuple(fc.constantFrom(...questions), fc.array(fc.nat(6), { minLength: 1, maxLength: 3 }))
        .map(
          ([{ b, q }, picks]) =>
            ({ type: 'answer.submit', blockId: b.id, itemId: q.id, selected: [...new Set(picks.map((i) => `o${i}`))] }) as const,
        ),
    );
  }
  for (const b of blocks) {
    if (b.type === 'sort')
      arbs.push(
        fc
          .array(fc.constantFrom('x', 'y'), { minLength: 3, maxLength: 3 })
          .map((cats) => ({ type: 'sort.submit', blockId: b.id, placements: { i1: cats[0]!, i2: cats[1]!, i3: cats[2]! } }) as const),
      );
    if (b.type === 'scenario') {
      arbs.push(fc.constantFrom('c1', 'c2', 'c3', 'c4').map((choiceId) => ({ type: 'scenario.choose', blockId: b.id, choiceId }) as const));
      arbs.push(fc.constant({ type: 'scenario.restart', blockId: b.id } as const));
    }
    if (b.type === 'reflection') {
      arbs.push(fc.constantFrom('', 'a thought').map((text) => ({ type: 'reflection.save', blockId: b.id, text }) as const));
      arbs.push(fc.constantFrom('', 'half a thought').map((text) => ({ type: 'reflection.draft', blockId: b.id, text }) as const));
    }
    if (b.type === 'likert')
      arbs.push(
        fc.record({ l1: fc.integer({ min: 0, max: 6 }) }).map((values) => ({ type: 'likert.submit', blockId: b.id, values }) as const),
      );
    arbs.push(fc.constant({ type: 'block.viewed', blockId: b.id } as const));
  }
  return fc.oneof(...arbs);
}

/** A course with a random run of learner events. */
export const arbRun = arbCourse.chain((course) => fc.tuple(fc.constant(course), fc.array(arbEvent(course), { maxLength: 60 }), fc.nat()));
