/** Small helpers for the course package's own tests. */
import type { CourseFile } from '../model/types.js';

/** The smallest valid course: one module, one page, one text block. */
export function minimalCourse(): CourseFile {
  return {
    formatVersion: 1,
    id: 'mini',
    version: '1.0.0',
    title: 'Mini',
    lang: 'en-GB',
    completion: { rule: 'viewed' },
    support: { contacts: [{ name: 'Samaritans', phone: '116 123' }] },
    modules: [{ id: 'm1', title: 'One', pages: [{ id: 'p1', title: 'Page', blocks: [{ type: 'text', id: 't1', body: 'Hello.' }] }] }],
  };
}

/** 1-based line and column of the first occurrence of `needle` in `text`. */
export function locate(text: string, needle: string, from = 0): { line: number; column: number } {
  const at = text.indexOf(needle, from);
  if (at < 0) throw new Error(`"${needle}" not in text`);
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  return { line, column: at - before.lastIndexOf('\n') };
}
