import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderSchemaFiles, SCHEMA_ID } from '../scripts/render-schema.js';

const root = fileURLToPath(new URL('..', import.meta.url));

test('the generated schema files are up to date with schema.ts (run `npm run schema`)', () => {
  for (const [relative, expected] of Object.entries(renderSchemaFiles())) {
    assert.equal(readFileSync(join(root, relative), 'utf8'), expected, `${relative} is out of date: run npm run schema`);
  }
});

test('the JSON Schema is draft 2020-12 with an id, titles and descriptions for editors', () => {
  const schema = JSON.parse(readFileSync(join(root, 'schema/course.schema.json'), 'utf8'));
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  assert.equal(schema.$id, SCHEMA_ID);
  assert.equal(typeof schema.title, 'string');
  assert.equal(typeof schema.properties.modules.items.properties.pages.items.properties.blocks.items.description, 'string');
});

/** The run-time must work under a strict CSP: no eval, no new Function, and no TypeBox. */
test('run-time sources use no eval, new Function or TypeBox', () => {
  const runtime: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.ts') && !name.includes('.test.') && name !== 'schema.ts' && name !== 'types.ts') runtime.push(path);
    }
  };
  walk(join(root, 'src'));
  assert.ok(runtime.length > 10);
  for (const file of runtime) {
    const text = readFileSync(file, 'utf8');
    assert.doesNotMatch(text, /\beval\s*\(|new\s+Function\b|\bFunction\s*\(/, file);
    if (!file.includes('testing')) assert.doesNotMatch(text, /from '@sinclair\/typebox'/, file);
  }
});
