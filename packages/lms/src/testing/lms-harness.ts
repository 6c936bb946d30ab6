/**
 * scorm-again as the LMS, behind the strict checker, installed on a window the way a real LMS puts
 * its API there. Also a fault injector that wraps the API like a misbehaving LMS.
 */
import { Scorm12API, Scorm2004API } from 'scorm-again';
import type { Scorm12Api, Scorm2004Api } from '../scorm/api.js';
import { strictScorm12, strictScorm2004 } from './strict-checker.js';
import type { StrictChecker } from './strict-checker.js';

export type Version = 'scorm12' | 'scorm2004';
type AnyApi = Scorm12Api & Scorm2004Api;

export interface Faults {
  /** Answer "false" (with this error code) to SetValue of elements matching. */
  setFails?: { match: RegExp; code: string } | undefined;
  /** Answer "false" to Commit with this error code. */
  commitFails?: string | undefined;
  /** Throw from every call. */
  throws?: boolean | undefined;
  /** The LMS removed its methods. */
  gone?: boolean | undefined;
}

export interface TestLms {
  readonly version: Version;
  /** scorm-again itself, for reading back what it holds. */
  readonly lms: Scorm12API | Scorm2004API;
  readonly checker: StrictChecker<Scorm12Api> | StrictChecker<Scorm2004Api>;
  readonly faults: Faults;
  /** The object installed on the window. */
  readonly api: Scorm12Api | Scorm2004Api;
  /** The committed CMI data as JSON, to seed the next launch. */
  committed(): Record<string, unknown>;
  get(element: string): string;
  /** Removes the API from the window and its methods (the LMS vanished). */
  vanish(): void;
}

const ERROR_METHODS = new Set(['LMSGetLastError', 'GetLastError']);

export function createLms(version: Version, seed: Record<string, unknown> = {}): TestLms {
  const settings = { logLevel: 5 as const, autocommit: false };
  const lms = version === 'scorm12' ? new Scorm12API(settings) : new Scorm2004API(settings);
  lms.loadFromJSON(seed, '');
  const faults: Faults = {};
  let lastFault = '';
  const real = lms as unknown as AnyApi;
  const faulty = new Proxy(real as unknown as Record<string, unknown>, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown;
      if (typeof prop !== 'string' || typeof value !== 'function') return value;
      if (faults.gone) return undefined;
      const fn = value as (...args: string[]) => string;
      return (...args: string[]): string => {
        if (faults.throws) throw new Error('LMS exploded');
        if (ERROR_METHODS.has(prop) && lastFault) return lastFault;
        lastFault = '';
        if ((prop === 'LMSSetValue' || prop === 'SetValue') && faults.setFails?.match.test(args[0] ?? '')) {
          lastFault = faults.setFails.code;
          return 'false';
        }
        if ((prop === 'LMSCommit' || prop === 'Commit') && faults.commitFails) {
          lastFault = faults.commitFails;
          return 'false';
        }
        return fn.apply(target, args);
      };
    },
  });
  const checker =
    version === 'scorm12' ? strictScorm12(faulty as unknown as Scorm12Api) : strictScorm2004(faulty as unknown as Scorm2004Api);
  const api = checker.api;
  return {
    version,
    lms,
    checker,
    faults,
    api,
    committed: () => (lms.renderCommitCMI(true) as { cmi: Record<string, unknown> }).cmi,
    get: (element) => String((lms.getFlattenedCMI() as Record<string, unknown>)[element] ?? ''),
    vanish() {
      faults.gone = true;
    },
  };
}

export function install(win: Window, lms: TestLms): void {
  const key = lms.version === 'scorm12' ? 'API' : 'API_1484_11';
  (win as unknown as Record<string, unknown>)[key] = lms.api;
}

export function uninstall(win: Window): void {
  delete (win as unknown as Record<string, unknown>).API;
  delete (win as unknown as Record<string, unknown>).API_1484_11;
}

/** The committed data of one launch, ready to seed the next with `entry: resume`. */
export function relaunchSeed(version: Version, committed: Record<string, unknown>): Record<string, unknown> {
  const seed = structuredClone(committed);
  if (version === 'scorm12') {
    const core = seed.core as Record<string, unknown>;
    core.entry = core.exit === 'suspend' ? 'resume' : '';
    delete core.exit;
    delete core.session_time;
  } else {
    seed.entry = seed.exit === 'suspend' ? 'resume' : '';
    delete seed.exit;
    delete seed.session_time;
  }
  return seed;
}
