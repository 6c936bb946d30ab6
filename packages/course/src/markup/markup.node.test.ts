import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkMarkup, parseMarkup } from '../index.js';

test('paragraphs, lists, emphasis, strong and links', () => {
  assert.deepEqual(parseMarkup('One *two* **three**.\n\n- a\n- [b](https://example.org)\n\n1. first\n2. second'), [
    {
      type: 'paragraph',
      children: [
        { type: 'text', text: 'One ' },
        { type: 'em', children: [{ type: 'text', text: 'two' }] },
        { type: 'text', text: ' ' },
        { type: 'strong', children: [{ type: 'text', text: 'three' }] },
        { type: 'text', text: '.' },
      ],
    },
    {
      type: 'list',
      ordered: false,
      items: [[{ type: 'text', text: 'a' }], [{ type: 'link', href: 'https://example.org', children: [{ type: 'text', text: 'b' }] }]],
    },
    { type: 'list', ordered: true, items: [[{ type: 'text', text: 'first' }], [{ type: 'text', text: 'second' }]] },
  ]);
});

test('mailto and tel links are allowed; others are not', () => {
  assert.deepEqual(checkMarkup('[mail](mailto:help@example.org) [call](tel:116123)'), []);
  const issues = checkMarkup('[x](javascript:alert(1)) [y](http://example.org) [z](media/file.pdf)');
  assert.equal(issues.length, 3);
  assert.match(issues[1]!.hint, /https/);
});

test('raw HTML is reported once per element, at its place, and stays literal text', () => {
  const text = 'A <b>bold</b> move <script>x</script>';
  const issues = checkMarkup(text);
  assert.deepEqual(
    issues.map((i) => i.index),
    [text.indexOf('<b>'), text.indexOf('<script>')],
  );
  assert.match(issues[0]!.hint, /\*\*strong text\*\*/);
  const [p] = parseMarkup(text);
  assert.deepEqual(p, { type: 'paragraph', children: [{ type: 'text', text }] });
});

test('unclosed emphasis is reported; a lone asterisk with a space is text; backslash escapes', () => {
  assert.equal(checkMarkup('**never closed').length, 1);
  assert.deepEqual(checkMarkup('5 * 3 = 15'), []);
  assert.deepEqual(parseMarkup('\\*not em\\*'), [{ type: 'paragraph', children: [{ type: 'text', text: '*not em*' }] }]);
});
