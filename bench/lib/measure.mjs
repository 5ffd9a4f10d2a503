// Timing loops and statistics. Each sample is one whole call timed with performance.now(); the loop stops
// at its iteration count, or earlier once it has spent its time cap (never before `min` samples), so that
// a slow engine makes the bench less precise rather than endless.

/** Results land here so that the JIT cannot prove a call useless and drop it. */
export const sink = { value: null }

export function timeRuns(fn, { warmup = 0, iterations, min = 3, capMs = Number.POSITIVE_INFINITY }) {
  for (let i = 0; i < warmup; i++) sink.value = fn()
  const samples = []
  const started = performance.now()
  while (samples.length < iterations) {
    const t0 = performance.now()
    sink.value = fn()
    const t1 = performance.now()
    samples.push(t1 - t0)
    if (samples.length >= min && t1 - started > capMs) break
  }
  return samples
}

/** At most this many warm-up rounds of the article-sized texts (ours and compromise's). */
export const WARM_ROUNDS = 200

/**
 * Calls `round` again and again until `ms` have passed (at least once, at most `maxRounds` times): the untimed
 * warm-up before timing. Returns how many times it ran.
 */
export function repeatFor(ms, round, maxRounds = Number.POSITIVE_INFINITY) {
  const until = performance.now() + ms
  let n = 0
  do {
    round()
    n++
  } while (performance.now() < until && n < maxRounds)
  return n
}

export function stats(samples) {
  const s = [...samples].sort((a, b) => a - b)
  const n = s.length
  const mid = n >> 1
  const median = n % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2
  // Nearest-rank p95: with few samples it is the slowest one, which is the honest answer.
  const p95 = s[Math.min(n - 1, Math.ceil(0.95 * n) - 1)]
  const mean = s.reduce((a, b) => a + b, 0) / n
  return { n, median, p95, min: s[0], mean }
}

/** Scaling exponent k in t ∝ n^k between two sizes: 1 is linear, 2 quadratic. */
export function exponent(n1, t1, n2, t2) {
  if (!(n1 > 0 && n2 > 0 && t1 > 0 && t2 > 0) || n1 === n2) return null
  return Math.log(t2 / t1) / Math.log(n2 / n1)
}

/**
 * Iterations by input size: many short runs for article-sized texts (medians of sub-millisecond timings
 * need them), few for the large ones. compromise is 10-100× slower, so it gets fewer. `quick` divides
 * everything for a smoke run.
 */
export function plan(words, { quick = false, slow = false } = {}) {
  let p
  if (words < 2_000)
    p = slow ? { warmup: 2, iterations: 8, capMs: 1_200 } : { warmup: 10, iterations: 50, capMs: 1_200 }
  else if (words < 20_000)
    p = slow ? { warmup: 1, iterations: 3, capMs: 3_000 } : { warmup: 2, iterations: 10, capMs: 2_500 }
  // One compromise run at 100k words takes seconds; its median is of one sample, which the JSON says (n).
  else p = slow ? { warmup: 0, iterations: 1, capMs: 0 } : { warmup: 1, iterations: 5, capMs: 6_000 }
  if (quick) {
    p = {
      warmup: Math.ceil(p.warmup / 4),
      iterations: Math.max(Math.min(3, p.iterations), Math.ceil(p.iterations / 4)),
      capMs: p.capMs / 3,
    }
  }
  return { ...p, min: Math.min(3, p.iterations) }
}

/** timeRuns for async work (a request through the Worker's fetch handler). */
export async function timeRunsAsync(
  fn,
  { warmup = 0, iterations, min = 3, capMs = Number.POSITIVE_INFINITY },
) {
  for (let i = 0; i < warmup; i++) sink.value = await fn()
  const samples = []
  const started = performance.now()
  while (samples.length < iterations) {
    const t0 = performance.now()
    sink.value = await fn()
    const t1 = performance.now()
    samples.push(t1 - t0)
    if (samples.length >= min && t1 - started > capMs) break
  }
  return samples
}
