import { assign, setup } from 'xstate';
import type { Progress } from '../types.js';
import { bump, emptyProgress } from '../reducers/progress.js';
import { assessmentByScope, retake, submitAnswer } from '../reducers/answers.js';
import { canRetake } from '../rules/assessment.js';

import { finished, passedNow, type AssessmentMachineInput, type AssessmentContext, type AssessmentEvent } from './assessment-context.js';

/**
 * One assessment on its own (the course machine uses the same reducers): answering until every counted
 * item is final, then passed or failed for this attempt; `assessment.retake` starts the next attempt while
 * attempts remain. Answers count only for blocks on pages the learner has viewed.
 */
export const assessmentMachine = setup({
  types: {
    context: {} as AssessmentContext,
    events: {} as AssessmentEvent,
    input: {} as AssessmentMachineInput,
  },
  actions: {
    persist: (_, _params: { progress: Progress }) => {},
    answer: assign(({ context, event }) => {
      if (event.type !== 'answer.submit') return {};
      const now = context.now ? context.now() : Date.now();
      return { progress: bump(context.progress, submitAnswer(context.course, context.progress, event, { now })) };
    }),
    retake: assign(({ context }) => ({ progress: bump(context.progress, retake(context.course, context.progress, context.scope)) })),
  },
  guards: {
    finished: ({ context }) => finished(context),
    passed: ({ context }) => passedNow(context),
    canRetake: ({ context }) => {
      const entry = assessmentByScope(context.course, context.scope);
      return entry !== undefined && canRetake(context.course, context.progress, entry);
    },
  },
}).createMachine({
  id: 'assessment',
  context: ({ input }) => ({
    course: input.course,
    scope: input.scope,
    progress: input.progress ?? emptyProgress(input.course),
    now: input.now,
  }),
  initial: 'checking',
  states: {
    checking: {
      always: [{ guard: 'finished', target: 'finished' }, { target: 'answering' }],
    },
    answering: {
      on: {
        'answer.submit': {
          target: 'checking',
          actions: ['answer', { type: 'persist', params: ({ context }) => ({ progress: context.progress }) }],
        },
      },
    },
    finished: {
      initial: 'deciding',
      states: {
        deciding: { always: [{ guard: 'passed', target: 'passed' }, { target: 'failed' }] },
        passed: {},
        failed: {},
      },
      on: {
        'assessment.retake': {
          guard: 'canRetake',
          target: 'checking',
          actions: ['retake', { type: 'persist', params: ({ context }) => ({ progress: context.progress }) }],
        },
      },
    },
  },
});
