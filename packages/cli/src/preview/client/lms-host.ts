/**
 * scorm-again playing the LMS on the preview page, as Moodle's player does: one API object per launch
 * on `window.API` (1.2) or `window.API_1484_11` (2004), seeded with what the LMS holds for the learner.
 */
import { Scorm12API, Scorm2004API } from 'scorm-again';

export type ScormVersion = '1.2' | '2004';
export type Cmi = Record<string, unknown>;

/** The SCORM limits scorm-again does not enforce (it accepts 64,000 characters of 1.2 suspend data). */
export const LIMITS: Readonly<Record<ScormVersion, { suspendData: number; location: number }>> = {
  '1.2': { suspendData: 4096, location: 255 },
  '2004': { suspendData: 64000, location: 1000 },
};

export const LEARNER = { id: 'preview-learner', name: 'Learner, Preview' };

export interface LmsCall {
  readonly at: Date;
  readonly call: string;
  readonly element?: string;
  readonly value?: string;
}

/** One launch's LMS: the API object, what it was told, and what was last committed. */
export class PreviewLms {
  readonly api: Scorm12API | Scorm2004API;
  readonly calls: LmsCall[] = [];
  commits = 0;
  initialised = false;
  finished = false;
  /** The CMI data as of the last commit (or finish): what a relaunch resumes from. */
  lastCommitted: Cmi | undefined;

  constructor(
    readonly version: ScormVersion,
    seed: Cmi,
    private readonly onChange: () => void,
  ) {
    const settings = { logLevel: 5 as const, autocommit: false };
    this.api = version === '1.2' ? new Scorm12API(settings) : new Scorm2004API(settings);
    this.api.loadFromJSON(seed, '');
    const [init, set, commit, finish] =
      version === '1.2' ? ['LMSInitialize', 'LMSSetValue', 'LMSCommit', 'LMSFinish'] : ['Initialize', 'SetValue', 'Commit', 'Terminate'];
    this.api.on(init, () => {
      this.initialised = true;
      this.log(init);
    });
    this.api.on(`${set}.cmi.*`, (element: string, value: unknown) => this.log(set, element, String(value)));
    this.api.on(commit, () => {
      this.commits += 1;
      this.lastCommitted = this.committedNow();
      this.log(commit);
    });
    this.api.on(finish, () => {
      this.finished = true;
      this.lastCommitted = this.committedNow();
      this.log(finish);
    });
  }

  install(win: Window): void {
    const slot = win as unknown as Record<string, unknown>;
    delete slot.API;
    delete slot.API_1484_11;
    slot[this.version === '1.2' ? 'API' : 'API_1484_11'] = this.api;
  }

  /** Every CMI element as `cmi.x.y` -> value. */
  flat(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [key, value] of Object.entries(this.api.getFlattenedCMI() as Record<string, unknown>))
      if (typeof value === 'string' || typeof value === 'number') out[key] = String(value);
    return out;
  }

  private committedNow(): Cmi {
    return structuredClone((this.api.renderCommitCMI(true) as { cmi: Cmi }).cmi);
  }

  private log(call: string, element?: string, value?: string): void {
    this.calls.push({ at: new Date(), call, ...(element !== undefined ? { element } : {}), ...(value !== undefined ? { value } : {}) });
    if (this.calls.length > 200) this.calls.shift();
    this.onChange();
  }
}

/** What the LMS holds for a learner who has never opened the course. */
export function firstLaunchSeed(version: ScormVersion): Cmi {
  return version === '1.2'
    ? {
        core: {
          student_id: LEARNER.id,
          student_name: LEARNER.name,
          lesson_status: 'not attempted',
          entry: 'ab-initio',
          lesson_mode: 'normal',
          credit: 'credit',
        },
      }
    : { learner_id: LEARNER.id, learner_name: LEARNER.name, entry: 'ab-initio', mode: 'normal', credit: 'credit' };
}

/**
 * The next launch's data, as an LMS builds it from the last session: entry is `resume` when that
 * session ended suspended; exit and session time belong to the session that ended.
 */
export function resumeSeed(version: ScormVersion, committed: Cmi | undefined): Cmi {
  if (!committed) return firstLaunchSeed(version);
  const seed = structuredClone(committed);
  const core = (version === '1.2' ? seed.core : seed) as Record<string, unknown>;
  core.entry = core.exit === 'suspend' ? 'resume' : '';
  delete core.exit;
  delete core.session_time;
  return seed;
}
