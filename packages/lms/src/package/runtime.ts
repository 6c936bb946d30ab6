import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

export const RUNTIME_ENTRY = 'haven.js';

/** Text found in scorm-again's bundles: the LMS side of SCORM, which must never ship in a package. */
const LMS_MARKERS = ['scorm-again:network-status', 'lmsCommitUrl', 'Cannot construct BaseAPI instances directly'];

export type RuntimeResult =
  | {
      readonly ok: true;
      readonly files: ReadonlyMap<string, Uint8Array>;
    }
  | { readonly ok: false; readonly code: 'RUNTIME_MISSING' | 'RUNTIME_HAS_LMS_CODE'; readonly message: string };

/**
 * Reads the learner runtime (the player's `vite build` output): `haven.js` and the chunks it loads.
 * Source maps, dotfiles and any HTML page are left out: the
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
  return { ok: true, files };
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
