import type { Assessment, Block, Course, Module, Page, QuestionBlock, QuestionItem, TrackedBlock } from '@haven/course';

/**
 * Lookups precomputed once per course (cached by object identity, the course being frozen), so that
 * navigation and event handling never scan the whole course.
 */
export interface CourseIndex {
  readonly course: Course;
  readonly pageByKey: ReadonlyMap<number, PageEntry>;
  readonly pageById: ReadonlyMap<string, PageEntry>;
  readonly moduleByKey: ReadonlyMap<number, Module>;
  readonly moduleById: ReadonlyMap<string, Module>;
  readonly blockById: ReadonlyMap<string, BlockEntry>;
  readonly blockByKey: ReadonlyMap<number, BlockEntry>;
  /** Question blocks in course order. */
  readonly questions: readonly BlockEntry<QuestionBlock>[];
  /** Tracked blocks in course order. */
  readonly tracked: readonly BlockEntry<TrackedBlock>[];
  /** Course assessment first (key 0), then module assessments in course order. */
  readonly assessments: readonly AssessmentEntry[];
  readonly assessmentByKey: ReadonlyMap<number, AssessmentEntry>;
  /** Question block key -> keys of the assessments that count it. */
  readonly assessmentsOfBlock: ReadonlyMap<number, readonly number[]>;
  /** Every module and page key that has a content note. */
  readonly noteKeys: ReadonlySet<number>;
  readonly views: Map<string, AudienceView>;
}

export interface PageEntry {
  readonly page: Page;
  readonly module: Module;
}

export interface BlockEntry<B extends Block = Block> {
  readonly block: B;
  readonly page: Page;
  readonly module: Module;
}

export interface AssessmentEntry {
  /** 0 for the course assessment, else the module key. */
  readonly key: number;
  /** "course" or the module id (what `assessment.retake` names). */
  readonly scope: string;
  readonly assessment: Assessment;
  readonly module?: Module;
  /** Question blocks that count, in course order. */
  readonly blocks: readonly BlockEntry<QuestionBlock>[];
}

/** The pages one audience sees, in order, with their modules. */
export interface AudienceView {
  readonly audience: string | undefined;
  readonly pages: readonly Page[];
  readonly position: ReadonlyMap<number, number>;
  /** Visible modules (with at least one visible page) in order. */
  readonly modules: readonly ModuleSpan[];
  /** Page position -> index into `modules`. */
  readonly moduleAt: Int32Array;
  readonly requiredTotal: number;
}

export interface ModuleSpan {
  readonly module: Module;
  /** Position of the module's first and last visible page. */
  readonly first: number;
  readonly last: number;
  /** Keys of the module's required (non-optional) visible pages, in order. */
  readonly required: readonly number[];
}

const cache = new WeakMap<Course, CourseIndex>();

export function indexOf(course: Course): CourseIndex {
  let index = cache.get(course);
  if (!index) {
    index = build(course);
    cache.set(course, index);
  }
  return index;
}

export function isVisible(item: { readonly audiences?: readonly string[] }, audience: string | undefined): boolean {
  return !item.audiences || (audience !== undefined && item.audiences.includes(audience));
}

export function viewOf(course: Course, audience: string | undefined): AudienceView {
  const index = indexOf(course);
  const id = audience ?? '';
  let view = index.views.get(id);
  if (!view) {
    view = buildView(course, audience);
    index.views.set(id, view);
  }
  return view;
}

export function itemOf(block: QuestionBlock, itemKey: number): QuestionItem | undefined {
  return block.questions.find((q) => q.key === itemKey);
}

function build(course: Course): CourseIndex {
  const pageByKey = new Map<number, PageEntry>();
  const pageById = new Map<string, PageEntry>();
  const moduleByKey = new Map<number, Module>();
  const moduleById = new Map<string, Module>();
  const blockById = new Map<string, BlockEntry>();
  const blockByKey = new Map<number, BlockEntry>();
  const questions: BlockEntry<QuestionBlock>[] = [];
  const tracked: BlockEntry<TrackedBlock>[] = [];
  const noteKeys = new Set<number>();
  for (const module of course.modules) {
    moduleByKey.set(module.key, module);
    moduleById.set(module.id, module);
    if (module.contentNote) noteKeys.add(module.key);
    for (const page of module.pages) {
      const entry = { page, module };
      pageByKey.set(page.key, entry);
      pageById.set(page.id, entry);
      if (page.contentNote) noteKeys.add(page.key);
      for (const block of page.blocks) {
        const b = { block, page, module };
        blockById.set(block.id, b);
        if ('key' in block) {
          blockByKey.set(block.key, b);
          tracked.push(b as BlockEntry<TrackedBlock>);
          if (block.type === 'question') questions.push(b as BlockEntry<QuestionBlock>);
        }
      }
    }
  }
  const assessments: AssessmentEntry[] = [];
  const pick = (assessment: Assessment, inScope: (e: BlockEntry<QuestionBlock>) => boolean) =>
    questions.filter((e) => inScope(e) && (assessment.questions === 'all' || assessment.questions.includes(e.block.id)));
  if (course.assessment) {
    assessments.push({ key: 0, scope: 'course', assessment: course.assessment, blocks: pick(course.assessment, () => true) });
  }
  for (const module of course.modules) {
    if (!module.assessment) continue;
    assessments.push({
      key: module.key,
      scope: module.id,
      assessment: module.assessment,
      module,
      blocks: pick(module.assessment, (e) => e.module === module),
    });
  }
  const assessmentsOfBlock = new Map<number, number[]>();
  for (const a of assessments) {
    for (const e of a.blocks) {
      const list = assessmentsOfBlock.get(e.block.key) ?? [];
      list.push(a.key);
      assessmentsOfBlock.set(e.block.key, list);
    }
  }
  return {
    course,
    pageByKey,
    pageById,
    moduleByKey,
    moduleById,
    blockById,
    blockByKey,
    questions,
    tracked,
    assessments,
    assessmentByKey: new Map(assessments.map((a) => [a.key, a])),
    assessmentsOfBlock,
    noteKeys,
    views: new Map(),
  };
}

function buildView(course: Course, audience: string | undefined): AudienceView {
  const pages: Page[] = [];
  const position = new Map<number, number>();
  const modules: ModuleSpan[] = [];
  const moduleOf: number[] = [];
  let requiredTotal = 0;
  for (const module of course.modules) {
    const first = pages.length;
    const required: number[] = [];
    for (const page of module.pages) {
      if (!isVisible(page, audience)) continue;
      position.set(page.key, pages.length);
      pages.push(page);
      moduleOf.push(modules.length);
      if (!page.optional) required.push(page.key);
    }
    if (pages.length > first) {
      modules.push({ module, first, last: pages.length - 1, required });
      requiredTotal += required.length;
    }
  }
  return { audience, pages, position, modules, moduleAt: Int32Array.from(moduleOf), requiredTotal };
}
