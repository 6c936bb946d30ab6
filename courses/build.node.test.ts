/**
 * Every shipped course validates with `haven validate` (the real bin, as an author runs it) and
 * builds into SCORM 1.2 and 2004 packages that an LMS would accept. Builds run from a copy of each
 * course folder, so a stale lock file is reported here instead of being rewritten in the repository.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';

import { run as build, type Io } from '../packages/cli/src/verbs/build.js';
import { packageProblems } from '../packages/lms/src/package/test-support/package-checks.js';
import { validateManifestXsd } from '../packages/lms/src/package/test-support/xsd-validate.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const BIN = join(ROOT, 'packages/cli/bin/haven.mjs');
const COURSES = ['practitioner', 'senior-leader', 'champion'] as const;
const TARGETS = ['scorm12', 'scorm2004'] as const;

function capture(cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    stdout: { write: (t: string) => out.push(t) },
    stderr: { write: (t: string) => err.push(t), isTTY: false },
    cwd,
    env: { NO_COLOR: '1' },
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}

let tmp: string;
before(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'haven-courses-build-'));
});
after(async () => {
  await rm(tmp, { recursive: true, force: true });
});

for (const name of COURSES) {
  describe(`courses/${name}`, () => {
    it('passes haven validate with no errors or warnings', () => {
      const result = spawnSync(process.execPath, [BIN, 'validate', join('courses', name), '--json'], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
      });
      assert.equal(result.status, 0, `haven validate exited ${result.status}\n${result.stdout}\n${result.stderr}`);
      const [report] = JSON.parse(result.stdout) as { ok: boolean; pages: number; errors: unknown[]; warnings: unknown[] }[];
      assert.ok(report, 'validate reported on the course');
      assert.equal(report.ok, true);
      assert.deepEqual(report.errors, []);
      assert.deepEqual(report.warnings, [], 'a warning here usually means the lock file needs `haven lock`');
      assert.ok(report.pages > 0);
    });

    for (const target of TARGETS) {
      it(`builds a ${target} package with the manifest and the course inside`, async () => {
        const work = join(tmp, `${name}-${target}`);
        await cp(join(ROOT, 'courses', name), join(work, name), { recursive: true });
        const lockBefore = await readFile(join(work, name, 'course.lock.json'), 'utf8');
        const c = capture(work);
        const code = await build([name, '--target', target, '--out', 'pkg.zip', '--json'], c.io);
        assert.equal(code, 0, c.stderr() || c.stdout());
        const report = JSON.parse(c.stdout()) as { ok: boolean; lockUpdated: boolean; packages: { path: string }[] };
        assert.equal(report.ok, true);
        assert.equal(report.lockUpdated, false, 'the shipped lock file is up to date');
        assert.equal(await readFile(join(work, name, 'course.lock.json'), 'utf8'), lockBefore);

        const entries = unzipSync(await readFile(join(work, 'pkg.zip')));
        assert.ok(entries['imsmanifest.xml'], 'imsmanifest.xml at the root of the zip');
        assert.ok(entries['course/course.json'], 'course/course.json in the zip');
        assert.ok(entries['index.html'], 'index.html launches the course');
        const shipped = JSON.parse(new TextDecoder().decode(entries['course/course.json'])) as { id: string };
        const authored = JSON.parse(await readFile(join(ROOT, 'courses', name, 'course.json'), 'utf8')) as { id: string };
        assert.equal(shipped.id, authored.id);
        assert.deepEqual(packageProblems(target, entries), []);
        const manifest = new TextDecoder().decode(entries['imsmanifest.xml']);
        assert.deepEqual((await validateManifestXsd(target, manifest)).errors, []);
      });
    }
  });
}
