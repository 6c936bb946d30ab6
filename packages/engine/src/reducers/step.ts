import type { Course } from '@haven/course';
import type { Progress } from '../types.js';
import type { CourseEvent } from '../machines/events.js';
import { merge } from '../merge.js';
import { chooseInScenario, restartScenario, saveReflection, submitLikert, submitSort } from './activities.js';
import { retake, submitAnswer } from './answers.js';
import type { ReduceEnv } from './env.js';
import { chooseAudience, viewBlock } from './navigation.js';
import { addTime, settleCompletion } from './progress.js';

/**
 * The progress change of one learner-data event, as a pure function. Navigation and content notes
 * change the machine's state as well and have their own reducers (navigation.ts).
 * Returns the same object when nothing changed. Revision is bumped by the caller (`bump`).
 */
export function stepProgress(course: Course, progress: Progress, event: CourseEvent, env: ReduceEnv): Progress {
  switch (event.type) {
    case 'answer.submit':
      return submitAnswer(course, progress, event, env);
    case 'sort.submit':
      return submitSort(course, progress, event.blockId, event.placements);
    case 'scenario.choose':
      return chooseInScenario(course, progress, event.blockId, event.choiceId);
    case 'scenario.restart':
      return restartScenario(course, progress, event.blockId);
    case 'reflection.save':
      return saveReflection(course, progress, event.blockId, event.text);
    case 'likert.submit':
      return submitLikert(course, progress, event.blockId, event.values, env);
    case 'assessment.retake':
      return retake(course, progress, event.scope);
    case 'time.tick':
      return addTime(progress, event.ms);
    case 'block.viewed':
      return viewBlock(course, progress, event.blockId, env);
    case 'audience.choose':
      // The audience decides which pages are required, so it can complete the course by itself.
      return settleCompletion(course, chooseAudience(course, progress, event.audienceId), env);
    case 'progress.merge': {
      if (event.progress?.courseId !== course.id) return progress;
      const merged = merge(course, progress, event.progress);
      return settleCompletion(course, merged, env);
    }
    default:
      return progress;
  }
}
