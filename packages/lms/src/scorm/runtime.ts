/**
 * One guarded door to the LMS's API object for both SCORM versions. Every call is wrapped: a "false"
 * answer is turned into a typed failure with the LMS's error code and text, an exception thrown by
 * the LMS into LMS_EXCEPTION, and vanished methods or a closed LMS window into LMS_GONE.
 */
import { OK, failure } from '../bridge.js';
import type { BridgeErrorCode, BridgeFailure, BridgeResult } from '../bridge.js';
import type { FoundApi } from './api.js';
import { isAlive } from './discover.js';

export type GetResult = { readonly ok: true; readonly value: string } | BridgeFailure;

type Method = 'init' | 'finish' | 'get' | 'set' | 'commit' | 'error' | 'errorString';

const NAMES: Readonly<Record<'scorm12' | 'scorm2004', Readonly<Record<Method, string>>>> = {
  scorm12: {
    init: 'LMSInitialize',
    finish: 'LMSFinish',
    get: 'LMSGetValue',
    set: 'LMSSetValue',
    commit: 'LMSCommit',
    error: 'LMSGetLastError',
    errorString: 'LMSGetErrorString',
  },
  scorm2004: {
    init: 'Initialize',
    finish: 'Terminate',
    get: 'GetValue',
    set: 'SetValue',
    commit: 'Commit',
    error: 'GetLastError',
    errorString: 'GetErrorString',
  },
};

/**
 * API objects this page has initialised and not yet finished. A player started again in the same page
 * (Try again, or the element put back) carries on with that session: SCORM allows one per launch, and
 * an LMS refuses a second initialise.
 */
const openSessions = new WeakSet<object>();

export class ScormRuntime {
  readonly version: 'scorm12' | 'scorm2004';
  readonly #found: FoundApi;

  constructor(found: FoundApi) {
    this.#found = found;
    this.version = found.version;
  }

  /** True while the API can still be reached. */
  get alive(): boolean {
    return isAlive(this.#found);
  }

  initialize(): BridgeResult {
    if (openSessions.has(this.#found.api)) return OK;
    const result = this.#expectTrue('init', ['']);
    if (result.ok) openSessions.add(this.#found.api);
    return result;
  }

  finish(): BridgeResult {
    openSessions.delete(this.#found.api);
    return this.#expectTrue('finish', ['']);
  }

  commit(): BridgeResult {
    return this.#expectTrue('commit', ['']);
  }

  set(element: string, value: string): BridgeResult {
    return this.#expectTrue('set', [element, value], element);
  }

  /** Reads a value; an empty answer with a non-zero error code is a failure (e.g. element not supported). */
  get(element: string): GetResult {
    const called = this.#call('get', [element]);
    if (!called.ok) return called;
    const value = typeof called.value === 'string' ? called.value : String(called.value ?? '');
    if (value === '') {
      const code = this.#lastError();
      if (code !== '' && code !== '0') return this.#lmsFailure('LMS_SET_FAILED', code, `reading ${element}`);
    }
    return { ok: true, value };
  }

  #expectTrue(method: Method, args: readonly string[], element?: string): BridgeResult {
    const called = this.#call(method, args);
    if (!called.ok) return called;
    // Some LMSs answer booleans rather than the strings SCORM defines.
    if (called.value === 'true' || called.value === true) return OK;
    const code = this.#lastError();
    const what = element ? `${this.#name(method)}(${element})` : this.#name(method);
    return this.#lmsFailure(CODE_FOR[method], code, what);
  }

  #call(method: Method, args: readonly string[]): { ok: true; value: unknown } | BridgeFailure {
    const name = this.#name(method);
    let fn: unknown;
    try {
      if (this.#found.owner.closed) return failure('LMS_GONE', 'The LMS window has closed.');
      fn = (this.#found.api as unknown as Record<string, unknown>)[name];
    } catch {
      return failure('LMS_GONE', 'The LMS window can no longer be reached.');
    }
    if (typeof fn !== 'function') return failure('LMS_GONE', `The LMS no longer offers ${name}.`);
    try {
      return { ok: true, value: (fn as (...a: string[]) => unknown).apply(this.#found.api, [...args]) };
    } catch (error) {
      return failure('LMS_EXCEPTION', `${name} threw: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  #lastError(): string {
    const called = this.#call('error', []);
    return called.ok && called.value !== null && called.value !== undefined ? String(called.value) : '';
  }

  #lmsFailure(code: BridgeErrorCode, lmsError: string, what: string): BridgeFailure {
    let text = '';
    if (lmsError !== '' && lmsError !== '0') {
      const described = this.#call('errorString', [lmsError]);
      if (described.ok && typeof described.value === 'string') text = described.value;
    }
    const detail = lmsError ? ` (LMS error ${lmsError}${text ? `: ${text}` : ''})` : '';
    return failure(code, `${what} was refused${detail}.`, lmsError || undefined);
  }

  #name(method: Method): string {
    return NAMES[this.version][method];
  }
}

const CODE_FOR: Readonly<Record<Method, BridgeErrorCode>> = {
  init: 'LMS_INIT_FAILED',
  finish: 'LMS_COMMIT_FAILED',
  get: 'LMS_SET_FAILED',
  set: 'LMS_SET_FAILED',
  commit: 'LMS_COMMIT_FAILED',
  error: 'LMS_EXCEPTION',
  errorString: 'LMS_EXCEPTION',
};
