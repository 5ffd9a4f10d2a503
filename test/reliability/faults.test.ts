import { createExecutionContext, env, waitOnExecutionContext } from 'cloudflare:test'
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest'
import { type BodyMetadata, memoryCache } from '../../src/http/cache'
import { analysisId, analysisKey } from '../../src/http/content-address'
import { sha256Hex } from '../../src/http/hash'
import worker from '../../src/index'
import { AnalysisSchema } from '../../src/schemas/analysis'
import { BASE, call, postJson, postText, validated } from '../helpers'
import { problemViolations } from './invariants'

const realKv = env.CACHE as KVNamespace
const fresh = () => `«Мы начнём работу завтра», — сказал министр Иван Петров. ${crypto.randomUUID()}`

/** The real local KV, with `put` replaced: every value handed to it is recorded, then `put` behaves as told. */
function kvWithPut(put: (key: string, value: string, options?: KVNamespacePutOptions) => Promise<void>) {
  const writes: { key: string; value: string }[] = []
  const kv = new Proxy(realKv, {
    get(target, prop) {
      if (prop === 'put')
        return (key: string, value: string, options?: KVNamespacePutOptions) => {
          writes.push({ key, value })
          return put(key, value, options)
        }
      const v = Reflect.get(target, prop)
      return typeof v === 'function' ? v.bind(target) : v
    },
  })
  return { kv, writes }
}

/** Sends a request and reports when the response came and when the deferred work (cache writes) ended. */
async function timed(text: string, bindings: Partial<Cloudflare.Env>) {
  const ctx = createExecutionContext()
  const t0 = Date.now()
  const res = await worker.fetch(
    new Request(`${BASE}/v1/analyze`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text }),
    }),
    { ...env, ...bindings },
    ctx,
  )
  const answeredMs = Date.now() - t0
  await waitOnExecutionContext(ctx)
  return { res, answeredMs, settledMs: Date.now() - t0 }
}

let warn: MockInstance
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
})
afterEach(() => warn.mockRestore())
const warned = () => warn.mock.calls.map((args) => args.join(' ')).join('\n')

describe('a failing KV never fails the request, and never leaves a bad entry behind', () => {
  it('get misses, then put throws: 200 at once, the failure logged, nothing stored', async () => {
    const text = fresh()
    const { kv, writes } = kvWithPut(() => Promise.reject(new Error('KV write quota exceeded')))
    const { res } = await timed(text, { CACHE: kv })
    expect(res.status).toBe(200)
    expect(res.headers.get('x-cache')).toBe('MISS')
    const a = await validated(res, AnalysisSchema)
    expect(writes).toHaveLength(1)
    expect(warned()).toContain('cache put failed')
    expect(await realKv.get(analysisKey(a.id))).toBeNull()
    // The next request through the healthy KV computes again (MISS), then stores.
    expect((await postJson('/v1/analyze', { text })).headers.get('x-cache')).toBe('MISS')
    expect((await postJson('/v1/analyze', { text })).headers.get('x-cache')).toBe('HIT')
  })

  it('get misses, then put hangs: the answer does not wait for it, the write is abandoned in bounded time', async () => {
    const { kv } = kvWithPut(() => new Promise(() => {}))
    const { res, answeredMs, settledMs } = await timed(fresh(), { CACHE: kv })
    expect(res.status).toBe(200)
    expect(answeredMs).toBeLessThan(1000)
    expect(settledMs).toBeLessThan(10_000)
    expect(warned()).toMatch(/cache put failed .*timed out/)
  }, 15_000)

  it('everything ever written is a whole analysis of the id in its key', async () => {
    const { kv, writes } = kvWithPut((key, value, options) => realKv.put(key, value, options))
    const texts = [fresh(), fresh(), `${fresh()} «${'Да. '.repeat(500)}»`]
    for (const text of texts)
      expect((await postJson('/v1/analyze', { text }, {}, { CACHE: kv })).status).toBe(200)
    expect(writes).toHaveLength(texts.length)
    for (const w of writes) {
      const value = AnalysisSchema.parse(JSON.parse(w.value))
      expect(w.key).toBe(analysisKey(value.id))
      // The exact body served, with its SHA-256 beside it.
      const stored = await realKv.getWithMetadata<BodyMetadata>(w.key)
      expect(stored.value).toBe(w.value)
      expect(stored.metadata?.sha256).toBe(await sha256Hex(w.value))
    }
  })

  /** Metadata as the cache writes it, for `body`: so that only the hash and prefix checks can refuse it. */
  const metadataOf = async (body: string): Promise<BodyMetadata> => ({
    sha256: await sha256Hex(body),
    expires: Date.now() + 3_600_000,
  })

  it.each([
    ['cut short, as a torn write would leave it', (good: string) => good.slice(0, good.length / 2)],
    ['valid JSON of the wrong shape', () => '{"id":"x","summary":null}'],
    [
      'another analysis (a key mix-up)',
      (good: string) => good.replace(/"id":"[0-9a-f]{64}"/, `"id":"${'0'.repeat(64)}"`),
    ],
    ['empty', () => ''],
    ['one character changed', (good: string) => good.replace('"quotes":[', '"quotes": [')],
  ])('a cached entry that is %s is never served: recomputed (MISS) and repaired', async (_, corrupt) => {
    const text = fresh()
    const id = await analysisId({ text, title: null, language: 'auto' }, {})
    const good = await (await postJson('/v1/analyze', { text }, {}, { CACHE: undefined })).text()
    expect(JSON.parse(good).id).toBe(id)
    // Twice: with no metadata (as an older deployment wrote), then with the metadata of the good body, so
    // that the hash alone must refuse it.
    for (const metadata of [undefined, await metadataOf(good)]) {
      memoryCache.clear()
      await realKv.put(analysisKey(id), corrupt(good), metadata ? { metadata } : {})

      expect((await call(`/v1/analyses/${id}`)).status).toBe(404)
      const res = await postJson('/v1/analyze', { text })
      expect(res.headers.get('x-cache')).toBe('MISS')
      expect(warned()).toContain('not a valid value')
      expect(await res.text()).toBe(good)
      const stored = await realKv.getWithMetadata<BodyMetadata>(analysisKey(id))
      expect(stored.value).toBe(good)
      expect(stored.metadata?.sha256).toBe(await sha256Hex(good))
      expect((await postJson('/v1/analyze', { text })).headers.get('x-cache')).toBe('HIT')
      memoryCache.clear()
      expect((await postJson('/v1/analyze', { text })).headers.get('x-cache')).toBe('HIT') // from KV
    }
  })

  it("another analysis's whole entry (body and its own metadata) under this key is never served", async () => {
    const [text, other] = [fresh(), fresh()]
    const id = await analysisId({ text, title: null, language: 'auto' }, {})
    const good = await (await postJson('/v1/analyze', { text }, {}, { CACHE: undefined })).text()
    const foreign = await (await postJson('/v1/analyze', { text: other }, {}, { CACHE: undefined })).text()
    await realKv.put(analysisKey(id), foreign, { metadata: await metadataOf(foreign) })

    expect((await call(`/v1/analyses/${id}`)).status).toBe(404)
    const res = await postJson('/v1/analyze', { text })
    expect(res.headers.get('x-cache')).toBe('MISS')
    expect(await res.text()).toBe(good)
  })
})

describe('a TTS Worker that never answers', () => {
  // test/audio.test.ts covers a TTS Worker answering 500, refusing the connection, and breaking mid-stream.
  // What remains is the hang: the request must still end, as a 502, instead of waiting for ever.
  it('→ 502 problem+json within a bounded time', async () => {
    const text = `Заседание ${crypto.randomUUID()} прошло. «Мы всё выполним», — сказал министр Иван Петров.`
    const hanging = { fetch: () => new Promise<Response>(() => {}) } as unknown as Fetcher
    const outcome = await Promise.race([
      postText('/v1/audio', text, {}, { TTS: hanging }),
      // The route gives the TTS Worker 10 s to answer; 20 s leaves room for a busy machine.
      new Promise<'no answer'>((resolve) => setTimeout(() => resolve('no answer'), 20_000)),
    ])
    expect(outcome, 'no answer after 20 s').not.toBe('no answer')
    const res = outcome as Response
    expect(res.status).toBe(502)
    expect(problemViolations(res, await res.text())).toEqual([])
  }, 30_000)
})
