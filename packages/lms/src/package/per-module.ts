import type { BlockFile, CourseFile, ModuleFile } from '@haven/course';

type AssessmentFile = NonNullable<CourseFile['assessment']>;

/**
 * The course reduced to one module, for organisations that assign modules separately. Ids, and so
 * tracking keys from the lock file, stay as they are: a learner's progress means the same in the
 * whole course and in the module package. What changes is what the package reports:
 * - the module's own assessment becomes the package's assessment; without one, the course
 *   assessment narrowed to this module's questions (dropped if none are left);
 * - without an assessment, a completion rule that needs a pass becomes "viewed";
 * - references that would point out of the module (a post-course likert paired with a pre-course
 *   one elsewhere) are dropped.
 */
export function courseForModule(course: CourseFile, moduleId: string): CourseFile | undefined {
  const module = course.modules.find((m) => m.id === moduleId);
  if (!module) return undefined;
  const blockIds = new Set(module.pages.flatMap((page) => page.blocks.map((block) => block.id)));
  const questionIds = module.pages.flatMap((page) => page.blocks.filter((b) => b.type === 'question').map((b) => b.id));
  const assessment = module.assessment ?? narrowAssessment(course.assessment, questionIds);

  const { assessment: _moved, ...moduleRest } = module;
  const reducedModule: ModuleFile = {
    ...moduleRest,
    pages: module.pages.map((page) => ({ ...page, blocks: page.blocks.map((block) => withinModule(block, blockIds)) })),
  };
  const { $schema: _schema, assessment: _courseAssessment, estimatedMinutes: _minutes, ...courseRest } = course;
  const description = module.description ?? course.description;
  return {
    ...courseRest,
    title: truncate(`${course.title}: ${module.title}`, 200),
    ...(description ? { description } : {}),
    ...(module.estimatedMinutes ? { estimatedMinutes: module.estimatedMinutes } : {}),
    completion: assessment ? course.completion : { rule: 'viewed' },
    ...(assessment ? { assessment } : {}),
    modules: [reducedModule],
  };
}

function narrowAssessment(assessment: AssessmentFile | undefined, questionIds: readonly string[]): AssessmentFile | undefined {
  if (!assessment || questionIds.length === 0) return undefined;
  const chosen = assessment.questions ?? 'all';
  if (chosen === 'all') return assessment;
  const kept = chosen.filter((id) => questionIds.includes(id));
  return kept.length ? { ...assessment, questions: kept } : undefined;
}

function withinModule(block: BlockFile, blockIds: ReadonlySet<string>): BlockFile {
  if (block.type === 'likert' && block.pairWith && !blockIds.has(block.pairWith)) {
    const { pairWith: _outside, ...rest } = block;
    return rest;
  }
  return block;
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
