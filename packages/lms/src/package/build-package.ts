import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { compileCourse, parse, type CourseFile, type TrackingLock } from '@haven/course';
import { manifestIds } from './identifiers.js';
import { launchPage } from './launch-page.js';
import type { ManifestInput, PackageTarget } from './manifest-input.js';
import { scorm12Manifest } from './manifest-scorm12.js';
import { scorm2004Manifest } from './manifest-scorm2004.js';
import { referencedFiles } from './media.js';
import { isFile, readRuntime, RUNTIME_ENTRY } from './runtime.js';
import { readSchemas } from './schemas.js';

export const LAUNCH_PAGE = 'index.html';
export const RUNTIME_DIR = 'haven';
export const COURSE_DIR = 'course';
export const MANIFEST = 'imsmanifest.xml';

export interface PackageOptions {
  readonly target: PackageTarget;
  /** The authored course to ship, already validated (for a per-module package, already reduced). */
  readonly course: CourseFile;
  readonly lock: TrackingLock;
  /** The course folder, where the media it refers to live. */
  readonly courseDir: string;
  /** The built learner runtime (a folder holding haven.js). */
  readonly runtimeDir: string;
  /** Set for a per-module package, so that its identifiers differ from the whole course's. */
  readonly moduleId?: string;
}

export type PackageErrorCode = 'COURSE_INVALID' | 'MEDIA_MISSING' | 'RUNTIME_MISSING' | 'RUNTIME_HAS_LMS_CODE';

export type PackageResult =
  | {
      readonly ok: true;
      readonly zip: Uint8Array;
      /** Every file in the zip, in zip order. */
      readonly files: readonly string[];
      /** imsmanifest.xml; empty for the `web` target, which has none. */
      readonly manifest: string;
    }
  | { readonly ok: false; readonly code: PackageErrorCode; readonly message: string; readonly paths?: readonly string[] };

/** Fixed so that building the same course twice gives the same bytes. */
const ZIP_TIME = new Date('2000-01-01T00:00:00Z');
/** Already-compressed media gain nothing from deflate. */
const STORED = /\.(jpe?g|png|gif|webp|avif|mp4|m4v|webm|mp3|m4a|ogg|oga|ogv|woff2?|zip|pdf)$/i;

/**
 * Builds one SCORM package in memory: imsmanifest.xml and its schemas at the root, the launch page,
 * the runtime under haven/, and the compiled course and every file it refers to under course/.
 * One SCO, no sequencing. Nothing is written to disk here. The `web` target is the same files without
 * the manifest and schemas, for an organisation's own web server; its launch page looks for no LMS.
 */
export async function buildPackage(options: PackageOptions): Promise<PackageResult> {
  const { course, target } = options;
  const media = referencedFiles(course);
  const missing: string[] = [];
  for (const path of media) if (!(await isFile(join(options.courseDir, path)))) missing.push(path);
  if (missing.length) {
    return {
      ok: false,
      code: 'MEDIA_MISSING',
      message: `The course refers to ${missing.length === 1 ? 'a file' : 'files'} not found in ${options.courseDir}: ${missing.join(', ')}`,
      paths: missing,
    };
  }
  const runtime = await readRuntime(options.runtimeDir);
  if (!runtime.ok) return runtime;
  // The package ships the course compiled: checked, normalised and keyed here, so the learner's browser
  // uses it as it is (no checker to download or run before the first page, and no lock file to fetch).
  const { $schema: _editorOnly, ...authored } = course;
  const checked = parse(JSON.stringify(authored), 'course.json', { lock: options.lock });
  if (!checked.ok) {
    return { ok: false, code: 'COURSE_INVALID', message: checked.errors.map((e) => `${e.pointer || '/'}: ${e.message}`).join('; ') };
  }

  const compiled = JSON.stringify(compileCourse(checked.course));
  const encoder = new TextEncoder();
  const content = new Map<string, Uint8Array>();
  content.set(
    LAUNCH_PAGE,
    encoder.encode(
      launchPage({
        title: course.title,
        lang: course.lang,
        runtime: `${RUNTIME_DIR}/${RUNTIME_ENTRY}`,
        course: `${COURSE_DIR}/course.json`,
        courseJson: compiled,
        lms: target === 'web' ? 'none' : 'auto',
      }),
    ),
  );
  for (const [name, bytes] of runtime.files) content.set(`${RUNTIME_DIR}/${name}`, bytes);
  // Also as a file: the launch page's copy is the first start's, and an intranet page may name the file.
  content.set(`${COURSE_DIR}/course.json`, encoder.encode(compiled));
  for (const path of media) content.set(`${COURSE_DIR}/${path}`, new Uint8Array(await readFile(join(options.courseDir, path))));

  if (target === 'web') return { ok: true, zip: zip(content), files: [...content.keys()], manifest: '' };

  const input: ManifestInput = {
    ids: manifestIds(course.id, course.version, options.moduleId),
    title: course.title,
    version: course.version,
    launch: LAUNCH_PAGE,
    files: [...content.keys()],
    ...(course.assessment ? { passMark: course.assessment.passMark } : {}),
    completedByMeasure: course.completion.rule === 'viewed',
  };
  const manifest = target === 'scorm12' ? scorm12Manifest(input) : scorm2004Manifest(input);

  const entries = new Map<string, Uint8Array>([[MANIFEST, encoder.encode(manifest)]]);
  for (const [name, bytes] of await readSchemas(target)) entries.set(name, bytes);
  for (const [name, bytes] of content) entries.set(name, bytes);
  return { ok: true, zip: zip(entries), files: [...entries.keys()], manifest };
}

function zip(entries: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const zippable: Zippable = {};
  for (const [name, bytes] of entries) zippable[name] = [bytes, { level: STORED.test(name) ? 0 : 9, mtime: ZIP_TIME }];
  return zipSync(zippable);
}
