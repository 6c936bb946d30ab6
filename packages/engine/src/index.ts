export type * from './types.js';
export type { CourseEvent, CourseEventType } from './machines/events.js';
export type { CourseContext, CourseMachineInput } from './machines/course-context.js';
export type { PersistParams, ReportParams, SaveReflectionParams } from './machines/effects.js';
export type { CourseActorOptions } from './actor.js';
export type { PendingNote } from './rules/notes.js';
export type { AssessmentScore, OptionFeedback } from './rules/assessment.js';
export type { ReduceEnv } from './reducers/env.js';
export type { EmptyProgressOptions } from './reducers/progress.js';
export type { DroppedDetail, EncodeWithinResult } from './codec/within.js';

export { courseMachine } from './machines/course.machine.js';
export { assessmentMachine } from './machines/assessment.machine.js';
export type { AssessmentMachineInput, AssessmentContext } from './machines/assessment-context.js';
export { scenarioMachine } from './machines/scenario.machine.js';
export type { ScenarioMachineInput, ScenarioContext } from './machines/scenario-context.js';
export { createCourseActor } from './actor.js';
export { project } from './project.js';
export { merge } from './merge.js';
export { encode, decode, RESUME_FORMAT } from './codec/resume.js';
export { encodeWithin } from './codec/within.js';
export { normaliseForResume } from './codec/normalise.js';
export { assessmentByScope } from './reducers/answers.js';
export { scenarioState } from './reducers/activities.js';
export { emptyProgress, bump, settleCompletion, addTime } from './reducers/progress.js';
export { stepProgress } from './reducers/step.js';
export { arrive, type Arrival } from './reducers/arrive.js';
export { submitAnswer, retake, drawBanksOnPage } from './reducers/answers.js';
export { submitSort, chooseInScenario, restartScenario, saveReflection, submitLikert, walkScenario } from './reducers/activities.js';
export {
  chooseAudience,
  needsAudience,
  resolveLocation,
  viewPage,
  nextTarget,
  previousTarget,
  gotoTarget,
  acknowledgeNote,
  deferNote,
  deferTarget,
} from './reducers/navigation.js';
export { pendingNote } from './rules/notes.js';
export { reachable } from './rules/gating.js';
export { courseComplete, moduleComplete } from './rules/completion.js';
export { drawItems, drawnKeys, feedbackFor, isCorrect, scoreAssessment } from './rules/assessment.js';

export const PACKAGE = '@haven/engine';
