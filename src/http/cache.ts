import { withTimeout } from './timeout'

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

  /**
   * `isValid` guards what is served: an entry that is not JSON or not the expected shape (cut short, written by
   * an older deployment under the same key) counts as a MISS, so the caller recomputes and overwrites it.
   */
  async get<T>(key: string, isValid: (value: unknown) => value is T = anyJson): Promise<CacheLookup<T>> {
    if (!this.kv) return { status: 'BYPASS', value: null }
    let raw: string | null
    try {
      raw = await withTimeout(this.kv.get(key, 'text'), KV_TIMEOUT_MS)
    } catch (err) {
      console.warn(`cache get failed for ${key}: ${describe(err)}`)
      return { status: 'BYPASS', value: null }
    }
    if (raw === null) return { status: 'MISS', value: null }
    const value = parseJson(raw)
    if (value !== undefined && isValid(value)) return { status: 'HIT', value }
    console.warn(`cache entry ${key} is not a valid value; recomputing`)
    return { status: 'MISS', value: null }
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

const anyJson = <T>(_value: unknown): _value is T => true

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw)
  } catch {
    return undefined
  }
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err)
}
