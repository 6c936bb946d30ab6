#!/usr/bin/env node
// Runs every `*.node.test.ts` with Node's own test runner (TypeScript through tsx).
// Files named `*.test.ts` without `.node` run in Chromium through web-test-runner instead.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const roots = ['packages', 'bench', 'courses', 'scripts'];
const skip = new Set(['node_modules', 'dist', 'storybook-static']);
const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    if (skip.has(name)) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (name.endsWith('.node.test.ts')) files.push(path);
  }
};
for (const root of roots) {
  try {
    walk(root);
  } catch {
    /* a root that does not exist yet */
  }
}
const filter = process.argv.slice(2);
const chosen = filter.length ? files.filter((f) => filter.some((x) => f.includes(x))) : files;
if (!chosen.length) {
  console.error('No Node tests matched.');
  process.exit(1);
}
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', ...chosen], { stdio: 'inherit' });
process.exit(result.status ?? 1);
