import { createExecutionContext, env, waitOnExecutionContext } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { BodyCache, MemoryCache, memoryCache } from '../../src/http/cache'
import { analysisKey } from '../../src/http/content-address'
import { AnalysisSchema } from '../../src/schemas/analysis'
import { call, postJson, postText, seedText, validated } from '../helpers'

const article = {
  text: '«Мы начнём работу завтра», — сказал министр Иван Петров. Он добавил, что сроки не изменятся.',
}

/** A KV binding whose every call fails, as a broken or over-quota namespace would. */
const throwingKv = new Proxy({} as KVNamespace, {
  get: () => () => Promise.reject(new Error('KV is down')),
})
/** A KV binding that never answers. */
const hangingKv = new Proxy({} as KVNamespace, { get: () => () => new Promise(() => {}) })

const realKv = env.CACHE as KVNamespace
/** The real local KV, counting the reads and writes that reach it. */
function countingKv() {
  const reads: string[] = []
  const writes: string[] = []
  const kv = new Proxy(realKv, {
    get(target, prop) {
      const v = Reflect.get(target, prop)
      if (typeof v !== 'function') return v
      return (...args: unknown[]) => {
        if (prop === 'get' || prop === 'getWithMetadata') reads.push(String(args[0]))
        if (prop === 'put') writes.push(String(args[0]))
        return v.apply(target, args)
      }
    },
  })
  return { kv, reads, writes }
}

describe('KV cache', () => {
  it('MISS, then HIT, then 304 for If-None-Match, then MISS again with Cache-Control: no-cache', async () => {
    const text = `${article.text} ${crypto.randomUUID()}`
    const first = await postJson('/v1/analyze', { text })
    expect(first.headers.get('x-cache')).toBe('MISS')
    const a = await validated(first, AnalysisSchema)
    const etag = first.headers.get('etag')
    expect(etag).toBe(`"${a.id}"`)

    const second = await postJson('/v1/analyze', { text })
    expect(second.headers.get('x-cache')).toBe('HIT')
    expect(await second.json()).toEqual(a)

    const conditional = await postJson('/v1/analyze', { text }, { 'if-none-match': etag as string })
    expect(conditional.status).toBe(304)
    expect(conditional.headers.get('etag')).toBe(etag)
    expect(await conditional.text()).toBe('')

    const refreshed = await postJson('/v1/analyze', { text }, { 'cache-control': 'no-cache' })
    expect(refreshed.status).toBe(200)
    expect(refreshed.headers.get('x-cache')).toBe('MISS')
    expect(await refreshed.json()).toEqual(a)
  })

  it('serves a cached analysis at GET /v1/analyses/{id}, 404 for an unknown id', async () => {
    const text = `${article.text} ${crypto.randomUUID()}`
    const a = await validated(await postJson('/v1/analyze', { text }), AnalysisSchema)
    const got = await call(`/v1/analyses/${a.id}`)
    expect(got.status).toBe(200)
    expect(got.headers.get('x-cache')).toBe('HIT')
    expect(await validated(got, AnalysisSchema)).toEqual(a)
    const again = await call(`/v1/analyses/${a.id}`, { headers: { 'if-none-match': `"${a.id}"` } })
    expect(again.status).toBe(304)
    const missing = await call(`/v1/analyses/${'0'.repeat(64)}`)
    expect(missing.status).toBe(404)
    expect(missing.headers.get('content-type')).toBe('application/problem+json')
  })

  it('different options and texts get different ids; the same input always the same id', async () => {
    const ids = await Promise.all(
      [
        { text: 'A b c.' },
        { text: 'A b c.', options: { summarySentences: 1 } },
        { text: 'A b c.', language: 'en' },
        { text: 'A b c.' },
      ].map(async (b) => (await validated(await postJson('/v1/analyze', b), AnalysisSchema)).id),
    )
    expect(new Set(ids.slice(0, 3)).size).toBe(3)
    expect(ids[3]).toBe(ids[0])
  })

  it.each([
    ['throws', throwingKv],
    ['hangs', hangingKv],
    ['is not bound', undefined],
  ])('answers with X-Cache: BYPASS when KV %s', async (_, kv) => {
    const res = await postJson(
      '/v1/analyze',
      { text: `${article.text} ${crypto.randomUUID()}` },
      {},
      { CACHE: kv },
    )
    expect(res.status).toBe(200)
    expect(res.headers.get('x-cache')).toBe('BYPASS')
    await validated(res, AnalysisSchema)
    const get = await call(`/v1/analyses/${'1'.repeat(64)}`, {}, { CACHE: kv })
    expect(get.status).toBe(503)
  })
})

describe('a hit is the stored body, byte for byte', () => {
  it('the MISS that stored it, the HIT from memory, the HIT from KV and GET /v1/analyses/{id} send the same bytes', async () => {
    const text = `${seedText}\n${crypto.randomUUID()}`
    const miss = await postText('/v1/analyze', text)
    expect(miss.headers.get('x-cache')).toBe('MISS')
    const body = await miss.text()
    const { id } = AnalysisSchema.parse(JSON.parse(body))
    const stored = await realKv.get(analysisKey(id))
    expect(stored).toBe(body)

    const fromMemory = await postText('/v1/analyze', text)
    memoryCache.clear()
    const fromKv = await postText('/v1/analyze', text)
    const byId = await call(`/v1/analyses/${id}`)
    for (const res of [fromMemory, fromKv, byId]) {
      expect(res.status).toBe(200)
      expect(res.headers.get('x-cache')).toBe('HIT')
      expect(res.headers.get('content-type')).toBe(miss.headers.get('content-type'))
      expect(res.headers.get('etag')).toBe(`"${id}"`)
      expect(await res.text()).toBe(body)
    }
    expect(fromKv.headers.get('content-location')).toBe(`/v1/analyses/${id}`)
  })

  it('the part routes answer the same parts from a hit as from a miss', async () => {
    const text = `${article.text} ${crypto.randomUUID()}`
    const fresh = await postJson('/v1/quotes', { text })
    expect(fresh.headers.get('x-cache')).toBe('MISS')
    const freshBody = await fresh.text()
    for (const path of ['/v1/quotes', '/v1/summary', '/v1/speakers']) {
      const computed = await postJson(path, { text }, { 'cache-control': 'no-cache' })
      const cached = await postJson(path, { text })
      expect(cached.headers.get('x-cache')).toBe('HIT')
      expect(await cached.text()).toBe(await computed.text())
    }
    expect(JSON.parse(freshBody).quotes.length).toBeGreaterThan(0)
  })
})

describe('the in-isolate memory in front of KV', () => {
  it('a repeated hit does not read KV; Cache-Control: no-cache recomputes instead of reading memory', async () => {
    const { kv, reads } = countingKv()
    const text = `${article.text} ${crypto.randomUUID()}`
    expect((await postJson('/v1/analyze', { text }, {}, { CACHE: kv })).headers.get('x-cache')).toBe('MISS')
    expect(reads).toHaveLength(1)
    for (let i = 0; i < 3; i++)
      expect((await postJson('/v1/analyze', { text }, {}, { CACHE: kv })).headers.get('x-cache')).toBe('HIT')
    expect(reads).toHaveLength(1)
    const refreshed = await postJson('/v1/analyze', { text }, { 'cache-control': 'no-cache' }, { CACHE: kv })
    expect(refreshed.headers.get('x-cache')).toBe('MISS')
    expect(reads).toHaveLength(1)
  })

  it('writes a key once per burst: concurrent misses and repeated refreshes of one article, one KV write', async () => {
    // KV takes one write per second per key and the free plan 1,000 a day; the body of a key never changes.
    const { kv, writes } = countingKv()
    const text = `${article.text} ${crypto.randomUUID()}`
    const burst = await Promise.all(
      Array.from({ length: 8 }, () => postJson('/v1/analyze', { text }, {}, { CACHE: kv })),
    )
    const bodies = new Set(await Promise.all(burst.map((r) => r.text())))
    expect(bodies.size).toBe(1)
    for (let i = 0; i < 3; i++) {
      const refreshed = await postJson(
        '/v1/analyze',
        { text },
        { 'cache-control': 'no-cache' },
        { CACHE: kv },
      )
      expect(refreshed.headers.get('x-cache')).toBe('MISS')
    }
    expect(writes).toHaveLength(1)
    // Once the memory no longer vouches for KV (evicted, or a new isolate), a refresh writes again.
    memoryCache.clear()
    await postJson('/v1/analyze', { text }, { 'cache-control': 'no-cache' }, { CACHE: kv })
    expect(writes).toHaveLength(2)
  })

  it('a refresh rewrites the key once the last confirmed copy is older than the rewrite span', () => {
    const memory = new MemoryCache(4, 1_000)
    const now = Date.now()
    memory.set('k', 'body', now + 60_000, now - 11_000)
    expect(memory.confirmedSince('k', 'body', now - 10_000)).toBe(false)
    memory.set('k', 'body', now + 60_000, now - 9_000)
    expect(memory.confirmedSince('k', 'body', now - 10_000)).toBe(true)
    expect(memory.confirmedSince('k', 'other body', now - 10_000)).toBe(false)
    expect(memory.confirmedSince('absent', 'body', now - 10_000)).toBe(false)
    // A body too long to keep leaves a receipt: its length and when it was confirmed.
    const small = new MemoryCache(4, 1_000, 10)
    small.set('long', 'x'.repeat(50), now + 60_000, now - 1_000)
    expect(small.get('long')).toBeNull()
    expect(small.confirmedSince('long', 'x'.repeat(50), now - 10_000)).toBe(true)
    expect(small.confirmedSince('long', 'x'.repeat(49), now - 10_000)).toBe(false)
  })

  it('writes a long answer once per burst too, though the memory does not keep it', async () => {
    const { kv, writes } = countingKv()
    const cache = new BodyCache(kv, 3_600, new MemoryCache(4, 1_000, 10))
    const key = `test:long:${crypto.randomUUID()}`
    const body = `{"id":"x",${'"a":1,'.repeat(100)}"z":0}`
    const ctx = createExecutionContext()
    cache.put(key, () => body, ctx)
    await waitOnExecutionContext(ctx)
    for (let i = 0; i < 3; i++) {
      const again = createExecutionContext()
      cache.put(key, () => body, again)
      await waitOnExecutionContext(again)
    }
    expect(writes).toEqual([key])
    expect((await cache.get(key, '{"id":"x",')).body).toBe(body) // from KV: the memory kept only a receipt
  })

  it('is a front for KV, never a replacement: with no KV bound, BYPASS even for a body it holds', async () => {
    const text = `${article.text} ${crypto.randomUUID()}`
    const first = await postJson('/v1/analyze', { text })
    const { id } = JSON.parse(await first.text())
    expect((await postJson('/v1/analyze', { text })).headers.get('x-cache')).toBe('HIT')
    const unbound = await postJson('/v1/analyze', { text }, {}, { CACHE: undefined })
    expect(unbound.headers.get('x-cache')).toBe('BYPASS')
    expect((await call(`/v1/analyses/${id}`, {}, { CACHE: undefined })).status).toBe(503)
    // A KV that fails after the body was stored: the isolate still answers from what it holds.
    const cached = await postJson('/v1/analyze', { text }, {}, { CACHE: throwingKv })
    expect(cached.headers.get('x-cache')).toBe('HIT')
  })

  it('holds only what KV accepted: a failed write leaves nothing to serve', async () => {
    const rejecting = new Proxy(realKv, {
      get: (target, prop) =>
        prop === 'put' ? () => Promise.reject(new Error('quota')) : Reflect.get(target, prop).bind(target),
    })
    const text = `${article.text} ${crypto.randomUUID()}`
    expect((await postJson('/v1/analyze', { text }, {}, { CACHE: rejecting })).headers.get('x-cache')).toBe(
      'MISS',
    )
    expect((await postJson('/v1/analyze', { text }, {}, { CACHE: rejecting })).headers.get('x-cache')).toBe(
      'MISS',
    )
  })

  it('is bounded by entries and by size, evicts the least recently used, and expires entries', () => {
    const now = 1_000
    const x = (n: number) => 'x'.repeat(n)
    const byCount = new MemoryCache(3, 1_000, 500)
    for (const k of ['a', 'b', 'c']) byCount.set(k, x(10), now + 50)
    expect(byCount.get('a', now)).toBe(x(10)) // a is now the most recently used
    byCount.set('d', x(10), now + 50)
    expect([byCount.get('b', now), byCount.size, byCount.totalChars]).toEqual([null, 3, 30])

    const bySize = new MemoryCache(10, 100, 50)
    bySize.set('a', x(40), now + 50)
    bySize.set('b', x(40), now + 50)
    bySize.get('a', now)
    bySize.set('c', x(40), now + 50) // 120 > 100: b, the least recently used, goes
    expect([bySize.get('b', now), bySize.size, bySize.totalChars]).toEqual([null, 2, 80])
    // Over the per-entry bound: the old a is dropped and the new one not kept, only its receipt (no chars).
    bySize.set('a', x(51), now + 50)
    expect([bySize.get('a', now), bySize.size, bySize.totalChars]).toEqual([null, 2, 40])
    expect(bySize.confirmedSince('a', x(51), now - 1)).toBe(true)
    expect(bySize.get('c', now + 49)).toBe(x(40))
    expect(bySize.get('c', now + 50)).toBeNull() // expired
    expect([bySize.size, bySize.totalChars]).toEqual([1, 0])

    const churn = new MemoryCache(4, 60, 20)
    for (let i = 0; i < 50; i++) churn.set(`k${i}`, x(1 + (i % 20)), now + 50)
    expect(churn.size).toBeLessThanOrEqual(4)
    expect(churn.totalChars).toBeLessThanOrEqual(60)
    expect(churn.get('k49', now)).toBe(x(10))
  })

  it("the isolate's memory stays within its bounds", async () => {
    expect(memoryCache.maxEntries).toBeLessThanOrEqual(1024)
    expect(memoryCache.maxChars * 2).toBeLessThanOrEqual(16 * 1024 * 1024) // UTF-16: ≤ 16 MiB of 128 MB
    expect(memoryCache.size).toBeLessThanOrEqual(memoryCache.maxEntries)
    expect(memoryCache.totalChars).toBeLessThanOrEqual(memoryCache.maxChars)
  })
})
