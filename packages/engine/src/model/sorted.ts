/** Helpers for the sorted, unique number arrays Progress uses for key sets. */

/** Index of `value` in `sorted`, or -(insertion point) - 1. */
export function search(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = sorted[mid]!;
    if (v === value) return mid;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return -lo - 1;
}

export function has(sorted: readonly number[], value: number): boolean {
  return search(sorted, value) >= 0;
}

/** The same array when `value` is already there, so callers can detect "no change" by identity. */
export function insert(sorted: readonly number[], value: number): readonly number[] {
  const at = search(sorted, value);
  if (at >= 0) return sorted;
  const i = -at - 1;
  // One allocation of the right size in the common case (pages viewed in order): less garbage per step.
  if (i === sorted.length) return sorted.concat([value]);
  return sorted.slice(0, i).concat([value], sorted.slice(i));
}

export function remove(sorted: readonly number[], value: number): readonly number[] {
  const at = search(sorted, value);
  if (at < 0) return sorted;
  return [...sorted.slice(0, at), ...sorted.slice(at + 1)];
}

export function union(a: readonly number[], b: readonly number[]): readonly number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    if (y === undefined || (x !== undefined && x < y)) {
      out.push(x!);
      i++;
    } else if (x === undefined || y < x) {
      out.push(y);
      j++;
    } else {
      out.push(x);
      i++;
      j++;
    }
  }
  return out;
}

export function difference(a: readonly number[], b: readonly number[]): readonly number[] {
  return a.filter((v) => !has(b, v));
}

/** Sorts and removes duplicates (for data from outside). */
export function canonical(values: Iterable<number>): number[] {
  return [...new Set(values)].sort((x, y) => x - y);
}

export function sameNumbers(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
