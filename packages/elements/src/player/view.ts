import type { ContentNote, Course, Module, Page } from '@haven/course';
import type { Progress, Projection } from '@haven/engine';
import type { CourseHandle, PlayerView } from '../context/course-context.js';
import type { OutlineModule } from '../outline/outline.js';

/** Where saving stands, as the learner needs to know it (see `savingNotice`). */
export type SavingStatus = 'saved' | 'lms-only' | 'tab-only' | 'nowhere';

/** The player's states, as the shell renders them. */
export type ShellState = 'page' | 'notice' | 'paused' | 'audience';

export interface ShellView extends PlayerView {
  readonly state: ShellState;
  readonly saving: SavingStatus;
  /** In the `notice` state: the note and the title of the module or page it covers. */
  readonly notice?: Readonly<{ note: ContentNote; subject: string }>;
}

/** The handle the shell itself uses: the blocks' CourseHandle plus the projection and saving status. */
export interface PlayerHandle extends CourseHandle {
  getView(): ShellView;
  getProjection(): Projection;
  setLowStimulus(on: boolean): void;
}

export interface PageRef {
  readonly page: Page;
  readonly module: Module;
  readonly moduleIndex: number;
}

/** Pages the learner sees, in order: audience variants for other audiences are left out. */
export function visiblePages(course: Course, audience: string | undefined): PageRef[] {
  const refs: PageRef[] = [];
  course.modules.forEach((module, moduleIndex) => {
    for (const page of module.pages) {
      if (page.audiences && (!audience || !page.audiences.includes(audience))) continue;
      refs.push({ page, module, moduleIndex });
    }
  });
  return refs;
}

export function isVisibleTo<T extends { readonly audiences?: readonly string[] }>(item: T, audience: string | undefined): boolean {
  return !item.audiences || (!!audience && item.audiences.includes(audience));
}

export function outlineOf(course: Course, progress: Progress, projection: Projection, currentPageId: string): OutlineModule[] {
  const refs = visiblePages(course, progress.audience);
  return course.modules
    .map((module) => {
      const status = projection.modules.find((m) => m.id === module.id);
      return {
        id: module.id,
        title: module.title,
        status: status?.status ?? 'available',
        progress: status?.progress ?? 0,
        pages: refs
          .filter((r) => r.module === module)
          .map((r) => ({
            id: r.page.id,
            title: r.page.title,
            viewed: progress.viewed.includes(r.page.key),
            current: r.page.id === currentPageId,
          })),
      };
    })
    .filter((m) => m.pages.length > 0);
}
