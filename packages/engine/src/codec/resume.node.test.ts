import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { decode, encode } from './resume.js';
import { encodeWithin } from './within.js';
import { normaliseForResume } from './normalise.js';
import { arbRun } from '../testing/arbitrary.js';
import { replay } from '../testing/replay.js';
import { blockKey, buildCourse } from '../testing/build.js';
import { completeLearner } from '../testing/learner.js';
import { exampleCourse, parsedSynthetic } from '../testing/parsed.js';
import type { Progress } from '../types.js';
import type { Course } from '@haven/course';

const SAFE = /^[A-Za-z0-9._~-]+$/;

test('round trip on random progress of random courses: decode(encode(p)) = normaliseForResume(p), encode(decode(s)) = s', () => {
  fc.assert(
    fc.property(arbRun, ([course, events, seed]) => {
      const states = replay(course, events, seed);
      for (const p of [states[Math.floor(states.length / 2)]!, states[states.length - 1]!]) {
        const s = encode(course, p);
        assert.match(s, SAFE);
        const d = decode(course, s);
        assert.ok(d.ok, d.ok ? '' : d.message);
        assert.deepEqual(d.progress, normaliseForResume(course, p));
        assert.equal(encode(course, d.progress), s);
      }
    }),
    { numRuns: 150 },
  );
});

test('after random removals from the course, what is left decodes exactly (keys, never positions)', () => {
  fc.assert(
    fc.property(arbRun, fc.array(fc.boolean(), { maxLength: 40 }), ([course, events, seed], keep) => {
      const p = replay(course, events, seed).at(-1)!;
      const s = encode(course, p);
      let i = 0;
      const kept = () => keep[i++ % Math.max(1, keep.length)] !== false;
      // Remove some pages and blocks, and reverse the module order: keys stay with what they name.
      const edited: Course = {
        ...course,
        modules: course.modules
          .map((m) => ({
            ...m,
            pages: m.pages
              .filter(kept)
              .map((page) => ({ ...page, blocks: page.blocks.filter(kept) }))
              .filter((page) => page.blocks.length > 0),
          }))
          .filter((m) => m.pages.length > 0)
          .reverse(),
      };
      if (!edited.modules.length) return;
      const d = decode(edited, s);
      assert.ok(d.ok, d.ok ? '' : d.message);
      assert.deepEqual(d.progress, normaliseForResume(edited, normaliseForResume(course, p)));
    }),
    { numRuns: 150 },
  );
});

test('synthetic course of 500 questions and 2,000 blocks, all viewed and answered: within 1,100 characters', () => {
  const course = parsedSynthetic({ questions: 500, blocks: 2000 });
  const p = completeLearner(course);
  assert.equal(Object.keys(p.blocks).length, 500);
  const s = encode(course, p);
  assert.ok(s.length <= 1100, `${s.length} characters`);
  const d = decode(course, s);
  assert.ok(d.ok);
  assert.deepEqual(d.progress, normaliseForResume(course, p));
  assert.equal(
    d.progress.viewed.length,
    course.modules.reduce((n, m) => n + m.pages.length, 0),
  );
});

test('free text never enters resume data, and times are coarsened as documented', () => {
  const course = exampleCourse();
  const p = completeLearner(course, { activities: true });
  const s = encode(course, p);
  const d = decode(course, s);
  assert.ok(d.ok);
  assert.equal(d.progress.timeSpentMs, Math.floor(p.timeSpentMs / 1000) * 1000);
  const answer = Object.values(d.progress.blocks).find((b) => b.kind === 'question');
  assert.ok(answer?.kind === 'question');
  assert.deepEqual(
    Object.values(answer.items).map((i) => [i.at, i.latencyMs]),
    Object.values(answer.items).map(() => ['', 0]),
  );
  assert.equal(d.progress.blocks[blockKey(course, 'what-i-notice')]?.kind, 'reflection');
});

test('foreign, corrupt, empty and unknown-version data give typed errors, never a throw', () => {
  const course = exampleCourse();
  const s = encode(course, completeLearner(course));
  const other = buildCourse({ id: 'another-course', modules: [{ id: 'm', pages: [{ id: 'p' }] }] });
  const codeOf = (data: string) => {
    const r = decode(course, data);
    return r.ok ? 'ok' : r.code;
  };
  assert.equal(codeOf(encode(other, completeLearner(other))), 'RESUME_FOREIGN');
  assert.equal(codeOf(''), 'RESUME_EMPTY');
  assert.equal(codeOf('  '), 'RESUME_EMPTY');
  assert.equal(codeOf(` ${s}\n`), 'ok', 'padding added by an LMS is ignored');
  assert.equal(codeOf('9' + s.slice(1)), 'RESUME_VERSION');
  assert.equal(codeOf('{"viewed":[1,2]}'), 'RESUME_CORRUPT');
  assert.equal(codeOf(s.slice(0, -3)), 'RESUME_CORRUPT');
  assert.equal(codeOf(s + 'A'), 'RESUME_CORRUPT');
  fc.assert(
    fc.property(fc.nat(s.length - 2), fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'), (i, c) => {
      const mangled = s.slice(0, i + 1) + c + s.slice(i + 2);
      if (mangled === s) return;
      assert.equal(codeOf(mangled), 'RESUME_CORRUPT');
    }),
    { numRuns: 300 },
  );
  fc.assert(
    fc.property(fc.string({ maxLength: 200 }), (junk) => {
      const r = decode(course, junk);
      assert.ok(!r.ok || r.progress.courseId === course.id);
    }),
  );
});

test('a course edit keeps progress on unchanged blocks and drops what was removed', () => {
  const before = buildCourse({
    id: 'edited',
    modules: [
      {
        id: 'm',
        pages: [
          { id: 'p1', blocks: [{ type: 'question', id: 'q1', items: [{ options: 4, correct: [1] }] }] },
          { id: 'p2', blocks: [{ type: 'question', id: 'q2', items: [{ options: 4, correct: [2] }] }] },
          { id: 'p3', blocks: [{ type: 'reflection', id: 'r' }] },
        ],
      },
    ],
  });
  const p = completeLearner(before, { activities: true });
  const s = encode(before, p);
  // Same keys as the lock would keep them: p2 and q2 removed, a new page added with a new key.
  const pages = before.modules[0]!.pages;
  const after = {
    ...before,
    modules: [{ ...before.modules[0]!, pages: [pages[2]!, pages[0]!, { ...pages[1]!, id: 'p4', key: 99, blocks: [] }] }],
  };
  const d = decode(after, s);
  assert.ok(d.ok);
  assert.deepEqual(d.progress.viewed, [pages[0]!.key, pages[2]!.key], 'p2 dropped, the new page not viewed');
  assert.deepEqual(Object.keys(d.progress.blocks).map(Number), [blockKey(before, 'q1'), blockKey(before, 'r')]);
  assert.deepEqual(d.progress.blocks[blockKey(before, 'q1')], normaliseForResume(before, p).blocks[blockKey(before, 'q1')]);
});

test('encodeWithin drops the least important detail first and says what it dropped', () => {
  const course = parsedSynthetic({ questions: 500, blocks: 2000 });
  const p = completeLearner(course, { activities: true });
  const full = encode(course, p);
  const roomy = encodeWithin(course, p, 4096);
  assert.deepEqual(roomy, { ok: true, data: full, dropped: [] });
  const tight = encodeWithin(course, p, 1100);
  assert.ok(tight.ok);
  assert.ok(tight.data.length <= 1100);
  assert.equal(tight.dropped[0], 'scenario-paths');
  const d = decode(course, tight.data);
  assert.ok(d.ok);
  const n = normaliseForResume(course, p);
  assert.deepEqual([d.progress.viewed, d.progress.assessments, d.progress.completedAt], [n.viewed, n.assessments, n.completedAt]);
  const impossible = encodeWithin(course, p, 10);
  assert.equal(impossible.ok, false);
  assert.ok(!impossible.ok && impossible.code === 'RESUME_TOO_LARGE' && impossible.data.length > 10);
});

test('decoding never half-restores: every result is whole progress for this course', () => {
  const course = exampleCourse();
  const p: Progress = completeLearner(course, { activities: true });
  const s = encode(course, p);
  for (let cut = 1; cut < s.length; cut++) {
    const r = decode(course, s.slice(0, cut));
    assert.equal(r.ok, false, `prefix of ${cut} characters`);
  }
});
