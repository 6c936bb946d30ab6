import type { LmsBridge } from '@haven/lms';

/**
 * The bridge used when no LMS can be around (no parent frame, no opener, no API on this window): the
 * same shape as @haven/lms's standalone bridge, without loading the SCORM code at all, so an embedded
 * course downloads no LMS code.
 */
export function noLmsBridge(): LmsBridge {
  return {
    kind: 'standalone',
    open: () => ({
      ok: true,
      launch: {
        entry: '',
        location: '',
        suspendData: '',
        learnerId: '',
        learnerName: '',
        mode: 'normal',
        credit: 'credit',
        prior: { completion: 'unknown', success: 'unknown' },
      },
    }),
    report: () => ({ ok: true }),
    flush: () => ({ ok: true }),
    terminate: () => ({ ok: true }),
    onStatus(listener) {
      listener({ state: 'standalone' });
      return () => {};
    },
  };
}

/** Whether SCORM API discovery could find anything from this window. */
export function mayHaveLms(win: Window): boolean {
  try {
    return win.parent !== win || !!win.opener || 'API' in win || 'API_1484_11' in win;
  } catch {
    return true;
  }
}
