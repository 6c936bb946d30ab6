import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { ScormTarget } from './manifest-input.js';
import { SCORM12_SCHEMA_FILES } from './manifest-scorm12.js';
import { SCORM2004_SCHEMA_FILES } from './manifest-scorm2004.js';

/** The official XSDs, vendored in packages/lms/xsd so that a clone of the repository can build packages. */
export const XSD_DIR = fileURLToPath(new URL('../../xsd/', import.meta.url));

export const SCHEMA_FILES: Readonly<Record<ScormTarget, readonly string[]>> = {
  scorm12: SCORM12_SCHEMA_FILES,
  scorm2004: SCORM2004_SCHEMA_FILES,
};

/** The schema files a manifest of this target references (directly or through imports), by name. */
export async function readSchemas(target: ScormTarget): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>();
  for (const name of SCHEMA_FILES[target]) files.set(name, new Uint8Array(await readFile(`${XSD_DIR}${target}/${name}`)));
  return files;
}
