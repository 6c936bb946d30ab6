/**
 * Checks that need the whole course: ids, references, answers, banks and scenario graphs.
 * Runs on a file that already matches the schema, so shapes can be trusted here.
 */
import type { JsonPath } from '../json/parse-json.js';
import type { CourseFile, ModuleFile } from '../model/types.js';
import type { Issue } from '../validate/issue.js';
import { didYouMean } from '../validate/suggest.js';

type Path = (string | number)[];
type BlockFile = CourseFile['modules'][number]['pages'][number]['blocks'][number];
type ScenarioFile = Extract<BlockFile, { type: 'scenario' }>;

export function checkSemantics(course: CourseFile): Issue[] {
  const out: Issue[] = [];
  const ids = new Map<string, { path: JsonPath; kind: string }>();
  const questionIdsByModule = new Map<number, Set<string>>();
  const blocksById = new Map<string, { block: BlockFile; path: JsonPath }>();
  const audienceIds = new Set((course.audiences ?? []).map((a) => a.id));

  const claim = (id: string, path: Path, kind: string) => {
    const first = ids.get(id);
    if (first)
      out.push({
        path: [...path, 'id'],
        code: 'duplicate-id',
        message: `duplicate id "${id}": a ${first.kind} already uses it`,
        hint: 'Ids must be unique in the course: rename one of them.',
        related: { path: [...first.path, 'id'] },
      });
    else ids.set(id, { path, kind });
  };
  const checkAudiences = (list: readonly string[] | undefined, path: Path) => {
    list?.forEach((id, i) => {
      if (!audienceIds.has(id))
        out.push({
          path: [...path, 'audiences', i],
          code: 'missing-reference',
          message: `unknown audience "${id}"`,
          hint:
            didYouMean(id, [...audienceIds]) ??
            (audienceIds.size
              ? `The course audiences are ${[...audienceIds].map((a) => `"${a}"`).join(', ')}.`
              : 'Add it to the course "audiences" list.'),
        });
    });
  };

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

  course.modules.forEach((m, mi) => {
    const mPath: Path = ['modules', mi];
    claim(m.id, mPath, 'module');
    const questions = new Set<string>();
    questionIdsByModule.set(mi, questions);
    m.pages.forEach((p, pi) => {
      const pPath: Path = [...mPath, 'pages', pi];
      claim(p.id, pPath, 'page');
      checkAudiences(p.audiences, pPath);
      p.blocks.forEach((b, bi) => {
        const bPath: Path = [...pPath, 'blocks', bi];
        claim(b.id, bPath, `${b.type} block`);
        checkAudiences(b.audiences, bPath);
        blocksById.set(b.id, { block: b, path: bPath });
        if (b.type === 'question') questions.add(b.id);
        checkBlock(b, bPath, out);
      });
    });
  });

  // References that need every id first.
  for (const { block, path } of blocksById.values()) {
    if (block.type !== 'likert' || block.pairWith === undefined) continue;
    const target = blocksById.get(block.pairWith);
    const at: Path = [...path, 'pairWith'];
    if (!target || target.block.type !== 'likert')
      out.push({
        path: at,
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
        path: at,
        code: 'rule',
        message: 'pairWith links a "post" block to a "pre" block',
        hint: 'Set "phase": "post" here and "phase": "pre" on the block it names.',
      });
    else {
      const preItems = new Set(target.block.items.map((i) => i.id));
      block.items.forEach((item, ii) => {
        if (!preItems.has(item.id))
          out.push({
            path: [...path, 'items', ii, 'id'],
            code: 'missing-reference',
            message: `item "${item.id}" is not in the paired block "${target.block.id}"`,
            hint: 'Paired likert blocks use the same item ids, so each rating can be compared.',
          });
      });
    }
  }

  const allQuestions = new Set([...questionIdsByModule.values()].flatMap((s) => [...s]));
  if (course.assessment) checkAssessment(course.assessment, ['assessment'], allQuestions, 'the course', blocksById, out);
  course.modules.forEach((m: ModuleFile, mi) => {
    if (m.assessment)
      checkAssessment(m.assessment, ['modules', mi, 'assessment'], questionIdsByModule.get(mi)!, 'this module', blocksById, out);
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

function checkAssessment(
  a: NonNullable<CourseFile['assessment']>,
  path: Path,
  inScope: Set<string>,
  scopeName: string,
  blocksById: Map<string, { block: BlockFile; path: JsonPath }>,
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

function checkBlock(b: BlockFile, path: Path, out: Issue[]): void {
  switch (b.type) {
    case 'question':
      if ('bank' in b) {
        const bankPath: Path = [...path, 'bank'];
        uniqueIds(b.bank.questions, [...bankPath, 'questions'], 'question in this bank', out);
        b.bank.questions.forEach((q, qi) => checkQuestion(q, [...bankPath, 'questions', qi], out));
        if (b.bank.draw > b.bank.questions.length)
          out.push({
            path: [...bankPath, 'draw'],
            code: 'range',
            message: `draw ${b.bank.draw} is more than the ${b.bank.questions.length} questions in the bank`,
            hint: `Draw at most ${b.bank.questions.length}, or add questions to the bank.`,
          });
      } else checkQuestion(b, path, out);
      return;
    case 'sort': {
      uniqueIds(b.categories, [...path, 'categories'], 'category', out);
      uniqueIds(b.items, [...path, 'items'], 'item', out);
      const categories = b.categories.map((c) => c.id);
      b.items.forEach((item, ii) => {
        if (!categories.includes(item.category))
          out.push({
            path: [...path, 'items', ii, 'category'],
            code: 'missing-reference',
            message: `no category "${item.category}" in this sort`,
            hint: didYouMean(item.category, categories) ?? `The categories are ${categories.map((c) => `"${c}"`).join(', ')}.`,
          });
      });
      return;
    }
    case 'scenario':
      return checkScenario(b, path, out);
    case 'likert':
      uniqueIds(b.items, [...path, 'items'], 'item', out);
      if (b.scale && b.scale.min >= b.scale.max)
        out.push({
          path: [...path, 'scale'],
          code: 'range',
          message: 'the scale minimum must be below its maximum',
          hint: 'For example "min": 1, "max": 5.',
        });
      if (b.pairWith !== undefined && b.phase === 'pre')
        out.push({
          path: [...path, 'pairWith'],
          code: 'rule',
          message: 'a "pre" block cannot pair with another',
          hint: 'Put "pairWith" on the "post" block instead.',
        });
      return;
    case 'resource':
      if (b.href === undefined && b.body === undefined)
        out.push({
          path: [...path],
          code: 'required',
          message: 'a resource needs "href" or "body"',
          hint: 'Link a file or https:// page with "href", or write the resource inline in "body".',
        });
      return;
    default:
      return;
  }
}

interface QuestionLike {
  readonly mode: 'single' | 'multiple';
  readonly options: readonly { readonly id: string }[];
  readonly correct: readonly string[];
}

function checkQuestion(q: QuestionLike, path: Path, out: Issue[]): void {
  uniqueIds(q.options, [...path, 'options'], 'option', out);
  const options = q.options.map((o) => o.id);
  q.correct.forEach((id, i) => {
    if (!options.includes(id))
      out.push({
        path: [...path, 'correct', i],
        code: 'correct-not-an-option',
        message: `correct answer "${id}" is not one of the options`,
        hint: didYouMean(id, options) ?? `The option ids are ${options.map((o) => `"${o}"`).join(', ')}.`,
      });
  });
  if (q.mode === 'single' && q.correct.length > 1)
    out.push({
      path: [...path, 'correct'],
      code: 'rule',
      message: `a single-choice question has ${q.correct.length} correct answers`,
      hint: 'Keep one correct answer, or set "mode": "multiple".',
    });
}

function checkScenario(b: ScenarioFile, path: Path, out: Issue[]): void {
  uniqueIds(b.nodes, [...path, 'nodes'], 'node', out);
  const index = new Map(b.nodes.map((n, i) => [n.id, i]));
  const nodeIds = [...index.keys()];
  const missingHint = (id: string) => didYouMean(id, nodeIds) ?? `The node ids are ${nodeIds.map((n) => `"${n}"`).join(', ')}.`;
  if (!index.has(b.start))
    out.push({
      path: [...path, 'start'],
      code: 'scenario-missing-node',
      message: `start node "${b.start}" does not exist`,
      hint: missingHint(b.start),
    });
  b.nodes.forEach((n, ni) => {
    const nPath: Path = [...path, 'nodes', ni];
    const hasChoices = (n.choices?.length ?? 0) > 0;
    if (hasChoices === (n.end !== undefined))
      out.push({
        path: nPath,
        code: 'rule',
        message: hasChoices ? `node "${n.id}" has both choices and an end` : `node "${n.id}" has neither choices nor an end`,
        hint: 'A node either offers choices or is an ending ("end"), not both.',
      });
    if (n.choices) uniqueIds(n.choices, [...nPath, 'choices'], 'choice', out);
    n.choices?.forEach((c, ci) => {
      if (!index.has(c.next))
        out.push({
          path: [...nPath, 'choices', ci, 'next'],
          code: 'scenario-missing-node',
          message: `choice "${c.id}" leads to "${c.next}", which is not a node in this scenario`,
          hint: missingHint(c.next),
        });
    });
  });
  if (!index.has(b.start)) return;
  const reached = new Set<string>([b.start]);
  const queue = [b.start];
  while (queue.length) {
    const node = b.nodes[index.get(queue.shift()!)!]!;
    for (const c of node.choices ?? [])
      if (index.has(c.next) && !reached.has(c.next)) {
        reached.add(c.next);
        queue.push(c.next);
      }
  }
  b.nodes.forEach((n, ni) => {
    if (!reached.has(n.id))
      out.push({
        path: [...path, 'nodes', ni],
        code: 'scenario-unreachable-node',
        message: `node "${n.id}" cannot be reached from the start "${b.start}"`,
        hint: 'Point a choice at it with "next", or remove it.',
      });
  });
  if (!b.nodes.some((n) => reached.has(n.id) && n.end !== undefined))
    out.push({
      path: [...path],
      code: 'scenario-no-ending',
      message: `scenario "${b.id}" has no ending the learner can reach`,
      hint: 'Give at least one reachable node an "end".',
    });
}

function uniqueIds(list: readonly { readonly id: string }[], path: Path, kind: string, out: Issue[]): void {
  const seen = new Map<string, number>();
  list.forEach((x, i) => {
    const first = seen.get(x.id);
    if (first === undefined) seen.set(x.id, i);
    else
      out.push({
        path: [...path, i, 'id'],
        code: 'duplicate-id',
        message: `duplicate ${kind} id "${x.id}"`,
        hint: 'Rename one of them.',
        related: { path: [...path, first, 'id'] },
      });
  });
}
