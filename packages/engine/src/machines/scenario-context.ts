import type { Course } from '@haven/course';
import type { Progress } from '../types.js';
import type { CourseEvent } from './events.js';
import { scenarioState } from '../reducers/activities.js';
import { indexOf } from '../model/course-index.js';

export interface ScenarioMachineInput {
  readonly course: Course;
  readonly blockId: string;
  readonly progress?: Progress;
}

export interface ScenarioContext {
  readonly course: Course;
  readonly blockId: string;
  readonly progress: Progress;
}

export type ScenarioEvent = Extract<CourseEvent, { type: 'scenario.choose' | 'scenario.restart' }>;

export const ended = (c: ScenarioContext) => {
  const key = indexOf(c.course).blockById.get(c.blockId)?.block;
  return key !== undefined && 'key' in key && scenarioState(c.progress, key.key)?.ended === true;
};
