/**
 * Tracking keys: small integers that name what a learner's progress is about, kept append-only in
 * `course.lock.json` so that editing a course never moves progress onto another block.
 *
 * Names in the lock, and the scope each key is counted in:
 * - `m:<moduleId>`, `p:<pageId>`, `b:<blockId>` (tracked blocks only): one course-wide counter,
 *   `lock.next`, so module, page and block keys never collide.
 * - Parts of a tracked block are counted within their own scope (the name up to its last "/"),
 *   starting at 1:
 *   - question: `b:<block>/items/<item>` (a single question's item id is the block id) and
 *     `b:<block>/options/<item>/<option>` (option keys count within their question item);
 *   - sort: `b:<block>/categories/<id>`, `b:<block>/items/<id>`;
 *   - scenario: `b:<block>/nodes/<id>`, `b:<block>/choices/<node>.<choice>` (unique in the scenario);
 *   - likert: `b:<block>/items/<id>`.
 * An existing name keeps its key; a new one gets the next key of its scope; a removed one keeps its
 * entry, so a key is never given to something else.
 */
import type { CourseFile, TrackingLock } from '../model/types.js';
import { keyNames } from './key-names.js';
import { lockOf, scopeOf } from './key-source.js';

export type KeyName = string;

export { keyNames };

/** Every name the course needs a key for, in document order. */
export function trackingNames(course: CourseFile): KeyName[] {
  const names: KeyName[] = [];
  for (const m of course.modules) {
    names.push(keyNames.module(m.id));
    for (const p of m.pages) {
      names.push(keyNames.page(p.id));
      for (const b of p.blocks) {
        switch (b.type) {
          case 'question': {
            names.push(keyNames.block(b.id));
            const items = 'bank' in b ? b.bank.questions : [{ id: b.id, options: b.options }];
            for (const q of items) names.push(keyNames.questionItem(b.id, q.id));
            for (const q of items) for (const o of q.options) names.push(keyNames.option(b.id, q.id, o.id));
            break;
          }
          case 'sort':
            names.push(keyNames.block(b.id));
            for (const c of b.categories) names.push(keyNames.sortCategory(b.id, c.id));
            for (const i of b.items) names.push(keyNames.sortItem(b.id, i.id));
            break;
          case 'scenario':
            names.push(keyNames.block(b.id));
            for (const n of b.nodes) names.push(keyNames.scenarioNode(b.id, n.id));
            for (const n of b.nodes) for (const c of n.choices ?? []) names.push(keyNames.scenarioChoice(b.id, n.id, c.id));
            break;
          case 'likert':
            names.push(keyNames.block(b.id));
            for (const i of b.items) names.push(keyNames.likertItem(b.id, i.id));
            break;
          case 'reflection':
            names.push(keyNames.block(b.id));
            break;
          default:
            break;
        }
      }
    }
  }
  return names;
}

/**
 * Gives every trackable thing in the course a key, keeping the keys of `previous` (append-only).
 * `changed` is true when the lock gained entries or changed course id, i.e. it should be written.
 */
export function assignKeys(
  course: CourseFile,
  previous?: TrackingLock,
): { lock: TrackingLock; changed: boolean; /** The same keys as a Map, for fast look-up. */ byName: ReadonlyMap<string, number> } {
  const keys = new Map<string, number>();
  const maxByScope = new Map<string, number>();
  let next = 1;
  if (previous) {
    for (const [name, key] of Object.entries(previous.keys)) {
      keys.set(name, key);
      const scope = scopeOf(name);
      if (scope === '') next = Math.max(next, key + 1);
      else maxByScope.set(scope, Math.max(maxByScope.get(scope) ?? 0, key));
    }
    next = Math.max(next, previous.next);
  }
  let changed = !previous || previous.courseId !== course.id;
  for (const name of trackingNames(course)) {
    if (keys.has(name)) continue;
    changed = true;
    const scope = scopeOf(name);
    if (scope === '') keys.set(name, next++);
    else {
      const key = (maxByScope.get(scope) ?? 0) + 1;
      maxByScope.set(scope, key);
      keys.set(name, key);
    }
  }
  return { lock: lockOf(course.id, next, () => keys), changed, byName: keys };
}

/** The lock file text: one key per line, so edits show as small diffs. */
export function formatLock(lock: TrackingLock): string {
  const entries = Object.entries(lock.keys).map(([name, key]) => `    ${JSON.stringify(name)}: ${key}`);
  return `{\n  "lockVersion": 1,\n  "courseId": ${JSON.stringify(lock.courseId)},\n  "next": ${lock.next},\n  "keys": {\n${entries.join(',\n')}\n  }\n}\n`;
}
