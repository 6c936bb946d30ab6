/**
 * Page lifecycle -> bridge. Commit when the page is hidden (the last moment a browser reliably gives
 * us, and phones often never fire anything later); terminate once on `pagehide`. Never `unload` or
 * `beforeunload`: Chrome blocks sync XHR there and LMS iframes often forbid `unload` outright.
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
  win.document.addEventListener('visibilitychange', onVisibility);
  win.addEventListener('pagehide', onPageHide);
  return () => {
    win.document.removeEventListener('visibilitychange', onVisibility);
    win.removeEventListener('pagehide', onPageHide);
  };
}
