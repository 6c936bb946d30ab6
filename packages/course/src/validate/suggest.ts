/** Optimal string alignment distance: Levenshtein plus swaps of two neighbours ("questoin"). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const m = a.length;
  const n = b.length;
  let prev2: number[] = [];
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const row = [i];
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
    }
    prev2 = prev;
    prev = row;
  }
  return prev[n]!;
}

/** Words longer than this are no slip of a name (and comparing them costs length squared). */
const LONGEST = 100;

/** The closest candidate, if it is close enough to be a likely slip. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  if (word.length > LONGEST) return undefined;
  const limit = Math.max(1, Math.floor(word.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  const lower = word.toLowerCase();
  for (const c of candidates) {
    // Lengths further apart than the limit cannot be close; skipping them also keeps this cheap.
    if (c.length > LONGEST || Math.abs(c.length - word.length) > limit) continue;
    const d = editDistance(lower, c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return bestDistance <= limit ? best : undefined;
}

export function didYouMean(word: string, candidates: readonly string[]): string | undefined {
  const c = closest(word, candidates);
  return c === undefined ? undefined : `did you mean "${c}"?`;
}

/** "a", "b" or "c" */
export function listOf(values: readonly unknown[]): string {
  const quoted = values.map((v) => JSON.stringify(v));
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
}

/**
 * `didYouMean` with a budget of comparison work (letters times letters) shared by many reports, so a
 * hostile file with thousands of misses against thousands of names stays quick: once it is spent,
 * reports go without a suggestion.
 */
export function suggester(budget = 10_000_000): (word: string, candidates: readonly string[]) => string | undefined {
  return (word, candidates) => {
    if (budget <= 0) return undefined;
    for (const c of candidates) budget -= (word.length + 1) * (c.length + 1);
    return budget < 0 ? undefined : didYouMean(word, candidates);
  };
}
