import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { BLOCK_TYPES, parse, type CourseFile } from '@haven/course';
import { packageProblems } from '../../../lms/src/package/test-support/package-checks.js';
import { main } from '../main.js';
import type { Io } from './build.js';

const placeholderRuntime = fileURLToPath(new URL('../../../lms/src/package/test-support/fixture-runtime/', import.meta.url));

function capture(cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { stdout: { write: (t: string) => out.push(t) }, stderr: { write: (t: string) => err.push(t) }, cwd, env: {} };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}

let tmp: string;
before(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'haven-new-'));
});
after(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('haven new', () => {
  it('scaffolds a course that haven validate accepts as written', async () => {
    const made = capture(tmp);
    assert.equal(await main(['new', 'Safe Practice'], made.io), 0, made.stderr());
    assert.match(made.stdout(), /Created Safe Practice/);
    assert.deepEqual((await readdir(join(tmp, 'Safe Practice'))).sort(), [
      'course.json',
      'course.lock.json',
      'course.schema.json',
      'media',
    ]);
    const checked = capture(tmp);
    assert.equal(await main(['validate', 'Safe Practice'], checked.io), 0, checked.stdout() + checked.stderr());
  });

  it('writes an example of every block type, a content note, UK support contacts and its schema', async () => {
    const dir = join(tmp, 'Safe Practice');
    const text = await readFile(join(dir, 'course.json'), 'utf8');
    const course = JSON.parse(text) as CourseFile;
    assert.equal(course.id, 'safe-practice');
    assert.equal(course.$schema, './course.schema.json');
    const schema = JSON.parse(await readFile(join(dir, 'course.schema.json'), 'utf8'));
    assert.equal(schema.title, 'Haven course');
    const types = new Set(course.modules.flatMap((m) => m.pages.flatMap((p) => p.blocks.map((b) => b.type))));
    assert.deepEqual([...types].sort(), [...BLOCK_TYPES].sort());
    assert.ok(course.modules[0]?.contentNote?.summary);
    const phones = course.support.contacts.map((c) => c.phone);
    for (const phone of ['0808 2000 247', '116 123', '0808 800 5000', '0800 1111', '999']) assert.ok(phones.includes(phone), phone);
    const lockText = await readFile(join(dir, 'course.lock.json'), 'utf8');
    const parsed = parse(text, 'course.json', { lock: lockText });
    assert.ok(parsed.ok);
    assert.equal(parsed.lockChanged, false, 'the lock file already holds every key');
  });

  it('scaffolds a course that builds into a valid package', async () => {
    const built = capture(tmp);
    const code = await main(['build', 'Safe Practice', '--runtime', placeholderRuntime, '--out', 'safe.zip'], built.io);
    assert.equal(code, 0, built.stderr());
    const entries = unzipSync(await readFile(join(tmp, 'safe.zip')));
    assert.deepEqual(packageProblems('scorm12', entries), []);
    assert.ok(entries['course/media/welcome.svg']);
  });

  it('uses --id and --title, and an empty folder is fine', async () => {
    await mkdir(join(tmp, 'empty'));
    const c = capture(tmp);
    assert.equal(await main(['new', 'empty', '--id', 'leaders-2025', '--title', 'Leading with care'], c.io), 0, c.stderr());
    const course = JSON.parse(await readFile(join(tmp, 'empty', 'course.json'), 'utf8')) as CourseFile;
    assert.equal(course.id, 'leaders-2025');
    assert.equal(course.title, 'Leading with care');
  });

  it('refuses to write into a folder that is not empty, and changes nothing there', async () => {
    const dir = join(tmp, 'busy');
    await mkdir(dir);
    await writeFile(join(dir, 'notes.txt'), 'mine');
    const c = capture(tmp);
    assert.equal(await main(['new', 'busy'], c.io), 1);
    assert.match(c.stderr(), /busy is not empty: haven new only writes into a new or empty folder/);
    assert.deepEqual(await readdir(dir), ['notes.txt']);
  });

  it('exits 2 on wrong usage, and 0 with help', async () => {
    for (const argv of [['new'], ['new', 'a', 'b'], ['new', 'x', '--id', 'Not A Slug'], ['new', 'x', '--wat']]) {
      const c = capture(tmp);
      assert.equal(await main(argv, c.io), 2, argv.join(' '));
      assert.match(c.stderr(), /haven new --help/);
    }
    const help = capture(tmp);
    assert.equal(await main(['new', '--help'], help.io), 0);
    assert.match(help.stdout(), /^Usage: haven new <dir>/);
  });
});
