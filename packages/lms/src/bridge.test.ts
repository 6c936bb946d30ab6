import { expect } from '@open-wc/testing';
import type { BridgeStatus, LmsBridge, ReportReason } from './bridge.js';
import { connectLms } from './connect.js';
import { attachLifecycle } from './lifecycle.js';
import { FakeClock } from './testing/fake-clock.js';
import { answer, decodeTest, makeCourse, makeProgress, makeProjection, rating, testEncoder } from './testing/fixtures.js';
import type { ProjectionOverrides } from './testing/fixtures.js';
import { createLms, install, relaunchSeed, uninstall } from './testing/lms-harness.js';
import type { TestLms, Version } from './testing/lms-harness.js';

const course = makeCourse(2, 3);
const frames: HTMLIFrameElement[] = [];
let current: TestLms | undefined;

function seedFor(version: Version, extra: { mode?: string; entry?: string } = {}): Record<string, unknown> {
  return version === 'scorm12'
    ? {
        core: {
          student_id: 'learner-7',
          student_name: 'Doe, Jane',
          lesson_status: 'not attempted',
          entry: extra.entry ?? 'ab-initio',
          lesson_mode: extra.mode ?? 'normal',
          credit: 'credit',
        },
        student_data: { mastery_score: '80' },
      }
    : {
        learner_id: 'learner-7',
        learner_name: 'Doe, Jane',
        entry: extra.entry ?? 'ab-initio',
        mode: extra.mode ?? 'normal',
        completion_threshold: '0.8',
        scaled_passing_score: '0.7',
      };
}

function launch(version: Version, seed = seedFor(version), win: Window = window): TestLms {
  current = createLms(version, seed);
  install(win, current);
  return current;
}

function connect(clock = new FakeClock(), win: Window = window, prefer?: Version): LmsBridge {
  return connectLms({ window: win, course, encode: testEncoder, clock, ...(prefer ? { prefer } : {}) });
}

function send(bridge: LmsBridge, pageIndex: number, reason: ReportReason, over: ProjectionOverrides = {}) {
  const progress = makeProgress(course, pageIndex, over.timeSpentMs ?? pageIndex * 30_000);
  return bridge.report({ projection: makeProjection(course, pageIndex, over), progress }, reason);
}

function commits(lms: TestLms): number {
  return lms.checker.calls.filter((c) => c === 'LMSCommit' || c === 'Commit').length;
}

async function frame(parent: Document = document): Promise<HTMLIFrameElement> {
  const iframe = parent.createElement('iframe');
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  parent.body.append(iframe);
  await loaded;
  if (parent === document) frames.push(iframe);
  return iframe;
}

const el = (version: Version) =>
  version === 'scorm12'
    ? {
        location: 'cmi.core.lesson_location',
        status: 'cmi.core.lesson_status',
        raw: 'cmi.core.score.raw',
        exit: 'cmi.core.exit',
        response: 'student_response',
      }
    : {
        location: 'cmi.location',
        status: 'cmi.success_status',
        raw: 'cmi.score.raw',
        exit: 'cmi.exit',
        response: 'learner_response',
      };

afterEach(() => {
  uninstall(window);
  for (const f of frames.splice(0)) f.remove();
  const lms = current;
  current = undefined;
  lms?.checker.assertClean();
});

for (const version of ['scorm12', 'scorm2004'] as const) {
  const E = el(version);

  describe(`${version} bridge`, () => {
    it('finds the API on its own window and reads the launch data', () => {
      launch(version);
      const bridge = connect();
      expect(bridge.kind).to.equal(version);
      const opened = bridge.open();
      expect(opened.ok).to.equal(true);
      if (!opened.ok) return;
      expect(opened.launch.entry).to.equal('ab-initio');
      expect(opened.launch.learnerId).to.equal('learner-7');
      expect(opened.launch.learnerName).to.equal('Doe, Jane');
      expect(opened.launch.mode).to.equal('normal');
      if (version === 'scorm12') expect(opened.launch.masteryScore).to.equal(80);
      else {
        expect(opened.launch.completionThreshold).to.equal(0.8);
        expect(opened.launch.scaledPassingScore).to.equal(0.7);
      }
      // Idempotent: Initialize runs once (the strict checker fails the test otherwise).
      expect(bridge.open().ok).to.equal(true);
      expect(bridge.terminate().ok).to.equal(true);
    });

    it('finds the API on the parent window when the course runs in an iframe', async () => {
      const lms = launch(version);
      const iframe = await frame();
      const bridge = connect(new FakeClock(), iframe.contentWindow as Window);
      expect(bridge.kind).to.equal(version);
      expect(send(bridge, 1, 'page').ok).to.equal(true);
      expect(lms.get(E.location)).to.equal('m1-p2');
      expect(bridge.terminate().ok).to.equal(true);
    });

    it('writes location, resume data, status, exit and session time, and commits a page change', () => {
      const lms = launch(version);
      const bridge = connect();
      expect(send(bridge, 0, 'page', { timeSpentMs: 5_000 }).ok).to.equal(true);
      expect(send(bridge, 1, 'page', { timeSpentMs: 95_000 }).ok).to.equal(true);
      // The second page change came within a second: its values are held, its commit trails.
      expect(lms.get(E.location)).to.equal('m1-p2');
      expect(commits(lms)).to.equal(1);
      const suspend = lms.get('cmi.suspend_data');
      expect(decodeTest(suspend).location).to.equal(course.modules[0]?.pages[1]?.key);
      if (version === 'scorm12') {
        expect(lms.get('cmi.core.lesson_status')).to.equal('incomplete');
      } else {
        expect(lms.get('cmi.completion_status')).to.equal('incomplete');
        expect(lms.get('cmi.success_status')).to.equal('unknown');
        expect(lms.get('cmi.progress_measure')).to.equal(String(Number((2 / 6).toFixed(4))));
      }
      expect(lms.get(E.exit)).to.equal('suspend');
      expect(bridge.terminate().ok).to.equal(true);
      const sessionTime = version === 'scorm12' ? 'cmi.core.session_time' : 'cmi.session_time';
      expect(lms.checker.calls).to.include(
        version === 'scorm12' ? `LMSSetValue ${sessionTime}=0000:01:30.00` : `SetValue ${sessionTime}=PT1M30S`,
      );
    });

    it('sets the score before the status and reports a pass with exit normal', () => {
      const lms = launch(version);
      const bridge = connect();
      send(bridge, 0, 'page');
      expect(send(bridge, 5, 'assessment', { completion: 'completed', success: 'passed', score: 85 }).ok).to.equal(true);
      bridge.flush();
      expect(lms.get(E.raw)).to.equal('85');
      expect(lms.get(E.status)).to.equal('passed');
      if (version === 'scorm2004') {
        expect(lms.get('cmi.score.scaled')).to.equal('0.85');
        expect(lms.get('cmi.completion_status')).to.equal('completed');
      }
      const sets = lms.checker.calls.filter((c) => c.includes('SetValue'));
      const scoreAt = sets.findIndex((c) => c.includes(`${E.raw}=85`));
      const statusAt = sets.findIndex((c) => c.includes(`${E.status}=passed`));
      expect(scoreAt).to.be.greaterThan(-1);
      expect(statusAt).to.be.greaterThan(scoreAt);
      expect(lms.get(E.exit)).to.equal(version === 'scorm12' ? '' : 'normal');
      expect(bridge.terminate().ok).to.equal(true);
    });

    it('reports a failed assessment as failed, and never takes back a pass', () => {
      const lms = launch(version);
      const bridge = connect();
      send(bridge, 5, 'assessment', { completion: 'incomplete', success: 'failed', score: 40 });
      expect(lms.get(E.status)).to.equal('failed');
      expect(lms.get(E.exit)).to.equal('suspend');
      bridge.terminate();
    });

    it('writes one interaction per answered item in the version’s exact format', () => {
      const lms = launch(version);
      const bridge = connect();
      const at = '2025-01-06T09:05:07.891Z';
      const interactions = [answer('check-1', ['listen', 'reassure'], true, at), rating('confidence', 'talk', 4, at)];
      send(bridge, 2, 'answer', { interactions });
      expect(send(bridge, 3, 'page', { interactions }).ok).to.equal(true);
      const cmi = lms.committed() as { interactions: Record<string, Record<string, unknown>> };
      const first = cmi.interactions['0'] ?? {};
      const second = cmi.interactions['1'] ?? {};
      expect(Object.keys(cmi.interactions)).to.have.length(2);
      expect(first.id).to.equal('check-1.q');
      expect(first.type).to.equal('choice');
      expect(second.type).to.equal('likert');
      if (version === 'scorm12') {
        // Letters follow option keys: ask-why=1 -> a, listen=2 -> b, reassure=3 -> c.
        expect(first.student_response).to.equal('b,c');
        expect(first.result).to.equal('correct');
        expect(second.student_response).to.equal('4');
        expect(lms.checker.calls).to.include('LMSSetValue cmi.interactions.0.latency=0000:00:12.34');
      } else {
        expect(first.learner_response).to.equal('listen[,]reassure');
        expect(first.timestamp).to.equal('2025-01-06T09:05:07.8Z');
        expect(first.latency).to.equal('PT12.34S');
        expect(first.description).to.equal('{lang=en-GB}Which response to the child is most helpful? (check-1)');
        expect(second.learner_response).to.equal('4');
      }
      // A changed answer updates its own record; an unchanged one is not sent again.
      const before = lms.checker.calls.length;
      send(bridge, 3, 'answer', { interactions });
      expect(lms.checker.calls.slice(before).some((c) => c.includes('interactions'))).to.equal(false);
      const retried = [answer('check-1', ['ask-why'], false, '2025-01-06T09:06:00.000Z'), interactions[1]!];
      send(bridge, 4, 'page', { interactions: retried });
      bridge.flush();
      const after = lms.committed() as { interactions: Record<string, Record<string, unknown>> };
      expect(Object.keys(after.interactions)).to.have.length(2);
      expect(after.interactions['0']?.[E.response]).to.equal(version === 'scorm12' ? 'a' : 'ask-why');
      expect(after.interactions['0']?.result).to.equal(version === 'scorm12' ? 'wrong' : 'incorrect');
      bridge.terminate();
    });

    it('resumes across a relaunch with the last commit’s data', () => {
      const first = launch(version);
      const clock = new FakeClock();
      const bridge = connect(clock);
      const at = new Date(clock.now() - 1000).toISOString();
      const interactions = [answer('check-1', ['listen'], false, at)];
      send(bridge, 3, 'page', { interactions });
      expect(bridge.terminate().ok).to.equal(true);
      first.checker.assertClean();
      const data = first.committed();

      const second = launch(version, relaunchSeed(version, data));
      const clock2 = new FakeClock(clock.now() + 60_000);
      const again = connect(clock2);
      const opened = again.open();
      expect(opened.ok).to.equal(true);
      if (!opened.ok) return;
      expect(opened.launch.entry).to.equal('resume');
      expect(opened.launch.location).to.equal('m2-p1');
      expect(decodeTest(opened.launch.suspendData).location).to.equal(makeProgress(course, 3).location);
      expect(opened.launch.prior.completion).to.equal('incomplete');
      // The earlier answer is not duplicated; a new one goes after it.
      const later = new Date(clock2.now() + 1000).toISOString();
      send(again, 4, 'page', { interactions: [...interactions, answer('check-2', ['reassure'], false, later)] });
      again.flush();
      const cmi = second.committed() as { interactions: Record<string, Record<string, unknown>> };
      expect(Object.keys(cmi.interactions)).to.have.length(2);
      expect(cmi.interactions['1']?.id).to.equal('check-2.q');
      again.terminate();
    });

    it('changes no status, score or interaction in review mode', () => {
      const lms = launch(version, seedFor(version, { mode: 'review' }));
      const bridge = connect();
      const opened = bridge.open();
      expect(opened.ok && opened.launch.mode).to.equal('review');
      send(bridge, 5, 'assessment', {
        completion: 'completed',
        success: 'passed',
        score: 90,
        interactions: [answer('check-1', ['listen'], false, new Date().toISOString())],
      });
      bridge.terminate();
      const touched = lms.checker.calls.filter((c) => /status|score|interactions|progress_measure/.test(c));
      expect(touched).to.deep.equal([]);
    });

    it('holds resume data within the version’s limit, keeping the essentials', () => {
      const lms = launch(version);
      const bridge = connect();
      const big = { ...makeProgress(course, 2), notesDeferred: Array.from({ length: 20_000 }, (_, i) => i) };
      const result = bridge.report({ projection: makeProjection(course, 2), progress: big }, 'page');
      expect(result.ok).to.equal(true);
      const data = lms.get('cmi.suspend_data');
      expect(data.length).to.be.at.most(version === 'scorm12' ? 4096 : 64000);
      expect(decodeTest(data).viewed).to.deep.equal(big.viewed);
      bridge.terminate();
    });

    it('coalesces rapid navigation into at most one commit per second', () => {
      const lms = launch(version);
      const clock = new FakeClock();
      const bridge = connect(clock);
      for (let page = 0; page < 6; page++) {
        send(bridge, page, 'page');
        clock.advance(150);
      }
      expect(commits(lms)).to.equal(1);
      clock.advance(1000);
      expect(commits(lms)).to.equal(2);
      expect(lms.get(E.location)).to.equal('m2-p3');
      // Keep-alive: one commit after five quiet minutes, no more.
      clock.advance(5 * 60 * 1000);
      expect(commits(lms)).to.equal(3);
      bridge.terminate();
    });

    it('commits when the page is hidden and terminates exactly once on pagehide', async () => {
      const iframe = await frame();
      const win = iframe.contentWindow as Window;
      const lms = launch(version, seedFor(version), win);
      const bridge = connect(new FakeClock(), win);
      const detach = attachLifecycle(bridge, win);
      send(bridge, 0, 'page');
      send(bridge, 1, 'answer');
      Object.defineProperty(win.document, 'visibilityState', { value: 'hidden', configurable: true });
      win.document.dispatchEvent(new Event('visibilitychange'));
      expect(commits(lms)).to.equal(2);
      win.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
      win.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
      expect(bridge.terminate().ok).to.equal(true);
      const finishes = lms.checker.calls.filter((c) => c === 'LMSFinish' || c === 'Terminate');
      expect(finishes).to.have.length(1);
      expect(lms.get(E.location)).to.equal('m1-p2');
      expect(send(bridge, 2, 'page').ok).to.equal(false);
      detach();
    });

    it('reloads a page brought back from the back-forward cache after its session ended, and only then', async () => {
      const iframe = await frame();
      const win = iframe.contentWindow as Window;
      launch(version, seedFor(version), win);
      const bridge = connect(new FakeClock(), win);
      const detach = attachLifecycle(bridge, win);
      let reloads = 0;
      iframe.addEventListener('load', () => reloads++);
      win.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
      await new Promise((r) => setTimeout(r, 200));
      expect(reloads, 'a session still open is left alone').to.equal(0);
      win.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
      const reloaded = new Promise((done) => iframe.addEventListener('load', done, { once: true }));
      win.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
      await reloaded;
      expect(reloads).to.equal(1);
      detach();
    });

    describe('faults', () => {
      it('reports a refused SetValue with the LMS error code and carries on', () => {
        const lms = launch(version);
        const bridge = connect();
        lms.faults.setFails = { match: /location/, code: '405' };
        const result = send(bridge, 1, 'page');
        expect(result).to.deep.include({ ok: false, code: 'LMS_SET_FAILED', lmsError: '405' });
        expect(lms.get('cmi.suspend_data')).to.not.equal('');
        lms.faults.setFails = undefined;
        expect(send(bridge, 2, 'page').ok).to.equal(true);
        bridge.terminate();
      });

      it('retries a refused commit with backoff and recovers', () => {
        const lms = launch(version);
        const clock = new FakeClock();
        const bridge = connect(clock);
        const statuses: BridgeStatus[] = [];
        bridge.onStatus((s) => statuses.push(s));
        lms.faults.commitFails = '101';
        const result = send(bridge, 1, 'page');
        expect(result).to.deep.include({ ok: false, code: 'LMS_COMMIT_FAILED', lmsError: '101' });
        expect(statuses.at(-1)?.state).to.equal('retrying');
        clock.advance(1000);
        expect(statuses.at(-1)).to.deep.include({ state: 'retrying', attempt: 2 });
        lms.faults.commitFails = undefined;
        clock.advance(2000);
        expect(statuses.at(-1)?.state).to.equal('saved');
        expect(lms.committed()).to.not.equal(undefined);
        bridge.terminate();
      });

      it('gives up after bounded retries and says the LMS is lost, without throwing', () => {
        const lms = launch(version);
        const clock = new FakeClock();
        const bridge = connect(clock);
        const statuses: BridgeStatus[] = [];
        bridge.onStatus((s) => statuses.push(s));
        lms.faults.commitFails = '101';
        send(bridge, 1, 'page');
        clock.advance(60_000);
        expect(statuses.at(-1)?.state).to.equal('lost');
        const retries = commits(lms);
        expect(retries).to.equal(5);
        clock.advance(60_000);
        expect(commits(lms)).to.equal(retries);
        bridge.terminate();
      });

      it('turns exceptions thrown by the LMS into LMS_EXCEPTION', () => {
        const lms = launch(version);
        const bridge = connect();
        bridge.open();
        lms.faults.throws = true;
        const result = send(bridge, 1, 'page');
        expect(result.ok === false && result.code).to.equal('LMS_EXCEPTION');
        expect(bridge.terminate().ok).to.equal(false);
      });

      it('fails Initialize typed when the LMS refuses it', () => {
        const lms = launch(version);
        lms.faults.throws = true;
        const bridge = connect();
        const opened = bridge.open();
        expect(opened.ok === false && opened.code).to.equal('LMS_EXCEPTION');
        expect(send(bridge, 0, 'page').ok).to.equal(false);
      });

      it('reports LMS_GONE when the API vanishes', () => {
        const lms = launch(version);
        const bridge = connect();
        const statuses: BridgeStatus[] = [];
        bridge.onStatus((s) => statuses.push(s));
        send(bridge, 0, 'page');
        lms.vanish();
        const result = send(bridge, 1, 'page');
        expect(result.ok === false && result.code).to.equal('LMS_GONE');
        expect(statuses.at(-1)?.state).to.equal('lost');
        expect(bridge.terminate().ok).to.equal(false);
      });

      it('reports LMS_GONE when the LMS window closes', async () => {
        const outer = await frame();
        const lmsWin = outer.contentWindow as Window;
        launch(version, seedFor(version), lmsWin);
        const inner = await frame(lmsWin.document);
        const bridge = connect(new FakeClock(), inner.contentWindow as Window);
        expect(send(bridge, 0, 'page').ok).to.equal(true);
        outer.remove();
        const result = send(bridge, 1, 'page');
        expect(result.ok === false && result.code).to.equal('LMS_GONE');
      });

      it('treats a commit refused during unload (391) as non-fatal: Terminate commits', () => {
        const lms = launch(version);
        const bridge = connect();
        send(bridge, 0, 'page');
        send(bridge, 2, 'answer');
        lms.faults.commitFails = '391';
        expect(bridge.terminate().ok).to.equal(true);
        const calls = lms.checker.calls;
        expect(calls.at(-2)).to.match(/Commit$/);
        expect(calls.at(-1)).to.match(/^(LMSFinish|Terminate)$/);
        expect(lms.get(E.location)).to.equal('m1-p3');
      });
    });
  });
}

describe('discovery', () => {
  it('prefers 2004 when both APIs are present, unless told otherwise', () => {
    const v12 = createLms('scorm12', seedFor('scorm12'));
    const v2004 = createLms('scorm2004', seedFor('scorm2004'));
    install(window, v12);
    install(window, v2004);
    expect(connect().kind).to.equal('scorm2004');
    expect(connect(new FakeClock(), window, 'scorm12').kind).to.equal('scorm12');
  });

  it('returns the standalone bridge with a typed reason when there is no LMS', () => {
    const bridge = connect();
    expect(bridge.kind).to.equal('standalone');
    expect((bridge as { reason?: { code: string } }).reason?.code).to.equal('LMS_NOT_FOUND');
    expect(bridge.open().ok).to.equal(true);
    expect(send(bridge, 0, 'page').ok).to.equal(true);
    expect(bridge.terminate().ok).to.equal(true);
  });

  it('steps past a cross-origin frame without throwing', async () => {
    launch('scorm12');
    const sandboxed = document.createElement('iframe');
    sandboxed.setAttribute('sandbox', 'allow-scripts');
    const loaded = new Promise((resolve) => sandboxed.addEventListener('load', resolve, { once: true }));
    document.body.append(sandboxed);
    frames.push(sandboxed);
    await loaded;
    const win = sandboxed.contentWindow as Window;
    expect(() => (win as unknown as { API?: unknown }).API).to.throw();
    expect(connect(new FakeClock(), win).kind).to.equal('scorm12');
  });

  it('gives up on 1.2 after seven parents but searches 2004 further', async () => {
    let doc = document;
    let deepest: Window = window;
    for (let depth = 0; depth < 9; depth++) {
      const f = await frame(doc);
      deepest = f.contentWindow as Window;
      doc = (f.contentDocument as Document) ?? doc;
    }
    launch('scorm12');
    expect(connect(new FakeClock(), deepest).kind).to.equal('standalone');
    uninstall(window);
    launch('scorm2004');
    expect(connect(new FakeClock(), deepest).kind).to.equal('scorm2004');
  });
});
