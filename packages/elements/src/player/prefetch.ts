/**
 * Start-up overlap: as soon as the bundle starts running (before the rest of it is evaluated), ask for
 * the course of every `<haven-course src>` already on the page, so it downloads while the player's code
 * is still being set up. `loadCourse` takes these responses instead of fetching again. A lock file is
 * not asked for here: a compiled course (what packages ship) has none, and an authored one fetches its
 * lock while the checker loads.
 */
const early = new Map<string, Promise<Response>>();

/** Fetches the course files of the players on the page; each response is handed out once. */
export function prefetchCourses(doc: Document): void {
  for (const el of doc.querySelectorAll('haven-course[src]')) {
    const src = el.getAttribute('src');
    if (!src || inlineCourseOf(el) !== undefined) continue;
    const href = new URL(src, doc.baseURI).href;
    if (early.has(href)) continue;
    const response = fetch(href);
    // Whoever takes it sees the failure; until then it must not count as unhandled.
    response.catch(() => {});
    early.set(href, response);
  }
}

/**
 * The copy of its course file that a page carries inside `<haven-course src>`, as a JSON data block
 * (`<script type="application/json">`, which never runs), or undefined. Launch pages written by `haven
 * build` carry one, so the player reads the course at once instead of waiting for a response.
 */
export function inlineCourseOf(player: Element): string | undefined {
  for (const child of player.children)
    if (child.localName === 'script' && child.getAttribute('type')?.trim().toLowerCase() === 'application/json')
      return child.textContent ?? '';
  return undefined;
}

/** The response fetched early for this URL, if there is one (it is handed out only once). */
export function takePrefetched(href: string): Promise<Response> | undefined {
  const response = early.get(href);
  early.delete(href);
  return response;
}

/** `course.lock.json` beside the course, or undefined for URLs that have no folder (blob:, data:). */
export function lockUrlFor(url: URL): string | undefined {
  if (url.protocol !== 'http:' && url.protocol !== 'https:' && url.protocol !== 'file:') return undefined;
  return new URL('course.lock.json', url).href;
}
