/**
 * What differs between SCORM 1.2 and 2004: element names, limits, status vocabularies and launch
 * data. Everything else in the bridge is shared.
 */
import type { Course, QuestionItem } from '@haven/course';
import type { InteractionRecord, Projection } from '@haven/engine';
import type { LaunchData, LaunchMode } from '../bridge.js';
import { decimal, duration2004, timespan12 } from './formats.js';
import { fields12, fields2004, indexQuestionItems } from './interactions.js';
import type { Field } from './interactions.js';

export type Pair = readonly [element: string, value: string];
export type Reader = (element: string) => string | undefined;

export interface Dialect {
  readonly suspendLimit: number;
  readonly locationLimit: number;
  readonly locationElement: string;
  readonly suspendElement: string;
  /** Interaction ids can be read back (2004) or not (1.2, write-only). */
  readonly readableInteractions: boolean;
  readLaunch(read: Reader): LaunchData;
  /** Score (before status), then statuses; `prior` guards against moving a status backwards. */
  statusPairs(projection: Projection, prior: LaunchData['prior']): Pair[];
  /** session_time and exit. */
  sessionPairs(sessionMs: number, done: boolean): Pair[];
  interactionFields(record: InteractionRecord): Field[];
}

const num = (value: string | undefined): number | undefined => {
  if (value === undefined || value.trim() === '') return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
};

const asMode = (value: string | undefined): LaunchMode => (value === 'browse' || value === 'review' ? value : 'normal');
const asEntry = (value: string | undefined): LaunchData['entry'] => (value === 'ab-initio' || value === 'resume' ? value : '');

const COMPLETION_RANK: Readonly<Record<string, number>> = {
  'not-attempted': 0,
  unknown: 0,
  incomplete: 1,
  completed: 2,
};

function scorePairs(prefix: string, projection: Projection, scaled: boolean): Pair[] {
  const score = projection.score;
  if (!score) return [];
  const pairs: Pair[] = [
    [`${prefix}.min`, decimal(score.min)],
    [`${prefix}.max`, decimal(score.max)],
    [`${prefix}.raw`, decimal(Math.min(score.max, Math.max(score.min, score.raw)))],
  ];
  if (scaled) pairs.push([`${prefix}.scaled`, decimal(Math.min(1, Math.max(-1, score.scaled)), 4)]);
  return pairs;
}

export function scorm12Dialect(course: Course): Dialect {
  const items: ReadonlyMap<string, QuestionItem> = indexQuestionItems(course);
  return {
    suspendLimit: 4096,
    locationLimit: 255,
    locationElement: 'cmi.core.lesson_location',
    suspendElement: 'cmi.suspend_data',
    readableInteractions: false,
    readLaunch(read) {
      const status = read('cmi.core.lesson_status') ?? '';
      const credit = read('cmi.core.credit');
      return {
        entry: asEntry(read('cmi.core.entry')),
        location: read('cmi.core.lesson_location') ?? '',
        suspendData: read('cmi.suspend_data') ?? '',
        learnerId: read('cmi.core.student_id') ?? '',
        learnerName: read('cmi.core.student_name') ?? '',
        mode: asMode(read('cmi.core.lesson_mode')),
        credit: credit === 'no-credit' ? 'no-credit' : 'credit',
        ...optional('masteryScore', num(read('cmi.student_data.mastery_score'))),
        prior: {
          completion:
            status === 'passed' || status === 'completed' || status === 'failed'
              ? 'completed'
              : status === 'incomplete' || status === 'browsed'
                ? 'incomplete'
                : 'not-attempted',
          success: status === 'passed' || status === 'failed' ? status : 'unknown',
          ...optional('score', num(read('cmi.core.score.raw'))),
        },
      };
    },
    statusPairs(projection, prior) {
      // One field for completion and success: passed/failed when assessed, else completed/incomplete.
      const status =
        projection.success !== 'unknown' ? projection.success : projection.completion === 'completed' ? 'completed' : 'incomplete';
      const pairs = scorePairs('cmi.core.score', projection, false);
      if (statusRank12(status) >= statusRank12(priorStatus12(prior))) pairs.push(['cmi.core.lesson_status', status]);
      return pairs;
    },
    sessionPairs(sessionMs, done) {
      return [
        ['cmi.core.session_time', timespan12(sessionMs)],
        ['cmi.core.exit', done ? '' : 'suspend'],
      ];
    },
    interactionFields: (record) => fields12(record, items),
  };
}

function priorStatus12(prior: LaunchData['prior']): string {
  if (prior.success !== 'unknown') return prior.success;
  return prior.completion === 'completed' ? 'completed' : prior.completion === 'incomplete' ? 'incomplete' : '';
}

/** passed is never taken back; completed/failed never go back to incomplete. */
function statusRank12(status: string): number {
  return status === 'passed' ? 3 : status === 'completed' || status === 'failed' ? 2 : status === 'incomplete' ? 1 : 0;
}

export function scorm2004Dialect(course: Course): Dialect {
  return {
    suspendLimit: 64000,
    locationLimit: 1000,
    locationElement: 'cmi.location',
    suspendElement: 'cmi.suspend_data',
    readableInteractions: true,
    readLaunch(read) {
      const completion = read('cmi.completion_status');
      const success = read('cmi.success_status');
      const scaled = num(read('cmi.score.scaled'));
      const raw = num(read('cmi.score.raw'));
      return {
        entry: asEntry(read('cmi.entry')),
        location: read('cmi.location') ?? '',
        suspendData: read('cmi.suspend_data') ?? '',
        learnerId: read('cmi.learner_id') ?? '',
        learnerName: read('cmi.learner_name') ?? '',
        mode: asMode(read('cmi.mode')),
        credit: read('cmi.credit') === 'no-credit' ? 'no-credit' : 'credit',
        ...optional('completionThreshold', num(read('cmi.completion_threshold'))),
        ...optional('scaledPassingScore', num(read('cmi.scaled_passing_score'))),
        prior: {
          completion:
            completion === 'completed' || completion === 'incomplete'
              ? completion
              : completion === 'not attempted'
                ? 'not-attempted'
                : 'unknown',
          success: success === 'passed' || success === 'failed' ? success : 'unknown',
          ...optional('score', raw ?? (scaled === undefined ? undefined : scaled * 100)),
        },
      };
    },
    statusPairs(projection, prior) {
      const pairs = scorePairs('cmi.score', projection, true);
      const completed = projection.completion === 'completed';
      // The LMS re-evaluates completion from progress_measure against completion_threshold, so a
      // course our rules call complete reports a whole measure.
      pairs.push(['cmi.progress_measure', decimal(completed ? 1 : Math.min(1, Math.max(0, projection.progress)), 4)]);
      const completion = completed ? 'completed' : 'incomplete';
      if ((COMPLETION_RANK[completion] ?? 0) >= (COMPLETION_RANK[prior.completion] ?? 0)) {
        pairs.push(['cmi.completion_status', completion]);
      }
      const keepPassed = prior.success === 'passed' && projection.success !== 'passed';
      const dropsToUnknown = prior.success !== 'unknown' && projection.success === 'unknown';
      if (!keepPassed && !dropsToUnknown) pairs.push(['cmi.success_status', projection.success]);
      return pairs;
    },
    sessionPairs(sessionMs, done) {
      return [
        ['cmi.session_time', duration2004(sessionMs)],
        ['cmi.exit', done ? 'normal' : 'suspend'],
      ];
    },
    interactionFields: (record) => fields2004(record, course.lang),
  };
}

function optional<K extends string>(key: K, value: number | undefined): Partial<Record<K, number>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, number>);
}
