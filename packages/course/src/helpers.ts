/** Small read-only walks over a normalised course, shared by the engine, player and CLI. */
import type { Block, Course, Module, Page } from './model/types.js';

export interface PageRef {
  readonly page: Page;
  readonly module: Module;
  readonly moduleIndex: number;
  /** Index within its module. */
  readonly pageIndex: number;
  /** Index in the whole course, in reading order. */
  readonly index: number;
}

export interface BlockRef {
  readonly block: Block;
  readonly page: Page;
  readonly module: Module;
  readonly moduleIndex: number;
  readonly pageIndex: number;
  readonly blockIndex: number;
}

/** Every page in reading order, with where it sits. */
export function pagesInOrder(course: Course): PageRef[] {
  const out: PageRef[] = [];
  course.modules.forEach((module, moduleIndex) =>
    module.pages.forEach((page, pageIndex) => out.push({ page, module, moduleIndex, pageIndex, index: out.length })),
  );
  return out;
}

/** Every block in reading order. */
export function* walkBlocks(course: Course): Generator<BlockRef> {
  for (let moduleIndex = 0; moduleIndex < course.modules.length; moduleIndex++) {
    const module = course.modules[moduleIndex]!;
    for (let pageIndex = 0; pageIndex < module.pages.length; pageIndex++) {
      const page = module.pages[pageIndex]!;
      for (let blockIndex = 0; blockIndex < page.blocks.length; blockIndex++)
        yield { block: page.blocks[blockIndex]!, page, module, moduleIndex, pageIndex, blockIndex };
    }
  }
}

export function findBlock(course: Course, id: string): BlockRef | undefined {
  for (const ref of walkBlocks(course)) if (ref.block.id === id) return ref;
  return undefined;
}

export function findPage(course: Course, id: string): PageRef | undefined {
  return pagesInOrder(course).find((ref) => ref.page.id === id);
}
