// Times the long generated articles of one size (10k or 100k words) in a thread of their own; the worker of the
// 10k-word size also times the 1,000-word generated texts, so that each step of the scaling exponent has its two
// sizes timed in the same round (run.mjs, measureLong). In the main thread, what their analyses left in the heap was
// collected while the article-sized texts were timed (the 1,000-word medians 1.5–2× slower in four runs of four),
// and a 10k-word text timed after a 100k-word one paid for the latter's garbage. Here the texts of one size run
// once each (the heap grows to their size), then the main thread's warm-up on the article-sized texts follows (the
// JIT; meanwhile the long runs' garbage is collected), then each text's timed runs in a row. Timed straight after
// untimed runs of their own instead, the 100k-word texts paid 2–3× the collections per run.

import { PerformanceObserver } from 'node:perf_hooks'
import { pathToFileURL } from 'node:url'
import { parentPort, workerData } from 'node:worker_threads'
import { pageFaults } from './machine.mjs'
import { repeatFor, timeRuns } from './measure.mjs'

const { enginePath, warm, texts, warmMs } = workerData
const pauses = []
const observer = new PerformanceObserver((list) => pauses.push(...list.getEntries()))
observer.observe({ entryTypes: ['gc'] })
try {
  const { analyze } = await import(pathToFileURL(enginePath).href)
  // Only the counts are kept: the answers themselves would stay in the heap during the timing.
  const counts = texts.map(({ text }) => {
    const result = analyze({ text })
    return { quotes: result.quotes.length, speakers: result.speakers.length }
  })
  // Without article-sized texts (a --filter that selects long ones only), the long texts warm the JIT themselves.
  const warmTexts = warm.length ? warm : texts.map((t) => t.text)
  repeatFor(warmMs, () => {
    for (const t of warmTexts) analyze({ text: t })
  })
  for (const [k, { id, text, plan }] of texts.entries()) {
    const from = performance.now()
    const faults = pageFaults()
    const samples = timeRuns(() => analyze({ text }), plan)
    const to = performance.now()
    const faultsPerRun = (pageFaults() - faults) / (samples.length + (plan.warmup ?? 0))
    // GC entries arrive asynchronously: let them in, then count the pauses inside this text's timed runs.
    await new Promise((resolve) => setTimeout(resolve, 0))
    let paused = 0
    for (const e of pauses) if (e.startTime >= from && e.startTime < to) paused += e.duration
    parentPort.postMessage({ id, samples, gcMsPerRun: paused / samples.length, faultsPerRun, ...counts[k] })
  }
  parentPort.postMessage({ done: true })
} catch (err) {
  parentPort.postMessage({ error: String(err?.message ?? err).split('\n')[0] })
}
observer.disconnect()
