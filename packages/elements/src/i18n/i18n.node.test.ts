import { test } from 'node:test';
import assert from 'node:assert/strict';
import { enGB } from './en-GB.js';
import { cy } from './cy.js';
import { blockStringsEnGB } from '../blocks/strings.js';
import { blockStringsCy } from '../blocks/strings.cy.js';
import { messagesFor, translate } from './index.js';
import { settingsStringsEnGB } from '../settings/strings.js';
import { settingsStringsCy } from '../settings/strings.cy.js';
import { pauseStringsEnGB } from '../pause/strings.js';
import { pauseStringsCy } from '../pause/strings.cy.js';
import { supportStringsEnGB } from '../support/strings.js';
import { supportStringsCy } from '../support/strings.cy.js';
import { errorPanelStringsEnGB } from '../error-panel/strings.js';
import { errorPanelStringsCy } from '../error-panel/strings.cy.js';
import { contentNoteStringsEnGB } from '../content-note/strings.js';
import { contentNoteStringsCy } from '../content-note/strings.cy.js';
import { widgetStringsEnGB } from '../widgets/strings.js';
import { widgetStringsCy } from '../widgets/strings.cy.js';

test('en-GB and cy have exactly the same keys', () => {
  assert.deepEqual(Object.keys(cy).sort(), Object.keys(enGB).sort());
});

test('no string is left empty or untranslated placeholders differ', () => {
  for (const [key, english] of Object.entries(enGB)) {
    const welsh = (cy as Record<string, string>)[key] ?? '';
    assert.ok(english.trim() && welsh.trim(), `${key} is empty`);
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    assert.deepEqual(names(welsh), names(english), `${key}: placeholders differ`);
  }
});

test('the course language picks the table, falling back to en-GB', () => {
  assert.equal(messagesFor('cy'), cy);
  assert.equal(messagesFor('cy-GB'), cy);
  assert.equal(messagesFor('en-GB'), enGB);
  assert.equal(messagesFor('fr'), enGB);
  assert.equal(messagesFor(undefined), enGB);
});

test('translate fills placeholders and falls back to the key', () => {
  assert.equal(translate(enGB, 'player.pageOf', { current: 2, total: 8 }), 'Page 2 of 8');
  assert.equal(translate(cy, 'player.pageOf', { current: 2, total: 8 }), 'Tudalen 2 o 8');
  assert.equal(translate(enGB, 'no.such.key'), 'no.such.key');
});

const partTables = [
  ['settings dialog', settingsStringsEnGB, settingsStringsCy],
  ['pause screen', pauseStringsEnGB, pauseStringsCy],
  ['support dialog', supportStringsEnGB, supportStringsCy],
  ['error panel', errorPanelStringsEnGB, errorPanelStringsCy],
  ['content note', contentNoteStringsEnGB, contentNoteStringsCy],
  ['intranet widgets', widgetStringsEnGB, widgetStringsCy],
  ['block elements', blockStringsEnGB, blockStringsCy],
] as const;

for (const [part, english, welsh] of partTables) {
  test(`the ${part}'s own tables (loaded with it) have the same keys and placeholders in en-GB and cy`, () => {
    assert.deepEqual(Object.keys(welsh).sort(), Object.keys(english).sort());
    for (const [key, en] of Object.entries(english)) {
      const cyText = (welsh as Record<string, string>)[key] ?? '';
      assert.ok(en.trim() && cyText.trim(), `${key} is empty`);
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      assert.deepEqual(names(cyText), names(en), `${key}: placeholders differ`);
    }
  });
}

test('a key lives in one table only, so the player and the dialog never disagree', () => {
  const shared = partTables.flatMap(([, english]) => Object.keys(english)).filter((k) => k in enGB && k !== 'settings.title');
  assert.deepEqual(shared, []);
  assert.equal(settingsStringsEnGB['settings.title'], enGB['settings.title']);
  assert.equal(settingsStringsCy['settings.title'], cy['settings.title']);
});
