import type fc from 'fast-check'

/**
 * The generated-case budget of the whole reliability suite. `npm test` runs the default; `npm run fuzz` sets
 * VITE_FUZZ_RUNS=100000 (Vite passes only VITE_-prefixed variables into workerd, hence the prefix).
 * VITE_FUZZ_SEED replays a failure: fast-check prints the seed and path of every counterexample.
 */
const env = import.meta.env as Record<string, string | undefined>
const requested = Number(env.VITE_FUZZ_RUNS)
export const TOTAL_RUNS = Number.isSafeInteger(requested) && requested > 0 ? requested : 3000
const seed = Number(env.VITE_FUZZ_SEED)

/** Parameters for one property that gets `share` (0..1) of the total budget. */
export function budget(share: number): fc.Parameters<unknown> {
  const numRuns = Math.max(20, Math.round(TOTAL_RUNS * share))
  return {
    numRuns,
    ...(Number.isSafeInteger(seed) ? { seed } : {}),
  }
}

/**
 * A vitest timeout that grows with the number of cases: 100 ms per case (a case takes 2–10 ms; the margin is for
 * two cores shared with other suites), never under 60 s.
 */
export function timeoutFor(share: number): number {
  return Math.max(60_000, Math.round(TOTAL_RUNS * share * 100))
}
