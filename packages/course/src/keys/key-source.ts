/**
 * Where `normalise` gets tracking keys from, asked in document order (the order of `trackingNames`).
 * Without a lock every name is new, so keys are plain counters and no name string is ever built; with
 * a lock, names are looked up and new ones appended, exactly as `assignKeys` does.
 */
import type { Course, TrackingLock } from '../model/types.js';
import { keyNames } from './key-names.js';

export type PartScope = 'items' | 'categories' | 'nodes';

export interface KeySource {
  module(id: string): number;
  page(id: string): number;
  block(id: string): number;
  /** A question item, sort category or item, scenario node or likert item; `index` is its place in its list. */
  part(block: string, scope: PartScope, id: string, index: number): number;
  /** `index` is the option's place in its question item. */
  option(block: string, item: string, option: string, index: number): number;
  /** `index` counts the choices of the whole scenario, node by node. */
  choice(block: string, node: string, choice: string, index: number): number;
  /** The lock once every key has been asked for. */
  lock(courseId: string, course: Course): { lock: TrackingLock; changed: boolean };
}

/**
 * No lock: a valid course has unique ids (so unique names), hence each name is new and its key is
 * the next of its scope: one course-wide counter for modules, pages and blocks, 1.. within a part scope.
 */
export class SequentialKeys implements KeySource {
  private next = 1;
  module(): number {
    return this.next++;
  }
  page(): number {
    return this.next++;
  }
  block(): number {
    return this.next++;
  }
  part(_block: string, _scope: PartScope, _id: string, index: number): number {
    return index + 1;
  }
  option(_block: string, _item: string, _option: string, index: number): number {
    return index + 1;
  }
  choice(_block: string, _node: string, _choice: string, index: number): number {
    return index + 1;
  }
  lock(courseId: string, course: Course): { lock: TrackingLock; changed: boolean } {
    return { lock: lockOf(courseId, this.next, () => keysOf(course)), changed: true };
  }
}

export const scopeOf = (name: string): string => {
  const slash = name.lastIndexOf('/');
  return slash < 0 ? '' : name.slice(0, slash);
};

const hasOwn = Object.prototype.hasOwnProperty;

/**
 * With a lock: existing names keep their keys, new ones get the next key of their scope. The lock's
 * keys are read where they are; each scope's highest key is worked out only if a new part needs one.
 */
export class LockedKeys implements KeySource {
  private readonly previousKeys: Readonly<Record<string, number>>;
  /** Names the lock did not have, in the order they were given keys. */
  private readonly added = new Map<string, number>();
  private maxByScope: Map<string, number> | undefined;
  private next = 1;

  constructor(private readonly previous: TrackingLock) {
    this.previousKeys = previous.keys;
    for (const name in this.previousKeys) {
      if (!hasOwn.call(this.previousKeys, name) || name.includes('/')) continue;
      this.next = Math.max(this.next, this.previousKeys[name]! + 1);
    }
    this.next = Math.max(this.next, previous.next);
  }

  module(id: string): number {
    return this.top(keyNames.module(id));
  }
  page(id: string): number {
    return this.top(keyNames.page(id));
  }
  block(id: string): number {
    return this.top(keyNames.block(id));
  }
  part(block: string, scope: PartScope, id: string): number {
    const prefix = `b:${block}/${scope}`;
    return this.scoped(prefix, `${prefix}/${id}`);
  }
  option(block: string, item: string, option: string): number {
    const prefix = `b:${block}/options/${item}`;
    return this.scoped(prefix, `${prefix}/${option}`);
  }
  choice(block: string, node: string, choice: string): number {
    const prefix = `b:${block}/choices`;
    return this.scoped(prefix, `${prefix}/${node}.${choice}`);
  }
  lock(courseId: string): { lock: TrackingLock; changed: boolean } {
    const { previousKeys, added } = this;
    const all = () => {
      const keys = new Map(Object.entries(previousKeys));
      for (const [name, key] of added) keys.set(name, key);
      return keys;
    };
    return { lock: lockOf(courseId, this.next, all), changed: added.size > 0 || this.previous.courseId !== courseId };
  }

  private known(name: string): number | undefined {
    return hasOwn.call(this.previousKeys, name) ? this.previousKeys[name] : this.added.get(name);
  }

  private top(name: string): number {
    let key = this.known(name);
    if (key === undefined) this.added.set(name, (key = this.next++));
    return key;
  }

  private scoped(scope: string, name: string): number {
    let key = this.known(name);
    if (key === undefined) {
      const maxByScope = (this.maxByScope ??= scopeMaxima(this.previousKeys));
      key = (maxByScope.get(scope) ?? 0) + 1;
      maxByScope.set(scope, key);
      this.added.set(name, key);
    }
    return key;
  }
}

/** The highest key of each part scope in a lock. */
function scopeMaxima(keys: Readonly<Record<string, number>>): Map<string, number> {
  const max = new Map<string, number>();
  for (const [name, key] of Object.entries(keys)) {
    const scope = scopeOf(name);
    if (scope !== '') max.set(scope, Math.max(max.get(scope) ?? 0, key));
  }
  return max;
}

/**
 * The lock as a plain-looking object whose `keys` record is built on first read: a big course has
 * tens of thousands of keys, and the player only needs the ones on the model. It still serialises as plain JSON.
 */
export function lockOf(courseId: string, next: number, byName: () => ReadonlyMap<string, number>): TrackingLock {
  let keys: Record<string, number> | undefined;
  return Object.freeze({
    lockVersion: 1 as const,
    courseId,
    next,
    get keys() {
      // fromEntries defines own data properties, so even a "__proto__" name stays plain data.
      return (keys ??= Object.freeze(Object.fromEntries(byName())));
    },
  });
}

/** Every name and key on a normalised course, in the order of `trackingNames`. */
export function keysOf(course: Course): Map<string, number> {
  const keys = new Map<string, number>();
  for (const m of course.modules) {
    keys.set(keyNames.module(m.id), m.key);
    for (const p of m.pages) {
      keys.set(keyNames.page(p.id), p.key);
      for (const b of p.blocks) {
        switch (b.type) {
          case 'question':
            keys.set(keyNames.block(b.id), b.key);
            for (const q of b.questions) keys.set(keyNames.questionItem(b.id, q.id), q.key);
            for (const q of b.questions) for (const o of q.options) keys.set(keyNames.option(b.id, q.id, o.id), o.key);
            break;
          case 'sort':
            keys.set(keyNames.block(b.id), b.key);
            for (const c of b.categories) keys.set(keyNames.sortCategory(b.id, c.id), c.key);
            for (const i of b.items) keys.set(keyNames.sortItem(b.id, i.id), i.key);
            break;
          case 'scenario':
            keys.set(keyNames.block(b.id), b.key);
            for (const n of b.nodes) keys.set(keyNames.scenarioNode(b.id, n.id), n.key);
            for (const n of b.nodes) for (const c of n.choices) keys.set(keyNames.scenarioChoice(b.id, n.id, c.id), c.key);
            break;
          case 'likert':
            keys.set(keyNames.block(b.id), b.key);
            for (const i of b.items) keys.set(keyNames.likertItem(b.id, i.id), i.key);
            break;
          case 'reflection':
            keys.set(keyNames.block(b.id), b.key);
            break;
          default:
            break;
        }
      }
    }
  }
  return keys;
}
