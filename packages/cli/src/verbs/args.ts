/** A tiny argument reader: known flags, positional paths, and a usage error for anything else. */
export type Args =
  { readonly ok: true; readonly flags: ReadonlySet<string>; readonly paths: string[] } | { readonly ok: false; readonly message: string };

export function readArgs(argv: readonly string[], known: readonly string[]): Args {
  const flags = new Set<string>();
  const paths: string[] = [];
  for (const arg of argv) {
    if (arg === '-h') flags.add('--help');
    else if (arg.startsWith('-')) {
      if (!known.includes(arg)) return { ok: false, message: `unknown option "${arg}"` };
      flags.add(arg);
    } else paths.push(arg);
  }
  return { ok: true, flags, paths };
}
