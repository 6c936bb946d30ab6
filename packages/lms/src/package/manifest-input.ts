import type { ManifestIds } from './identifiers.js';

export type ScormTarget = 'scorm12' | 'scorm2004';
/** What `haven build` can write: a SCORM package, or `web`, the same files without a manifest for a web server. */
export type PackageTarget = ScormTarget | 'web';

/** What a manifest writer needs: already decided, so each writer only formats. */
export interface ManifestInput {
  readonly ids: ManifestIds;
  readonly title: string;
  /** The course version, written as the manifest's `version` attribute. */
  readonly version: string;
  /** The launch page, relative to the package root. */
  readonly launch: string;
  /** Every file of the SCO, relative to the package root, in a stable order. */
  readonly files: readonly string[];
  /** The course assessment pass mark (0-100), when the package is assessed. */
  readonly passMark?: number;
  /**
   * Whether the LMS may judge completion from `cmi.progress_measure` (2004). Only true when the
   * course completes on viewing alone, where the engine's progress reaches 1 exactly on completion.
   */
  readonly completedByMeasure: boolean;
}

/** A decimal without floating-point noise, e.g. 0.755 rather than 0.7550000000000001. */
export function decimal(value: number, places = 4): string {
  return String(Number(value.toFixed(places)));
}
