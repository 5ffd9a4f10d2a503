// The runtime's own growth, without the engine: each run makes, per word, one object of a token's shape (the 9
// fields of the engine's Token, text/tokens.ts: keep them in step) and the word's text (a fresh 7-letter string),
// in lists of 15 as the sentences hold them, and keeps them all until the run ends, as an analysis keeps its
// tokens. No text is read and nothing else is made, so the time per word can grow from 10k to 100k words only
// through the runtime and the machine: the young generation the objects overflow, the collector copying them, the
// heap pages taken and given back (page faults). The bench prints its figures beside the engine's (see measureFloor
// in run.mjs); a reference for reading them, not a target. (With the 13 fields the token had before 2026-11-29,
// the 100k words overflowed Node 20's young generation: 53–69 ms and 3,700 faults a run against 3 ms and none.)

import { parentPort, workerData } from 'node:worker_threads'
import { pageFaults } from './machine.mjs'
import { repeatFor, stats, timeRuns } from './measure.mjs'

const { sizes, warmMs } = workerData
const SENTENCE_WORDS = 15
// Cyrillic, as the Russian texts' words: two bytes per character in V8.
const LETTERS = 'абвгдеёжзийклмнопрстуфхцчшщъыьэюя'.repeat(40)

function holdWords(words) {
  const sentences = []
  for (let i = 0; i < words; ) {
    const n = Math.min(SENTENCE_WORDS, words - i)
    const tokens = new Array(n)
    for (let k = 0; k < n; k++, i++)
      tokens[k] = {
        start: i,
        text: LETTERS.slice(i % 1000, (i % 1000) + 7),
        lower: '',
        gap: ' ',
        paragraph: 0,
        sentence: sentences.length,
        quote: -1,
        form: undefined,
        flags: k === 0 ? 2 : 0,
      }
    sentences.push(tokens)
  }
  return sentences
}

try {
  for (const { words, iterations } of sizes) {
    repeatFor(warmMs, () => holdWords(words).length)
    // Only the count leaves a run: the timing loop keeps each run's result until the next one ends, and a list
    // kept so would be copied by the next run's collections, as an analysis's tokens are not (its answer does
    // not hold them).
    const faults = pageFaults()
    const samples = timeRuns(() => holdWords(words).length, { iterations, min: 3, capMs: 5_000 })
    const faultsPerRun = (pageFaults() - faults) / samples.length
    parentPort.postMessage({ id: String(words), words, faultsPerRun, ...stats(samples) })
  }
  parentPort.postMessage({ done: true })
} catch (err) {
  parentPort.postMessage({ error: String(err?.message ?? err).split('\n')[0] })
}
