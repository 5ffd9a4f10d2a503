import type { CacheStatus } from '../http/cache'
import { withTimeout } from '../http/timeout'
import { concatBytes } from './delivery'

// Same budget as the JSON cache: a slow KV must not hold the answer hostage.
const KV_TIMEOUT_MS = 1500
/** Workers KV refuses values over 25 MiB; longer audio (long WAVs) is served but not cached. */
export const MAX_CACHED_BYTES = 25 * 1024 * 1024

export interface AudioLookup {
  status: CacheStatus
  value: { bytes: ArrayBuffer; contentType: string } | null
}

/**
 * Best-effort binary cache for audio over Workers KV, with the JSON cache's rules: unbound, throwing or hanging
 * KV degrades to BYPASS and never fails the request; writes happen after the response (waitUntil).
 */
export class AudioCache {
  constructor(
    private readonly kv: KVNamespace | undefined,
    private readonly ttlSeconds: number,
  ) {}

  async get(key: string): Promise<AudioLookup> {
    if (!this.kv) return { status: 'BYPASS', value: null }
    try {
      const r = await withTimeout(
        this.kv.getWithMetadata<{ contentType?: string }>(key, 'arrayBuffer'),
        KV_TIMEOUT_MS,
      )
      if (!r.value) return { status: 'MISS', value: null }
      return {
        status: 'HIT',
        value: { bytes: r.value, contentType: r.metadata?.contentType ?? 'audio/mpeg' },
      }
    } catch (err) {
      console.warn(`audio cache get failed for ${key}: ${String(err)}`)
      return { status: 'BYPASS', value: null }
    }
  }

  /** Stores the bytes once `complete` resolves with them; a rejected `complete` (a failed stream) stores nothing. */
  putWhenComplete(
    key: string,
    complete: Promise<Uint8Array>,
    contentType: string,
    ctx: Pick<ExecutionContext, 'waitUntil'> | undefined,
  ): void {
    if (!this.kv) return
    const kv = this.kv
    const write = (async () => {
      let bytes: Uint8Array
      try {
        bytes = await complete
      } catch {
        return // the synthesis failed mid-stream: nothing to cache
      }
      if (bytes.length === 0 || bytes.length > MAX_CACHED_BYTES) return
      try {
        await withTimeout(
          kv.put(key, bytes, { expirationTtl: this.ttlSeconds, metadata: { contentType } }),
          KV_TIMEOUT_MS * 4,
        )
      } catch (err) {
        console.warn(`audio cache put failed for ${key}: ${String(err)}`)
      }
    })()
    if (ctx) ctx.waitUntil(write)
  }
}

/**
 * Splits a stream into one for the client and a promise of all its bytes (for the cache). The promise rejects
 * when the stream errors, and also when it grows past `limit`, so a huge answer is not held in memory twice.
 */
export function teeForCache(
  stream: ReadableStream<Uint8Array>,
  limit = MAX_CACHED_BYTES,
): { client: ReadableStream<Uint8Array>; complete: Promise<Uint8Array> } {
  const [client, copy] = stream.tee()
  const complete = (async () => {
    const parts: Uint8Array[] = []
    let size = 0
    const reader = copy.getReader()
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      size += value.length
      if (size > limit) {
        await reader.cancel()
        throw new Error('too large to cache')
      }
      parts.push(value)
    }
    return concatBytes(parts, size)
  })()
  complete.catch(() => {}) // observed by putWhenComplete; never an unhandled rejection
  return { client, complete }
}
