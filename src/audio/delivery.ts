/**
 * How synthesized audio leaves the Worker: whole, or streamed.
 *
 * Once a response's headers are out, a failure can only cut its body, and workerd ends a body stream that errors
 * as if it were complete (the chunked terminator is sent: cloudflare/workerd#6818), so the client cannot tell a
 * cut narration from a whole one. Audio that arrives within a budget is therefore sent whole, with its
 * Content-Length, and a failure before then is still an error status; only longer audio streams, and only it can
 * still end short.
 */

export type Delivery = { whole: Uint8Array<ArrayBuffer> } | { stream: ReadableStream<Uint8Array> }

export interface WholeBudget {
  /** More bytes than this and the audio streams (its first bytes included). */
  maxBytes: number
  /** Still not ended after this long and it streams: a slow synthesizer must not hold back the first byte. */
  maxWaitMs: number
}

/**
 * Reads `source` until it ends (→ `whole`) or goes past the budget (→ `stream`, the same bytes from the start).
 * Rejects when `source` errors within the budget, before anything has been sent.
 */
export async function wholeOrStream(
  source: ReadableStream<Uint8Array>,
  budget: WholeBudget,
): Promise<Delivery> {
  const reader = source.getReader()
  const head: Uint8Array[] = []
  let size = 0
  let timer: ReturnType<typeof setTimeout> | null = null
  const timeUp = new Promise<'time-up'>((resolve) => {
    timer = setTimeout(() => resolve('time-up'), budget.maxWaitMs)
  })
  try {
    for (;;) {
      const next = reader.read()
      const read = await Promise.race([next, timeUp])
      if (read === 'time-up') return { stream: resumed(head, reader, next) }
      if (read.done) return { whole: concatBytes(head, size) }
      head.push(read.value)
      size += read.value.length
      if (size > budget.maxBytes) return { stream: resumed(head, reader) }
    }
  } catch (e) {
    reader.cancel(e).catch(() => {})
    throw e
  } finally {
    if (timer !== null) clearTimeout(timer)
  }
}

/** The bytes already read, then the rest of the reader's stream (starting with a read already under way). */
function resumed(
  head: Uint8Array[],
  reader: ReadableStreamDefaultReader<Uint8Array>,
  pending?: Promise<ReadableStreamReadResult<Uint8Array>>,
): ReadableStream<Uint8Array> {
  let inFlight = pending
  return new ReadableStream<Uint8Array>({
    start(controller) {
      for (const piece of head) controller.enqueue(piece)
    },
    async pull(controller) {
      const read = await (inFlight ?? reader.read())
      inFlight = undefined
      if (read.done) controller.close()
      else controller.enqueue(read.value)
    },
    cancel: (reason) => reader.cancel(reason),
  })
}

/** One array of `size` bytes from the pieces, in order. */
export function concatBytes(pieces: readonly Uint8Array[], size: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(size)
  let at = 0
  for (const piece of pieces) {
    out.set(piece, at)
    at += piece.length
  }
  return out
}
