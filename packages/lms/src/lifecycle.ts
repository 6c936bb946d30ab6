/**
 * Page lifecycle -> bridge. Commit when the page is hidden (the last moment a browser reliably gives
 * us, and phones often never fire anything later); terminate once on `pagehide`. Never `unload` or
 * `beforeunload`: Chrome blocks sync XHR there and LMS iframes often forbid `unload` outright.
 * A page brought back from the back-forward cache after its session ended is reloaded, as the browser
 * would have done without that cache: the learner's progress is on the device, and a fresh launch
 * finds the LMS again instead of carrying on with nothing being recorded.
 */
import type { LmsBridge } from './bridge.js';

/** Wires the bridge to the window's lifecycle; returns a function that removes the listeners. */
export function attachLifecycle(bridge: LmsBridge, win: Window): () => void {
  let terminated = false;
  const onVisibility = (): void => {
    if (win.document.visibilityState === 'hidden' && !terminated) bridge.flush();
  };
  const onPageHide = (): void => {
    if (terminated) return;
    terminated = true;
    bridge.terminate();
  };
  const onPageShow = (event: PageTransitionEvent): void => {
    if (event.persisted && terminated) win.location.reload();
  };
  win.document.addEventListener('visibilitychange', onVisibility);
  win.addEventListener('pagehide', onPageHide);
  win.addEventListener('pageshow', onPageShow);
  return () => {
    win.document.removeEventListener('visibilitychange', onVisibility);
    win.removeEventListener('pagehide', onPageHide);
    win.removeEventListener('pageshow', onPageShow);
  };
}
