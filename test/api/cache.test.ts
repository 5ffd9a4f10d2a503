import { describe, expect, it } from 'vitest'
import { AnalysisSchema } from '../../src/schemas/analysis'
import { call, postJson, validated } from '../helpers'

const article = {
  text: '«Мы начнём работу завтра», — сказал министр Иван Петров. Он добавил, что сроки не изменятся.',
}

/** A KV binding whose every call fails, as a broken or over-quota namespace would. */
const throwingKv = new Proxy({} as KVNamespace, {
  get: () => () => Promise.reject(new Error('KV is down')),
})
/** A KV binding that never answers. */
const hangingKv = new Proxy({} as KVNamespace, { get: () => () => new Promise(() => {}) })

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
    const res = await postJson('/v1/analyze', article, {}, { CACHE: kv })
    expect(res.status).toBe(200)
    expect(res.headers.get('x-cache')).toBe('BYPASS')
    await validated(res, AnalysisSchema)
    const get = await call(`/v1/analyses/${'1'.repeat(64)}`, {}, { CACHE: kv })
    expect(get.status).toBe(503)
  })
})
