#!/usr/bin/env node
// Finds the Chromium the browser tests drive. No test tool may download a browser: we use Debian's
// package, installing it with apt-get when we run as root, otherwise we say what to install.
import { execSync } from 'node:child_process';
import { findChromium } from './chromium.mjs';

export function ensureChromium() {
  let found = findChromium();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    console.error('Chromium not found: install Debian\'s "chromium" package (sudo apt-get install chromium) or set CHROME_PATH.');
    process.exit(1);
  }
  console.log('Chromium not found: installing Debian\'s "chromium" package with apt-get (about 30 s)...');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null', {
    stdio: 'inherit',
    shell: '/bin/bash',
  });
  found = findChromium();
  if (!found) {
    console.error('Chromium is still missing after apt-get install chromium: install it by hand or set CHROME_PATH.');
    process.exit(1);
  }
  return found;
}

if (import.meta.url === `file://${process.argv[1]}`) ensureChromium();
