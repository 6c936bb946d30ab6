import { parseMarkup, type MarkupBlock } from '@haven/course';

/** Parsed markup, cached: the same course text is rendered again on every update of its element. */
const cache = new Map<string, readonly MarkupBlock[]>();

export function parseMarkupSource(source: string): readonly MarkupBlock[] {
  let blocks = cache.get(source);
  if (!blocks) {
    blocks = parseMarkup(source);
    if (cache.size > 500) cache.clear();
    cache.set(source, blocks);
  }
  return blocks;
}
