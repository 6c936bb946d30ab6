import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../../../..');

test('custom-elements.json is up to date with the elements’ JSDoc (run `npm run cem`)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'haven-cem-'));
  try {
    const config = join(dir, 'cem.config.mjs');
    writeFileSync(
      config,
      `import base from ${JSON.stringify(join(root, 'packages/elements/cem.config.mjs'))};\nexport default { ...base, outdir: ${JSON.stringify(relative(root, dir))} };\n`,
    );
    const run = spawnSync(
      process.execPath,
      [join(root, 'node_modules/@custom-elements-manifest/analyzer/cem.js'), 'analyze', '--quiet', '--config', config],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    assert.equal(run.status, 0, run.stderr);
    // Module order follows the file walk, which is not stable across machines: compare by path.
    const byPath = (m: { modules: { path: string }[] }) => [...m.modules].sort((a, b) => a.path.localeCompare(b.path));
    const fresh = byPath(JSON.parse(readFileSync(join(dir, 'custom-elements.json'), 'utf8')));
    const checkedIn = byPath(JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8')));
    assert.deepEqual(checkedIn, fresh, 'custom-elements.json is stale: run `npm run cem` and commit it');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('every Haven element documents a summary, and the player its events and parts', () => {
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8')) as {
    modules: { declarations?: { tagName?: string; summary?: string; events?: { name: string }[]; cssParts?: unknown[] }[] }[];
  };
  const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
  const tags = elements.map((e) => e.tagName);
  for (const tag of ['haven-course', 'haven-catalogue', 'haven-progress', 'haven-support-dialog', 'haven-content-note']) {
    assert.ok(tags.includes(tag), `${tag} is missing from the manifest`);
  }
  for (const e of elements.filter((x) => x.tagName!.startsWith('haven-'))) assert.ok(e.summary, `${e.tagName} has no @summary`);
  const course = elements.find((e) => e.tagName === 'haven-course')!;
  const events = (course.events ?? []).map((e) => e.name);
  for (const name of ['haven-progress', 'haven-complete', 'haven-error'])
    assert.ok(events.includes(name), `haven-course does not document ${name}`);
  assert.ok((course.cssParts ?? []).length >= 5);
});
