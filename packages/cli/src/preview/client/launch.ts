/**
 * The launch page in the preview's frame: the player from its sources, as a SCORM package runs it,
 * plus a small link to the preview page. It asks the player for its course handle through the same
 * context every block uses, so "jump to page" sends the engine's own `nav.goto` event.
 */
import { ContextEvent } from '@lit/context';
import { courseContext, HavenErrorEvent, type CourseHandle } from '@haven/elements';
import type { FromLaunch, ToLaunch } from './protocol.js';

const player = document.querySelector('haven-course');
let handle: CourseHandle | undefined;
let unsubscribe: (() => void) | undefined;

function tell(message: FromLaunch): void {
  if (window.parent !== window) window.parent.postMessage(message, location.origin);
}

function connect(next: CourseHandle | undefined): void {
  if (next === handle) return;
  unsubscribe?.();
  handle = next;
  if (!handle) return;
  const course = handle.course;
  tell({
    type: 'haven-preview:course',
    courseId: course.id,
    title: course.title,
    pages: course.modules.flatMap((m) => m.pages.map((p) => ({ id: p.id, title: p.title, module: m.title }))),
  });
  let last = '';
  const report = () => {
    const view = handle?.getView();
    if (!view || `${view.state}:${view.pageId}` === last) return;
    last = `${view.state}:${view.pageId}`;
    tell({ type: 'haven-preview:view', pageId: view.pageId, state: view.state });
  };
  unsubscribe = handle.subscribe(report);
  report();
}

if (player) {
  player.addEventListener(HavenErrorEvent.type, (event) => {
    const { code, message, fatal } = (event as HavenErrorEvent).detail;
    tell({ type: 'haven-preview:error', code, message, fatal });
  });
  // A child of the player asks for its context, like a block would; the player answers once ready.
  const probe = document.createElement('span');
  probe.hidden = true;
  player.append(probe);
  void customElements.whenDefined('haven-course').then(() => {
    probe.dispatchEvent(new ContextEvent(courseContext, probe, (value) => connect(value), true));
  });
}

window.addEventListener('message', (event: MessageEvent<ToLaunch>) => {
  if (event.origin !== location.origin || event.source !== window.parent) return;
  if (event.data?.type !== 'haven-preview:goto') return;
  const pageId = event.data.pageId;
  handle?.send({ type: 'nav.goto', pageId });
  // The engine refuses pages behind a gate the learner has not met; say so rather than fail silently.
  tell({ type: 'haven-preview:goto-result', pageId, ok: handle?.getView().pageId === pageId });
});
