import { property } from 'lit/decorators.js';
import type { Block, Course } from '@haven/course';
import type { BlockState } from '@haven/engine';
import { HavenPartElement, type PartStrings } from '../../base/part-element.js';
import { SelectController } from '../../controllers/select.js';
import { blockStringsEnGB } from '../strings.js';

/** The blocks' words travel with the block modules, not on the player's first screen. */
const blockStrings: PartStrings = {
  en: blockStringsEnGB,
  others: { cy: () => import('../strings.cy.js').then((m) => m.blockStringsCy) },
};

/**
 * The base of every block element: holds the authored `block` and, for tracked blocks, re-renders when
 * the engine's state for this block changes (the engine replaces a block state only when it changes).
 */
export class BlockElement<B extends Block, S extends BlockState = BlockState> extends HavenPartElement {
  protected readonly partStrings = blockStrings;

  // Only triggers re-renders; `state` reads afresh so a changed `block` property is never stale.
  protected readonly blockState = new SelectController<S | null>(this, () => this.handle, {
    select: () => this.readState() ?? null,
  });

  /** The block to render, from the parsed course. */
  @property({ attribute: false }) block?: B;

  protected get course(): Course | undefined {
    return this.handle?.course;
  }

  /** The engine state of this block, or undefined before the learner has done anything with it. */
  protected get state(): S | undefined {
    return this.readState();
  }

  private readState(): S | undefined {
    const key = this.block && 'key' in this.block ? this.block.key : undefined;
    return key === undefined ? undefined : (this.handle?.getProgress().blocks[key] as S | undefined);
  }

  /** A course-relative file path as the page can load it (relative to the course file). */
  protected url(path: string): string {
    return this.handle?.resolveUrl?.(path) ?? path;
  }

  /** Counted strings: picks `${base}.${plural category}` for the course language, falling back to `.other`. */
  protected plural(base: string, n: number, params: Record<string, string | number> = {}): string {
    const category = new Intl.PluralRules(this.course?.lang ?? 'en-GB').select(n);
    const key = `${base}.${category}`;
    const text = this.t(key, { n, ...params });
    return text === key ? this.t(`${base}.other`, { n, ...params }) : text;
  }
}
