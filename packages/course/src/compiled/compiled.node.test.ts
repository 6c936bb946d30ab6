import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from '../index.js';
import { compileCourse, isCompiled, readCompiled } from './compiled.js';
import { minimalCourse } from '../testing/fixtures.js';

const root = new URL('../../../../', import.meta.url);
const shipped = (name: string) => {
  const read = (file: string) => readFileSync(new URL(`courses/${name}/${file}`, root), 'utf8');
  const parsed = parse(read('course.json'), 'course.json', { lock: read('course.lock.json') });
  assert.ok(parsed.ok, name);
  return parsed.course;
};

/** A compiled course as it comes out of a package: JSON text, parsed again. */
const roundTrip = (value: unknown): Record<string, unknown> => JSON.parse(JSON.stringify(value)) as Record<string, unknown>;

for (const name of ['example', 'practitioner', 'senior-leader', 'champion']) {
  test(`${name}: the compiled course reads back as the very course parse gave`, () => {
    const course = shipped(name);
    const read = readCompiled(roundTrip(compileCourse(course)));
    assert.ok(read.ok, read.ok ? '' : read.message);
    const { compiled: _marker, ...plain } = read.course as unknown as Record<string, unknown>;
    assert.deepEqual(plain, roundTrip(course));
  });
}

test('an authored course is never taken for a compiled one', () => {
  assert.equal(isCompiled(minimalCourse()), false);
});

test('checking a compiled course (say, one taken out of a package) says to check the authored one instead', () => {
  const text = JSON.stringify(compileCourse(shipped('example')), null, 2);
  const parsed = parse(text, 'course/course.json');
  assert.equal(parsed.ok, false);
  if (parsed.ok) return;
  assert.equal(parsed.errors.length, 1);
  const [error] = parsed.errors;
  assert.deepEqual([error!.pointer, error!.line, error!.column], ['/compiled', 2, 3]);
  assert.match(error!.message, /compiled course/);
  assert.match(error!.hint ?? '', /course folder/);
});

test('a damaged compiled course gets a message that says what is wrong and how to fix it', () => {
  const good = roundTrip(compileCourse(shipped('example')));
  const cases: [string, (c: Record<string, unknown>) => void, RegExp][] = [
    ['another Haven', (c) => ((c['compiled'] as Record<string, unknown>)['format'] = 99), /different version of Haven/],
    ['no modules', (c) => (c['modules'] = []), /no modules/],
    ['no title', (c) => delete c['title'], /title/],
    [
      'a page without blocks',
      (c) => delete (c['modules'] as Record<string, Record<string, unknown>[]>[])[0]!['pages']![0]!['blocks'],
      /page/,
    ],
    [
      'an unknown block',
      (c) => ((c['modules'] as { pages: { blocks: { type: string }[] }[] }[])[0]!.pages[0]!.blocks[0]!.type = 'script'),
      /block/,
    ],
  ];
  for (const [what, damage, expected] of cases) {
    const copy = roundTrip(good);
    damage(copy);
    const read = readCompiled(copy);
    assert.equal(read.ok, false, what);
    if (!read.ok) {
      assert.match(read.message, expected, what);
      assert.match(read.message, /haven build/, what);
    }
  }
});

test('a tracked block without its tracking key is refused (progress could not be kept against it)', () => {
  const copy = roundTrip(compileCourse(shipped('practitioner')));
  const blocks = (copy['modules'] as { pages: { blocks: Record<string, unknown>[] }[] }[]).flatMap((m) => m.pages.flatMap((p) => p.blocks));
  const tracked = blocks.find((b) => b['type'] === 'question')!;
  delete tracked['key'];
  const read = readCompiled(copy);
  assert.equal(read.ok, false);
  assert.match(read.ok ? '' : read.message, /tracking key/);
});

test('a compiled course cannot smuggle in an address the checker would refuse', () => {
  type Loose = Record<string, unknown> & { modules: { pages: { blocks: Record<string, unknown>[] }[] }[] };
  const blocks = (c: Loose) => c.modules.flatMap((m) => m.pages.flatMap((p) => p.blocks));
  const cases: [string, (c: Loose) => void][] = [
    ['a script link on a resource', (c) => (blocks(c).find((b) => b['type'] === 'resource')!['href'] = 'javascript:alert(1)')],
    ['media from another site', (c) => (blocks(c).find((b) => b['type'] === 'media')!['src'] = 'https://example.org/x.png')],
    ['media outside the course folder', (c) => (blocks(c).find((b) => b['type'] === 'media')!['src'] = '../../secret.png')],
    ['a script quick exit', (c) => (c['quickExit'] = { url: 'javascript:alert(1)' })],
    ['a script support link', (c) => ((c['support'] as { contacts: Record<string, unknown>[] }).contacts[0]!['url'] = 'javascript:x')],
    ['a phone number with words', (c) => ((c['support'] as { contacts: Record<string, unknown>[] }).contacts[0]!['phone'] = '999 call me')],
    ['a data: reference', (c) => (c['references'] as Record<string, unknown>[]).push({ text: 'x', url: 'data:text/html,hi' })],
  ];
  for (const [what, damage] of cases) {
    const copy = roundTrip(compileCourse(shipped('example'))) as Loose;
    damage(copy);
    const read = readCompiled(copy);
    assert.equal(read.ok, false, what);
    assert.match(read.ok ? '' : read.message, /address|web address/, what);
  }
});

test('things that are not courses at all are refused without throwing', () => {
  for (const value of [null, 3, 'x', [], {}, { compiled: true }, { compiled: { format: 1, formatVersion: 1 } }]) {
    assert.equal(readCompiled(value).ok, false, JSON.stringify(value));
  }
});
