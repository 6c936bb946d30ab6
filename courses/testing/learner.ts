/**
 * A diligent learner for browser walks of the shipped courses: clicks through the player's real
 * controls, answering every activity on a page the way the course data says is right, so that
 * sequential modules and assessments open the way they would for a person.
 */
import type { Course, LikertBlock, QuestionBlock, ScenarioBlock, SortBlock } from '@haven/course';
import type { Projection } from '@haven/engine';
import type { HavenCourse, PlayerHandle } from '@haven/elements';

type Updating = HTMLElement & { updateComplete: Promise<unknown> };

/** The player's own handle (a private field of <haven-course>): the walk reads the parsed course and state from it. */
export function handleOf(el: HavenCourse): PlayerHandle & { getProjection(): Projection; course: Course } {
  const player = (el as unknown as { player?: { handle: PlayerHandle & { course: Course } } }).player;
  if (!player) throw new Error('The player has not started');
  return player.handle;
}

const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));

/** Waits until the player and everything it shows (block elements loaded on demand included) have rendered. */
export async function settle(el: HavenCourse): Promise<void> {
  for (let i = 0; i < 2; i++) {
    await el.updateComplete;
    await frame();
  }
  const root = el.shadowRoot!;
  const parts = [...root.querySelectorAll('*')].filter((n) => n.localName.startsWith('haven-'));
  await Promise.all(parts.map((n) => customElements.whenDefined(n.localName)));
  await Promise.all(parts.map((n) => (n as Updating).updateComplete));
  await frame();
}

/** Polls (one frame at a time) until `check` returns something, or fails with `what` after `ms`. */
export async function waitFor<T>(check: () => T | undefined | null | false, what: string, ms = 5000): Promise<T> {
  const until = performance.now() + ms;
  for (;;) {
    const value = check();
    if (value) return value;
    if (performance.now() > until) throw new Error(`Timed out waiting for ${what}`);
    await frame();
  }
}

export function button(root: ParentNode, text: string): HTMLButtonElement | undefined {
  return [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === text && !b.disabled);
}

/** The heading the learner sees now: the page's h2, or the h2 of a content note or pause screen. */
export function shownHeading(el: HavenCourse): string {
  const root = el.shadowRoot!;
  const own = root.querySelector('.content h2');
  if (own) return own.textContent?.trim() ?? '';
  const part = root.querySelector('haven-content-note, haven-pause-screen, haven-error-panel');
  return part?.shadowRoot?.querySelector('h2')?.textContent?.trim() ?? '';
}

async function click(control: HTMLElement, host: Updating, el: HavenCourse): Promise<void> {
  control.click();
  await host.updateComplete;
  await settle(el);
}

/** Answers every question item shown, choosing the options the course marks correct. */
async function answerQuestion(host: Updating, block: QuestionBlock, el: HavenCourse): Promise<void> {
  const root = host.shadowRoot!;
  for (const section of root.querySelectorAll('section.item')) {
    const inputs = [...section.querySelectorAll<HTMLInputElement>('input')];
    if (!inputs.length || inputs.every((i) => i.disabled)) continue;
    const key = Number(inputs[0]!.name.replace(/^q-/, ''));
    const item = block.questions.find((q) => q.key === key);
    if (!item) throw new Error(`Question ${block.id}: no item with key ${key}`);
    for (const input of inputs) if (item.correct.includes(input.value) !== input.checked) input.click();
    await host.updateComplete;
    const submit = section.querySelector<HTMLButtonElement>('.actions button');
    if (!submit) throw new Error(`Question ${block.id}/${item.id}: no submit button`);
    await click(submit, host, el);
  }
}

async function sort(host: Updating, block: SortBlock, el: HavenCourse): Promise<void> {
  const root = host.shadowRoot!;
  for (const item of block.items) {
    const select = root.querySelector<HTMLSelectElement>(`#move-${item.key}`);
    if (!select) return; // already checked (resumed): nothing to place
    select.value = item.category;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await host.updateComplete;
  }
  const check = root.querySelector<HTMLButtonElement>('.actions button');
  if (check) await click(check, host, el);
}

/** Takes the best choice at every step and reads each step's feedback, to the scenario's end. */
async function playScenario(host: Updating, block: ScenarioBlock, el: HavenCourse): Promise<void> {
  const root = host.shadowRoot!;
  for (let step = 0; step < 30; step++) {
    const feedback = root.querySelector('#step-feedback');
    if (feedback) {
      await click(root.querySelector<HTMLButtonElement>('.actions button')!, host, el);
      continue;
    }
    const choices = [...root.querySelectorAll<HTMLButtonElement>('ul.choices button')];
    if (!choices.length) return;
    const options = block.nodes.flatMap((n) => n.choices);
    const best =
      choices.find((b) => options.some((c) => c.quality === 'best' && c.text === b.textContent?.trim())) ??
      choices.find((b) => options.some((c) => c.quality === 'okay' && c.text === b.textContent?.trim())) ??
      choices[0]!;
    await click(best, host, el);
  }
  throw new Error(`Scenario ${block.id} did not reach an end in 30 steps`);
}

async function rateLikert(host: Updating, block: LikertBlock, el: HavenCourse): Promise<void> {
  const root = host.shadowRoot!;
  const middle = Math.ceil((block.scale.min + block.scale.max) / 2);
  for (const item of block.items) root.querySelector<HTMLInputElement>(`#r-${item.key}-${middle}`)?.click();
  await host.updateComplete;
  const submit = root.querySelector<HTMLButtonElement>('.actions button');
  if (submit) await click(submit, host, el);
}

/** Opens every panel, as a reader would, so its content is checked too. */
async function openPanels(host: Updating, el: HavenCourse): Promise<void> {
  for (const summary of host.shadowRoot!.querySelectorAll<HTMLElement>('details:not([open]) > summary')) summary.click();
  await host.updateComplete;
  await settle(el);
}

async function reflect(host: Updating, el: HavenCourse): Promise<void> {
  const root = host.shadowRoot!;
  const area = root.querySelector('textarea');
  if (!area) return;
  area.value = 'A note to myself from the walk-through.';
  area.dispatchEvent(new Event('input', { bubbles: true }));
  await host.updateComplete;
  const save = button(root, 'Save');
  if (save) await click(save, host, el);
}

/** Does every activity on the shown page. Returns the ids of blocks it acted on. */
export async function doActivities(el: HavenCourse): Promise<string[]> {
  const done: string[] = [];
  const hosts = [...el.shadowRoot!.querySelectorAll<Updating & { block?: { id: string; type: string } }>('.blocks > *')];
  for (const host of hosts) {
    const block = host.block;
    if (!block) continue;
    await host.updateComplete;
    switch (block.type) {
      case 'question':
        await answerQuestion(host, block as QuestionBlock, el);
        break;
      case 'sort':
        await sort(host, block as SortBlock, el);
        break;
      case 'scenario':
        await playScenario(host, block as ScenarioBlock, el);
        break;
      case 'likert':
        await rateLikert(host, block as LikertBlock, el);
        break;
      case 'reflection':
        await reflect(host, el);
        break;
      case 'accordion':
        await openPanels(host, el);
        break;
      default:
        continue;
    }
    done.push(block.id);
  }
  return done;
}
