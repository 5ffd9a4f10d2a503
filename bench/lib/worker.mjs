// Runs one pathological input in a worker thread, so that a hang or a quadratic blow-up costs the main
// bench only its timeout: the main thread terminates the worker and records the row as "timeout".

import { pathToFileURL } from 'node:url'
import { parentPort, workerData } from 'node:worker_threads'
import { stats, timeRuns } from './measure.mjs'

const { enginePath, text, plan } = workerData
try {
  const { analyze } = await import(pathToFileURL(enginePath).href)
  let result
  const samples = timeRuns(() => {
    result = analyze({ text })
    return result
  }, plan)
  parentPort.postMessage({ ok: true, stats: stats(samples), quotes: result?.quotes?.length ?? null })
} catch (err) {
  parentPort.postMessage({
    ok: false,
    error: String(err?.stack ?? err)
      .split('\n')
      .slice(0, 3)
      .join(' | '),
  })
}
