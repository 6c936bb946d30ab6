import { assign, setup } from 'xstate';
import type { Progress } from '../types.js';
import { bump, emptyProgress } from '../reducers/progress.js';
import { chooseInScenario, restartScenario } from '../reducers/activities.js';

import { ended, type ScenarioMachineInput, type ScenarioContext, type ScenarioEvent } from './scenario-context.js';

/**
 * One branching scenario: choices extend the path (choice keys in order) until an end node;
 * `scenario.restart` clears the path. The scenario's page must have been viewed.
 */
export const scenarioMachine = setup({
  types: {
    context: {} as ScenarioContext,
    events: {} as ScenarioEvent,
    input: {} as ScenarioMachineInput,
  },
  actions: {
    persist: (_, _params: { progress: Progress }) => {},
    choose: assign(({ context, event }) =>
      event.type === 'scenario.choose'
        ? { progress: bump(context.progress, chooseInScenario(context.course, context.progress, context.blockId, event.choiceId)) }
        : {},
    ),
    restart: assign(({ context }) => ({
      progress: bump(context.progress, restartScenario(context.course, context.progress, context.blockId)),
    })),
  },
  guards: {
    ended: ({ context }) => ended(context),
    forThisBlock: ({ context, event }) => event.blockId === context.blockId,
  },
}).createMachine({
  id: 'scenario',
  context: ({ input }) => ({ course: input.course, blockId: input.blockId, progress: input.progress ?? emptyProgress(input.course) }),
  initial: 'checking',
  states: {
    checking: { always: [{ guard: 'ended', target: 'ended' }, { target: 'choosing' }] },
    choosing: {
      on: {
        'scenario.choose': {
          guard: 'forThisBlock',
          target: 'checking',
          actions: ['choose', { type: 'persist', params: ({ context }) => ({ progress: context.progress }) }],
        },
        'scenario.restart': {
          guard: 'forThisBlock',
          target: 'checking',
          actions: ['restart', { type: 'persist', params: ({ context }) => ({ progress: context.progress }) }],
        },
      },
    },
    ended: {
      on: {
        'scenario.restart': {
          guard: 'forThisBlock',
          target: 'checking',
          actions: ['restart', { type: 'persist', params: ({ context }) => ({ progress: context.progress }) }],
        },
      },
    },
  },
});
