/**
 * Haven's safe markup: a tiny subset that authors can write in JSON strings and the player renders
 * with Lit templates (never innerHTML). Blank lines separate paragraphs; "- " and "1. " start list
 * items; *emphasis*, **strong** and [links](https://...) work inline; a backslash makes the next
 * punctuation mark literal. Raw HTML is never allowed.
 */

export type MarkupInline =
  | { readonly type: 'text'; readonly text: string }
  | { readonly type: 'em'; readonly children: readonly MarkupInline[] }
  | { readonly type: 'strong'; readonly children: readonly MarkupInline[] }
  | { readonly type: 'link'; readonly href: string; readonly children: readonly MarkupInline[] };

export type MarkupBlock =
  | { readonly type: 'paragraph'; readonly children: readonly MarkupInline[] }
  | { readonly type: 'list'; readonly ordered: boolean; readonly items: readonly (readonly MarkupInline[])[] };

export type MarkupNode = MarkupBlock | MarkupInline;

export interface MarkupIssue {
  /** Index in the (decoded) string where the problem starts. */
  readonly index: number;
  readonly message: string;
  readonly hint: string;
}

const SAFE_LINK = /^(https:\/\/[^\s]+|mailto:[^\s]+|tel:[0-9+() -]+)$/;
const LIST_ITEM = /^(- |\d{1,3}\. )/;
const HTML_START = /^<[a-zA-Z/!]/;

/** Parses markup into blocks. Never throws: anything it cannot read stays literal text. */
export function parseMarkup(text: string): MarkupBlock[] {
  return scanMarkup(text).blocks;
}

/** The problems an author should fix, with their index in the string. */
export function checkMarkup(text: string): MarkupIssue[] {
  // Only "*", "[" and "<" can be written wrongly; plain text needs no scan.
  if (!/[*[<]/.test(text)) return [];
  if (text.includes('\n')) return scan(text, false).issues;
  // One line (most prompts and notes): a paragraph or a list item on its own.
  const line = text.charCodeAt(text.length - 1) === 13 ? text.slice(0, -1) : text;
  if (line.trim() === '') return [];
  const issues: MarkupIssue[] = [];
  const marker = LIST_ITEM.exec(line);
  if (marker) inline(line.slice(marker[0].length), marker[0].length, issues, false);
  else inline(line, 0, issues, false);
  return issues;
}

export function scanMarkup(text: string): { blocks: MarkupBlock[]; issues: MarkupIssue[] } {
  return scan(text, true);
}

/** With `collect` false only the issues are wanted: no text or nodes are built (the course check runs this on every string). */
function scan(text: string, collect: boolean): { blocks: MarkupBlock[]; issues: MarkupIssue[] } {
  const blocks: MarkupBlock[] = [];
  const issues: MarkupIssue[] = [];
  // The open paragraph (its lines and where it starts) and the open list; flushed by a blank line or a change of kind.
  let paragraph: string[] | undefined;
  let paragraphStart = 0;
  let list: { ordered: boolean; items: MarkupInline[][] } | undefined;
  let offset = 0;
  const lines = text.split('\n');
  for (let n = 0; n <= lines.length; n++) {
    const last = n === lines.length;
    const raw = last ? '' : lines[n]!;
    const lineStart = offset;
    offset += raw.length + 1;
    const line = raw.charCodeAt(raw.length - 1) === 13 ? raw.slice(0, -1) : raw;
    const marker = last || line.trim() === '' ? null : LIST_ITEM.exec(line);
    if (paragraph && (last || marker || line.trim() === '')) {
      blocks.push({ type: 'paragraph', children: inline(paragraph.join('\n'), paragraphStart, issues, collect) });
      paragraph = undefined;
    }
    if (list && (last || !marker || list.ordered !== (marker[0] !== '- '))) {
      blocks.push({ type: 'list', ordered: list.ordered, items: list.items });
      list = undefined;
    }
    if (last || line.trim() === '') continue;
    if (marker) {
      list ??= { ordered: marker[0] !== '- ', items: [] };
      list.items.push(inline(line.slice(marker[0].length), lineStart + marker[0].length, issues, collect));
      continue;
    }
    if (!paragraph) {
      paragraph = [];
      paragraphStart = lineStart;
    }
    paragraph.push(line);
  }
  return { blocks, issues };
}

/** Characters that may start markup inside a line; everything else is copied as it is. */
const isSpecial = (code: number) => code === 92 /* \ */ || code === 60 /* < */ || code === 42 /* * */ || code === 91; /* [ */
const ESCAPABLE = /[\\*[\]()<>_-]/;
const LINK = /\[([^\]\n]+)\]\(([^)\s]*)\)/y;
const TAG = /<\/?([a-zA-Z][a-zA-Z0-9]*)?/y;

/** Parses inline markup; `base` is the index of `s` in the whole string, for issue positions. */
function inline(s: string, base: number, issues: MarkupIssue[], collect: boolean): MarkupInline[] {
  const out: MarkupInline[] = [];
  let reported: Set<string> | undefined;
  let buffer = '';
  let i = 0;
  while (i < s.length) {
    if (!isSpecial(s.charCodeAt(i))) {
      let j = i + 1;
      while (j < s.length && !isSpecial(s.charCodeAt(j))) j++;
      if (collect) buffer += s.slice(i, j);
      i = j;
      continue;
    }
    const c = s[i]!;
    if (c === '\\' && i + 1 < s.length && ESCAPABLE.test(s[i + 1]!)) {
      if (collect) buffer += s[i + 1];
      i += 2;
      continue;
    }
    if (c === '<' && HTML_START.test(s.slice(i, i + 2))) {
      const closing = s[i + 1] === '/';
      TAG.lastIndex = i;
      const tag = TAG.exec(s)?.[1]?.toLowerCase() ?? '';
      // One error per element: a closing tag after its reported opening tag adds nothing.
      if (!(closing && reported?.has(tag))) {
        (reported ??= new Set()).add(tag);
        issues.push({
          index: base + i,
          message: `raw HTML is not allowed${tag ? ` (<${tag}>)` : ''}`,
          hint: htmlHint(tag),
        });
      }
      if (collect) buffer += c;
      i++;
      continue;
    }
    if (c === '*' && s[i + 1] === '*') {
      const close = s.indexOf('**', i + 2);
      if (close > i + 2) {
        const children = inline(s.slice(i + 2, close), base + i + 2, issues, collect);
        if (collect) {
          if (buffer) out.push({ type: 'text', text: buffer });
          buffer = '';
          out.push({ type: 'strong', children });
        }
        i = close + 2;
        continue;
      }
      issues.push({
        index: base + i,
        message: '"**" is never closed',
        hint: 'Close strong text with ** or write \\* for a literal asterisk.',
      });
      if (collect) buffer += '**';
      i += 2;
      continue;
    }
    if (c === '*' && s[i + 1] !== undefined && !/\s/.test(s[i + 1]!)) {
      const close = findEmClose(s, i + 1);
      if (close > 0) {
        const children = inline(s.slice(i + 1, close), base + i + 1, issues, collect);
        if (collect) {
          if (buffer) out.push({ type: 'text', text: buffer });
          buffer = '';
          out.push({ type: 'em', children });
        }
        i = close + 1;
        continue;
      }
      issues.push({ index: base + i, message: '"*" is never closed', hint: 'Close emphasis with * or write \\* for a literal asterisk.' });
    }
    if (c === '[') {
      LINK.lastIndex = i;
      const link = LINK.exec(s);
      if (link) {
        const href = link[2]!;
        if (!SAFE_LINK.test(href)) {
          issues.push({
            index: base + i + link[1]!.length + 3,
            message: href ? `link "${href}" is not allowed` : 'link has no address',
            hint: href.startsWith('http://')
              ? 'Use https:// so the link is secure.'
              : 'Links must start with https://, mailto: or tel:. Files in the course belong in a resource block.',
          });
          if (collect) buffer += link[0];
        } else {
          const children = inline(link[1]!, base + i + 1, issues, collect);
          if (collect) {
            if (buffer) out.push({ type: 'text', text: buffer });
            buffer = '';
            out.push({ type: 'link', href, children });
          }
        }
        i += link[0].length;
        continue;
      }
    }
    if (collect) buffer += c;
    i++;
  }
  if (buffer) out.push({ type: 'text', text: buffer });
  return out;
}

function findEmClose(s: string, from: number): number {
  for (let k = from; k < s.length; k++) {
    if (s[k] === '\\') {
      k++;
      continue;
    }
    if (s[k] === '*') {
      if (s[k + 1] === '*') {
        const close = s.indexOf('**', k + 2);
        if (close < 0) return -1;
        k = close + 1;
        continue;
      }
      return /\s/.test(s[k - 1] ?? ' ') ? -1 : k;
    }
  }
  return -1;
}

function htmlHint(tag: string): string {
  if (tag === 'b' || tag === 'strong') return 'Write **strong text** instead.';
  if (tag === 'i' || tag === 'em') return 'Write *emphasis* instead.';
  if (tag === 'a') return 'Write [link text](https://example.org) instead.';
  if (tag === 'br' || tag === 'p') return 'Leave a blank line between paragraphs instead.';
  if (tag === 'ul' || tag === 'ol' || tag === 'li') return 'Start lines with "- " or "1. " for lists instead.';
  return 'Haven markup has no HTML: use *emphasis*, **strong**, lists and [links](https://...). Write \\< for a literal "<".';
}
