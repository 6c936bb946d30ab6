/**
 * `haven preview <course-dir>`: the course as a learner sees it inside an LMS, with scorm-again as
 * the LMS and an inspector showing what the LMS receives. A development tool: scorm-again is served
 * here only, never put into a package.
 */
import { parseArgs } from 'node:util';
import { colours, processIo, type CliIo } from '../io.js';
import { startPreview, type ScormVersion } from '../preview/server.js';

export const PREVIEW_HELP = `Usage: haven preview <course-dir> [options]

Opens the course as a learner sees it in an LMS: scorm-again plays the LMS in the page,
the course runs in a frame, and an inspector beside it shows the data the LMS receives.
Saving course.json reloads the course; problems in it are shown in place.

Options:
  --scorm <v>    the SCORM version the LMS speaks: 1.2 (default) or 2004
  --port <n>     the port to listen on (default 5173; 0 picks a free one)
  --host <h>     the address to listen on (default 127.0.0.1, this computer only)
  -h, --help     show this help

Press Ctrl+C to stop.
Exit codes: 0 stopped, 1 the course folder is missing or the server cannot start, 2 wrong usage.
`;

export interface PreviewArgs {
  readonly courseDir: string;
  readonly scorm: ScormVersion;
  readonly port: number;
  readonly host: string;
}

export function parsePreviewArgs(argv: readonly string[]): PreviewArgs | 'help' | { readonly error: string } {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        scorm: { type: 'string', default: '1.2' },
        port: { type: 'string', default: '5173' },
        host: { type: 'string', default: '127.0.0.1' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    return { error: (error as Error).message.replace(/\. To specify a positional argument.*$/s, '.') };
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  if (positionals.length !== 1)
    return { error: positionals.length ? 'give one course folder' : 'which course? Give its folder, e.g. haven preview courses/example' };
  const scorm = values.scorm === '12' ? '1.2' : values.scorm;
  if (scorm !== '1.2' && scorm !== '2004') return { error: `--scorm must be 1.2 or 2004, not "${values.scorm}"` };
  const port = Number(values.port);
  if (!/^\d+$/.test(values.port) || port > 65535) return { error: `--port must be a number from 0 to 65535, not "${values.port}"` };
  if (!values.host.trim()) return { error: '--host needs an address, e.g. 127.0.0.1' };
  return { courseDir: positionals[0] ?? '', scorm, port, host: values.host };
}

/** Starts the preview and resolves with the exit code once it is stopped (Ctrl+C, or `signal`). */
export async function run(argv: readonly string[], io: CliIo = processIo(), signal?: AbortSignal): Promise<number> {
  const paint = colours({ ...io, stdout: io.stderr });
  const args = parsePreviewArgs(argv);
  if (args === 'help') return (io.stdout.write(PREVIEW_HELP), 0);
  if ('error' in args) {
    io.stderr.write(`${paint.red('haven preview:')} ${args.error}\nRun "haven preview --help" for usage.\n`);
    return 2;
  }
  const started = await startPreview({ ...args, cwd: io.cwd });
  if (!started.ok) {
    io.stderr.write(`${paint.red('haven preview:')} ${started.message}\n`);
    return 1;
  }
  const { preview } = started;
  const out = colours(io);
  io.stdout.write(`Previewing ${args.courseDir} with SCORM ${args.scorm}\n\n  ${out.bold(preview.url)}\n\nPress Ctrl+C to stop.\n`);

  await new Promise<void>((done) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      signal?.removeEventListener('abort', stop);
      done();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    signal?.addEventListener('abort', stop);
    if (signal?.aborted) stop();
  });
  await preview.close();
  io.stdout.write('Preview stopped.\n');
  return 0;
}
