/**
 * The first index in [lo, hi) of `items` (in text order) whose start, by `startOf`, is at or after `pos`, by
 * bisection. `startOf` is meant to be a function made once, a constant of its module: the engine asks per quotation
 * and per pronoun, and a closure made for each question was garbage (4 MiB a run over 20,000 dialogue lines).
 */
export function firstAtOrAfter<T>(
  items: readonly T[],
  pos: number,
  startOf: (item: T) => number,
  lo = 0,
  hi = items.length,
): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (startOf(items[mid] as T) < pos) lo = mid + 1
    else hi = mid
  }
  return lo
}
