/**
 * A strict SCORM conformance checker for tests. It wraps an LMS API object (scorm-again in our tests)
 * and records every value that breaks a spec limit the LMS let through: scorm-again is deliberately
 * lenient (1.2 suspend_data up to 64,000, ids with spaces, `incorrect` turned into `wrong`), real
 * LMSs are not. Call `assertClean()` after each test.
 */
import type { Scorm12Api, Scorm2004Api } from '../scorm/api.js';

const TIMESPAN_12 = /^\d{2,4}:[0-5]\d:[0-5]\d(\.\d{1,2})?$/;
const TIME_12 = /^([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,2})?$/;
const DURATION_2004 = /^P(?!$)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?)?$/;
const TIMESTAMP_2004 = /^\d{4}(-\d{2}(-\d{2}(T\d{2}(:\d{2}(:\d{2}(\.\d{1,2})?)?)?)?)?)?(Z|[+-]\d{2}(:\d{2})?)?$/;
const STATUS_12 = new Set(['passed', 'completed', 'failed', 'incomplete', 'browsed']);
const RESULT_12 = new Set(['correct', 'wrong', 'unanticipated', 'neutral']);
const RESULT_2004 = new Set(['correct', 'incorrect', 'unanticipated', 'neutral']);
const TYPES_12 = new Set(['true-false', 'choice', 'fill-in', 'matching', 'performance', 'sequencing', 'likert', 'numeric']);
const TYPES_2004 = new Set([...TYPES_12, 'long-fill-in', 'other']);
const CHOICE_12 = /^[a-z0-9](,[a-z0-9])*$/;
const SHORT_ID = /^[^\s,[\]]{1,250}$/;

const isDecimal = (v: string): boolean => v.trim() !== '' && Number.isFinite(Number(v));

export interface StrictChecker<A> {
  /** Put this object where the SCO will find it (window.API / window.API_1484_11). */
  readonly api: A;
  readonly violations: readonly string[];
  /** Every call the SCO made, in order: "SetValue cmi.location=p1", "Commit". */
  readonly calls: readonly string[];
  /** Throws listing every violation, if any. */
  assertClean(): void;
}

interface CommitWindow {
  scoreSetAt: number;
  statusSetAt: number;
  seq: number;
}

export function strictScorm12(inner: Scorm12Api): StrictChecker<Scorm12Api> {
  return wrap(inner, '1.2');
}

export function strictScorm2004(inner: Scorm2004Api): StrictChecker<Scorm2004Api> {
  return wrap(inner, '2004');
}

function wrap<A extends Scorm12Api | Scorm2004Api>(inner: A, version: '1.2' | '2004'): StrictChecker<A> {
  const violations: string[] = [];
  const calls: string[] = [];
  const interactionTypes = new Map<string, string>();
  const interactionIdsSet = new Set<string>();
  let initialized = 0;
  let terminated = 0;
  const win: CommitWindow = { scoreSetAt: -1, statusSetAt: -1, seq: 0 };
  const flag = (message: string): void => {
    violations.push(message);
  };
  const names =
    version === '1.2'
      ? { init: 'LMSInitialize', finish: 'LMSFinish', set: 'LMSSetValue', commit: 'LMSCommit', get: 'LMSGetValue' }
      : { init: 'Initialize', finish: 'Terminate', set: 'SetValue', commit: 'Commit', get: 'GetValue' };

  const checkCommitOrder = (): void => {
    // The status must be set after the score when both change before one commit (LMSs grade on commit).
    if (win.scoreSetAt > -1 && win.statusSetAt > -1 && win.statusSetAt < win.scoreSetAt) {
      flag('status set before the score in the same commit');
    }
    win.scoreSetAt = win.statusSetAt = -1;
  };

  const checkValue = (element: string, value: string): void => {
    if (typeof element !== 'string' || typeof value !== 'string') {
      flag(`${names.set}: non-string argument for ${String(element)}`);
      return;
    }
    const seq = ++win.seq;
    const interaction = /^cmi\.interactions\.(\d+)\.(.+)$/.exec(element);
    if (version === '1.2') {
      if (element === 'cmi.suspend_data' && value.length > 4096) flag(`1.2 suspend_data is ${value.length} > 4096 characters`);
      if (element === 'cmi.core.lesson_location' && value.length > 255) flag(`1.2 lesson_location is ${value.length} > 255`);
      if (element === 'cmi.core.session_time' && !TIMESPAN_12.test(value)) flag(`1.2 session_time "${value}" is not HHHH:MM:SS.SS`);
      if (element === 'cmi.core.exit' && !['', 'suspend', 'logout', 'time-out'].includes(value)) flag(`1.2 exit "${value}"`);
      if (element === 'cmi.core.lesson_status') {
        if (!STATUS_12.has(value)) flag(`1.2 lesson_status "${value}" is not one a SCO may set`);
        win.statusSetAt = seq;
      }
      if (/^cmi\.core\.score\.(raw|min|max)$/.test(element)) {
        if (!isDecimal(value) || Number(value) < 0 || Number(value) > 100) flag(`1.2 ${element} "${value}" is not 0..100`);
        win.scoreSetAt = seq;
      }
    } else {
      if (element === 'cmi.suspend_data' && value.length > 64000) flag(`2004 suspend_data is ${value.length} > 64000`);
      if (element === 'cmi.location' && value.length > 1000) flag(`2004 location is ${value.length} > 1000`);
      if (element === 'cmi.session_time' && !DURATION_2004.test(value)) flag(`2004 session_time "${value}" is not PT#H#M#S`);
      if (element === 'cmi.exit' && !['', 'suspend', 'logout', 'time-out', 'normal'].includes(value)) flag(`2004 exit "${value}"`);
      if (element === 'cmi.completion_status') {
        if (!['completed', 'incomplete', 'not attempted', 'unknown'].includes(value)) flag(`2004 completion_status "${value}"`);
        win.statusSetAt = seq;
      }
      if (element === 'cmi.success_status') {
        if (!['passed', 'failed', 'unknown'].includes(value)) flag(`2004 success_status "${value}"`);
        win.statusSetAt = seq;
      }
      if (element === 'cmi.score.scaled') {
        if (!isDecimal(value) || Math.abs(Number(value)) > 1) flag(`2004 score.scaled "${value}" is not -1..1`);
        win.scoreSetAt = seq;
      }
      if (/^cmi\.score\.(raw|min|max)$/.test(element)) {
        if (!isDecimal(value)) flag(`2004 ${element} "${value}" is not a number`);
        win.scoreSetAt = seq;
      }
      if (element === 'cmi.progress_measure' && (!isDecimal(value) || Number(value) < 0 || Number(value) > 1)) {
        flag(`2004 progress_measure "${value}" is not 0..1`);
      }
    }
    if (interaction) checkInteraction(interaction[1] as string, interaction[2] as string, value);
  };

  const checkInteraction = (index: string, field: string, value: string): void => {
    const key = `${index}`;
    if (field !== 'id' && !interactionIdsSet.has(key)) flag(`interactions.${index}.${field} set before its id`);
    if (field === 'id') {
      interactionIdsSet.add(key);
      if (/\s/.test(value) || value.length === 0) flag(`interaction id "${value}" is empty or has whitespace`);
      if (version === '1.2' && value.length > 255) flag(`1.2 interaction id is ${value.length} > 255`);
      if (version === '2004' && value.length > 4000) flag(`2004 interaction id is ${value.length} > 4000`);
    } else if (field === 'type') {
      if (!(version === '1.2' ? TYPES_12 : TYPES_2004).has(value)) flag(`interaction type "${value}"`);
      interactionTypes.set(key, value);
    } else if (field === 'time' && version === '1.2') {
      if (!TIME_12.test(value)) flag(`1.2 interaction time "${value}" is not HH:MM:SS`);
    } else if (field === 'timestamp' && version === '2004') {
      if (!TIMESTAMP_2004.test(value)) flag(`2004 interaction timestamp "${value}"`);
    } else if (field === 'latency') {
      if (!(version === '1.2' ? TIMESPAN_12 : DURATION_2004).test(value)) flag(`${version} latency "${value}"`);
    } else if (field === 'result') {
      const ok = (version === '1.2' ? RESULT_12 : RESULT_2004).has(value) || isDecimal(value);
      if (!ok) flag(`${version} interaction result "${value}"`);
    } else if (field === 'student_response' || field === 'learner_response' || /^correct_responses\.\d+\.pattern$/.test(field)) {
      if (version === '2004' && field === 'student_response') flag('student_response is a 1.2 element');
      if (version === '1.2' && field === 'learner_response') flag('learner_response is a 2004 element');
      if (!interactionTypes.has(key)) flag(`interactions.${index}.${field} set before its type`);
      const type = interactionTypes.get(key);
      if (type === 'choice') {
        if (version === '1.2' && !CHOICE_12.test(value)) flag(`1.2 choice response "${value}" is not comma-separated single characters`);
        if (version === '2004') {
          const parts = value.split('[,]');
          if (!parts.every((p) => SHORT_ID.test(p))) flag(`2004 choice response "${value}" is not [,]-delimited identifiers`);
        }
      }
      if (type === 'likert') {
        if (version === '1.2' && !/^[a-z0-9]$/.test(value)) flag(`1.2 likert response "${value}" is not one character`);
        if (version === '2004' && !SHORT_ID.test(value)) flag(`2004 likert response "${value}"`);
      }
      if (type === 'fill-in' && version === '1.2' && value.length > 255) flag('1.2 fill-in response > 255');
    } else if (field === 'description' && version === '2004') {
      const text = value.replace(/^\{lang=[^}]*\}/, '');
      if (text.length > 250) flag(`2004 interaction description is ${text.length} > 250`);
    }
  };

  const target = inner as unknown as Record<string, (...args: string[]) => string>;
  const proxy = new Proxy(target, {
    get(obj, prop, receiver) {
      const value = Reflect.get(obj, prop, receiver) as unknown;
      if (typeof prop !== 'string' || typeof value !== 'function') return value;
      const fn = value as (...args: string[]) => string;
      return (...args: string[]): string => {
        if (prop === names.init) {
          calls.push(prop);
          if (++initialized > 1) flag(`${prop} called ${initialized} times`);
          if (terminated) flag(`${prop} after ${names.finish}`);
        } else if (prop === names.finish) {
          calls.push(prop);
          checkCommitOrder();
          if (++terminated > 1) flag(`${prop} called ${terminated} times`);
        } else if (prop === names.set) {
          calls.push(`${prop} ${args[0]}=${args[1]}`);
          if (terminated) flag(`${prop}(${args[0]}) after ${names.finish}`);
          if (!initialized) flag(`${prop}(${args[0]}) before ${names.init}`);
          checkValue(args[0] as string, args[1] as string);
        } else if (prop === names.commit) {
          calls.push(prop);
          if (terminated) flag(`${prop} after ${names.finish}`);
          checkCommitOrder();
        } else if (prop === names.get) {
          if (terminated) flag(`${prop}(${args[0]}) after ${names.finish}`);
        }
        if ((prop === names.init || prop === names.finish || prop === names.commit) && args[0] !== '') {
          flag(`${prop} called without the "" argument`);
        }
        const answer = fn.apply(obj, args);
        if (prop === names.init && answer === 'true') {
          // Interactions the LMS already holds may be updated without re-sending id and type.
          const count = Number(target[names.get]?.call(obj, 'cmi.interactions._count') ?? 0);
          for (let i = 0; i < count; i++) {
            interactionIdsSet.add(String(i));
            const type = version === '2004' ? target[names.get]?.call(obj, `cmi.interactions.${i}.type`) : '';
            if (type) interactionTypes.set(String(i), type);
          }
        }
        return answer;
      };
    },
  });

  return {
    api: proxy as unknown as A,
    get violations() {
      return violations;
    },
    get calls() {
      return calls;
    },
    assertClean() {
      if (violations.length) throw new Error(`SCORM strict checker:\n  ${violations.join('\n  ')}`);
    },
  };
}
