#!/usr/bin/env node
// The `haven` command. TypeScript sources run through tsx, so there is no build step for the CLI.
import { register } from 'tsx/esm/api';

// Output piped into `head` and closed early is not an error worth a stack trace.
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });

register();
const { main } = await import('../src/main.ts');
process.exitCode = await main(process.argv.slice(2));
