/**
 * The `haven` dispatcher. Each verb lives in its own file under verbs/ and is loaded only when used,
 * so one verb's dependencies never slow down or break another. To add a verb, add a row to VERBS.
 */
import { processIo, type CliIo, type Verb } from './io.js';

const VERBS: Readonly<Record<string, Verb>> = {
  new: {
    summary: 'create a course folder with an example of every block type',
    run: async (argv, io) => (await import('./verbs/new.js')).run(argv, io),
  },
  validate: {
    summary: 'check course files and explain every problem',
    run: async (argv, io) => (await import('./verbs/validate.js')).run(argv, io),
  },
  lock: {
    summary: 'write or extend course.lock.json (tracking keys) for a valid course',
    run: async (argv, io) => (await import('./verbs/lock.js')).run(argv, io),
  },
  preview: {
    summary: 'open a course as a learner sees it in an LMS, with the LMS data beside it',
    run: async (argv, io) => (await import('./verbs/preview.js')).run(argv, io),
  },
  build: {
    summary: 'build SCORM packages for an LMS (or --target web for a web server)',
    run: async (argv, io) => (await import('./verbs/build.js')).run(argv, io),
  },
};

export function usage(): string {
  const width = Math.max(...Object.keys(VERBS).map((v) => v.length));
  const rows = Object.entries(VERBS).map(([name, verb]) => `  ${name.padEnd(width)}  ${verb.summary}`);
  return `Usage: haven <command> [options]\n\nCommands:\n${rows.join('\n')}\n\nRun "haven <command> --help" for a command's options.\n`;
}

export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? io.stderr : io.stdout).write(usage());
    return name === undefined ? 2 : 0;
  }
  const verb = Object.prototype.hasOwnProperty.call(VERBS, name) ? VERBS[name] : undefined;
  if (!verb) {
    io.stderr.write(`haven: unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  return verb.run(rest, io);
}
