import type { Course } from '@haven/course';
import type { BlockState, DecodeResult, Progress, QuestionItemState } from '../types.js';
import { indexOf } from '../model/course-index.js';
import { hashBytes, hashString } from '../model/hash.js';
import { fromBase64Url, toBase64Url } from './base64url.js';
import { BitReader, BitWriter, CodecError } from './bits.js';
import { readKeySet, readSubset, writeKeySet, writeSubset } from './key-set.js';
import { normaliseForResume } from './normalise.js';

/**
 * The resume codec (format "1"): `1` + base64url(bits + 24-bit checksum).
 *
 * Bits, in order: course id hash (16), revision, seed, location, audience, time spent (s), completed at
 * (s), viewed pages, acknowledged and deferred notes, assessments, then one section per block kind
 * (question, sort, scenario, reflection, likert), each a key set followed by the states of those keys.
 * Everything is keyed by tracking keys and every section parses without the course, so a course edit
 * only drops the keys it removed. Free text never enters it. See `normaliseForResume` for what is coarsened.
 */
export const RESUME_FORMAT = '1';

const AUDIENCE_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789-';

export function encode(course: Course, progress: Progress): string {
  const p = normaliseForResume(course, progress);
  const w = new BitWriter();
  w.uint(hashString(course.id) & 0xffff, 16);
  w.expGolomb(p.revision);
  w.bit(p.seed !== undefined);
  if (p.seed !== undefined) w.uint(p.seed, 32);
  w.bit(p.location !== null);
  if (p.location !== null) w.expGolomb(p.location);
  w.bit(p.audience !== undefined);
  if (p.audience !== undefined) {
    w.expGolomb(p.audience.length);
    for (const c of p.audience) w.uint(AUDIENCE_CHARS.indexOf(c), 6);
  }
  w.expGolomb(p.timeSpentMs / 1000);
  w.bit(p.completedAt !== undefined);
  if (p.completedAt !== undefined) w.uint(Date.parse(p.completedAt) / 1000, 34);
  const u = universes(course);
  writeSubset(w, p.viewed, u.pages);
  writeSubset(w, p.notesAcknowledged, u.notes);
  writeSubset(w, p.notesDeferred, u.notes);
  const assessmentKeys = numericKeys(p.assessments);
  writeKeySet(w, assessmentKeys);
  for (const key of assessmentKeys) {
    const a = p.assessments[key]!;
    w.expGolomb(a.attempt - 1);
    w.bit(a.bestScore !== undefined);
    if (a.bestScore !== undefined) w.uint(Math.round(a.bestScore * 100), 14);
    w.bit(a.passed);
  }
  writeQuestions(w, course, p);
  const of = <K extends BlockState['kind']>(kind: K) => numericKeys(p.blocks).filter((k) => p.blocks[k]!.kind === kind) as number[];
  const sorts = of('sort');
  writeKeySet(w, sorts);
  for (const key of sorts) {
    const s = p.blocks[key] as Extract<BlockState, { kind: 'sort' }>;
    const items = numericKeys(s.placements);
    writeKeySet(w, items);
    for (const item of items) w.expGolomb(s.placements[item]!);
    w.bit(s.checked);
  }
  const scenarios = of('scenario');
  writeKeySet(w, scenarios);
  for (const key of scenarios) {
    const s = p.blocks[key] as Extract<BlockState, { kind: 'scenario' }>;
    w.expGolomb(s.path.length);
    for (const choice of s.path) w.expGolomb(choice);
  }
  writeSubset(w, of('reflection'), u.reflections);
  const likerts = of('likert');
  writeKeySet(w, likerts);
  for (const key of likerts) {
    const s = p.blocks[key] as Extract<BlockState, { kind: 'likert' }>;
    const items = numericKeys(s.values);
    writeKeySet(w, items);
    for (const item of items) w.expGolomb(s.values[item]!);
  }
  return seal(w.toBytes());
}

/** Question states: a block that is a bank of one needs only its answer; others carry their draw. */
function writeQuestions(w: BitWriter, course: Course, p: Progress): void {
  const index = indexOf(course);
  const keys = numericKeys(p.blocks).filter((k) => p.blocks[k]!.kind === 'question');
  const answers = keys.flatMap((k) => Object.values((p.blocks[k] as Extract<BlockState, { kind: 'question' }>).items));
  // Option keys are small; one width for the whole payload keeps each answer to a few bits.
  const width = Math.max(1, ...answers.flatMap((a) => a.selected.map((o) => o + 1)));
  writeKeySet(w, keys);
  w.expGolomb(width - 1);
  for (const key of keys) {
    const state = p.blocks[key] as Extract<BlockState, { kind: 'question' }>;
    const block = index.blockByKey.get(key)!.block;
    const single =
      block.type === 'question' && block.questions.length === 1 && state.draw.length === 1 && state.draw[0] === block.questions[0]!.key;
    w.bit(!single);
    if (single) writeAnswer(w, state.items[state.draw[0]!]!, width);
    else {
      writeKeySet(w, state.draw);
      for (const item of state.draw) {
        const answer = state.items[item];
        w.bit(answer !== undefined);
        if (answer) writeAnswer(w, answer, width);
      }
    }
  }
}

function writeAnswer(w: BitWriter, answer: QuestionItemState, width: number): void {
  w.expGolomb(answer.tries - 1);
  const one = answer.selected.length === 1;
  w.bit(!one);
  if (one) w.uint(answer.selected[0]!, bitsFor(width));
  else for (let o = 0; o < width; o++) w.bit(answer.selected.includes(o));
}

function bitsFor(width: number): number {
  return Math.max(1, Math.ceil(Math.log2(width)));
}

interface Universes {
  readonly pages: readonly number[];
  readonly notes: readonly number[];
  readonly reflections: readonly number[];
}

const universeCache = new WeakMap<Course, Universes>();

/** The course's keys of each kind that a subset section is written against, sorted. */
function universes(course: Course): Universes {
  let u = universeCache.get(course);
  if (!u) {
    const index = indexOf(course);
    const sorted = (keys: Iterable<number>) => [...keys].sort((a, b) => a - b);
    u = {
      pages: sorted(index.pageByKey.keys()),
      notes: sorted(index.noteKeys),
      reflections: sorted(index.tracked.filter((e) => e.block.type === 'reflection').map((e) => e.block.key)),
    };
    universeCache.set(course, u);
  }
  return u;
}

function numericKeys(record: Readonly<Record<number, unknown>>): number[] {
  return Object.keys(record)
    .map(Number)
    .sort((a, b) => a - b);
}

function checksum(bytes: Uint8Array): number {
  return hashBytes(bytes, hashString(RESUME_FORMAT)) & 0xffffff;
}

function seal(payload: Uint8Array): string {
  const sum = checksum(payload);
  const out = new Uint8Array(payload.length + 3);
  out.set(payload);
  out.set([sum >>> 16, (sum >>> 8) & 0xff, sum & 0xff], payload.length);
  return RESUME_FORMAT + toBase64Url(out);
}

const fail = (code: 'RESUME_EMPTY' | 'RESUME_FOREIGN' | 'RESUME_CORRUPT' | 'RESUME_VERSION', message: string): DecodeResult => ({
  ok: false,
  code,
  message,
});

/** Whole progress or a typed error: never a half-restored state, never a throw. */
export function decode(course: Course, input: string): DecodeResult {
  // Some LMSs pad stored strings; the format itself never contains whitespace.
  const data = typeof input === 'string' ? input.trim() : '';
  if (data === '') return fail('RESUME_EMPTY', 'There is no resume data.');
  const version = data[0]!;
  if (version !== RESUME_FORMAT) {
    return /[0-9]/.test(version)
      ? fail('RESUME_VERSION', `Resume data format "${version}" is not supported by this player.`)
      : fail('RESUME_CORRUPT', 'The resume data is not in a format this player knows.');
  }
  const bytes = fromBase64Url(data.slice(1));
  if (!bytes || bytes.length < 6) return fail('RESUME_CORRUPT', 'The resume data is damaged (bad characters or length).');
  const payload = bytes.subarray(0, bytes.length - 3);
  const sum = (bytes[bytes.length - 3]! << 16) | (bytes[bytes.length - 2]! << 8) | bytes[bytes.length - 1]!;
  if (checksum(payload) !== sum) return fail('RESUME_CORRUPT', 'The resume data is damaged (checksum mismatch).');
  try {
    const r = new BitReader(payload);
    if (r.uint(16) !== (hashString(course.id) & 0xffff)) return fail('RESUME_FOREIGN', 'The resume data belongs to another course.');
    const progress = read(r, course);
    if (r.remaining >= 8 || (r.remaining > 0 && r.uint(r.remaining) !== 0)) throw new CodecError('trailing data');
    return { ok: true, progress: normaliseForResume(course, progress) };
  } catch (error) {
    if (error instanceof CodecError) return fail('RESUME_CORRUPT', `The resume data is damaged (${error.message}).`);
    return fail('RESUME_CORRUPT', 'The resume data could not be read.');
  }
}

function read(r: BitReader, course: Course): Progress {
  const index = indexOf(course);
  const revision = r.expGolomb();
  const seed = r.bit() ? r.uint(32) : undefined;
  const location = r.bit() ? r.expGolomb() : null;
  let audience: string | undefined;
  if (r.bit()) {
    const n = r.expGolomb();
    if (n > 64) throw new CodecError('audience too long');
    audience = '';
    for (let i = 0; i < n; i++) {
      const c = AUDIENCE_CHARS[r.uint(6)];
      if (c === undefined) throw new CodecError('bad audience');
      audience += c;
    }
  }
  const timeSpentMs = r.expGolomb() * 1000;
  const completedAt = r.bit() ? new Date(r.uint(34) * 1000).toISOString() : undefined;
  const u = universes(course);
  const viewed = readSubset(r, u.pages);
  const notesAcknowledged = readSubset(r, u.notes);
  const notesDeferred = readSubset(r, u.notes);
  const assessments: Record<number, Progress['assessments'][number]> = {};
  for (const key of readKeySet(r)) {
    const attempt = r.expGolomb() + 1;
    const best = r.bit() ? r.uint(14) / 100 : undefined;
    if (best !== undefined && best > 100) throw new CodecError('score above 100');
    assessments[key] = { attempt, ...(best === undefined ? {} : { bestScore: best }), passed: r.bit() === 1 };
  }
  const blocks: Record<number, BlockState> = {};
  const questionKeys = readKeySet(r);
  const width = r.expGolomb() + 1;
  if (width > 64) throw new CodecError('option width too large');
  for (const key of questionKeys) {
    const block = index.blockByKey.get(key)?.block;
    if (r.bit() === 0) {
      const answer = readAnswer(r, width);
      // A bank of one: the item is the block's only question, when the course still has exactly one.
      if (block?.type === 'question' && block.questions.length === 1) {
        const item = block.questions[0]!;
        blocks[key] = { kind: 'question', draw: [item.key], items: { [item.key]: answer } };
      }
    } else {
      const draw = readKeySet(r);
      const items: Record<number, QuestionItemState> = {};
      for (const item of draw) if (r.bit()) items[item] = readAnswer(r, width);
      blocks[key] = { kind: 'question', draw, items };
    }
  }
  for (const key of readKeySet(r)) {
    const placements: Record<number, number> = {};
    for (const item of readKeySet(r)) placements[item] = r.expGolomb();
    blocks[key] = { kind: 'sort', placements, checked: r.bit() === 1, correctCount: 0 };
  }
  for (const key of readKeySet(r)) {
    const n = r.expGolomb();
    if (n > r.remaining) throw new CodecError('path longer than the data');
    const path: number[] = [];
    for (let i = 0; i < n; i++) path.push(r.expGolomb());
    blocks[key] = { kind: 'scenario', path, ended: false };
  }
  for (const key of readSubset(r, u.reflections)) blocks[key] = { kind: 'reflection', done: true };
  for (const key of readKeySet(r)) {
    const values: Record<number, number> = {};
    for (const item of readKeySet(r)) values[item] = r.expGolomb();
    blocks[key] = { kind: 'likert', values, at: '' };
  }
  return {
    courseId: course.id,
    revision,
    location,
    ...(audience === undefined ? {} : { audience }),
    viewed,
    notesAcknowledged,
    notesDeferred,
    blocks,
    assessments,
    timeSpentMs,
    ...(completedAt === undefined ? {} : { completedAt }),
    ...(seed === undefined ? {} : { seed }),
  };
}

function readAnswer(r: BitReader, width: number): QuestionItemState {
  const tries = r.expGolomb() + 1;
  const selected: number[] = [];
  if (r.bit() === 0) selected.push(r.uint(bitsFor(width)));
  else for (let o = 0; o < width; o++) if (r.bit()) selected.push(o);
  // correct/final are recomputed from the course by normaliseForResume.
  return { selected, tries, correct: false, final: false, at: '', latencyMs: 0 };
}
