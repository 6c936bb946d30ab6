#!/usr/bin/env node
// `npm test`: every check CI runs, in order, stopping at the first failure. Ends with one line
// "tests: N passed, N failed" that adds up the Node and Chromium test counts.
import { spawn } from 'node:child_process';
import { ensureChromium } from './ensure-chromium.mjs';

const chrome = ensureChromium();
const env = { ...process.env, CHROME_PATH: chrome };
const steps = [
  ['format', 'npx', ['prettier', '--check', '--log-level', 'warn', '.']],
  ['lint', 'npx', ['eslint', '--max-warnings', '0', '.']],
  ['typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']],
  ['node tests', 'node', ['scripts/test-node.mjs']],
  ['browser tests', 'npx', ['web-test-runner']],
];

/** Runs a step, echoing its output, and returns its exit code and what it printed. */
function run(cmd, args) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      process.stdout.write(d);
    });
    child.stderr.on('data', (d) => process.stderr.write(d));
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
  });
}

const last = (out, re) => {
  const all = [...out.matchAll(re)];
  return all.length ? Number(all[all.length - 1][1]) : 0;
};

let passed = 0;
let failed = 0;
for (const [name, cmd, args] of steps) {
  console.log(`\n▶ ${name}`);
  const started = Date.now();
  const { code, out } = await run(cmd, args);
  // node:test prints "# pass N" / "# fail N"; web-test-runner prints "N passed, N failed".
  passed += last(out, /^# pass (\d+)/gm) + last(out, /(\d+) passed, \d+ failed/g);
  failed += last(out, /^# fail (\d+)/gm) + last(out, /\d+ passed, (\d+) failed/g);
  console.log(`  ${name}: ${code === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (code !== 0) {
    console.log(`\ntests: ${passed} passed, ${Math.max(failed, 1)} failed`);
    process.exit(code);
  }
}
console.log(`\ntests: ${passed} passed, ${failed} failed`);
