import { createContext } from '@lit/context';
import type { Course } from '@haven/course';
import type { CourseEvent, Progress } from '@haven/engine';

/** The UI state the player adds around the engine's progress (not persisted in the LMS). */
export interface PlayerView {
  /** Where the player is: reading a page, showing a content note, paused, choosing an audience... */
  readonly state: string;
  /** Id of the page shown (or about to be shown after a content note). */
  readonly pageId: string;
  readonly learnerName?: string;
  readonly lowStimulus: boolean;
}

/**
 * What block elements get from the player. Block elements read progress and send typed events;
 * they never create or stop actors (the player owns the one course actor behind this handle).
 */
export interface CourseHandle {
  readonly course: Course;
  getProgress(): Progress;
  getView(): PlayerView;
  send(event: CourseEvent): void;
  /** Called after every change of progress or view. Returns an unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** Private reflection text: kept on this device by the store, never in Progress or the LMS. */
  loadReflection(blockId: string): Promise<string | undefined>;
  /** UI string lookup for the course language. */
  t(key: string, params?: Record<string, string | number>): string;
  /**
   * A course-relative path (media, captions, files) as a URL the page can load: relative to the
   * course file, not the host page. Optional: without it paths are used as written.
   */
  resolveUrl?(path: string): string;
}

export const courseContext = createContext<CourseHandle | undefined>(Symbol('haven-course'));
