import { assign, createMachine } from 'xstate';
import type { CourseEvent } from './events.js';
import { envOf, type CourseContext, type CourseMachineInput } from './course-context.js';
import { reportParams, type PersistParams, type ReportParams, type SaveReflectionParams } from './effects.js';
import { bump, emptyProgress } from '../reducers/progress.js';
import { stepProgress } from '../reducers/step.js';
import {
  acknowledgeNote,
  deferNote,
  deferTarget,
  gotoTarget,
  needsAudience,
  nextTarget,
  previousTarget,
  resolveLocation,
  setLocation,
  viewPage,
} from '../reducers/navigation.js';
import { isReflectionBlock } from '../reducers/activities.js';
import { pendingNote } from '../rules/notes.js';
import { reflectionOf } from './effects.js';

type CourseActions =
  | { type: 'persist'; params: PersistParams }
  | { type: 'report'; params: ReportParams }
  | { type: 'saveReflection'; params: SaveReflectionParams }
  | { type: 'flushed' | 'record' | 'resolveHere' | 'move' | 'view' | 'showNotice' | 'acknowledge' | 'defer'; params: undefined };
type CourseGuards = {
  type:
    'dirty' | 'knownReflection' | 'needsAudience' | 'knownAudience' | 'notePending' | 'canNext' | 'canPrevious' | 'canGoto' | 'canDefer';
  params: undefined;
};

/**
 * The course: one actor per learner and course. States: choosing an audience, a content notice, reading
 * a page, or paused for a break. Progress changes go through the pure reducers; side effects are the
 * named actions `persist`, `report` and `saveReflection` (no-ops here; inject real ones with `.provide()`).
 * Built with `createMachine` and its `types` rather than `setup()`, which would also bring every XState
 * action creator into the player's first screen.
 */
export const courseMachine = createMachine(
  {
    types: {} as {
      context: CourseContext;
      events: CourseEvent;
      input: CourseMachineInput;
      actions: CourseActions;
      guards: CourseGuards;
    },
    id: 'course',
    context: ({ input }) => ({
      course: input.course,
      progress: input.progress ?? emptyProgress(input.course, { seed: input.seed }),
      now: input.now,
      shownAt: input.now ? input.now() : Date.now(),
      notice: null,
      dirty: false,
    }),
    // After every event: if progress changed, persist it first (write-ahead), then report it.
    always: {
      guard: 'dirty',
      actions: [
        'flushed',
        { type: 'persist', params: ({ context, event }) => ({ progress: context.progress, cause: event.type }) },
        { type: 'report', params: ({ context, event }) => reportParams(context.course, context.progress, event.type) },
      ],
    },
    // A draft is kept whatever the learner is doing (the page goes as a break starts), and changes no progress.
    on: {
      'reflection.draft': {
        guard: 'knownReflection',
        actions: [{ type: 'saveReflection', params: ({ event }) => reflectionOf(event) }],
      },
    },
    initial: 'active',
    states: {
      active: {
        initial: 'starting',
        on: {
          'break.start': { target: 'paused' },
          'time.tick': { actions: ['record'] },
          'progress.merge': { target: '.starting', reenter: true, actions: ['record'] },
          'audience.choose': { guard: 'knownAudience', target: '.starting', reenter: true, actions: ['record'] },
        },
        states: {
          starting: {
            always: [
              { guard: 'needsAudience', target: 'choosingAudience' },
              { target: 'arriving', actions: 'resolveHere' },
            ],
          },
          choosingAudience: {},
          arriving: {
            always: [
              { guard: 'notePending', target: 'notice', actions: ['showNotice'] },
              { target: 'reading', actions: ['view'] },
            ],
          },
          notice: {
            on: {
              'note.continue': { target: 'arriving', actions: 'acknowledge' },
              'note.defer': { guard: 'canDefer', target: 'arriving', actions: 'defer' },
              'nav.previous': { guard: 'canPrevious', target: 'arriving', actions: 'move' },
              'nav.goto': { guard: 'canGoto', target: 'arriving', actions: 'move' },
            },
          },
          reading: {
            on: {
              'nav.next': { guard: 'canNext', target: 'arriving', actions: 'move' },
              'nav.previous': { guard: 'canPrevious', target: 'arriving', actions: 'move' },
              'nav.goto': { guard: 'canGoto', target: 'arriving', actions: 'move' },
              'block.viewed': { actions: ['record'] },
              'answer.submit': { actions: ['record'] },
              'sort.submit': { actions: ['record'] },
              'scenario.choose': { actions: ['record'] },
              'scenario.restart': { actions: ['record'] },
              'reflection.save': {
                guard: 'knownReflection',
                actions: [{ type: 'saveReflection', params: ({ event }) => reflectionOf(event) }, 'record'],
              },
              'likert.submit': { actions: ['record'] },
              'assessment.retake': { actions: ['record'] },
            },
          },
        },
      },
      /** A break: nothing moves and no time counts; `break.end` resumes where the learner was. */
      paused: {
        on: {
          'break.end': { target: 'active' },
          'progress.merge': { actions: ['record'] },
        },
      },
    },
  },
  {
    actions: {
      persist: (_, _params: PersistParams) => {},
      report: (_, _params: ReportParams) => {},
      saveReflection: (_, _params: SaveReflectionParams) => {},
      flushed: assign({ dirty: false }),
      record: assign(({ context, event }) => {
        const progress = bump(context.progress, stepProgress(context.course, context.progress, event, envOf(context)));
        return { progress, dirty: context.dirty || progress !== context.progress };
      }),
      resolveHere: assign(({ context }) => {
        const progress = bump(context.progress, setLocation(context.progress, resolveLocation(context.course, context.progress)));
        return { progress, dirty: context.dirty || progress !== context.progress };
      }),
      move: assign(({ context, event }) => {
        const { course, progress: p } = context;
        const target =
          event.type === 'nav.next'
            ? nextTarget(course, p)
            : event.type === 'nav.previous'
              ? previousTarget(course, p)
              : event.type === 'nav.goto'
                ? gotoTarget(course, p, event.pageId)
                : undefined;
        if (target === undefined) return {};
        const progress = bump(p, setLocation(p, target));
        return { progress, dirty: context.dirty || progress !== p, notice: null };
      }),
      view: assign(({ context }) => {
        const env = envOf(context);
        const here = context.progress.location;
        if (here === null) return { notice: null };
        const progress = bump(context.progress, viewPage(context.course, context.progress, here, env));
        return { progress, dirty: context.dirty || progress !== context.progress, notice: null, shownAt: env.now };
      }),
      showNotice: assign(({ context }) => ({
        notice:
          context.progress.location === null ? null : (pendingNote(context.course, context.progress, context.progress.location) ?? null),
      })),
      acknowledge: assign(({ context }) => {
        if (!context.notice) return {};
        const progress = bump(context.progress, acknowledgeNote(context.progress, context.notice.key));
        return { progress, dirty: context.dirty || progress !== context.progress, notice: null };
      }),
      defer: assign(({ context }) => {
        const note = context.notice;
        const target = note && deferTarget(context.course, context.progress, note);
        if (!note || target === undefined) return {};
        const progress = bump(context.progress, setLocation(deferNote(context.progress, note.key), target));
        return { progress, dirty: context.dirty || progress !== context.progress, notice: null };
      }),
    },
    guards: {
      dirty: ({ context }) => context.dirty,
      knownReflection: ({ context, event }) =>
        (event.type === 'reflection.save' || event.type === 'reflection.draft') &&
        isReflectionBlock(context.course, context.progress, event.blockId),
      needsAudience: ({ context }) => needsAudience(context.course, context.progress),
      knownAudience: ({ context, event }) =>
        event.type === 'audience.choose' && context.course.audiences.some((a) => a.id === event.audienceId),
      notePending: ({ context }) =>
        context.progress.location !== null && pendingNote(context.course, context.progress, context.progress.location) !== undefined,
      canNext: ({ context }) => nextTarget(context.course, context.progress) !== undefined,
      canPrevious: ({ context }) => previousTarget(context.course, context.progress) !== undefined,
      canGoto: ({ context, event }) =>
        event.type === 'nav.goto' && gotoTarget(context.course, context.progress, event.pageId) !== undefined,
      canDefer: ({ context }) => context.notice !== null && deferTarget(context.course, context.progress, context.notice) !== undefined,
    },
  },
);
