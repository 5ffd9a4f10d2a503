import { describe, expect, it } from 'vitest'
import { wholeOrStream } from '../src/audio/delivery'

const bytes = (...values: number[]) => new Uint8Array(values)

/** A stream of these pieces; then it ends, or errors with `failure`, or (with `stall`) waits before going on. */
function source(
  pieces: Uint8Array[],
  opts: { failure?: Error; stallAfter?: number; stallMs?: number } = {},
): ReadableStream<Uint8Array> {
  let i = 0
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (i === opts.stallAfter) await new Promise((r) => setTimeout(r, opts.stallMs ?? 0))
      const piece = pieces[i++]
      if (piece) controller.enqueue(piece)
      else if (opts.failure) controller.error(opts.failure)
      else controller.close()
    },
  })
}

async function all(stream: ReadableStream<Uint8Array>): Promise<number[]> {
  return [...new Uint8Array(await new Response(stream).arrayBuffer())]
}

describe('wholeOrStream: audio whole when it fits the budget, streamed otherwise', () => {
  const budget = { maxBytes: 4, maxWaitMs: 1_000 }

  it('a stream that ends within the budget comes whole, its pieces in order', async () => {
    const d = await wholeOrStream(source([bytes(1, 2), bytes(3), bytes(4)]), budget)
    expect('whole' in d && [...d.whole]).toEqual([1, 2, 3, 4])
  })

  it('an empty stream is whole and empty', async () => {
    const d = await wholeOrStream(source([]), budget)
    expect('whole' in d && d.whole.length).toBe(0)
  })

  it('past maxBytes it streams: the bytes already read first, then the rest, nothing lost or repeated', async () => {
    const d = await wholeOrStream(source([bytes(1, 2, 3), bytes(4, 5), bytes(6), bytes(7)]), budget)
    expect('stream' in d).toBe(true)
    if ('stream' in d) expect(await all(d.stream)).toEqual([1, 2, 3, 4, 5, 6, 7])
  })

  it('a stream still running after maxWaitMs streams, and the read under way is not lost', async () => {
    const d = await wholeOrStream(source([bytes(1), bytes(2), bytes(3)], { stallAfter: 1, stallMs: 200 }), {
      maxBytes: 1_000,
      maxWaitMs: 50,
    })
    expect('stream' in d).toBe(true)
    if ('stream' in d) expect(await all(d.stream)).toEqual([1, 2, 3])
  })

  it('a stream that errors within the budget rejects, so that the caller can still answer with an error', async () => {
    const failure = new Error('engine crashed')
    await expect(wholeOrStream(source([bytes(1)], { failure }), budget)).rejects.toThrow('engine crashed')
  })

  it('a stream that errors after the budget streams, and the stream it gives errors too (it cannot end clean)', async () => {
    const failure = new Error('engine crashed')
    const d = await wholeOrStream(source([bytes(1, 2, 3), bytes(4, 5)], { failure }), budget)
    expect('stream' in d).toBe(true)
    if ('stream' in d) await expect(all(d.stream)).rejects.toThrow('engine crashed')
  })

  it('cancelling the streamed answer (the client went away) cancels the synthesis behind it', async () => {
    let cancelled: unknown = null
    const endless = new ReadableStream<Uint8Array>({
      pull: (c) => c.enqueue(bytes(9, 9, 9)),
      cancel: (reason) => {
        cancelled = reason
      },
    })
    const d = await wholeOrStream(endless, budget)
    expect('stream' in d).toBe(true)
    if ('stream' in d) await d.stream.cancel('client gone')
    expect(cancelled).toBe('client gone')
  })
})
