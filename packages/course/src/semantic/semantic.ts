/**
 * Checks that need the whole course: ids, references, answers, banks and scenario graphs.
 * Runs on a file that already matches the schema, so shapes can be trusted here.
 */
import type { CourseFile, ModuleFile } from '../model/types.js';
import type { Issue } from '../validate/issue.js';
import { didYouMean } from '../validate/suggest.js';

type Path = (string | number)[];
type BlockFile = CourseFile['modules'][number]['pages'][number]['blocks'][number];
type ScenarioFile = Extract<BlockFile, { type: 'scenario' }>;

export function checkSemantics(course: CourseFile): Issue[] {
  const out: Issue[] = [];
  // The first holder of each id, and the last block with each id; paths are built only to report something.
  const ids = new Map<string, At>();
  const blocksById = new Map<string, BlockAt>();
  const questionIdsByModule: Set<string>[] = [];
  const audienceIds = new Set((course.audiences ?? []).map((a) => a.id));

  (course.audiences ?? []).forEach((a, i) => {
    const first = (course.audiences ?? []).findIndex((x) => x.id === a.id);
    if (first !== i)
      out.push({
        path: ['audiences', i, 'id'],
        code: 'duplicate-id',
        message: `duplicate audience "${a.id}"`,
        hint: 'Each audience needs its own id.',
        related: { path: ['audiences', first, 'id'] },
      });
  });

  const modules = course.modules;
  for (let mi = 0; mi < modules.length; mi++) {
    const m = modules[mi]!;
    claim(ids, m.id, { kind: 'module', mi, pi: -1, bi: -1 }, out);
    const questions = new Set<string>();
    questionIdsByModule.push(questions);
    const pages = m.pages;
    for (let pi = 0; pi < pages.length; pi++) {
      const p = pages[pi]!;
      const pageAt: At = { kind: 'page', mi, pi, bi: -1 };
      claim(ids, p.id, pageAt, out);
      if (p.audiences) checkAudiences(p.audiences, pageAt, audienceIds, out);
      const blocks = p.blocks;
      for (let bi = 0; bi < blocks.length; bi++) {
        const b = blocks[bi]!;
        const at: BlockAt = { kind: b.type, mi, pi, bi, block: b };
        claim(ids, b.id, at, out);
        if (b.audiences) checkAudiences(b.audiences, at, audienceIds, out);
        blocksById.set(b.id, at);
        if (b.type === 'question') questions.add(b.id);
        checkBlock(b, at, out);
      }
    }
  }

  // References that need every id first.
  for (const at of blocksById.values()) {
    const block = at.block;
    if (block.type !== 'likert' || block.pairWith === undefined) continue;
    const target = blocksById.get(block.pairWith);
    if (!target || target.block.type !== 'likert')
      out.push({
        path: pathOf(at, 'pairWith'),
        code: 'missing-reference',
        message: target
          ? `"${block.pairWith}" is a ${target.block.type} block, not a likert block`
          : `no likert block with id "${block.pairWith}"`,
        hint:
          didYouMean(
            block.pairWith,
            [...blocksById.values()].filter((x) => x.block.type === 'likert').map((x) => x.block.id),
          ) ?? 'pairWith names the "pre" likert block that this "post" block pairs with.',
      });
    else if (target.block.phase !== 'pre' || block.phase !== 'post')
      out.push({
        path: pathOf(at, 'pairWith'),
        code: 'rule',
        message: 'pairWith links a "post" block to a "pre" block',
        hint: 'Set "phase": "post" here and "phase": "pre" on the block it names.',
      });
    else {
      const preItems = new Set(target.block.items.map((i) => i.id));
      block.items.forEach((item, ii) => {
        if (!preItems.has(item.id))
          out.push({
            path: pathOf(at, 'items', ii, 'id'),
            code: 'missing-reference',
            message: `item "${item.id}" is not in the paired block "${target.block.id}"`,
            hint: 'Paired likert blocks use the same item ids, so each rating can be compared.',
          });
      });
    }
  }

  if (course.assessment) {
    const allQuestions = new Set<string>();
    for (const questions of questionIdsByModule) for (const id of questions) allQuestions.add(id);
    checkAssessment(course.assessment, ['assessment'], allQuestions, 'the course', blocksById, out);
  }
  course.modules.forEach((m: ModuleFile, mi) => {
    if (m.assessment)
      checkAssessment(m.assessment, ['modules', mi, 'assessment'], questionIdsByModule[mi]!, 'this module', blocksById, out);
  });
  if ((course.completion.rule === 'passed' || course.completion.rule === 'viewed-and-passed') && !course.assessment)
    out.push({
      path: ['completion', 'rule'],
      code: 'rule',
      message: `completion rule "${course.completion.rule}" needs a course "assessment"`,
      hint: 'Add an "assessment" to the course, or use "rule": "viewed".',
    });
  return out;
}

/** Where a module, page or block sits (-1: not that deep), and what it is. */
interface At {
  readonly kind: string;
  readonly mi: number;
  readonly pi: number;
  readonly bi: number;
}
interface BlockAt extends At {
  readonly block: BlockFile;
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
      message: `duplicate id "${id}": a ${kindName(first)} already uses it`,
      hint: 'Ids must be unique in the course: rename one of them.',
      related: { path: pathOf(first, 'id') },
    });
  else ids.set(id, at);
}

const kindName = (at: At) => (at.bi >= 0 ? `${at.kind} block` : at.kind);

function checkAudiences(list: readonly string[], at: At, audienceIds: ReadonlySet<string>, out: Issue[]): void {
  for (let i = 0; i < list.length; i++) {
    const id = list[i]!;
    if (!audienceIds.has(id))
      out.push({
        path: pathOf(at, 'audiences', i),
        code: 'missing-reference',
        message: `unknown audience "${id}"`,
        hint:
          didYouMean(id, [...audienceIds]) ??
          (audienceIds.size
            ? `The course audiences are ${[...audienceIds].map((a) => `"${a}"`).join(', ')}.`
            : 'Add it to the course "audiences" list.'),
      });
  }
}

function checkAssessment(
  a: NonNullable<CourseFile['assessment']>,
  path: Path,
  inScope: Set<string>,
  scopeName: string,
  blocksById: ReadonlyMap<string, BlockAt>,
  out: Issue[],
): void {
  if (a.questions === undefined || a.questions === 'all') {
    if (inScope.size === 0)
      out.push({
        path: [...path, 'questions'],
        code: 'rule',
        message: `the assessment has no questions: ${scopeName} has no question blocks`,
        hint: 'Add question blocks or remove the assessment.',
      });
    return;
  }
  a.questions.forEach((id, i) => {
    if (inScope.has(id)) return;
    const other = blocksById.get(id);
    out.push({
      path: [...path, 'questions', i],
      code: 'missing-reference',
      message: other
        ? other.block.type === 'question'
          ? `question "${id}" is outside ${scopeName}`
          : `"${id}" is a ${other.block.type} block, not a question`
        : `no question block with id "${id}"`,
      hint: didYouMean(id, [...inScope]) ?? `List the ids of question blocks in ${scopeName}.`,
    });
  });
}

function checkBlock(b: BlockFile, at: At, out: Issue[]): void {
  switch (b.type) {
    case 'question':
      if ('bank' in b) {
        const questions = b.bank.questions;
        uniqueIds(questions, at, BANK, 'questions', 'question in this bank', out);
        for (let qi = 0; qi < questions.length; qi++) checkQuestion(questions[qi]!, at, ['bank', 'questions', qi], out);
        if (b.bank.draw > questions.length)
          out.push({
            path: pathOf(at, 'bank', 'draw'),
            code: 'range',
            message: `draw ${b.bank.draw} is more than the ${questions.length} questions in the bank`,
            hint: `Draw at most ${questions.length}, or add questions to the bank.`,
          });
      } else checkQuestion(b, at, HERE, out);
      return;
    case 'sort': {
      uniqueIds(b.categories, at, HERE, 'categories', 'category', out);
      uniqueIds(b.items, at, HERE, 'items', 'item', out);
      const items = b.items;
      for (let ii = 0; ii < items.length; ii++) {
        const item = items[ii]!;
        if (!hasId(b.categories, item.category)) {
          const categories = b.categories.map((c) => c.id);
          out.push({
            path: pathOf(at, 'items', ii, 'category'),
            code: 'missing-reference',
            message: `no category "${item.category}" in this sort`,
            hint: didYouMean(item.category, categories) ?? `The categories are ${categories.map((c) => `"${c}"`).join(', ')}.`,
          });
        }
      }
      return;
    }
    case 'scenario':
      return checkScenario(b, at, out);
    case 'likert':
      uniqueIds(b.items, at, HERE, 'items', 'item', out);
      if (b.scale && b.scale.min >= b.scale.max)
        out.push({
          path: pathOf(at, 'scale'),
          code: 'range',
          message: 'the scale minimum must be below its maximum',
          hint: 'For example "min": 1, "max": 5.',
        });
      if (b.pairWith !== undefined && b.phase === 'pre')
        out.push({
          path: pathOf(at, 'pairWith'),
          code: 'rule',
          message: 'a "pre" block cannot pair with another',
          hint: 'Put "pairWith" on the "post" block instead.',
        });
      return;
    case 'resource':
      if (b.href === undefined && b.body === undefined)
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

function hasId(list: readonly { readonly id: string }[], id: string): boolean {
  for (let i = 0; i < list.length; i++) if (list[i]!.id === id) return true;
  return false;
}

interface QuestionLike {
  readonly mode: 'single' | 'multiple';
  readonly options: readonly { readonly id: string }[];
  readonly correct: readonly string[];
}

/** `inside`: the question's path within its block. */
function checkQuestion(q: QuestionLike, at: At, inside: readonly (string | number)[], out: Issue[]): void {
  uniqueIds(q.options, at, inside, 'options', 'option', out);
  for (let i = 0; i < q.correct.length; i++) {
    const id = q.correct[i]!;
    if (!hasId(q.options, id)) {
      const options = q.options.map((o) => o.id);
      out.push({
        path: pathOf(at, ...inside, 'correct', i),
        code: 'correct-not-an-option',
        message: `correct answer "${id}" is not one of the options`,
        hint: didYouMean(id, options) ?? `The option ids are ${options.map((o) => `"${o}"`).join(', ')}.`,
      });
    }
  }
  if (q.mode === 'single' && q.correct.length > 1)
    out.push({
      path: pathOf(at, ...inside, 'correct'),
      code: 'rule',
      message: `a single-choice question has ${q.correct.length} correct answers`,
      hint: 'Keep one correct answer, or set "mode": "multiple".',
    });
}

function checkScenario(b: ScenarioFile, at: At, out: Issue[]): void {
  const nodes = b.nodes;
  uniqueIds(nodes, at, HERE, 'nodes', 'node', out);
  // With a repeated id the last node wins, as in any Map built from the list.
  const index = new Map<string, number>();
  for (let i = 0; i < nodes.length; i++) index.set(nodes[i]!.id, i);
  if (!index.has(b.start))
    out.push({
      path: pathOf(at, 'start'),
      code: 'scenario-missing-node',
      message: `start node "${b.start}" does not exist`,
      hint: missingNodeHint(b.start, index),
    });
  for (let ni = 0; ni < nodes.length; ni++) {
    const n = nodes[ni]!;
    const hasChoices = (n.choices?.length ?? 0) > 0;
    if (hasChoices === (n.end !== undefined))
      out.push({
        path: pathOf(at, 'nodes', ni),
        code: 'rule',
        message: hasChoices ? `node "${n.id}" has both choices and an end` : `node "${n.id}" has neither choices nor an end`,
        hint: 'A node either offers choices or is an ending ("end"), not both.',
      });
    const choices = n.choices;
    if (!choices) continue;
    uniqueIds(choices, at, ['nodes', ni], 'choices', 'choice', out);
    for (let ci = 0; ci < choices.length; ci++) {
      const c = choices[ci]!;
      if (!index.has(c.next))
        out.push({
          path: pathOf(at, 'nodes', ni, 'choices', ci, 'next'),
          code: 'scenario-missing-node',
          message: `choice "${c.id}" leads to "${c.next}", which is not a node in this scenario`,
          hint: missingNodeHint(c.next, index),
        });
    }
  }
  if (!index.has(b.start)) return;
  const reached = new Set<string>([b.start]);
  const queue = [b.start];
  for (let head = 0; head < queue.length; head++) {
    const node = nodes[index.get(queue[head]!)!]!;
    for (const c of node.choices ?? [])
      if (index.has(c.next) && !reached.has(c.next)) {
        reached.add(c.next);
        queue.push(c.next);
      }
  }
  let ending = false;
  for (let ni = 0; ni < nodes.length; ni++) {
    const n = nodes[ni]!;
    if (!reached.has(n.id))
      out.push({
        path: pathOf(at, 'nodes', ni),
        code: 'scenario-unreachable-node',
        message: `node "${n.id}" cannot be reached from the start "${b.start}"`,
        hint: 'Point a choice at it with "next", or remove it.',
      });
    else if (n.end !== undefined) ending = true;
  }
  if (!ending)
    out.push({
      path: pathOf(at),
      code: 'scenario-no-ending',
      message: `scenario "${b.id}" has no ending the learner can reach`,
      hint: 'Give at least one reachable node an "end".',
    });
}

function missingNodeHint(id: string, index: ReadonlyMap<string, number>): string {
  const nodeIds = [...index.keys()];
  return didYouMean(id, nodeIds) ?? `The node ids are ${nodeIds.map((n) => `"${n}"`).join(', ')}.`;
}

/** Reports each repeat of an id in `list` (at `inside`/`name` in the block), pointing back at the first. */
function uniqueIds(
  list: readonly { readonly id: string }[],
  at: At,
  inside: readonly (string | number)[],
  name: string,
  kind: string,
  out: Issue[],
): void {
  // Short lists (options, nodes) are searched; long ones get a Map, so the check stays linear.
  const seen = list.length > 16 ? new Map<string, number>() : undefined;
  for (let i = seen ? 0 : 1; i < list.length; i++) {
    const id = list[i]!.id;
    let first = 0;
    if (seen) {
      first = seen.get(id) ?? i;
      if (first === i) seen.set(id, i);
    } else while (first < i && list[first]!.id !== id) first++;
    if (first < i)
      out.push({
        path: pathOf(at, ...inside, name, i, 'id'),
        code: 'duplicate-id',
        message: `duplicate ${kind} id "${id}"`,
        hint: 'Rename one of them.',
        related: { path: pathOf(at, ...inside, name, first, 'id') },
      });
  }
}
