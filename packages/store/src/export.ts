import type { CourseEventType, Progress } from '@haven/engine';
import type { DeviceSettings } from './records.js';

/**
 * Everything stored on this device for one course, as the learner downloads it. It holds the learner
 * key (hashed or random), never a name or a raw LMS id: the store is never given either.
 */
export interface CourseExport {
  readonly format: 'haven-course-data';
  readonly formatVersion: 1;
  readonly exportedAt: string;
  readonly courseId: string;
  readonly learner: Readonly<{ key: string; source: 'lms' | 'device' }>;
  readonly storage: 'indexeddb' | 'memory';
  readonly progress: Progress | null;
  readonly journal: readonly Readonly<{
    seq: number;
    at: string;
    revision: number;
    changes: readonly CourseEventType[];
    progress: Progress;
  }>[];
  readonly reflections: readonly ReflectionEntry[];
  readonly evaluations: readonly EvaluationEntry[];
  readonly settings: Partial<DeviceSettings>;
}

/** A reflection as the learner gets it back (and downloads it): without the store's keys. */
export type ReflectionEntry = Readonly<{ blockId: string; text: string; updatedAt: string }>;
/** A likert rating as the learner gets it back (and downloads it): without the store's keys. */
export type EvaluationEntry = Readonly<{
  blockId: string;
  phase: 'pre' | 'post';
  values: Readonly<Record<string, number>>;
  updatedAt: string;
}>;

export const reflectionEntry = ({ blockId, text, updatedAt }: ReflectionEntry): ReflectionEntry => ({ blockId, text, updatedAt });
export const evaluationEntry = ({ blockId, phase, values, updatedAt }: EvaluationEntry): EvaluationEntry => ({
  blockId,
  phase,
  values,
  updatedAt,
});

/** `haven-<course>-data.json`, with the course id reduced to characters safe in any file system. */
export function exportFileName(courseId: string): string {
  const safe = courseId.replace(/[^a-z0-9-]+/gi, '-').replace(/^-+|-+$/g, '') || 'course';
  return `haven-${safe}-data.json`;
}

export function exportBlob(data: CourseExport): Blob {
  return new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
}

/** Starts a download of the export through a temporary link; returns the file name used. */
export function downloadExport(data: CourseExport, doc: Document = document): string {
  const name = exportFileName(data.courseId);
  const url = URL.createObjectURL(exportBlob(data));
  const link = doc.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoke after the click has been handled; revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 0);
  return name;
}
