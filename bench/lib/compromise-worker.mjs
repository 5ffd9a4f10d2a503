// compromise's quote finder in a thread of its own, timed in step with ours (see lib/compromise.mjs). Its own
// isolate has its own heap: its garbage is collected here, not in the main thread's timing, which is what sank
// the first try at timing the two libraries in the same rounds (in one heap, compromise's garbage fell in our
// rounds). The main thread asks for one round at a time and waits; this thread is idle in between.
//
// Messages in: { round: k } — time the article-sized texts' share of round k; { long: true } — time the long texts.
// Messages out: { ready } after the warm-up; { id, samples } per text and round (or per long text); { roundDone }
// and { longDone } when a batch is finished; { error } once, on failure.

import { parentPort, workerData } from 'node:worker_threads'
import nlp from 'compromise'
import { repeatFor, timeRuns, WARM_ROUNDS } from './measure.mjs'

const { small, long, rounds, warmMs } = workerData
const run = (text) => nlp(text).quotations().out('array')

function fail(err) {
  parentPort.postMessage({ error: String(err?.message ?? err).split('\n')[0] })
}

try {
  // The same warm-up as ours: every article-sized text, round after round, before any timing.
  const warmTexts = small.length ? small : long
  const warmRounds = repeatFor(
    warmMs,
    () => {
      for (const t of warmTexts) run(t.text)
    },
    WARM_ROUNDS,
  )
  const quotes = new Map([...small, ...long].map((t) => [t.id, run(t.text).length]))
  parentPort.postMessage({ ready: true, warmRounds })

  parentPort.on('message', (msg) => {
    try {
      if (msg.round !== undefined) {
        for (const { id, text, plan } of small) {
          const share = {
            warmup: msg.round === 0 ? plan.warmup : 0,
            iterations: Math.ceil(plan.iterations / rounds),
            min: 1,
            capMs: plan.capMs / rounds,
          }
          parentPort.postMessage({ id, samples: timeRuns(() => run(text), share), quotes: quotes.get(id) })
        }
        parentPort.postMessage({ roundDone: msg.round })
      } else if (msg.long) {
        for (const { id, text, plan } of long)
          parentPort.postMessage({ id, samples: timeRuns(() => run(text), plan), quotes: quotes.get(id) })
        parentPort.postMessage({ longDone: true })
      }
    } catch (err) {
      fail(err)
    }
  })
} catch (err) {
  fail(err)
}
