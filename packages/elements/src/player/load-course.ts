import type { Course, CourseError, TrackingLock } from '@haven/course';
import { isCompiled, MAX_COURSE_CHARS, readCompiled, withoutBom } from '@haven/course/compiled';
import { lockUrlFor, takePrefetched } from './prefetch.js';

export interface LoadFailure {
  readonly ok: false;
  readonly code: 'COURSE_INVALID' | 'COURSE_LOAD_FAILED';
  readonly errors: readonly CourseError[];
  /** In English, for the host page's `haven-error` event and for whoever looks after the course. */
  readonly message: string;
  /** For a course that could not be fetched: what the browser said (trying again may help). */
  readonly detail?: string;
}

export type LoadResult = { readonly ok: true; readonly course: Course; readonly baseUrl: string } | LoadFailure;

export interface LoadOptions {
  readonly src?: string;
  /** The course as JSON text or an already-parsed object (no lock file is fetched for these). */
  readonly course?: string | object;
  readonly lock?: TrackingLock | string;
  /**
   * The content of the file at `src`, carried by the page itself (see `inlineCourseOf`): read instead of
   * fetched, so the player waits on no request; `src` still gives the address media are found beside.
   * The player gives it on its first start only (a later start asks the server).
   */
  readonly inline?: string;
  readonly fetch?: typeof fetch;
  /** The learner asked to try again: ask the server, not a cached failure (404s may be cached). */
  readonly again?: boolean;
}

/**
 * Fetches (or takes) the course, with `course.lock.json` from beside it when there is one, and
 * parses it. Never throws: an unreachable or invalid course becomes a list of problems to show.
 */
export async function loadCourse(options: LoadOptions): Promise<LoadResult> {
  const fetchNow = options.fetch ?? globalThis.fetch.bind(globalThis);
  // The page's own course files may already be on their way (see prefetch.ts).
  const doFetch = (href: string): Promise<Response> =>
    options.again ? fetchNow(href, { cache: 'no-cache' }) : ((options.fetch ? undefined : takePrefetched(href)) ?? fetchNow(href));
  let text: string;
  let fileName = 'course.json';
  let baseUrl = document.baseURI;
  let lockUrl: string | undefined;
  if (options.course !== undefined) {
    if (typeof options.course === 'object' && isCompiled(options.course)) return compiled(options.course, baseUrl);
    text = typeof options.course === 'string' ? options.course : JSON.stringify(options.course, null, 2);
  } else if (options.src) {
    const url = new URL(options.src, document.baseURI);
    baseUrl = url.href;
    fileName = options.src;
    lockUrl = lockUrlFor(url);
    if (options.inline !== undefined) text = options.inline;
    else {
      try {
        const response = await doFetch(url.href);
        if (!response.ok) return failedToLoad(`${response.status} ${response.statusText}`.trim());
        text = await response.text();
      } catch (error) {
        return failedToLoad(error instanceof Error ? error.message : String(error));
      }
    }
  } else {
    return { ok: false, code: 'COURSE_LOAD_FAILED', errors: [], message: 'No course was given to the player: set its src attribute.' };
  }
  // What `haven build` ships is already checked: it is used as it is, and the checker never loads.
  // An oversized file is never parsed here: the checker refuses it with an explanation.
  const value = text.length > MAX_COURSE_CHARS ? undefined : parseOrUndefined(text);
  if (isCompiled(value)) return compiled(value, baseUrl);

  // An authored course (a preview, or a course folder put on a web server) is checked here. A course with
  // nothing to report takes the quick path; the full parser, which explains problems with their place
  // in the file, loads only when there is something to explain. Its lock file, if any, comes meanwhile.
  const [{ parseQuick }, lockText] = await Promise.all([
    import('@haven/course/quick'),
    options.lock === undefined && lockUrl ? fetchOptional(doFetch, lockUrl) : undefined,
  ]);
  const lock = options.lock ?? lockText;
  const result =
    parseQuick(text, { ...(lock === undefined ? {} : { lock }), ...(value === undefined ? {} : { parsed: value }) }) ??
    (await import('@haven/course')).parse(text, fileName, lock === undefined ? undefined : { lock });
  if (!result.ok) {
    return { ok: false, code: 'COURSE_INVALID', errors: result.errors, message: '' };
  }
  return { ok: true, course: result.course, baseUrl };
}

function compiled(value: unknown, baseUrl: string): LoadResult {
  const read = readCompiled(value);
  return read.ok ? { ok: true, course: read.course, baseUrl } : { ok: false, code: 'COURSE_INVALID', errors: [], message: read.message };
}

function parseOrUndefined(text: string): unknown {
  try {
    return JSON.parse(withoutBom(text));
  } catch {
    return undefined;
  }
}

async function fetchOptional(doFetch: (href: string) => Promise<Response>, url: string): Promise<string | undefined> {
  try {
    const response = await doFetch(url);
    return response.ok ? await response.text() : undefined;
  } catch {
    return undefined;
  }
}

function failedToLoad(detail: string): LoadResult {
  return { ok: false, code: 'COURSE_LOAD_FAILED', errors: [], message: `The course could not be loaded (${detail}).`, detail };
}
