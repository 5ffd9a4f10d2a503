/**
 * The first index in [0, n) for which `before` is false, by bisection — `before` must be true up to some index and
 * false from there on (items in text order asked "does it start before this position?").
 */
export function lowerBound(n: number, before: (i: number) => boolean): number {
  let lo = 0
  let hi = n
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (before(mid)) lo = mid + 1
    else hi = mid
  }
  return lo
}
