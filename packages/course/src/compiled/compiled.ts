/**
 * A compiled course (`@haven/course/compiled`): what `haven build` ships. It is the course after every
 * check has passed, normalised, with its tracking keys taken from the lock, plus a `compiled` marker.
 * The learner's browser can use it as it is, so the course checker (schema, whole-course rules, keys)
 * never has to download or run on the way to the first page. An authored course can never carry the
 * marker (the schema allows no unknown top-level property), so the two cannot be mistaken for each other.
 *
 * `readCompiled` is deliberately small: it checks the shape the player walks (modules, pages, blocks,
 * keys) so a damaged or hand-edited file gets a readable message instead of a broken page, and every
 * address the player turns into a link, a file to load or a page to leave for, with the schema's own
 * patterns, so a hostile file cannot slip in a `javascript:` link by claiming to be compiled. It does
 * not repeat the rest of the checker; text that becomes markup is still parsed safely where it is shown.
 */
import { BLOCK_TYPES } from '../model/block-types.js';
import { FORMAT_VERSION } from '../model/format-version.js';
import { TRACKED_BLOCK_TYPES, type Course } from '../model/types.js';
import { COURSE_FILE_PATTERN, LINK_URL_PATTERN, PHONE_PATTERN, RESOURCE_HREF_PATTERN } from '../model/patterns.js';

/** The player refuses a file over this size before parsing it (compiled or not). */
export { MAX_COURSE_CHARS } from '../model/limits.js';
export { withoutBom } from '../json/bom.js';

/** Bumped whenever the normalised shape changes in a way an older runtime could not read. */
export const COMPILED_FORMAT = 1 as const;

export interface CompiledCourse extends Course {
  readonly compiled: Readonly<{ format: typeof COMPILED_FORMAT; formatVersion: typeof FORMAT_VERSION }>;
}

export function compileCourse(course: Course): CompiledCourse {
  return { compiled: { format: COMPILED_FORMAT, formatVersion: FORMAT_VERSION }, ...course };
}

export type ReadCompiledResult = { readonly ok: true; readonly course: Course } | { readonly ok: false; readonly message: string };

/** Whether this parsed JSON claims to be a compiled course (then `readCompiled` decides if it is one). */
export function isCompiled(value: unknown): boolean {
  return isObject(value) && 'compiled' in value;
}

const REBUILD = 'Build the course again with "haven build" and upload the new package.';

export function readCompiled(value: unknown): ReadCompiledResult {
  if (!isObject(value) || !isObject(value['compiled'])) return broken('it is not a compiled Haven course');
  const marker = value['compiled'];
  if (marker['format'] !== COMPILED_FORMAT || marker['formatVersion'] !== FORMAT_VERSION)
    return broken('it was compiled by a different version of Haven than the one running it');
  const problem = courseProblem(value);
  return problem ? broken(problem) : { ok: true, course: value as unknown as Course };
}

function courseProblem(c: Record<string, unknown>): string | undefined {
  if (!strings(c, 'id', 'title', 'lang', 'version')) return 'its id, title, version or language is missing';
  if (!isObject(c['completion']) || !isObject(c['support']) || !Array.isArray(c['support']['contacts']) || !isObject(c['privacy']))
    return 'its completion, support or privacy settings are missing';
  if (!Array.isArray(c['audiences']) || !Array.isArray(c['references'])) return 'its audiences or references are missing';
  const modules = c['modules'];
  if (!Array.isArray(modules) || modules.length === 0) return 'it has no modules';
  for (const m of modules) {
    if (!isObject(m) || !strings(m, 'id', 'title') || !isKey(m['key']) || !Array.isArray(m['pages']) || m['pages'].length === 0)
      return 'a module is incomplete';
    if (!Array.isArray(m['outcomes']) || !Array.isArray(m['references'])) return `module "${m['id']}" is incomplete`;
    for (const p of m['pages']) {
      if (!isObject(p) || !strings(p, 'id', 'title') || !isKey(p['key']) || !Array.isArray(p['blocks']))
        return `a page of module "${m['id']}" is incomplete`;
      for (const b of p['blocks']) {
        if (!isObject(b) || typeof b['id'] !== 'string' || !(BLOCK_TYPES as readonly unknown[]).includes(b['type']))
          return `a block on page "${p['id']}" is incomplete`;
        const tracked = (TRACKED_BLOCK_TYPES as readonly unknown[]).includes(b['type']);
        if ((tracked || 'key' in b) && !isKey(b['key'])) return `block "${b['id']}" has no tracking key`;
        const files = b['type'] === 'media' ? [b['src'], b['captions'], b['poster']] : [];
        if (files.some((f) => f !== undefined && !matches(FILE, f)) || (b['href'] !== undefined && !matches(HREF, b['href'])))
          return `block "${b['id']}" links to an address Haven does not open`;
      }
    }
  }
  return addressProblem(c, modules as Record<string, unknown>[]);
}

/** The schema's own address patterns. */
const FILE = new RegExp(COURSE_FILE_PATTERN);
const HREF = new RegExp(RESOURCE_HREF_PATTERN);
const LINK = new RegExp(LINK_URL_PATTERN);
const PHONE = new RegExp(PHONE_PATTERN);
const matches = (pattern: RegExp, value: unknown): boolean => typeof value === 'string' && pattern.test(value);

function addressProblem(c: Record<string, unknown>, modules: readonly Record<string, unknown>[]): string | undefined {
  const support = c['support'] as { contacts: unknown[] };
  const contacts = support.contacts.filter(isObject);
  const references = [c, ...modules].flatMap((o) => (Array.isArray(o['references']) ? o['references'].filter(isObject) : []));
  const links = [...contacts.map((s) => s['url']), ...references.map((r) => r['url'])].filter((u) => u !== undefined);
  const quickExit = c['quickExit'];
  if (quickExit !== undefined && !(isObject(quickExit) && matches(LINK, quickExit['url'])))
    return 'its quick exit address is not a web address';
  if (links.some((u) => !matches(LINK, u)) || contacts.some((s) => s['phone'] !== undefined && !matches(PHONE, s['phone'])))
    return 'a support contact or reference has an address Haven does not open';
  return undefined;
}

const broken = (why: string): ReadCompiledResult => ({ ok: false, message: `The course file cannot be used: ${why}. ${REBUILD}` });

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isKey = (v: unknown): boolean => typeof v === 'number' && Number.isInteger(v) && v > 0;
const strings = (o: Record<string, unknown>, ...names: string[]): boolean => names.every((n) => typeof o[n] === 'string');
