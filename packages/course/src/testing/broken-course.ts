/**
 * Node-only helpers for the tests that break a course on purpose: start from the smallest valid
 * course, change it, and get its text and every error `parse` reports (the quick path must leave such
 * a file to `parse`).
 */
import assert from 'node:assert/strict';
import { parse } from '../parse.js';
import { parseQuick } from '../quick.js';
import type { CourseError } from '../model/types.js';
import { minimalCourse } from './fixtures.js';

export type Json = Record<string, unknown>;
export const FILE = 'courses/x/course.json';

export function errorsOf(edit: (c: Json) => void): { text: string; errors: readonly CourseError[] } {
  const course = minimalCourse() as unknown as Json;
  edit(course);
  const text = JSON.stringify(course, null, 2);
  const r = parse(text, FILE);
  assert.equal(r.ok, false, 'expected errors');
  assert.equal(parseQuick(text), undefined, 'the quick path leaves a file with errors to parse');
  return { text, errors: r.ok ? [] : r.errors };
}

export const page = (c: Json) => ((c['modules'] as Json[])[0]!['pages'] as Json[])[0]!;
export const blocks = (c: Json) => page(c)['blocks'] as Json[];

export const question = (over: Json = {}): Json => ({
  type: 'question',
  id: 'q1',
  prompt: 'Which?',
  mode: 'single',
  options: [
    { id: 'a', text: 'A', feedback: 'Yes.' },
    { id: 'b', text: 'B', feedback: 'No.' },
  ],
  correct: ['a'],
  ...over,
});
export const choice = (id: string, next: string): Json => ({ id, text: id, next, feedback: 'f', quality: 'best' });
export const ending = (id: string): Json => ({ id, text: 'End.', end: { outcome: 'good', summary: 'Done.' } });
