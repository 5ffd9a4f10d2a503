// The runtime's own growth, without the engine: each run makes one object of a token's shape (13 fields) per word,
// in lists of 15 as the sentences hold them, and keeps them all until the run ends, as an analysis keeps its
// tokens. No text is read and nothing else is made, so the time per word can grow from 10k to 100k words only
// through the runtime: the young generation those objects overflow, the collector copying them, the caches they
// no longer fit. The bench prints its exponents beside the engine's (see scalingOf in run.mjs); it is a reference
// for reading them, not a target.

import { parentPort, workerData } from 'node:worker_threads'
import { stats, timeRuns } from './measure.mjs'

const { sizes, warmMs } = workerData
const SENTENCE_WORDS = 15

function holdWords(words) {
  const sentences = []
  for (let i = 0; i < words; ) {
    const n = Math.min(SENTENCE_WORDS, words - i)
    const tokens = new Array(n)
    for (let k = 0; k < n; k++, i++)
      tokens[k] = {
        start: i,
        end: i + 1,
        text: '',
        lower: '',
        capitalized: false,
        gap: ' ',
        paragraph: 0,
        sentence: sentences.length,
        initial: k === 0,
        quote: -1,
        titled: false,
        form: undefined,
        modifier: undefined,
      }
    sentences.push(tokens)
  }
  return sentences
}

try {
  for (const { words, iterations } of sizes) {
    const until = performance.now() + warmMs
    do holdWords(words)
    while (performance.now() < until)
    const samples = timeRuns(() => holdWords(words), { iterations, min: 3, capMs: 5_000 })
    parentPort.postMessage({ id: String(words), words, ...stats(samples) })
  }
  parentPort.postMessage({ done: true })
} catch (err) {
  parentPort.postMessage({ error: String(err?.message ?? err).split('\n')[0] })
}
