// Times the engine stage by stage in a thread of its own. The per-stage runner is a second bundle of the same
// code: run in the main thread beside the engine bundle, its warm-up and timing made the engine's own medians
// slower (the 1,000-word articles 0.9 → 1.5 ms), so it gets its own V8 isolate and runs after them.

import { pathToFileURL } from 'node:url'
import { parentPort, workerData } from 'node:worker_threads'
import { stagesOf } from './engine.mjs'
import { repeatFor, stats, timeRuns } from './measure.mjs'

const { outfile, warm, texts, warmMs } = workerData
try {
  const runner = stagesOf(await import(pathToFileURL(outfile).href))
  if (runner.error) throw new Error(runner.error)
  // Without article-sized texts (a --filter that selects long ones only), the timed texts warm the JIT themselves.
  const warmTexts = warm.length ? warm : texts.map((t) => t.text)
  repeatFor(warmMs, () => {
    for (const text of warmTexts) runner.stages(text)
  })
  for (const { id, text, plan } of texts) {
    const per = { detect: [], document: [], quotes: [], summary: [], meta: [] }
    timeRuns(() => {
      const { times, result } = runner.stages(text)
      for (const k in per) per[k].push(times[k])
      return result
    }, plan)
    parentPort.postMessage({
      id,
      stages: Object.fromEntries(Object.entries(per).map(([k, v]) => [k, stats(v).median])),
    })
  }
  parentPort.postMessage({ done: true })
} catch (err) {
  parentPort.postMessage({ error: String(err?.message ?? err).split('\n')[0] })
}
