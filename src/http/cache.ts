/** `X-Cache` values: served from KV, computed now, or computed without the cache (absent or failing KV). */
export type CacheStatus = 'HIT' | 'MISS' | 'BYPASS'

// A slow KV must not hold the answer hostage: past this, the request computes without the cache.
const KV_TIMEOUT_MS = 1500

export interface CacheLookup<T> {
  status: CacheStatus
  value: T | null
}

/**
 * Best-effort JSON cache over Workers KV. Every failure (unbound, throwing, hanging) degrades to BYPASS; none
 * fails the request.
 */
export class JsonCache {
  constructor(
    private readonly kv: KVNamespace | undefined,
    private readonly ttlSeconds: number,
  ) {}

  async get<T>(key: string): Promise<CacheLookup<T>> {
    if (!this.kv) return { status: 'BYPASS', value: null }
    try {
      const value = await withTimeout(this.kv.get<T>(key, 'json'), KV_TIMEOUT_MS)
      return value === null ? { status: 'MISS', value: null } : { status: 'HIT', value }
    } catch (err) {
      console.warn(`cache get failed for ${key}: ${describe(err)}`)
      return { status: 'BYPASS', value: null }
    }
  }

  /** Stores after the response is sent (`waitUntil`); a failed write is logged, never thrown. */
  put(key: string, value: unknown, ctx: Pick<ExecutionContext, 'waitUntil'> | undefined): void {
    if (!this.kv) return
    const kv = this.kv
    const write = (async () => {
      try {
        await withTimeout(
          kv.put(key, JSON.stringify(value), { expirationTtl: this.ttlSeconds }),
          KV_TIMEOUT_MS * 4,
        )
      } catch (err) {
        console.warn(`cache put failed for ${key}: ${describe(err)}`)
      }
    })()
    if (ctx) ctx.waitUntil(write)
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | null = null
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms)
  })
  return Promise.race([promise, timeout]).finally(() => {
    if (timer !== null) clearTimeout(timer)
  })
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err)
}
