// Runs one pathological input in a worker thread, so that a hang or a quadratic blow-up costs the main
// bench only its timeout: the main thread terminates the worker. Each timed run is reported as soon as it
// ends, so that a run cut by the timeout still yields the samples it completed.

import { pathToFileURL } from 'node:url'
import { parentPort, workerData } from 'node:worker_threads'
import { pageFaults } from './machine.mjs'
import { repeatFor, timeRuns } from './measure.mjs'

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
  warm(analyze, text)
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
