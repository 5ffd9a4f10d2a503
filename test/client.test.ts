import { createExecutionContext, env, waitOnExecutionContext } from 'cloudflare:test'
import { hc } from 'hono/client'
import { describe, expect, expectTypeOf, it } from 'vitest'
import type { AppType } from '../src/index'
import worker from '../src/index'
import { AnalysisSchema, QuotesResultSchema } from '../src/schemas/analysis'
import { BASE, seedText } from './helpers'

/** hc's requests go straight into the Worker's fetch handler inside workerd, with wrangler.toml's bindings. */
async function workerFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const ctx = createExecutionContext()
  const res = await worker.fetch(new Request(input, init), env, ctx)
  await waitOnExecutionContext(ctx)
  return res
}

const client = hc<AppType>(BASE, { fetch: workerFetch })

describe('typed client (hono/client)', () => {
  it('analyzes an article with typed input and a typed answer', async () => {
    const res = await client.v1.analyze.$post({ json: { text: seedText, language: 'ru' } })
    expect(res.status).toBe(200)
    if (!res.ok) throw new Error(`unexpected ${res.status}`)
    const body = await res.json()
    // The type the client promises is the type the schema checks at run time.
    expectTypeOf(body.quotes[0]?.speakerId).toEqualTypeOf<string | null | undefined>()
    expectTypeOf(body.speakers).items.toHaveProperty('share')
    expect(AnalysisSchema.safeParse(body).success).toBe(true)
    expect(body.language).toBe('ru')
    expect(res.headers.get('etag')).toBe(`"${body.id}"`)
  })

  it('passes options in the query string and reads a part of the analysis', async () => {
    const res = await client.v1.quotes.$post({
      json: { text: 'She said: "We are ready to start."' },
      query: { language: 'en' },
    })
    if (res.status !== 200) throw new Error(`unexpected ${res.status}`)
    const body = await res.json()
    expect(QuotesResultSchema.safeParse(body).success).toBe(true)
    expect(body.language).toBe('en')
  })

  it('types problem answers: a validation failure reads as a problem with errors', async () => {
    const res = await client.v1.analyze.$post({ json: { text: '   ' } })
    expect(res.status).toBe(422)
    if (res.status !== 422) return
    const problem = await res.json()
    expectTypeOf(problem.detail).toEqualTypeOf<string>()
    expect(problem.title).toBe('Validation failed')
    expect(problem.errors?.[0]?.path).toBe('text')
  })

  it('fetches a cached analysis by its id through the path parameter', async () => {
    const first = await client.v1.summary.$post({ json: { text: seedText } })
    if (first.status !== 200) throw new Error(`unexpected ${first.status}`)
    const { id } = await first.json()
    const again = await client.v1.analyses[':id'].$get({ param: { id } })
    expect(again.status).toBe(200)
    if (again.status === 200) expect((await again.json()).id).toBe(id)
  })

  it('gets the narration script and the audio (or the problem saying why there is none)', async () => {
    const script = await client.v1.narration.$post({
      json: { text: seedText, options: { source: 'quotes' } },
    })
    if (script.status !== 200) throw new Error(`unexpected ${script.status}`)
    const n = await script.json()
    expect(n.source).toBe('quotes')
    expect(n.segments.some((s) => s.voice === 'speaker')).toBe(true)
    const audio = await client.v1.audio.$post({
      json: { text: 'Он сказал: «Да».' },
      query: { format: 'wav' },
    })
    if (audio.status === 200) {
      expect(audio.headers.get('content-type')).toMatch(/^audio\/wav/)
      expect((await audio.arrayBuffer()).byteLength).toBeGreaterThan(44)
    } else {
      expect([502, 503]).toContain(audio.status)
      if (audio.status === 502 || audio.status === 503) expect((await audio.json()).detail).toBeTruthy()
    }
  })

  it('reads health and problem types', async () => {
    const health = await client.healthz.$get()
    const h = await health.json()
    expect(h.status).toBe('ok')
    expect(h.languages).toContain('ru')
    const p = await client.problems[':slug'].$get({ param: { slug: 'validation-error' } })
    if (p.status !== 200) throw new Error(`unexpected ${p.status}`)
    expect((await p.json()).status).toBe(422)
  })
})
