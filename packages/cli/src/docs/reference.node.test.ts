import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { REFERENCE_FILE, SCHEMA_FILE, renderReferenceFromRepo, type JsonSchema } from './reference.js';

describe('docs/reference.md', () => {
  it('is what the schema generates (run "npm run docs:reference" after changing the schema)', async () => {
    const expected = await renderReferenceFromRepo();
    const actual = readFileSync(REFERENCE_FILE, 'utf8');
    assert.ok(actual === expected, 'docs/reference.md is out of date: run "npm run docs:reference" and commit it');
  });

  it('documents every block type and every field of each', async () => {
    const page = await renderReferenceFromRepo();
    const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as JsonSchema;
    const blocks = schema.properties!.modules!.items!.properties!.pages!.items!.properties!.blocks!.items!;
    const variants = blocks.anyOf!.flatMap((b) => b.anyOf ?? [b]);
    assert.ok(variants.length >= 11);
    for (const block of variants) {
      const type = String(block.properties!.type!.const);
      assert.match(page, new RegExp(`^### ${type}( \\(.+\\))? block$`, 'm'), `a section for ${type}`);
      for (const field of Object.keys(block.properties!)) assert.ok(page.includes(`| \`${field}\``), `${type}.${field} is listed`);
    }
  });
});
