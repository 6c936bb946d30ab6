import type { Course } from '@haven/course';
import type { Progress } from '../types.js';
import { indexOf, viewOf } from '../model/course-index.js';
import { isAssessed, successAssessments } from './assessment.js';
import { summarise } from './viewed-summary.js';

export function requiredViewed(course: Course, progress: Progress): boolean {
  const view = viewOf(course, progress.audience);
  return summarise(view, progress.viewed).count >= view.requiredTotal;
}

/** Required visible pages of the module at `moduleIndex` all viewed. */
export function moduleViewed(course: Course, progress: Progress, moduleIndex: number): boolean {
  const view = viewOf(course, progress.audience);
  return summarise(view, progress.viewed).frontier[moduleIndex]! > view.modules[moduleIndex]!.last;
}

function passed(progress: Progress, key: number): boolean {
  return progress.assessments[key]?.passed === true;
}

/**
 * A module is complete when its required pages are viewed and, when the course rule asks for passing and
 * the module has its own assessment with questions for this learner, that assessment is passed
 * (rule "passed": passing alone is enough for such a module).
 */
export function moduleComplete(course: Course, progress: Progress, moduleIndex: number): boolean {
  const view = viewOf(course, progress.audience);
  const span = view.modules[moduleIndex];
  if (!span) return false;
  const rule = course.completion.rule;
  const entry = indexOf(course).assessmentByKey.get(span.module.key);
  const needsPass = rule !== 'viewed' && entry !== undefined && isAssessed(progress, entry);
  if (!needsPass) return moduleViewed(course, progress, moduleIndex);
  if (!passed(progress, span.module.key)) return false;
  return rule === 'passed' || moduleViewed(course, progress, moduleIndex);
}

/** Passing means the course assessment passed, else every module assessment; undefined when nothing is assessed. */
export function assessmentsPassed(course: Course, progress: Progress): boolean | undefined {
  const entries = successAssessments(course, progress);
  if (!entries.length) return undefined;
  return entries.every((e) => passed(progress, e.key));
}

/** Course completion by its rule; a course with nothing assessed for this learner completes on viewing. */
export function courseComplete(course: Course, progress: Progress): boolean {
  // Before the learner has chosen an audience they have seen nothing, even if no page is shown to "nobody".
  if (course.audiences.length && !course.audiences.some((a) => a.id === progress.audience)) return false;
  const rule = course.completion.rule;
  const pass = assessmentsPassed(course, progress);
  if (rule === 'viewed' || pass === undefined) return requiredViewed(course, progress);
  if (rule === 'passed') return pass;
  return pass && requiredViewed(course, progress);
}
