/**
 * Interaction records -> CMI fields, in each version's exact formats.
 *
 * SCORM 1.2 choice responses are single characters. Each option of a question item gets one from
 * `a..z` then `0..9` by its rank when the item's options are sorted by tracking key. Keys are
 * append-only, so adding options never changes the letters of existing ones; removing one shifts the
 * later letters (older LMS records keep their letters). An item with more than 36 options, or an
 * answer naming an unknown option, is reported as `fill-in` with the option ids instead.
 */
import type { Course, QuestionItem } from '@haven/course';
import type { InteractionRecord } from '@haven/engine';
import { decimal, duration2004, identifier12, identifier2004, localized2004, time12, timespan12, timestamp2004 } from './formats.js';

const CHARS_12 = 'abcdefghijklmnopqrstuvwxyz0123456789';

export type Field = readonly [suffix: string, value: string];

/** `${blockId}.${itemId}` -> question item, for the 1.2 option letters. */
export function indexQuestionItems(course: Course): ReadonlyMap<string, QuestionItem> {
  const items = new Map<string, QuestionItem>();
  for (const module of course.modules) {
    for (const page of module.pages) {
      for (const block of page.blocks) {
        if (block.type !== 'question') continue;
        for (const item of block.questions) items.set(`${block.id}.${item.id}`, item);
      }
    }
  }
  return items;
}

/** Option id -> single character, or undefined when the item cannot be mapped. */
export function optionLetters(item: QuestionItem): ReadonlyMap<string, string> | undefined {
  if (item.options.length > CHARS_12.length) return undefined;
  const sorted = [...item.options].sort((a, b) => a.key - b.key);
  return new Map(sorted.map((option, rank) => [option.id, CHARS_12[rank] as string]));
}

function letters(ids: readonly string[], map: ReadonlyMap<string, string>): string | undefined {
  const out: string[] = [];
  for (const id of ids) {
    const letter = map.get(id);
    if (letter === undefined) return undefined;
    out.push(letter);
  }
  return out.join(',');
}

/** 1.2 likert responses are one character: 0-9, then a-z for 10-35. */
function likert12(value: string): string | undefined {
  const n = Number(value);
  return Number.isInteger(n) && n >= 0 && n < 36 ? n.toString(36) : undefined;
}

/** The 1.2 fields for one record, `id` and `type` first. */
export function fields12(record: InteractionRecord, items: ReadonlyMap<string, QuestionItem>): Field[] {
  let type: string = record.type;
  let response: string | undefined;
  let pattern: string | undefined;
  if (record.type === 'choice') {
    const item = items.get(record.id);
    const map = item ? optionLetters(item) : undefined;
    response = map ? letters(record.response, map) : undefined;
    pattern = map && record.correctResponse ? letters(record.correctResponse, map) : undefined;
  } else {
    response = record.response[0] === undefined ? undefined : likert12(record.response[0]);
  }
  if (response === undefined) {
    type = 'fill-in';
    response = record.response.join(',').slice(0, 255);
    pattern = undefined;
  }
  const result = record.result === 'incorrect' ? 'wrong' : record.result;
  const out: Field[] = [
    ['id', identifier12(record.id)],
    ['type', type],
    ['time', time12(record.timestamp)],
    ['weighting', decimal(record.weighting)],
    ['student_response', response],
  ];
  if (pattern !== undefined) out.push(['correct_responses.0.pattern', pattern]);
  out.push(['result', result], ['latency', timespan12(record.latencyMs)]);
  return out;
}

/** The 2004 fields for one record, `id` and `type` first (else the LMS answers 408). */
export function fields2004(record: InteractionRecord, lang: string): Field[] {
  const response = record.response.map((r) => r.replace(/\s/g, '_')).join('[,]');
  const out: Field[] = [
    ['id', identifier2004(record.id)],
    ['type', record.type],
    ['timestamp', timestamp2004(record.timestamp)],
    ['weighting', decimal(record.weighting)],
    ['learner_response', response],
  ];
  if (record.type === 'choice' && record.correctResponse) {
    out.push(['correct_responses.0.pattern', record.correctResponse.map((r) => r.replace(/\s/g, '_')).join('[,]')]);
  }
  out.push(['result', record.result], ['latency', duration2004(record.latencyMs)]);
  if (record.description) out.push(['description', localized2004(record.description, lang)]);
  return out;
}
