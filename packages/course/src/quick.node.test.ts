import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parse } from './index.js';
import { parseQuick } from './quick.js';
import { courseSchema } from './model/schema.generated.js';
import { runtimeCourseSchema } from './model/schema.runtime.generated.js';
import { withoutAnnotations } from '../scripts/runtime-schema.js';
import { minimalCourse } from './testing/fixtures.js';
import { syntheticCourseText } from './testing/index.js';

const root = new URL('../../../', import.meta.url);
const shipped = ['example', 'practitioner', 'senior-leader', 'champion'].map((name) => {
  const read = (file: string) => {
    const url = new URL(`courses/${name}/${file}`, root);
    return existsSync(url) ? readFileSync(url, 'utf8') : undefined;
  };
  return { name, text: read('course.json')!, lock: read('course.lock.json') };
});

test('the run-time schema is the full schema without its annotations (else run scripts/write-runtime-schema.ts)', () => {
  assert.deepEqual(runtimeCourseSchema, withoutAnnotations(courseSchema));
  assert.ok(JSON.stringify(runtimeCourseSchema).length < JSON.stringify(courseSchema).length / 2);
});

test('annotations go, but properties named like them stay', () => {
  const stripped = withoutAnnotations(courseSchema);
  assert.equal(stripped.description, undefined);
  assert.ok(stripped.properties?.['title']);
  assert.ok(stripped.properties?.['description']);
  assert.equal(stripped.properties?.['title']?.description, undefined);
});

test('every shipped course parses quickly to exactly what parse gives', () => {
  for (const { name, text, lock } of shipped) {
    const full = parse(text, 'course.json', lock === undefined ? {} : { lock });
    assert.equal(full.ok, true, name);
    assert.deepEqual(parseQuick(text, lock === undefined ? {} : { lock }), full, name);
    assert.deepEqual(parseQuick(text, { ...(lock === undefined ? {} : { lock }), parsed: JSON.parse(text) }), full, `${name}, parsed once`);
    assert.deepEqual(parseQuick(text), parse(text, 'course.json'), `${name} without its lock`);
  }
  for (const seed of [1, 2, 3]) {
    const text = syntheticCourseText({ seed });
    assert.deepEqual(parseQuick(text), parse(text, 'course.json'));
  }
});

test('anything parse would report or warn about is left to parse', () => {
  const example = shipped[0]!;
  const course = JSON.parse(example.text) as Record<string, unknown>;
  const cases: Array<[string, string, string | undefined]> = [
    ['syntax error', '{"formatVersion": 1,', undefined],
    ['duplicate key', example.text.replace('"formatVersion": 1,', '"formatVersion": 1, "formatVersion": 1,'), undefined],
    ['unknown property', JSON.stringify({ ...course, colour: 'blue' }), undefined],
    ['future format', JSON.stringify({ ...course, formatVersion: 99 }), undefined],
    [
      'semantic problem',
      JSON.stringify({ ...course, modules: [...(course.modules as unknown[]), (course.modules as unknown[])[0]] }),
      undefined,
    ],
    ['broken lock', example.text, '{"lockVersion": 1,'],
    ['lock with a bad key', example.text, JSON.stringify({ ...JSON.parse(example.lock!), keys: { 'module:x': 0 } })],
    ['lock for another course', example.text, JSON.stringify({ ...JSON.parse(example.lock!), courseId: 'another' })],
  ];
  for (const [what, text, lock] of cases) {
    const options = lock === undefined ? {} : { lock };
    const full = parse(text, 'course.json', options);
    assert.ok(!full.ok || full.warnings.length > 0, `${what}: parse reports something`);
    assert.equal(parseQuick(text, options), undefined, what);
    // Given the caller's own JSON.parse (which keeps the last of two equal keys), it still steps aside.
    const parsed = (() => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        return undefined;
      }
    })();
    if (parsed !== undefined) assert.equal(parseQuick(text, { ...options, parsed }), undefined, `${what}, parsed once`);
  }
});

/** Random edits of a valid course: one value replaced, removed or added somewhere in the tree. */
const edited = fc
  .tuple(fc.nat(), fc.constantFrom('replace', 'remove', 'add'), fc.jsonValue({ maxDepth: 2 }), fc.string({ maxLength: 12 }))
  .map(([pick, how, value, name]) => {
    const course = JSON.parse(JSON.stringify(minimalCourse())) as Record<string, unknown>;
    const spots: Array<[Record<string, unknown> | unknown[], string | number]> = [];
    const walk = (node: unknown) => {
      if (Array.isArray(node))
        node.forEach((child, i) => {
          spots.push([node, i]);
          walk(child);
        });
      else if (node && typeof node === 'object')
        for (const [k, child] of Object.entries(node)) {
          spots.push([node as Record<string, unknown>, k]);
          walk(child);
        }
    };
    walk(course);
    const [parent, key] = spots[pick % spots.length]!;
    if (how === 'replace') (parent as Record<string | number, unknown>)[key] = value;
    else if (how === 'remove') {
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key as string];
    } else if (!Array.isArray(parent)) parent[name] = value;
    return JSON.stringify(course, null, 2);
  });

test('on randomly edited courses the quick path agrees with parse or steps aside', () => {
  let quickAccepted = 0;
  fc.assert(
    fc.property(edited, (text) => {
      const full = parse(text, 'course.json');
      const quick = parseQuick(text);
      if (quick === undefined) return true;
      assert.deepEqual(quick, full);
      quickAccepted++;
      return full.ok;
    }),
    { numRuns: 400 },
  );
  // Some edits keep the course valid (a title changed, an optional property dropped): both paths are exercised.
  assert.ok(quickAccepted > 0);
});
