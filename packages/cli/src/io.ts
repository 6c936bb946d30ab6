/** What a verb may touch: its streams, the working directory and the environment (so tests can swap them). */
export interface CliIo {
  readonly stdout: { write(text: string): unknown; readonly isTTY?: boolean };
  readonly stderr: { write(text: string): unknown; readonly isTTY?: boolean };
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
}

export const processIo = (): CliIo => ({ stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env });

/** Colour only on a terminal, and never when NO_COLOR is set. */
export function colours(io: CliIo) {
  const on = Boolean(io.stdout.isTTY) && !io.env.NO_COLOR;
  const wrap = (code: number) => (text: string) => (on ? `\u001b[${code}m${text}\u001b[0m` : text);
  return { red: wrap(31), green: wrap(32), yellow: wrap(33), dim: wrap(2), bold: wrap(1) };
}

/** A verb: takes its own arguments, returns the exit code (0 done, 1 problems found, 2 wrong usage). */
export interface Verb {
  readonly summary: string;
  readonly run: (argv: readonly string[], io: CliIo) => Promise<number>;
}
