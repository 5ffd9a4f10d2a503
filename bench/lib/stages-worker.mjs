// Times the engine stage by stage in a thread of its own. The per-stage runner is a second bundle of the same
// code: run in the main thread beside the engine bundle, its warm-up and timing made the engine's own medians
// slower (the 1,000-word articles 0.9 → 1.5 ms), so it gets its own V8 isolate and runs after them.
//
// After all the timing, it also weighs each text's document model: the heap it holds once built, between two full
// collections. The model (tokens, sentences, paragraphs) lives from an analysis's start to its end, so its size is
// what the collector copies and promotes over a long text; unlike a time, the figure is the same from run to run.

import { pathToFileURL } from 'node:url'
import v8 from 'node:v8'
import { runInNewContext } from 'node:vm'
import { parentPort, workerData } from 'node:worker_threads'
import { stagesOf } from './engine.mjs'
import { repeatFor, sink, stats, timeRuns } from './measure.mjs'

const { outfile, warm, texts, warmMs } = workerData
let collector = null // see fullCollection
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
  // Weighed after all timing: full collections and a heap grown to hold the copies would slow the runs after them
  // (after a forced collection V8 starts again from a small young generation).
  for (const { id, text, words } of texts)
    parentPort.postMessage({ id, documentBytesPerWord: documentBytesPerWord(runner, text, words) })
  parentPort.postMessage({ done: true })
} catch (err) {
  parentPort.postMessage({ error: String(err?.message ?? err).split('\n')[0] })
}

/**
 * Heap bytes per word of the text's document model. Short texts are built several times over (about 100k words in
 * all) and the copies held together, so that what else the heap gains or loses meanwhile (code, caches) is small
 * beside what is weighed.
 */
function documentBytesPerWord(runner, text, words) {
  const copies = Math.max(1, Math.round(100_000 / words))
  const bytes = retainedBytes(() => Array.from({ length: copies }, () => runner.document(text)))
  return bytes / (copies * words)
}

/** Heap bytes that `make`'s result holds: used heap after a full collection, with it kept against without. */
function retainedBytes(make) {
  const collect = fullCollection()
  sink.value = null // the last timed result, not to be counted in or out
  collect()
  const before = v8.getHeapStatistics().used_heap_size
  const kept = make()
  collect()
  const after = v8.getHeapStatistics().used_heap_size
  sink.value = kept // alive until after the second reading
  sink.value = null
  return after - before
}

/** V8's full collection, without a command-line flag: a context made after `--expose-gc` is set has `gc`. */
function fullCollection() {
  if (!collector) {
    v8.setFlagsFromString('--expose-gc')
    collector = runInNewContext('gc')
  }
  return collector
}
