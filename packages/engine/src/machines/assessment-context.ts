import type { Course } from '@haven/course';
import type { Progress } from '../types.js';
import type { CourseEvent } from './events.js';
import { assessmentByScope } from '../reducers/answers.js';
import { scoreAssessment } from '../rules/assessment.js';

export interface AssessmentMachineInput {
  readonly course: Course;
  /** "course" or a module id. */
  readonly scope: string;
  readonly progress?: Progress;
  readonly now?: () => number;
}

export interface AssessmentContext {
  readonly course: Course;
  readonly scope: string;
  readonly progress: Progress;
  readonly now?: () => number;
}

export type AssessmentEvent = Extract<CourseEvent, { type: 'answer.submit' | 'assessment.retake' }>;

export const finished = (c: AssessmentContext) => {
  const entry = assessmentByScope(c.course, c.scope);
  return entry !== undefined && scoreAssessment(c.course, c.progress, entry).finished;
};
export const passedNow = (c: AssessmentContext) => {
  const entry = assessmentByScope(c.course, c.scope);
  return entry !== undefined && scoreAssessment(c.course, c.progress, entry).score >= entry.assessment.passMark;
};
