import { sha256Hex } from './hash'
import { withTimeout } from './timeout'

/**
 * `X-Cache` values: served from the cache (this isolate's memory or KV), computed now and stored, or computed
 * without the cache (KV absent or failing).
 */
export type CacheStatus = 'HIT' | 'MISS' | 'BYPASS'

// A slow KV must not hold the answer hostage: past this, the request computes without the cache.
const KV_TIMEOUT_MS = 1500

/** A stored body, as KV keeps it beside the value: the SHA-256 of the exact text and when it expires. */
export interface BodyMetadata {
  sha256: string
  /** Epoch milliseconds; the in-memory copy never outlives the KV entry. */
  expires: number
}

export interface BodyLookup {
  status: CacheStatus
  body: string | null
}

/**
 * Bounded least-recently-used map of response bodies in the isolate's memory. A Workers isolate serves many
 * requests one after another, and its module state survives between them (not between isolates, and not
 * for ever: any entry may vanish at any time), so a body read or written once is at hand for the next request
 * without a KV round trip. Bounded by entry count and by total UTF-16 length, so it cannot crowd the isolate's
 * 128 MB; each entry also expires.
 */
export class MemoryCache {
  /**
   * `body` is null for a receipt: a body too long to keep, of which only its length and when KV was confirmed
   * to hold it are remembered, so that a burst of identical writes of a long answer is skipped too.
   */
  private readonly entries = new Map<
    string,
    { body: string | null; length: number; expires: number; confirmed: number }
  >()
  private chars = 0

  constructor(
    readonly maxEntries: number,
    readonly maxChars: number,
    /** Longer bodies are not kept, so one huge analysis cannot flush every other entry. */
    readonly maxEntryChars = Math.floor(maxChars / 16),
  ) {}

  get size(): number {
    return this.entries.size
  }

  get totalChars(): number {
    return this.chars
  }

  get(key: string, now = Date.now()): string | null {
    const e = this.entries.get(key)
    if (!e || e.body === null) return null
    if (e.expires <= now) {
      this.delete(key)
      return null
    }
    this.entries.delete(key)
    this.entries.set(key, e) // most recently used last
    return e.body
  }

  /**
   * `confirmed`: when KV was last seen to hold this body (written by, or read back intact into, this isolate).
   * A body longer than `maxEntryChars` is not kept; a receipt of it is.
   */
  set(key: string, body: string, expires: number, confirmed = Date.now()): void {
    this.delete(key)
    const kept = body.length > this.maxEntryChars ? null : body
    this.entries.set(key, { body: kept, length: body.length, expires, confirmed })
    this.chars += kept?.length ?? 0
    // Map iteration is insertion order: the first key is the least recently used.
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.maxEntries && this.chars <= this.maxChars) break
      this.delete(oldest)
    }
  }

  /**
   * Whether KV was confirmed to hold `body` under `key` at `since` or later; no LRU side effect. For a receipt,
   * equal length stands for equal bytes: a key names one body (content address and engine version).
   */
  confirmedSince(key: string, body: string, since: number): boolean {
    const e = this.entries.get(key)
    if (e === undefined || e.confirmed < since) return false
    return e.body === null ? e.length === body.length : e.body === body
  }

  delete(key: string): void {
    const e = this.entries.get(key)
    if (!e) return
    this.entries.delete(key)
    this.chars -= e.body?.length ?? 0
  }

  clear(): void {
    this.entries.clear()
    this.chars = 0
  }
}

/** At most 256 bodies and 4 Mi UTF-16 units (≤ 8 MiB) per isolate; one body at most 256 Ki units. */
export const memoryCache = new MemoryCache(256, 4 * 1024 * 1024)
// A key deleted from KV by hand (or by another version) is served from memory for at most this long.
const MEMORY_MAX_AGE_MS = 10 * 60 * 1000
// KV accepts one write per second to a key (more fail with 429) and the free plan 1,000 writes a day. A body
// is a function of its key (content address + engine version), so a burst of misses or no-cache refreshes of
// one article would write the same bytes again and again: within this span of the last confirmed copy, or
// while a write of the key is under way, the isolate skips the write.
const REWRITE_AFTER_MS = 10 * 1000
/** Keys with a write under way in this isolate, and the body being written. */
const writing = new Map<string, string>()

/**
 * Cache of exact response bodies (strings) over Workers KV, with an in-isolate memory cache in front. A hit is
 * served as stored, byte for byte, without parsing or validating it: integrity is checked instead against the
 * SHA-256 kept in the entry's metadata and against a prefix that binds the body to its key (`expectPrefix`), so
 * an entry cut short, altered, copied from another key or written by anything else is a MISS, recomputed and
 * overwritten. Only bodies written to (or read back from) KV enter the memory, so the memory never answers what
 * KV would not. Every failure (unbound, throwing or hanging KV) degrades to BYPASS; none fails the request.
 */
export class BodyCache {
  constructor(
    private readonly kv: KVNamespace | undefined,
    private readonly ttlSeconds: number,
    private readonly memory: MemoryCache | null = memoryCache,
  ) {}

  async get(key: string, expectPrefix: string): Promise<BodyLookup> {
    if (!this.kv) return { status: 'BYPASS', body: null }
    const remembered = this.memory?.get(key) ?? null
    if (remembered !== null) return { status: 'HIT', body: remembered }
    let found: KVNamespaceGetWithMetadataResult<string, BodyMetadata>
    try {
      found = await withTimeout(this.kv.getWithMetadata<BodyMetadata>(key, 'text'), KV_TIMEOUT_MS)
    } catch (err) {
      console.warn(`cache get failed for ${key}: ${describe(err)}`)
      return { status: 'BYPASS', body: null }
    }
    const { value, metadata } = found
    if (value === null) return { status: 'MISS', body: null }
    if (!(await isIntact(value, metadata, expectPrefix))) {
      console.warn(`cache entry ${key} is not a valid value; recomputing`)
      return { status: 'MISS', body: null }
    }
    this.remember(key, value, (metadata as BodyMetadata).expires)
    return { status: 'HIT', body: value }
  }

  /**
   * Stores after the response is sent (`waitUntil`): the body, its SHA-256 and expiry as metadata; then keeps
   * it in memory. A failed write is logged, never thrown, and leaves nothing in memory either. Skipped when this
   * isolate is already writing the same body or confirmed it in KV within REWRITE_AFTER_MS.
   */
  put(key: string, body: () => string, ctx: Pick<ExecutionContext, 'waitUntil'> | undefined): void {
    if (!this.kv) return
    const kv = this.kv
    const write = (async () => {
      const text = body()
      if (writing.get(key) === text) return
      if (this.memory?.confirmedSince(key, text, Date.now() - REWRITE_AFTER_MS)) return
      writing.set(key, text)
      try {
        const metadata: BodyMetadata = {
          sha256: await sha256Hex(text),
          expires: Date.now() + this.ttlSeconds * 1000,
        }
        await withTimeout(kv.put(key, text, { expirationTtl: this.ttlSeconds, metadata }), KV_TIMEOUT_MS * 4)
        this.remember(key, text, metadata.expires)
      } catch (err) {
        console.warn(`cache put failed for ${key}: ${describe(err)}`)
      } finally {
        writing.delete(key)
      }
    })()
    if (ctx) ctx.waitUntil(write)
  }

  private remember(key: string, body: string, expires: number): void {
    this.memory?.set(key, body, Math.min(expires, Date.now() + MEMORY_MAX_AGE_MS))
  }
}

async function isIntact(value: string, metadata: unknown, expectPrefix: string): Promise<boolean> {
  if (typeof metadata !== 'object' || metadata === null) return false
  const { sha256, expires } = metadata as Partial<BodyMetadata>
  if (typeof sha256 !== 'string' || typeof expires !== 'number' || !value.startsWith(expectPrefix))
    return false
  return (await sha256Hex(value)) === sha256
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err)
}
