import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

export const RUNTIME_ENTRY = 'haven.js';

/** Text found in scorm-again's bundles: the LMS side of SCORM, which must never ship in a package. */
const LMS_MARKERS = ['scorm-again:network-status', 'lmsCommitUrl', 'Cannot construct BaseAPI instances directly'];

/**
 * Sources of the chunks the player loads at once when an LMS is there (see startPlayer): the SCORM
 * bridge. Packages for an LMS preload them beside the entry. (The resume codec is not among them: a
 * new learner's first screen does without it, and a returning learner's loads it once the LMS has
 * handed over their suspend data.)
 */
const LMS_START_SOURCES = ['packages/lms/src/index.ts'];

export type RuntimeResult =
  | {
      readonly ok: true;
      readonly files: ReadonlyMap<string, Uint8Array>;
      /** Runtime files an LMS launch loads at once, besides the entry (none when the build has no manifest). */
      readonly lmsStart: readonly string[];
    }
  | { readonly ok: false; readonly code: 'RUNTIME_MISSING' | 'RUNTIME_HAS_LMS_CODE'; readonly message: string };

/**
 * Reads the learner runtime (the player's `vite build` output): `haven.js` and the chunks it loads.
 * Source maps, dotfiles (e.g. Vite's `.vite/manifest.json`) and any HTML page are left out: the
 * package has its own launch page.
 */
export async function readRuntime(dir: string): Promise<RuntimeResult> {
  const entry = join(dir, RUNTIME_ENTRY);
  if (!(await isFile(entry))) {
    return {
      ok: false,
      code: 'RUNTIME_MISSING',
      message: `The learner runtime was not found: ${entry} is missing. Run "npm run build" first.`,
    };
  }
  const files = new Map<string, Uint8Array>();
  for (const path of (await listFiles(dir)).sort()) {
    const name = relative(dir, path).split(sep).join('/');
    if (name.split('/').some((part) => part.startsWith('.')) || name.endsWith('.map') || name.endsWith('.html')) continue;
    const bytes = await readFile(path);
    const marker = LMS_MARKERS.find((m) => bytes.includes(m));
    if (marker) {
      return {
        ok: false,
        code: 'RUNTIME_HAS_LMS_CODE',
        message: `The runtime file ${name} contains LMS-side code (scorm-again), which must not ship in a package.`,
      };
    }
    files.set(name, new Uint8Array(bytes));
  }
  return { ok: true, files, lmsStart: await lmsStartFiles(dir, files) };
}

interface ManifestChunk {
  readonly file: string;
  readonly imports?: readonly string[];
}

/** From Vite's build manifest: the LMS start chunks and what they import, other than the entry. */
async function lmsStartFiles(dir: string, files: ReadonlyMap<string, Uint8Array>): Promise<string[]> {
  let manifest: Record<string, ManifestChunk>;
  try {
    manifest = JSON.parse(await readFile(join(dir, '.vite', 'manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  } catch {
    return [];
  }
  const found = new Set<string>();
  const visit = (source: string) => {
    const chunk = manifest[source];
    if (!chunk || chunk.file === RUNTIME_ENTRY || found.has(chunk.file)) return;
    found.add(chunk.file);
    chunk.imports?.forEach(visit);
  };
  LMS_START_SOURCES.forEach(visit);
  return [...found].filter((file) => files.has(file)).sort();
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return listFiles(path);
      return Promise.resolve(entry.isFile() ? [path] : []);
    }),
  );
  return nested.flat();
}

export async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
