import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../../bin/haven.mjs', import.meta.url));
const example = fileURLToPath(new URL('../../../../courses/example', import.meta.url));

function haven(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** Runs `body` in a fresh folder holding a copy of courses/example, removed afterwards. */
function inWorkspace(body: (dir: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'haven-cli-'));
  try {
    cpSync(example, join(dir, 'courses', 'example'), { recursive: true });
    body(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('validate: a valid course exits 0 with a summary line', () =>
  inWorkspace((dir) => {
    const r = haven(dir, 'validate', 'courses');
    assert.equal(r.code, 0, r.out + r.err);
    assert.equal(r.out, '✓ courses/example/course.json: valid (3 modules, 9 pages)\n');
  }));

test('validate: errors exit 1, one line each in file:line:col pointer: message; hint form, and the file is untouched', () =>
  inWorkspace((dir) => {
    const file = join(dir, 'courses/example/course.json');
    const broken = readFileSync(file, 'utf8').replace('"type": "reflection"', '"type": "questoin"');
    writeFileSync(file, broken);
    const r = haven(dir, 'validate', 'courses/example');
    assert.equal(r.code, 1);
    const lines = r.out.trim().split('\n');
    const line = broken.slice(0, broken.indexOf('"questoin"')).split('\n').length;
    const column = broken.indexOf('"questoin"') - broken.lastIndexOf('\n', broken.indexOf('"questoin"'));
    assert.equal(
      lines[0],
      `courses/example/course.json:${line}:${column} /modules/1/pages/2/blocks/1/type: unknown block type "questoin"; did you mean "question"?`,
    );
    assert.equal(lines.at(-1), '✗ 1 problem in 1 of 1 file');
    assert.equal(readFileSync(file, 'utf8'), broken, 'an invalid file is never modified');
    assert.doesNotMatch(r.out + r.err, /\n\s+at /, 'no stack traces');
  }));

test('validate: a file the course refers to but its folder lacks is an error at the reference, with a fix', () =>
  inWorkspace((dir) => {
    const media = join(dir, 'courses/example/media');
    rmSync(join(media, 'teacher-voice.vtt'));
    renameSync(join(media, 'calm-path.svg'), join(media, 'Calm-Path.svg'));
    const text = readFileSync(join(dir, 'courses/example/course.json'), 'utf8');
    const where = (needle: string) => {
      const at = text.indexOf(needle);
      return `${text.slice(0, at).split('\n').length}:${at - text.lastIndexOf('\n', at)}`;
    };
    const r = haven(dir, 'validate', 'courses/example');
    assert.equal(r.code, 1);
    assert.deepEqual(r.out.trim().split('\n'), [
      `courses/example/course.json:${where('"media/calm-path.svg"')} /modules/0/pages/0/blocks/1/src: "media/calm-path.svg" is not in the course folder; Did you mean "media/Calm-Path.svg"? File names are case-sensitive on web servers and in most LMSs.`,
      `courses/example/course.json:${where('"media/teacher-voice.vtt"')} /modules/0/pages/1/blocks/2/captions: "media/teacher-voice.vtt" is not in the course folder; Put the file at courses/example/media/teacher-voice.vtt, or correct the path: it is relative to the folder that holds course.json.`,
      '✗ 2 problems in 1 of 1 file',
    ]);
  }));

test('validate: captions that are not WebVTT are an error at the reference, and SubRip gets a recipe to convert it', () =>
  inWorkspace((dir) => {
    const captions = join(dir, 'courses/example/media/teacher-voice.vtt');
    writeFileSync(captions, '1\n00:00:00,000 --> 00:00:02,000\n[A teacher speaking] Hello.\n');
    const r = haven(dir, 'validate', 'courses/example');
    assert.equal(r.code, 1);
    assert.match(
      r.out,
      /^courses\/example\/course\.json:\d+:\d+ \/modules\/0\/pages\/1\/blocks\/2\/captions: "media\/teacher-voice\.vtt" holds SubRip \(\.srt\) captions, which browsers do not show; Convert it to WebVTT: add a line "WEBVTT"/,
    );
    writeFileSync(captions, 'Just some words\n');
    assert.match(
      haven(dir, 'validate', 'courses/example').out,
      /"media\/teacher-voice\.vtt" is not a WebVTT captions file; Captions must be WebVTT/,
    );
    writeFileSync(captions, '\ufeffWEBVTT\n\n00:00:00.000 --> 00:00:02.000\nHello.\n');
    assert.equal(haven(dir, 'validate', 'courses/example').code, 0, 'WebVTT with a byte-order mark is fine');
  }));

test('validate: a file saved in another encoding than UTF-8 is an error at its first such character', () =>
  inWorkspace((dir) => {
    const file = join(dir, 'courses/example/course.json');
    const text = readFileSync(file, 'utf8');
    // A curly apostrophe at the start of the title, as Windows-1252 saves it: one byte, 0x92.
    const at = text.indexOf('"title": "') + '"title": "'.length;
    writeFileSync(file, Buffer.concat([Buffer.from(text.slice(0, at), 'utf8'), Buffer.from([0x92]), Buffer.from(text.slice(at), 'utf8')]));
    const r = haven(dir, 'validate', 'courses/example');
    assert.equal(r.code, 1);
    const line = text.slice(0, at).split('\n').length;
    const column = at - text.lastIndexOf('\n', at);
    assert.equal(
      r.out.split('\n')[0],
      `courses/example/course.json:${line}:${column} /: the file is not saved as UTF-8: this character is in another encoding (often Windows-1252); Save the file as UTF-8 in your editor (in Notepad: Save as, then Encoding: UTF-8), then check the characters here.`,
    );
  }));

test('validate --json prints machine-readable results', () =>
  inWorkspace((dir) => {
    const r = haven(dir, 'validate', '--json', 'courses/example/course.json');
    assert.equal(r.code, 0);
    const [report] = JSON.parse(r.out);
    assert.deepEqual(
      { file: report.file, ok: report.ok, modules: report.modules, pages: report.pages },
      {
        file: 'courses/example/course.json',
        ok: true,
        modules: 3,
        pages: 9,
      },
    );
  }));

test('usage errors exit 2 with a usage line; --help exits 0', () =>
  inWorkspace((dir) => {
    for (const args of [['validate'], ['validate', '--nope', 'courses'], ['validate', 'missing-folder'], [], ['frobnicate']]) {
      const r = haven(dir, ...args);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.err, /Usage: haven/);
    }
    for (const verb of ['validate', 'lock']) {
      const r = haven(dir, verb, '--help');
      assert.equal(r.code, 0);
      assert.match(r.out, new RegExp(`Usage: haven ${verb}`));
    }
  }));

test('lock writes a missing lock, validate warns until it exists, and a stale lock is extended append-only', () =>
  inWorkspace((dir) => {
    const lockFile = join(dir, 'courses/example/course.lock.json');
    const original = readFileSync(lockFile, 'utf8');
    rmSync(lockFile);
    const warned = haven(dir, 'validate', 'courses');
    assert.equal(warned.code, 0);
    assert.match(warned.out, /warning courses\/example\/course.lock.json:1:1 \/: there is no lock file.*haven lock courses\/example/);
    const written = haven(dir, 'lock', 'courses/example');
    assert.equal(written.code, 0, written.out);
    assert.equal(readFileSync(lockFile, 'utf8'), original, 'document order gives the committed keys');
    assert.match(haven(dir, 'lock', 'courses/example').out, /up to date/);

    const file = join(dir, 'courses/example/course.json');
    const course = JSON.parse(readFileSync(file, 'utf8'));
    course.modules[0].pages[0].blocks.unshift({ type: 'reflection', id: 'first-thoughts', prompt: 'What brings you here?' });
    writeFileSync(file, JSON.stringify(course, null, 2));
    assert.match(haven(dir, 'validate', 'courses').out, /missing keys for new parts/);
    assert.equal(haven(dir, 'lock', 'courses/example').code, 0);
    const before = JSON.parse(original).keys;
    const after = JSON.parse(readFileSync(lockFile, 'utf8')).keys;
    for (const [name, key] of Object.entries(before)) assert.equal(after[name], key, name);
    assert.equal(after['b:first-thoughts'], JSON.parse(original).next);
  }));

test('lock refuses an invalid course and writes nothing', () =>
  inWorkspace((dir) => {
    const lockFile = join(dir, 'courses/example/course.lock.json');
    rmSync(lockFile);
    const file = join(dir, 'courses/example/course.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"formatVersion": 1,', ''));
    const r = haven(dir, 'lock', 'courses/example');
    assert.equal(r.code, 1);
    assert.match(r.out, /missing "formatVersion"/);
    assert.equal(existsSync(lockFile), false);
  }));
