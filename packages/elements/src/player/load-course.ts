import type { Course, CourseError, TrackingLock } from '@haven/course';
import { parseQuick } from '@haven/course/quick';
import { lockUrlFor, takePrefetched } from './prefetch.js';

export type LoadResult =
  | { readonly ok: true; readonly course: Course; readonly baseUrl: string }
  | {
      readonly ok: false;
      readonly code: 'COURSE_INVALID' | 'COURSE_LOAD_FAILED';
      readonly errors: readonly CourseError[];
      readonly message: string;
    };

export interface LoadOptions {
  readonly src?: string;
  /** The course as JSON text or an already-parsed object (no lock file is fetched for these). */
  readonly course?: string | object;
  readonly lock?: TrackingLock | string;
  readonly fetch?: typeof fetch;
}

/**
 * Fetches (or takes) the course, with `course.lock.json` from beside it when there is one, and
 * parses it. Never throws: an unreachable or invalid course becomes a list of problems to show.
 */
export async function loadCourse(options: LoadOptions): Promise<LoadResult> {
  const fetchNow = options.fetch ?? globalThis.fetch.bind(globalThis);
  // The page's own course files may already be on their way (see prefetch.ts).
  const doFetch = (href: string): Promise<Response> => (options.fetch ? undefined : takePrefetched(href)) ?? fetchNow(href);
  let text: string;
  let fileName = 'course.json';
  let lock = options.lock;
  let baseUrl = document.baseURI;
  if (options.course !== undefined) {
    text = typeof options.course === 'string' ? options.course : JSON.stringify(options.course, null, 2);
  } else if (options.src) {
    const url = new URL(options.src, document.baseURI);
    baseUrl = url.href;
    fileName = options.src;
    try {
      const lockUrl = lock ? undefined : lockUrlFor(url);
      const [courseResponse, lockText] = await Promise.all([doFetch(url.href), lockUrl ? fetchOptional(doFetch, lockUrl) : undefined]);
      if (!courseResponse.ok) return failedToLoad(`${courseResponse.status} ${courseResponse.statusText}`.trim());
      text = await courseResponse.text();
      if (lockText) lock = lockText;
    } catch (error) {
      return failedToLoad(error instanceof Error ? error.message : String(error));
    }
  } else {
    return { ok: false, code: 'COURSE_LOAD_FAILED', errors: [], message: 'No course was given to the player: set its src attribute.' };
  }
  // A course with nothing to report takes the quick path; the full parser, which explains problems with
  // their place in the file, loads only when there is something to explain.
  const result =
    parseQuick(text, lock === undefined ? {} : { lock }) ??
    (await import('@haven/course')).parse(text, fileName, lock === undefined ? undefined : { lock });
  if (!result.ok) {
    return { ok: false, code: 'COURSE_INVALID', errors: result.errors, message: '' };
  }
  return { ok: true, course: result.course, baseUrl };
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
  return { ok: false, code: 'COURSE_LOAD_FAILED', errors: [], message: `The course could not be loaded (${detail}).` };
}
