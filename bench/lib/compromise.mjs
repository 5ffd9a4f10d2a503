// The main thread's side of lib/compromise-worker.mjs: starts the thread, waits for its warm-up, then hands out
// rounds and the long texts one batch at a time, collecting each text's samples. While a batch runs the main
// thread only waits, so the two libraries never compete for a core.

import { Worker } from 'node:worker_threads'

/** A batch (a round, the long texts, the warm-up) that takes longer than this ends the comparison. */
const BATCH_TIMEOUT_MS = 180_000

/**
 * `small`: the article-sized texts `{ id, text, plan }`, timed in `rounds` shares; `long`: the others, timed
 * whole after the rounds. Resolves once the thread has warmed up; rejects if it fails to start.
 */
export async function startCompromise({ small, long, rounds, warmMs }) {
  const worker = new Worker(new URL('./compromise-worker.mjs', import.meta.url), {
    workerData: { small, long, rounds, warmMs },
  })
  const samples = new Map()
  const quotes = new Map()
  let pending = null
  const settle = (error, value) => {
    if (!pending) return
    const { resolve, reject, timer } = pending
    pending = null
    clearTimeout(timer)
    if (error) reject(new Error(error))
    else resolve(value)
  }
  worker.on('message', (msg) => {
    if (msg.id) {
      const list = samples.get(msg.id) ?? []
      list.push(...msg.samples)
      samples.set(msg.id, list)
      quotes.set(msg.id, msg.quotes)
    } else if (msg.error) settle(msg.error)
    else settle(null, msg)
  })
  worker.once('error', (err) => settle(String(err?.message ?? err).split('\n')[0]))
  const batch = (message) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => settle(`compromise: no answer within ${BATCH_TIMEOUT_MS / 1000} s`),
        BATCH_TIMEOUT_MS,
      )
      pending = { resolve, reject, timer }
      if (message) worker.postMessage(message)
    })
  try {
    const { warmRounds } = await batch(null)
    return {
      warmRounds,
      samples,
      quotes,
      round: (k) => batch({ round: k }),
      long: () => batch({ long: true }),
      stop: () => worker.terminate(),
    }
  } catch (err) {
    await worker.terminate()
    throw err
  }
}
