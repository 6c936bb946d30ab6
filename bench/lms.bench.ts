/**
 * lms: commits per page change over a scripted walk through a generated course, on scorm-again 1.2
 * (in Node, autocommit off, no commit URL) behind the strict checker, with a fake clock.
 * The walk mixes a steady pace, bursts of rapid "next" clicks, going back, answers, a long idle page
 * (keep-alive) and a final assessment. Goal: `lms.commitsPerPage` <= 1.
 */
import { connectLms } from '../packages/lms/src/index.js';
import type { LmsBridge, ReportReason } from '../packages/lms/src/index.js';
import { FakeClock } from '../packages/lms/src/testing/fake-clock.js';
import { answer, makeCourse, makeProgress, makeProjection, pageIds, testEncoder } from '../packages/lms/src/testing/fixtures.js';
import { createLms } from '../packages/lms/src/testing/lms-harness.js';
import type { ProjectionOverrides } from '../packages/lms/src/testing/fixtures.js';

const course = makeCourse(6, 8);
const pages = pageIds(course);
const lms = createLms('scorm12', {
  core: { student_id: 'bench', student_name: 'Bench, Learner', lesson_status: 'not attempted', entry: 'ab-initio' },
  student_data: { mastery_score: '80' },
});
// A window-shaped object: the bridge looks for `API` on it and its (absent) parents.
const win = { API: lms.api, closed: false } as unknown as Window & { parent: unknown };
win.parent = win;
const clock = new FakeClock();
const bridge: LmsBridge = connectLms({ window: win, course, encode: testEncoder, clock });

let pageChanges = 0;
let index = 0;
let active = 0;
const interactions: ReturnType<typeof answer>[] = [];
const reportTimes: number[] = [];

function report(reason: ReportReason, over: ProjectionOverrides = {}): void {
  const started = performance.now();
  const result = bridge.report(
    {
      projection: makeProjection(course, index, { interactions: [...interactions], timeSpentMs: active, ...over }),
      progress: makeProgress(course, index, active),
    },
    reason,
  );
  reportTimes.push(performance.now() - started);
  if (!result.ok) throw new Error(`report failed: ${result.code} ${result.message}`);
}

function dwell(ms: number): void {
  clock.advance(ms);
  active += ms;
}

function goTo(next: number): void {
  index = Math.max(0, Math.min(pages.length - 1, next));
  pageChanges++;
  report('page');
}

bridge.open();
report('page');
for (let step = 0; step < pages.length - 1; step++) {
  const page = pages[index] ?? '';
  if (/-p8$/.test(page)) {
    // The module check: answer, then move on.
    dwell(20_000);
    interactions.push(answer(`check-${page.slice(1, 2)}`, ['listen', 'reassure'], true, new Date(clock.now()).toISOString()));
    report('answer');
  }
  if (step % 10 === 3) {
    // A burst: five quick clicks of "next" then one back, 150 ms apart.
    for (let i = 0; i < 5; i++) {
      goTo(index + 1);
      dwell(150);
    }
    goTo(index - 1);
    dwell(150);
    step += 4;
    continue;
  }
  if (step === 20)
    dwell(12 * 60_000); // A long read: keep-alive commits happen here.
  else dwell(25_000 + (step % 4) * 10_000);
  goTo(index + 1);
}
dwell(5_000);
report('assessment', { completion: 'completed', success: 'passed', score: 90 });
dwell(2_000);
bridge.flush();
const commits = lms.checker.calls.filter((c) => c === 'LMSCommit').length;
bridge.terminate();
lms.checker.assertClean();

const sorted = [...reportTimes].sort((a, b) => a - b);
const p95 = sorted[Math.floor(sorted.length * 0.95)] ?? 0;
const round = (n: number): number => Math.round(n * 1000) / 1000;
const commitsPerPage = round(commits / pageChanges);
const rows: [string, string | number][] = [
  ['pages in course', pages.length],
  ['page changes walked', pageChanges],
  ['commits (before terminate)', commits],
  ['commits per page change', commitsPerPage],
  ['final lesson_status', lms.get('cmi.core.lesson_status')],
  ['suspend_data length', lms.get('cmi.suspend_data').length],
  ['report() p95 (ms)', round(p95)],
  ['strict checker violations', lms.checker.violations.length],
];
console.log('lms: scripted walk on scorm-again 1.2 (Node, fake clock, strict checker)');
for (const [name, value] of rows) console.log(`  ${name.padEnd(30)}${value}`);
console.log(JSON.stringify({ 'lms.commitsPerPage': commitsPerPage, 'lms.reportP95ms': round(p95) }));
