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

type Obj = Record<string, unknown>;
type Path = (string | number)[];
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const hasOwn = Object.prototype.hasOwnProperty;
const has = (o: object, k: string) => hasOwn.call(o, k);

/** What a plan checks (plain numbers: the switch over them stays cheap). */
const Kind = { Union: 0, Const: 1, Object: 2, Array: 3, String: 4, Number: 5, Boolean: 6, Any: 7 } as const;
type Kind = (typeof Kind)[keyof typeof Kind];

/**
 * A schema node made ready for checking once (lookup tables, compiled patterns), so a big course pays
 * nothing per value for reading the schema. Every plan has the same fields, so the checks stay fast.
 */
class Plan {
  kind: Kind = Kind.Any;
  /** Object: properties by name. */
  props: Map<string, Plan> | undefined = undefined;
  required: readonly string[] = [];
  items: Plan | undefined = undefined;
  pattern: RegExp | undefined = undefined;
  markup = false;
  /** Union: every variant a literal, i.e. an enum. */
  literals: readonly unknown[] | undefined = undefined;
  /** Union with a discriminating property: its name, the variants for each value, and every value. */
  tagKey: string | undefined = undefined;
  byTag: Map<unknown, Plan[]> | undefined = undefined;
  tags: unknown[] = [];
  variants: Plan[] = [];
  constructor(readonly s: JsonSchema) {}
}

const plans = new WeakMap<JsonSchema, Plan>();

function planOf(s: JsonSchema): Plan {
  let plan = plans.get(s);
  if (plan) return plan;
  plan = new Plan(s);
  // Stored before the parts are planned, so a schema that refers to itself still ends.
  plans.set(s, plan);
  if (s.anyOf) {
    plan.kind = Kind.Union;
    plan.variants = s.anyOf.map(planOf);
    const info = unionInfo(s);
    plan.literals = info.literals;
    if (info.discriminator) {
      plan.tagKey = info.discriminator.key;
      plan.tags = info.discriminator.all;
      plan.byTag = new Map([...info.discriminator.values].map(([tag, variants]) => [tag, variants.map(planOf)]));
    }
  } else if (s.const !== undefined) plan.kind = Kind.Const;
  else
    switch (s.type) {
      case 'object':
        plan.kind = Kind.Object;
        plan.props = new Map(Object.keys(s.properties ?? {}).map((k) => [k, planOf(s.properties![k]!)]));
        plan.required = s.required ?? [];
        break;
      case 'array':
        plan.kind = Kind.Array;
        plan.items = s.items && planOf(s.items);
        break;
      case 'string':
        plan.kind = Kind.String;
        plan.pattern = s.pattern === undefined ? undefined : new RegExp(s.pattern, 'u');
        plan.markup = s.format === 'haven-markup';
        break;
      case 'number':
      case 'integer':
        plan.kind = Kind.Number;
        break;
      case 'boolean':
        plan.kind = Kind.Boolean;
        break;
      default:
        break;
    }
  return plan;
}

export function validate(value: unknown, schema: JsonSchema, path: JsonPath = [], issues: Issue[] = []): Issue[] {
  check(value, planOf(schema), [...path], issues);
  return issues;
}

/** Object keys met so far by the running check; union variants that fail are not counted. */
let keysSeen = 0;

/**
 * `validate`, also counting the object keys it meets. When there are no issues every object was
 * checked once (the course schema is closed), so this is the number of keys in the value, and
 * `parse` needs no second walk to compare it with the keys in the text.
 */
export function validateCountingKeys(value: unknown, schema: JsonSchema, issues: Issue[]): number {
  keysSeen = 0;
  check(value, planOf(schema), [], issues);
  return keysSeen;
}

function check(v: unknown, p: Plan, path: Path, out: Issue[]): void {
  switch (p.kind) {
    case Kind.Union:
      return union(v, p, path, out);
    case Kind.Const:
      if (v !== p.s.const)
        out.push({ path: [...path], code: 'enum', message: `expected ${JSON.stringify(p.s.const)}, got ${describe(v)}` });
      return;
    case Kind.Object:
      return object(v, p, path, out);
    case Kind.Array:
      return array(v, p, path, out);
    case Kind.String:
      return string(v, p, path, out);
    case Kind.Number:
      return number(v, p.s, path, out);
    case Kind.Boolean:
      if (typeof v !== 'boolean') out.push(typeIssue(path, 'true or false', v));
      return;
    default:
      return;
  }
}

function object(v: unknown, p: Plan, path: Path, out: Issue[]): void {
  if (!isObject(v)) return void out.push(typeIssue(path, 'an object { ... }', v));
  const s = p.s;
  const props = p.props!;
  for (const key in v) {
    if (!hasOwn.call(v, key)) continue;
    keysSeen++;
    const sub = props.get(key);
    if (sub) {
      path.push(key);
      check(v[key], sub, path, out);
      path.pop();
    } else if (s.additionalProperties === false) {
      const known = [...props.keys()];
      out.push({
        path: [...path, key],
        atKey: true,
        code: 'unknown-property',
        message: `unknown property "${key}"`,
        hint: didYouMean(key, known) ?? `Allowed here: ${listOf(known)}.`,
      });
    }
  }
  const required = p.required;
  for (let i = 0; i < required.length; i++) {
    const key = required[i]!;
    if (has(v, key)) continue;
    const description = props.get(key)?.s.description;
    const isAlt = key === 'alt';
    out.push({
      path: [...path],
      missing: key,
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

function array(v: unknown, p: Plan, path: Path, out: Issue[]): void {
  if (!Array.isArray(v)) return void out.push(typeIssue(path, 'a list [ ... ]', v));
  const s = p.s;
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
  if (s.uniqueItems && v.length > 1) {
    const seen = new Map<string, number>();
    for (let index = 0; index < v.length; index++) {
      const item: unknown = v[index];
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
    }
  }
  const items = p.items;
  if (items) {
    for (let index = 0; index < v.length; index++) {
      path.push(index);
      check(v[index], items, path, out);
      path.pop();
    }
  }
}

function string(v: unknown, p: Plan, path: Path, out: Issue[]): void {
  if (typeof v !== 'string') return void out.push(typeIssue(path, 'text in double quotes', v));
  const s = p.s;
  if (s.minLength !== undefined && v.length < s.minLength)
    return void out.push({ path: [...path], code: 'length', message: 'must not be empty', hint: s.description });
  if (s.maxLength !== undefined && v.length > s.maxLength)
    return void out.push({
      path: [...path],
      code: 'length',
      message: `too long: ${v.length} characters, at most ${s.maxLength}`,
      hint: 'Shorten it or split it into several blocks.',
    });
  if (p.pattern !== undefined && !p.pattern.test(v)) return void out.push(patternIssue(path, v, s));
  if (p.markup) {
    for (const m of checkMarkup(v)) out.push({ path: [...path], code: 'markup', message: m.message, hint: m.hint, inString: m.index });
  }
}

function number(v: unknown, s: JsonSchema, path: Path, out: Issue[]): void {
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

function union(v: unknown, p: Plan, path: Path, out: Issue[]): void {
  const literals = p.literals;
  if (literals) {
    if (literals.includes(v)) return;
    const suggestion = typeof v === 'string' ? didYouMean(v, literals.map(String)) : undefined;
    return void out.push({
      path: [...path],
      code: 'enum',
      message: `expected ${listOf(literals)}, got ${describe(v)}`,
      hint: suggestion ?? p.s.description,
    });
  }
  const key = p.tagKey;
  if (key !== undefined && isObject(v)) {
    if (!has(v, key))
      return void out.push({
        path: [...path],
        missing: key,
        code: 'required',
        message: `missing required property "${key}"`,
        hint: `"${key}" says what this is: ${listOf(p.tags)}.`,
      });
    const tag = v[key];
    const variants = p.byTag!.get(tag);
    if (!variants) {
      const suggestion = typeof tag === 'string' ? didYouMean(tag, p.tags.map(String)) : undefined;
      return void out.push({
        path: [...path, key],
        code: key === 'type' ? 'unknown-block-type' : 'enum',
        message: key === 'type' ? `unknown block type ${describe(tag)}` : `unknown ${key} ${describe(tag)}`,
        hint: suggestion ?? `Expected ${listOf(p.tags)}.`,
      });
    }
    if (variants.length === 1) return check(v, variants[0]!, path, out);
    return best(v, byRequiredKeys(v, variants), path, out);
  }
  return best(v, p.variants, path, out);
}

/** Variants with all their own required keys present; all of them when none fits. */
function byRequiredKeys(v: Obj, variants: readonly Plan[]): readonly Plan[] {
  const fitting: Plan[] = [];
  for (const variant of variants) if (variant.s.required?.every((k) => has(v, k)) ?? true) fitting.push(variant);
  return fitting.length ? fitting : variants;
}

/** Validates against the variant that fits best and reports only its problems. */
function best(v: unknown, variants: readonly Plan[], path: Path, out: Issue[]): void {
  let bestIssues: Issue[] | undefined;
  let anySameType: boolean | undefined;
  const keysBefore = keysSeen;
  for (const variant of variants) {
    if (!sameJsonType(v, variant.s) && (anySameType ??= variants.some((x) => sameJsonType(v, x.s)))) continue;
    keysSeen = keysBefore;
    const issues: Issue[] = [];
    check(v, variant, path, issues);
    if (issues.length === 0) return;
    if (!bestIssues || issues.length < bestIssues.length) bestIssues = issues;
  }
  if (bestIssues) out.push(...bestIssues);
  else out.push(typeIssue(path, variants.map((x) => typeName(x.s)).join(' or '), v));
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

interface UnionInfo {
  /** Every variant a literal: an enum. */
  readonly literals?: readonly unknown[];
  readonly discriminator?: { key: string; values: Map<unknown, JsonSchema[]>; all: unknown[] };
}

function unionInfo(s: JsonSchema): UnionInfo {
  const variants = s.anyOf ?? [];
  if (variants.every((x) => x.const !== undefined)) return { literals: variants.map((x) => x.const) };
  for (const key of DISCRIMINATORS) {
    const sets = variants.map((x) => tagsOf(x, key));
    if (sets.some((t) => t === undefined)) continue;
    const all = [...new Set(sets.flat())];
    if (all.length < 2) continue;
    const values = new Map<unknown, JsonSchema[]>();
    sets.forEach((tags, index) => {
      for (const tag of tags!) values.set(tag, [...(values.get(tag) ?? []), variants[index]!]);
    });
    return { discriminator: { key, values, all } };
  }
  return {};
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
