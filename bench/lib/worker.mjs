// Runs one pathological input in a worker thread, so that a hang or a quadratic blow-up costs the main
// bench only its timeout: the main thread terminates the worker. Each timed run is reported as soon as it
// ends, so that a run cut by the timeout still yields the samples it completed.

import { pathToFileURL } from 'node:url'
import { parentPort, workerData } from 'node:worker_threads'
import { pageFaults } from './machine.mjs'
import { repeatFor, timeRuns } from './measure.mjs'

/** The fewest untimed runs at the timed size (see settle), and the time they take at least and at most. */
const SETTLE_RUNS = 20
const SETTLE_MIN_MS = 300
const SETTLE_MAX_MS = 8_000

const { enginePath, text, warmText, plan } = workerData
try {
  const { analyze } = await import(pathToFileURL(enginePath).href)
  // Warm the JIT on the tenth-size input first, so that both sizes are timed in optimised code and the
  // exponent between them compares the algorithm, not V8's tiers. (Not counted, not reported.)
  warm(analyze, warmText)
  // The first run at this size also grows the isolate's heap to it: reported apart, then more untimed runs
  // until the timings settle, so that the samples are the steady state, as for the articles.
  const t0 = performance.now()
  let result = analyze({ text })
  parentPort.postMessage({ first: performance.now() - t0, quotes: result?.quotes?.length ?? null })
  settle(analyze, text)
  timeRuns(() => {
    const f0 = pageFaults()
    const t0 = performance.now()
    result = analyze({ text })
    const sample = performance.now() - t0
    parentPort.postMessage({ sample, faults: pageFaults() - f0, quotes: result?.quotes?.length ?? null })
    return result
  }, plan)
  parentPort.postMessage({ done: true })
} catch (err) {
  parentPort.postMessage({
    error: String(err?.stack ?? err)
      .split('\n')
      .slice(0, 3)
      .join(' | '),
  })
}

/** Untimed runs for 300 ms (at least one, at most 50). */
function warm(analyze, text) {
  repeatFor(300, () => analyze({ text }), 50)
}

/**
 * Untimed runs at the size to be timed until V8 has settled on its code for it: SETTLE_RUNS at least (and 300 ms),
 * 8 s at most. A full-size input takes paths the tenth-size one seldom took, and V8 re-optimises them over runs,
 * not over time: in a fresh worker, one 100,000-character line took 68 ms a run over its first nine runs, 36 and
 * then 27 ms over the next nine, and settled at 23 ms from about the twentieth run on (its tenth-size input at
 * 3.8 ms). After the 300 ms that were all this step gave it before, the full size was timed in that transition
 * (50–60 ms), and its exponent read 1.16–1.17 where the steady state gives 0.8–1.0.
 */
function settle(analyze, text) {
  const from = performance.now()
  let runs = 0
  let elapsed = 0
  do {
    analyze({ text })
    runs++
    elapsed = performance.now() - from
  } while ((runs < SETTLE_RUNS || elapsed < SETTLE_MIN_MS) && elapsed < SETTLE_MAX_MS)
}
