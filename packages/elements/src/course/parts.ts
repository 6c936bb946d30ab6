/**
 * Parts of the player that the first screen does not show, each in its own chunk. The player loads one
 * when the learner's state calls for it, and warms them all at the learner's first interaction, so a
 * break or the support dialog is ready well before it is asked for. (Content notes are not among them:
 * every module of a course carries one, so a new learner's first screen is usually one.)
 */
const loaders = {
  'haven-pause-screen': () => import('../pause/pause-screen.js'),
  'haven-support-dialog': () => import('../support/support-dialog.js'),
  'haven-error-panel': () => import('../error-panel/error-panel.js'),
  'haven-settings-dialog': () => import('../settings/settings-dialog.js'),
} as const;

export type LazyPart = keyof typeof loaders;

/** The parts a learner may need at any moment: warmed together. */
export const SAFETY_PARTS: readonly LazyPart[] = ['haven-pause-screen', 'haven-support-dialog'];

const loading = new Map<LazyPart, Promise<boolean>>();

/** Defines the part's element; resolves false when its chunk could not be loaded (the shell stays usable). */
export function loadPart(tag: LazyPart): Promise<boolean> {
  if (customElements.get(tag)) return Promise.resolve(true);
  let p = loading.get(tag);
  if (!p) {
    p = loaders[tag]().then(
      () => true,
      () => false,
    );
    loading.set(tag, p);
  }
  return p;
}
