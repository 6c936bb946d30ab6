#!/usr/bin/env node
// `npm run bench`: runs every bench/*.bench.ts (TypeScript through tsx), one after another so they do
// not disturb each other's timings. Each prints a table and, as its last stdout line, a flat JSON object
// of named figures; they are merged into bench/results.json and printed as one table at the end.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = 'bench';
const only = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => !only.length || only.some((o) => f.includes(o)))
  .sort();
// A run of only some benches (`npm run bench elements`) updates their figures and keeps the others.
const previous = join(dir, 'results.json');
const results = only.length && existsSync(previous) ? JSON.parse(readFileSync(previous, 'utf8')) : {};
let failed = false;
for (const file of files) {
  console.log(`\n▶ ${file}`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(dir, file)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const lines = r.stdout.trimEnd().split('\n');
  const last = lines.pop() ?? '';
  process.stdout.write(lines.join('\n') + '\n');
  let figures;
  try {
    figures = JSON.parse(last);
  } catch {
    figures = undefined;
  }
  if (r.status !== 0 || !figures || typeof figures !== 'object' || Array.isArray(figures)) {
    console.error(`  ${file} failed (exit ${r.status}); its last line was not a JSON object of figures.`);
    failed = true;
    continue;
  }
  for (const [name, value] of Object.entries(figures)) {
    if (typeof value !== 'number') {
      console.error(`  ${file}: figure ${name} is not a number`);
      failed = true;
      continue;
    }
    results[name] = value;
  }
}
const sorted = Object.fromEntries(Object.entries(results).sort(([a], [b]) => a.localeCompare(b)));
writeFileSync(join(dir, 'results.json'), JSON.stringify(sorted, null, 2) + '\n');
const width = Math.max(6, ...Object.keys(sorted).map((n) => n.length)) + 2;
console.log('\n' + 'Figure'.padEnd(width) + 'Value');
for (const [name, value] of Object.entries(sorted)) console.log(name.padEnd(width) + String(value));
console.log(`\nWrote ${join(dir, 'results.json')}`);
process.exit(failed ? 1 : 0);
