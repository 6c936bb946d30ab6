export { createStandaloneBridge as noLmsBridge } from '@haven/lms';

/** Whether SCORM API discovery could find anything from this window. */
export function mayHaveLms(win: Window): boolean {
  try {
    return win.parent !== win || !!win.opener || 'API' in win || 'API_1484_11' in win;
  } catch {
    return true;
  }
}
