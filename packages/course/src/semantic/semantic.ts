/**
 * Checks that need the whole course: ids, references, answers, banks and scenario graphs.
 *
 * They run on valid files and on files with schema errors alike, so trainers see every mistake in one
 * run. Nothing here trusts a shape: each check reads its inputs through guards and skips a part whose
 * shape is wrong (the schema reports that part). When a part that a reference could name is unusable
 * (an option without a usable id, a block of unknown type), a "not found" report could be a follow-on
 * of that schema error, so it is left out until the schema error is fixed.
 */
import { BLOCK_TYPES } from '../model/block-types.js';
import type { Issue } from '../validate/issue.js';
import { closest, suggester } from '../validate/suggest.js';

type Path = (string | number)[];
type Obj = Record<string, unknown>;

const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const hasOwn = Object.prototype.hasOwnProperty;
const textOf = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const EMPTY: readonly unknown[] = [];
const listOf = (v: unknown): readonly unknown[] | undefined => (Array.isArray(v) ? v : undefined);
// Properties are read plainly (o['id']): course values come from JSON, so they are plain objects
// ("__proto__" only ever an own key), and no name read here exists on Object.prototype.

/** The id of an entry, when the entry is an object whose id is text (a list has no "id"). */
const idOf = (v: unknown): string | undefined => {
  if (typeof v !== 'object' || v === null) return undefined;
  const id = (v as Obj)['id'];
  return typeof id === 'string' ? id : undefined;
};

const KNOWN_TYPES: ReadonlySet<string> = new Set(BLOCK_TYPES);
/** Stands for a block of unknown type in the sets of block types whose ids are unusable. */
const ANY_TYPE = '*';

/**
 * Did-you-mean hints for this run, sharing one budget of work so a hostile file stays quick. Set at
 * the start of each `checkSemantics` (which runs to its end without yielding).
 */
let didYouMean = suggester();

/** The question ids in one scope (a module or the course), and whether a question may be hidden by a schema error. */
interface Scope {
  readonly questions: Set<string>;
  unsure: boolean;
}

export function checkSemantics(course: unknown): Issue[] {
  const out: Issue[] = [];
  if (!isObject(course)) return out;
  didYouMean = suggester();
  // The first holder of each id; paths are built only to report something.
  const ids = new Map<string, At>();
  const blocksById = new Map<string, BlockAt>();
  const likerts: BlockAt[] = [];
  // Types of blocks whose id is unusable: a reference to a block of such a type may mean that one.
  const unnamed = new Set<string>();
  const scopes: Scope[] = [];
  const all: Scope = { questions: new Set(), unsure: false };
  const audiences = checkCourseAudiences(course, out);

  const modules = listOf(course['modules']);
  if (!modules) hidden(all, unnamed);
  for (let mi = 0; mi < (modules ?? EMPTY).length; mi++) {
    const m = modules![mi];
    const scope: Scope = { questions: new Set(), unsure: false };
    scopes.push(scope);
    if (!isObject(m)) {
      hidden(scope, unnamed);
      continue;
    }
    const moduleId = textOf(m['id']);
    if (moduleId !== undefined) claim(ids, moduleId, { kind: 'module', mi, pi: -1, bi: -1 }, out);
    const pages = listOf(m['pages']);
    if (!pages) hidden(scope, unnamed);
    for (let pi = 0; pi < (pages ?? EMPTY).length; pi++) {
      const p = pages![pi];
      if (!isObject(p)) {
        hidden(scope, unnamed);
        continue;
      }
      const pageAt: At = { kind: 'page', mi, pi, bi: -1 };
      const pageId = textOf(p['id']);
      if (pageId !== undefined) claim(ids, pageId, pageAt, out);
      checkAudiences(p['audiences'], pageAt, audiences, out);
      const blocks = listOf(p['blocks']);
      if (!blocks) hidden(scope, unnamed);
      for (let bi = 0; bi < (blocks ?? EMPTY).length; bi++) {
        const b = blocks![bi];
        if (!isObject(b)) {
          hidden(scope, unnamed);
          continue;
        }
        const rawType = textOf(b['type']);
        const type = rawType !== undefined && KNOWN_TYPES.has(rawType) ? rawType : undefined;
        const at: BlockAt = { kind: type ?? 'unknown', mi, pi, bi, block: b, type };
        const id = textOf(b['id']);
        if (id === undefined) {
          unnamed.add(type ?? ANY_TYPE);
          if (type === undefined || type === 'question') scope.unsure = true;
        } else {
          claim(ids, id, at, out);
          blocksById.set(id, at);
          if (type === 'question') scope.questions.add(id);
        }
        checkAudiences(b['audiences'], at, audiences, out);
        if (type === 'likert') likerts.push(at);
        if (type !== undefined) checkBlock(b, type, at, out);
      }
    }
    if (scope.unsure) all.unsure = true;
  }

  // References that need every id first.
  let likertIds: string[] | undefined;
  const allLikertIds = () => (likertIds ??= likerts.map((x) => textOf(x.block['id'])).filter((id) => id !== undefined));
  for (const at of likerts) checkPair(at, blocksById, unnamed, allLikertIds, out);

  const questionUnsure = unnamed.has('question') || unnamed.has(ANY_TYPE);
  const assessment = course['assessment'];
  if (isObject(assessment)) for (const scope of scopes) for (const id of scope.questions) all.questions.add(id);
  if (isObject(assessment)) checkAssessment(assessment, ['assessment'], all, 'the course', blocksById, questionUnsure, out);
  for (let mi = 0; mi < (modules ?? EMPTY).length; mi++) {
    const m = modules![mi];
    const a = isObject(m) ? m['assessment'] : undefined;
    if (isObject(a)) checkAssessment(a, ['modules', mi, 'assessment'], scopes[mi]!, 'this module', blocksById, questionUnsure, out);
  }
  const completion = course['completion'];
  const rule = isObject(completion) ? completion['rule'] : undefined;
  if ((rule === 'passed' || rule === 'viewed-and-passed') && assessment === undefined && !hasSlipFor(course, ['assessment']))
    out.push({
      path: ['completion', 'rule'],
      code: 'rule',
      message: `completion rule "${rule}" needs a course "assessment"`,
      hint: 'Add an "assessment" to the course, or use "rule": "viewed".',
    });
  return out;
}

/** Where a list of modules, pages or blocks is unusable: any block may be hidden in it. */
function hidden(scope: Scope, unnamed: Set<string>): void {
  scope.unsure = true;
  unnamed.add(ANY_TYPE);
}

/** Where a module, page or block sits (-1: not that deep), and what it is. */
interface At {
  readonly kind: string;
  readonly mi: number;
  readonly pi: number;
  readonly bi: number;
}
interface BlockAt extends At {
  readonly block: Obj;
  /** A known block type, or undefined when the block's type is missing or unknown. */
  readonly type: string | undefined;
}

/** The JSON path of `at`, followed by `rest`. */
function pathOf(at: At, ...rest: (string | number)[]): Path {
  const path: Path = ['modules', at.mi];
  if (at.pi >= 0) path.push('pages', at.pi);
  if (at.bi >= 0) path.push('blocks', at.bi);
  path.push(...rest);
  return path;
}

function claim(ids: Map<string, At>, id: string, at: At, out: Issue[]): void {
  const first = ids.get(id);
  if (first)
    out.push({
      path: pathOf(at, 'id'),
      code: 'duplicate-id',
      message: `duplicate id ${quote(id)}: a ${kindName(first)} already uses it`,
      hint: 'Ids must be unique in the course: rename one of them.',
      related: { path: pathOf(first, 'id') },
    });
  else ids.set(id, at);
}

const kindName = (at: At) => (at.bi >= 0 ? `${at.kind} block` : at.kind);

/** A value as it reads in a message: quoted when short, its length otherwise (hostile files can be huge). */
function quote(id: string): string {
  return id.length > 60 ? `text of ${id.length} characters` : `"${id}"`;
}

/** "a", "b" and "c", at most a dozen of them. */
function quoteAll(ids: readonly string[]): string {
  const shown = ids.slice(0, 12).map(quote).join(', ');
  return ids.length > 12 ? `${shown} and ${ids.length - 12} more` : shown;
}

/**
 * Whether `o` has an own key that looks like a slip for one of `names` (e.g. "assesment"): the schema
 * reports that key as unknown, and a check that misses the property would only repeat it.
 */
function hasSlipFor(o: Obj, names: readonly string[]): boolean {
  for (const key in o) if (hasOwn.call(o, key) && !names.includes(key) && closest(key, names) !== undefined) return true;
  return false;
}

/** The course audiences (reporting repeats), or undefined when the list is unusable and references to it cannot be judged. */
function checkCourseAudiences(course: Obj, out: Issue[]): Audiences | undefined {
  const value = course['audiences'];
  if (value === undefined) return hasSlipFor(course, ['audiences']) ? undefined : { ids: new Set(), list: [] };
  const list = listOf(value);
  if (!list) return undefined;
  const ids = new Set<string>();
  const first = new Map<string, number>();
  let complete = true;
  for (let i = 0; i < list.length; i++) {
    const id = idOf(list[i]);
    if (id === undefined) {
      complete = false;
      continue;
    }
    ids.add(id);
    const at = first.get(id);
    if (at === undefined) first.set(id, i);
    else
      out.push({
        path: ['audiences', i, 'id'],
        code: 'duplicate-id',
        message: `duplicate audience ${quote(id)}`,
        hint: 'Each audience needs its own id.',
        related: { path: ['audiences', at, 'id'] },
      });
  }
  return complete ? { ids, list: [...ids] } : undefined;
}

interface Audiences {
  readonly ids: ReadonlySet<string>;
  readonly list: readonly string[];
}

/** `audiences`: undefined when the course list is unusable, so unknown names cannot be told. */
function checkAudiences(value: unknown, at: At, audiences: Audiences | undefined, out: Issue[]): void {
  const list = listOf(value);
  if (!list || !audiences) return;
  for (let i = 0; i < list.length; i++) {
    const id = list[i];
    if (typeof id === 'string' && !audiences.ids.has(id))
      out.push({
        path: pathOf(at, 'audiences', i),
        code: 'missing-reference',
        message: `unknown audience ${quote(id)}`,
        hint:
          didYouMean(id, audiences.list) ??
          (audiences.list.length ? `The course audiences are ${quoteAll(audiences.list)}.` : 'Add it to the course "audiences" list.'),
      });
  }
}

/** A "post" likert block's pairWith: it names a "pre" likert block with the same items. */
function checkPair(
  at: BlockAt,
  blocksById: ReadonlyMap<string, BlockAt>,
  unnamed: ReadonlySet<string>,
  likertIds: () => readonly string[],
  out: Issue[],
): void {
  const block = at.block;
  const pairWith = block['pairWith'];
  if (typeof pairWith !== 'string') return;
  const target = blocksById.get(pairWith);
  if (!target) {
    if (unnamed.has('likert') || unnamed.has(ANY_TYPE)) return;
    out.push({
      path: pathOf(at, 'pairWith'),
      code: 'missing-reference',
      message: `no likert block with id ${quote(pairWith)}`,
      hint: didYouMean(pairWith, likertIds()) ?? 'pairWith names the "pre" likert block that this "post" block pairs with.',
    });
    return;
  }
  // A block of unknown type may be the likert block it names: the schema reports its type.
  if (target.type === undefined) return;
  if (target.type !== 'likert') {
    out.push({
      path: pathOf(at, 'pairWith'),
      code: 'missing-reference',
      message: `${quote(pairWith)} is a ${target.type} block, not a likert block`,
      hint: didYouMean(pairWith, likertIds()) ?? 'pairWith names the "pre" likert block that this "post" block pairs with.',
    });
    return;
  }
  const phase = block['phase'];
  const targetPhase = target.block['phase'];
  // Phases the schema refuses are its to report.
  if (!isPhase(phase) || !isPhase(targetPhase)) return;
  if (targetPhase !== 'pre' || phase !== 'post') {
    out.push({
      path: pathOf(at, 'pairWith'),
      code: 'rule',
      message: 'pairWith links a "post" block to a "pre" block',
      hint: 'Set "phase": "post" here and "phase": "pre" on the block it names.',
    });
    return;
  }
  const preItems = namedIds(target.block['items']);
  const items = listOf(block['items']);
  if (!preItems || !items) return;
  for (let ii = 0; ii < items.length; ii++) {
    const id = idOf(items[ii]);
    if (id !== undefined && !preItems.has(id))
      out.push({
        path: pathOf(at, 'items', ii, 'id'),
        code: 'missing-reference',
        message: `item ${quote(id)} is not in the paired block ${quote(pairWith)}`,
        hint: 'Paired likert blocks use the same item ids, so each rating can be compared.',
      });
  }
}

const isPhase = (v: unknown): v is 'pre' | 'post' => v === 'pre' || v === 'post';

/** The ids of a list whose every entry has a usable id; undefined when it is not such a list. */
function namedIds(value: unknown): Set<string> | undefined {
  const list = listOf(value);
  if (!list) return undefined;
  const ids = new Set<string>();
  for (let i = 0; i < list.length; i++) {
    const id = idOf(list[i]);
    if (id === undefined) return undefined;
    ids.add(id);
  }
  return ids;
}

/** `questionUnsure`: some question (or block of unknown type) somewhere has no usable id. */
function checkAssessment(
  a: Obj,
  path: Path,
  scope: Scope,
  scopeName: string,
  blocksById: ReadonlyMap<string, BlockAt>,
  questionUnsure: boolean,
  out: Issue[],
): void {
  const questions = a['questions'];
  if (questions === undefined || questions === 'all') {
    if (scope.questions.size === 0 && !scope.unsure)
      out.push({
        path: [...path, 'questions'],
        code: 'rule',
        message: `the assessment has no questions: ${scopeName} has no question blocks`,
        hint: 'Add question blocks or remove the assessment.',
      });
    return;
  }
  const list = listOf(questions);
  if (!list) return;
  let inScope: string[] | undefined;
  for (let i = 0; i < list.length; i++) {
    const id = list[i];
    if (typeof id !== 'string' || scope.questions.has(id)) continue;
    const other = blocksById.get(id);
    if (other ? other.type === undefined : questionUnsure) continue;
    out.push({
      path: [...path, 'questions', i],
      code: 'missing-reference',
      message: other
        ? other.type === 'question'
          ? `question ${quote(id)} is outside ${scopeName}`
          : `${quote(id)} is a ${other.type} block, not a question`
        : `no question block with id ${quote(id)}`,
      hint: didYouMean(id, (inScope ??= [...scope.questions])) ?? `List the ids of question blocks in ${scopeName}.`,
    });
  }
}

function checkBlock(b: Obj, type: string, at: At, out: Issue[]): void {
  switch (type) {
    case 'question': {
      const bank = b['bank'];
      if (bank === undefined) return checkQuestion(b, at, HERE, out);
      if (!isObject(bank)) return;
      const questions = listOf(bank['questions']);
      if (!questions) return;
      uniqueIds(questions, at, BANK, 'questions', 'question in this bank', out);
      for (let qi = 0; qi < questions.length; qi++) {
        const q = questions[qi];
        if (isObject(q)) checkQuestion(q, at, ['bank', 'questions', qi], out);
      }
      const draw = bank['draw'];
      if (typeof draw === 'number' && draw > questions.length)
        out.push({
          path: pathOf(at, 'bank', 'draw'),
          code: 'range',
          message: `draw ${draw} is more than the ${questions.length} questions in the bank`,
          hint: `Draw at most ${questions.length}, or add questions to the bank.`,
        });
      return;
    }
    case 'sort': {
      const categories = listOf(b['categories']);
      const items = listOf(b['items']);
      if (categories) uniqueIds(categories, at, HERE, 'categories', 'category', out);
      if (!items) return;
      uniqueIds(items, at, HERE, 'items', 'item', out);
      const named = namedIds(categories);
      if (!named) return;
      let categoryIds: string[] | undefined;
      for (let ii = 0; ii < items.length; ii++) {
        const item = items[ii];
        const category = isObject(item) ? item['category'] : undefined;
        if (typeof category === 'string' && !named.has(category))
          out.push({
            path: pathOf(at, 'items', ii, 'category'),
            code: 'missing-reference',
            message: `no category ${quote(category)} in this sort`,
            hint: didYouMean(category, (categoryIds ??= [...named])) ?? `The categories are ${quoteAll(categoryIds)}.`,
          });
      }
      return;
    }
    case 'scenario':
      return checkScenario(b, at, out);
    case 'likert': {
      const items = listOf(b['items']);
      if (items) uniqueIds(items, at, HERE, 'items', 'item', out);
      const scale = b['scale'];
      if (isObject(scale)) {
        const min = scale['min'];
        const max = scale['max'];
        if (typeof min === 'number' && typeof max === 'number' && min >= max)
          out.push({
            path: pathOf(at, 'scale'),
            from: [pathOf(at, 'scale', 'min'), pathOf(at, 'scale', 'max')],
            code: 'range',
            message: 'the scale minimum must be below its maximum',
            hint: 'For example "min": 1, "max": 5.',
          });
      }
      if (b['pairWith'] !== undefined && b['phase'] === 'pre')
        out.push({
          path: pathOf(at, 'pairWith'),
          code: 'rule',
          message: 'a "pre" block cannot pair with another',
          hint: 'Put "pairWith" on the "post" block instead.',
        });
      return;
    }
    case 'resource':
      if (b['href'] === undefined && b['body'] === undefined && !hasSlipFor(b, ['href', 'body']))
        out.push({
          path: pathOf(at),
          code: 'required',
          message: 'a resource needs "href" or "body"',
          hint: 'Link a file or https:// page with "href", or write the resource inline in "body".',
        });
      return;
    default:
      return;
  }
}

/** Path segments inside a block, shared so checks that find nothing allocate nothing. */
const HERE: readonly (string | number)[] = [];
const BANK: readonly (string | number)[] = ['bank'];

function hasId(list: readonly unknown[], id: string): boolean {
  for (let i = 0; i < list.length; i++) if (idOf(list[i]) === id) return true;
  return false;
}

/** Options past this many are looked up in a Set instead of searched. */
const SEARCH_LIMIT = 16;

/** `inside`: the question's path within its block. */
function checkQuestion(q: Obj, at: At, inside: readonly (string | number)[], out: Issue[]): void {
  const options = listOf(q['options']);
  const correct = listOf(q['correct']);
  if (options) uniqueIds(options, at, inside, 'options', 'option', out);
  if (!correct) return;
  if (options) {
    const set = options.length > SEARCH_LIMIT ? new Set(options.map(idOf)) : undefined;
    // An option without a usable id may be the one a correct answer names: only the schema can tell.
    let named: boolean | undefined;
    let optionIds: string[] | undefined;
    for (let i = 0; i < correct.length; i++) {
      const id = correct[i];
      if (typeof id !== 'string' || (set ? set.has(id) : hasId(options, id))) continue;
      if (!(named ??= options.every((o) => idOf(o) !== undefined))) break;
      optionIds ??= options.map(idOf) as string[];
      out.push({
        path: pathOf(at, ...inside, 'correct', i),
        code: 'correct-not-an-option',
        message: `correct answer ${quote(id)} is not one of the options`,
        hint: didYouMean(id, optionIds) ?? `The option ids are ${quoteAll(optionIds)}.`,
      });
    }
  }
  if (q['mode'] !== 'single' || correct.length < 2) return;
  // A repeat is the schema's to report ("listed twice"); counted once here.
  const answers = new Set(correct).size;
  if (answers > 1)
    out.push({
      path: pathOf(at, ...inside, 'correct'),
      code: 'rule',
      message: `a single-choice question has ${answers} correct answers`,
      hint: 'Keep one correct answer, or set "mode": "multiple".',
    });
}

/** Node properties whose slips (e.g. "choises") would make the graph look other than the author meant. */
const NODE_PARTS = ['choices', 'end'];

function checkScenario(b: Obj, at: At, out: Issue[]): void {
  const nodes = listOf(b['nodes']);
  if (!nodes) return;
  uniqueIds(nodes, at, HERE, 'nodes', 'node', out);
  const start = textOf(b['start']);
  // With a repeated id the last node wins, as in any Map built from the list.
  const index = new Map<string, number>();
  // Every node has a usable id, so a name not among them is truly missing.
  let named = true;
  // Also every node's choices and their targets are usable, so what is unreachable truly is.
  let whole = true;
  const hints: NodeHints = { index, ids: undefined };
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i];
    const id = idOf(n);
    if (id === undefined) named = whole = false;
    else index.set(id, i);
  }
  if (start !== undefined && named && !index.has(start))
    out.push({
      path: pathOf(at, 'start'),
      code: 'scenario-missing-node',
      message: `start node ${quote(start)} does not exist`,
      hint: missingNodeHint(start, hints),
    });
  for (let ni = 0; ni < nodes.length; ni++) {
    const n = nodes[ni];
    if (!isObject(n)) continue;
    const choices = n['choices'];
    const end = n['end'];
    if (choices !== undefined && !Array.isArray(choices)) whole = false;
    else {
      const hasChoices = Array.isArray(choices) && choices.length > 0;
      if (hasChoices === (end !== undefined) && !hasSlipFor(n, NODE_PARTS)) {
        const id = textOf(n['id']);
        const name = id === undefined ? 'this node' : `node ${quote(id)}`;
        out.push({
          path: pathOf(at, 'nodes', ni),
          code: 'rule',
          message: hasChoices ? `${name} has both choices and an end` : `${name} has neither choices nor an end`,
          hint: 'A node either offers choices or is an ending ("end"), not both.',
        });
      }
    }
    if (!Array.isArray(choices)) continue;
    uniqueIds(choices, at, ['nodes', ni], 'choices', 'choice', out);
    for (let ci = 0; ci < choices.length; ci++) {
      const c: unknown = choices[ci];
      const next = isObject(c) ? textOf(c['next']) : undefined;
      if (next === undefined) {
        whole = false;
        continue;
      }
      if (named && !index.has(next)) {
        const choiceId = idOf(c);
        out.push({
          path: pathOf(at, 'nodes', ni, 'choices', ci, 'next'),
          code: 'scenario-missing-node',
          message: `${choiceId === undefined ? 'this choice' : `choice ${quote(choiceId)}`} leads to ${quote(next)}, which is not a node in this scenario`,
          hint: missingNodeHint(next, hints),
        });
      }
    }
  }
  if (!whole || start === undefined || !index.has(start)) return;
  const reached = new Set<string>([start]);
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const node = nodes[index.get(queue[head]!)!] as Obj;
    const choices = (node['choices'] as readonly Obj[] | undefined) ?? [];
    for (let ci = 0; ci < choices.length; ci++) {
      const next = choices[ci]!['next'] as string;
      if (index.has(next) && !reached.has(next)) {
        reached.add(next);
        queue.push(next);
      }
    }
  }
  // A slip such as "choises" hides part of the graph: what looks unreachable may not be. Looked for
  // only when there is something to report.
  let slips: boolean | undefined;
  let ending = false;
  for (let ni = 0; ni < nodes.length; ni++) {
    const n = nodes[ni] as Obj;
    const id = n['id'] as string;
    if (!reached.has(id)) {
      if ((slips ??= slipsIn(nodes))) return;
      out.push({
        path: pathOf(at, 'nodes', ni),
        code: 'scenario-unreachable-node',
        message: `node ${quote(id)} cannot be reached from the start ${quote(start)}`,
        hint: 'Point a choice at it with "next", or remove it.',
      });
    } else if (n['end'] !== undefined) ending = true;
  }
  if (!ending && !(slips ??= slipsIn(nodes))) {
    const id = textOf(b['id']);
    out.push({
      path: pathOf(at),
      code: 'scenario-no-ending',
      message: `${id === undefined ? 'this scenario' : `scenario ${quote(id)}`} has no ending the learner can reach`,
      hint: 'Give at least one reachable node an "end".',
    });
  }
}

/** The node ids for "not a node" hints, listed once per scenario and only when needed. */
interface NodeHints {
  readonly index: ReadonlyMap<string, number>;
  ids: string[] | undefined;
}

function missingNodeHint(id: string, hints: NodeHints): string {
  const ids = (hints.ids ??= [...hints.index.keys()]);
  return didYouMean(id, ids) ?? `The node ids are ${quoteAll(ids)}.`;
}

function slipsIn(nodes: readonly unknown[]): boolean {
  for (let i = 0; i < nodes.length; i++) if (hasSlipFor(nodes[i] as Obj, NODE_PARTS)) return true;
  return false;
}

/** Reports each repeat of an id in `list` (at `inside`/`name` in the block), pointing back at the first. */
function uniqueIds(list: readonly unknown[], at: At, inside: readonly (string | number)[], name: string, kind: string, out: Issue[]): void {
  // Short lists (options, nodes) are searched; long ones get a Map, so the check stays linear.
  const seen = list.length > SEARCH_LIMIT ? new Map<string, number>() : undefined;
  for (let i = seen ? 0 : 1; i < list.length; i++) {
    const id = idOf(list[i]);
    if (id === undefined) continue;
    let first = 0;
    if (seen) {
      first = seen.get(id) ?? i;
      if (first === i) seen.set(id, i);
    } else while (first < i && idOf(list[first]) !== id) first++;
    if (first < i)
      out.push({
        path: pathOf(at, ...inside, name, i, 'id'),
        code: 'duplicate-id',
        message: `duplicate ${kind} id ${quote(id)}`,
        hint: 'Rename one of them.',
        related: { path: pathOf(at, ...inside, name, first, 'id') },
      });
  }
}
