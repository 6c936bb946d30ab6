/**
 * An interpretive validator for the subset of JSON Schema the course schema uses. It walks the
 * generated schema data (no code generation, so it runs under a strict CSP) and explains each
 * problem in plain words, with a hint where one helps.
 */
import type { JsonPath } from '../json/parse-json.js';
import { checkMarkup } from '../markup/markup.js';
import type { Issue } from './issue.js';
import type { JsonSchema } from './json-schema.js';
import { didYouMean, listOf } from './suggest.js';

const DISCRIMINATORS = ['type', 'kind'] as const;
const patterns = new Map<string, RegExp>();
const unionInfo = new WeakMap<JsonSchema, UnionInfo>();

interface UnionInfo {
  /** Every variant a literal: an enum. */
  readonly literals?: readonly unknown[];
  readonly discriminator?: { key: string; values: Map<unknown, JsonSchema[]>; all: unknown[] };
}

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const has = (o: Obj, k: string) => Object.prototype.hasOwnProperty.call(o, k);

export function validate(value: unknown, schema: JsonSchema, path: JsonPath = [], issues: Issue[] = []): Issue[] {
  check(value, schema, [...path], issues);
  return issues;
}

function check(v: unknown, s: JsonSchema, path: (string | number)[], out: Issue[]): void {
  if (s.anyOf) return union(v, s, path, out);
  if (s.const !== undefined) {
    if (v !== s.const) out.push({ path: [...path], code: 'enum', message: `expected ${JSON.stringify(s.const)}, got ${describe(v)}` });
    return;
  }
  switch (s.type) {
    case 'object':
      return object(v, s, path, out);
    case 'array':
      return array(v, s, path, out);
    case 'string':
      return string(v, s, path, out);
    case 'number':
    case 'integer':
      return number(v, s, path, out);
    case 'boolean':
      if (typeof v !== 'boolean') out.push(typeIssue(path, 'true or false', v));
      return;
    default:
      return;
  }
}

function object(v: unknown, s: JsonSchema, path: (string | number)[], out: Issue[]): void {
  if (!isObject(v)) return void out.push(typeIssue(path, 'an object { ... }', v));
  const props = s.properties ?? {};
  for (const key of Object.keys(v)) {
    const sub = has(props, key) ? props[key] : undefined;
    if (sub) {
      path.push(key);
      check(v[key], sub, path, out);
      path.pop();
    } else if (s.additionalProperties === false) {
      const known = Object.keys(props);
      out.push({
        path: [...path, key],
        atKey: true,
        code: 'unknown-property',
        message: `unknown property "${key}"`,
        hint: didYouMean(key, known) ?? `Allowed here: ${listOf(known)}.`,
      });
    }
  }
  for (const key of s.required ?? []) {
    if (has(v, key)) continue;
    const description = props[key]?.description;
    const isAlt = key === 'alt';
    out.push({
      path: [...path],
      code: isAlt ? 'accessibility' : 'required',
      message: isAlt ? 'image has no "alt" text' : `missing required property "${key}"`,
      hint: isAlt
        ? 'Describe the image for people who cannot see it; use "alt": "" only for a purely decorative image.'
        : description
          ? `"${key}": ${description}`
          : undefined,
    });
  }
}

function array(v: unknown, s: JsonSchema, path: (string | number)[], out: Issue[]): void {
  if (!Array.isArray(v)) return void out.push(typeIssue(path, 'a list [ ... ]', v));
  if (s.minItems !== undefined && v.length < s.minItems)
    out.push({
      path: [...path],
      code: 'length',
      message: v.length === 0 ? 'the list is empty' : `expected at least ${s.minItems} items, got ${v.length}`,
      hint: s.minItems === 1 ? 'Add at least one item, or remove the property if it is optional.' : `Add at least ${s.minItems} items.`,
    });
  if (s.maxItems !== undefined && v.length > s.maxItems)
    out.push({
      path: [...path],
      code: 'length',
      message: `expected at most ${s.maxItems} items, got ${v.length}`,
      hint: 'Split it or remove some.',
    });
  if (s.uniqueItems) {
    const seen = new Map<string, number>();
    v.forEach((item, index) => {
      const k = JSON.stringify(item);
      const first = seen.get(k);
      if (first === undefined) seen.set(k, index);
      else
        out.push({
          path: [...path, index],
          code: 'duplicate-id',
          message: `${describe(item)} is listed twice`,
          hint: 'Remove the repeat.',
          related: { path: [...path, first] },
        });
    });
  }
  if (s.items) {
    for (let index = 0; index < v.length; index++) {
      path.push(index);
      check(v[index], s.items, path, out);
      path.pop();
    }
  }
}

function string(v: unknown, s: JsonSchema, path: (string | number)[], out: Issue[]): void {
  if (typeof v !== 'string') return void out.push(typeIssue(path, 'text in double quotes', v));
  if (s.minLength !== undefined && v.length < s.minLength)
    return void out.push({ path: [...path], code: 'length', message: 'must not be empty', hint: s.description });
  if (s.maxLength !== undefined && v.length > s.maxLength)
    return void out.push({
      path: [...path],
      code: 'length',
      message: `too long: ${v.length} characters, at most ${s.maxLength}`,
      hint: 'Shorten it or split it into several blocks.',
    });
  if (s.pattern !== undefined) {
    let re = patterns.get(s.pattern);
    if (!re) patterns.set(s.pattern, (re = new RegExp(s.pattern, 'u')));
    if (!re.test(v)) return void out.push(patternIssue(path, v, s));
  }
  if (s.format === 'haven-markup') {
    for (const m of checkMarkup(v)) out.push({ path: [...path], code: 'markup', message: m.message, hint: m.hint, inString: m.index });
  }
}

function number(v: unknown, s: JsonSchema, path: (string | number)[], out: Issue[]): void {
  const integer = s.type === 'integer';
  if (typeof v !== 'number' || !Number.isFinite(v) || (integer && !Number.isInteger(v)))
    return void out.push(typeIssue(path, integer ? 'a whole number' : 'a number', v));
  if ((s.minimum !== undefined && v < s.minimum) || (s.maximum !== undefined && v > s.maximum)) {
    const range =
      s.minimum !== undefined && s.maximum !== undefined
        ? `from ${s.minimum} to ${s.maximum}`
        : s.minimum !== undefined
          ? `at least ${s.minimum}`
          : `at most ${s.maximum}`;
    out.push({ path: [...path], code: 'range', message: `${v} is out of range: expected ${range}`, hint: s.description });
  }
}

function union(v: unknown, s: JsonSchema, path: (string | number)[], out: Issue[]): void {
  const info = infoOf(s);
  if (info.literals) {
    if (info.literals.includes(v)) return;
    const suggestion = typeof v === 'string' ? didYouMean(v, info.literals.map(String)) : undefined;
    return void out.push({
      path: [...path],
      code: 'enum',
      message: `expected ${listOf(info.literals)}, got ${describe(v)}`,
      hint: suggestion ?? s.description,
    });
  }
  const d = info.discriminator;
  if (d && isObject(v)) {
    const key = d.key;
    if (!has(v, key))
      return void out.push({
        path: [...path],
        code: 'required',
        message: `missing required property "${key}"`,
        hint: `"${key}" says what this is: ${listOf(d.all)}.`,
      });
    const tag = v[key];
    const variants = d.values.get(tag);
    if (!variants) {
      const suggestion = typeof tag === 'string' ? didYouMean(tag, d.all.map(String)) : undefined;
      return void out.push({
        path: [...path, key],
        code: key === 'type' ? 'unknown-block-type' : 'enum',
        message: key === 'type' ? `unknown block type ${describe(tag)}` : `unknown ${key} ${describe(tag)}`,
        hint: suggestion ?? `Expected ${listOf(d.all)}.`,
      });
    }
    if (variants.length === 1) return check(v, variants[0]!, path, out);
    return best(v, byRequiredKeys(v, variants), path, out);
  }
  return best(v, s.anyOf!, path, out);
}

/** Variants with all their own required keys present; all of them when none fits. */
function byRequiredKeys(v: Obj, variants: readonly JsonSchema[]): readonly JsonSchema[] {
  const fitting = variants.filter((variant) => (variant.required ?? []).every((k) => has(v, k)));
  return fitting.length ? fitting : variants;
}

/** Validates against the variant that fits best and reports only its problems. */
function best(v: unknown, variants: readonly JsonSchema[], path: (string | number)[], out: Issue[]): void {
  let bestIssues: Issue[] | undefined;
  for (const variant of variants) {
    if (!sameJsonType(v, variant) && variants.some((x) => sameJsonType(v, x))) continue;
    const issues: Issue[] = [];
    check(v, variant, path, issues);
    if (issues.length === 0) return;
    if (!bestIssues || issues.length < bestIssues.length) bestIssues = issues;
  }
  if (bestIssues) out.push(...bestIssues);
  else out.push(typeIssue(path, variants.map(typeName).join(' or '), v));
}

function sameJsonType(v: unknown, s: JsonSchema): boolean {
  if (s.anyOf) return s.anyOf.some((x) => sameJsonType(v, x));
  if (s.const !== undefined) return typeof v === typeof s.const;
  switch (s.type) {
    case 'object':
      return isObject(v);
    case 'array':
      return Array.isArray(v);
    case 'integer':
      return typeof v === 'number';
    default:
      return typeof v === s.type;
  }
}

function infoOf(s: JsonSchema): UnionInfo {
  let info = unionInfo.get(s);
  if (info) return info;
  const variants = s.anyOf ?? [];
  if (variants.every((x) => x.const !== undefined)) info = { literals: variants.map((x) => x.const) };
  else {
    info = {};
    for (const key of DISCRIMINATORS) {
      const sets = variants.map((x) => tagsOf(x, key));
      if (sets.some((t) => t === undefined)) continue;
      const all = [...new Set(sets.flat())];
      if (all.length < 2) continue;
      const values = new Map<unknown, JsonSchema[]>();
      sets.forEach((tags, index) => {
        for (const tag of tags!) values.set(tag, [...(values.get(tag) ?? []), variants[index]!]);
      });
      info = { discriminator: { key, values, all } };
      break;
    }
  }
  unionInfo.set(s, info);
  return info;
}

/** The literal values a variant allows for `key`, or undefined when it is not a literal there. */
function tagsOf(s: JsonSchema, key: string): unknown[] | undefined {
  if (s.anyOf) {
    const nested = s.anyOf.map((x) => tagsOf(x, key));
    return nested.some((t) => t === undefined) ? undefined : [...new Set(nested.flat())];
  }
  const prop = s.properties?.[key];
  if (!prop) return undefined;
  if (prop.const !== undefined) return [prop.const];
  if (prop.anyOf?.every((x) => x.const !== undefined)) return prop.anyOf.map((x) => x.const);
  return undefined;
}

function typeIssue(path: JsonPath, expected: string, v: unknown): Issue {
  return { path: [...path], code: 'type', message: `expected ${expected}, got ${describe(v)}` };
}

function typeName(s: JsonSchema): string {
  if (s.const !== undefined) return JSON.stringify(s.const);
  return s.type === 'object' ? 'an object' : s.type === 'array' ? 'a list' : `a ${s.type ?? 'value'}`;
}

const SLUG_PREFIX = '^[a-z0-9]';
const FILE_PREFIX = '^(?![a-zA-Z]';

function patternIssue(path: JsonPath, v: string, s: JsonSchema): Issue {
  const pattern = s.pattern!;
  if (pattern.startsWith(SLUG_PREFIX))
    return {
      path: [...path],
      code: 'pattern',
      message: `${describe(v)} is not a valid id`,
      hint: `Use lower-case letters, digits and hyphens, starting with a letter or digit${/[A-Z _]/.test(v) ? `, e.g. "${slugify(v)}"` : ''}.`,
    };
  if (pattern.startsWith('^(https://\\S+|mailto:'))
    return {
      path: [...path],
      code: 'pattern',
      message: `${describe(v)} is not a file in the course folder or an allowed link`,
      hint: v.startsWith('http://') ? 'Use https:// so the link is secure.' : s.description,
    };
  if (pattern.startsWith(FILE_PREFIX)) {
    if (/^[a-zA-Z][a-zA-Z0-9+.-]*:|^\/\//.test(v))
      return {
        path: [...path],
        code: 'pattern',
        message: `${describe(v)} is a web address: media must be a file in the course folder`,
        hint: 'Haven never loads files from other sites. Save the file in the course folder (e.g. media/clip.mp4) and give its path.',
      };
    return { path: [...path], code: 'pattern', message: `${describe(v)} is not a file path inside the course folder`, hint: s.description };
  }
  if (pattern.startsWith('^(https://|mailto:|tel:)'))
    return {
      path: [...path],
      code: 'pattern',
      message: `${describe(v)} is not an allowed link`,
      hint: v.startsWith('http://') ? 'Use https:// so the link is secure.' : 'Links must start with https://, mailto: or tel:.',
    };
  return { path: [...path], code: 'pattern', message: `${describe(v)} is not in the expected form`, hint: s.description };
}

function slugify(v: string): string {
  return v
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** How a value reads in a message: the text itself when short, its kind otherwise. */
export function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'string') return v.length > 60 ? `text of ${v.length} characters` : JSON.stringify(v);
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return String(v);
  return typeof v;
}
