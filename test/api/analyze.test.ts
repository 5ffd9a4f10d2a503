import { describe, expect, it } from 'vitest'
import {
  AnalysisSchema,
  QuotesResultSchema,
  SpeakersResultSchema,
  SummaryResultSchema,
} from '../../src/schemas/analysis'
import { call, offsetViolations, postJson, postText, seedText, validated } from '../helpers'

describe('POST /v1/analyze', () => {
  it('analyses the sample article sent as text/plain, with every field of the contract', async () => {
    const res = await postText('/v1/analyze', seedText)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^application\/json/)
    const a = await validated(res, AnalysisSchema)
    expect(a.language).toBe('ru')
    expect(a.meta.date).toBe('2025-09-03')
    expect(a.meta.words).toBeGreaterThan(500)
    expect(a.meta.paragraphs).toBe(20)
    expect(a.meta.readingTimeSeconds).toBeGreaterThan(0)
    expect(res.headers.get('etag')).toBe(`"${a.id}"`)
    expect(res.headers.get('content-location')).toBe(`/v1/analyses/${a.id}`)
    expect(offsetViolations(seedText, [...a.quotes, ...a.summary.sentences])).toEqual([])
    // The date header is metadata, not text of any sentence or quote.
    const headerEnd = seedText.indexOf('Президент')
    for (const s of a.summary.sentences) expect(s.start).toBeGreaterThanOrEqual(headerEnd)
    expect(a.summary.sentences.some((s) => s.text.includes('date 2025'))).toBe(false)
    expect(a.quotes.filter((q) => q.kind === 'direct').length).toBeGreaterThanOrEqual(4)
    expect(a.speakers.length).toBeGreaterThanOrEqual(1)
  })

  it('gives the same id and body for JSON and text/plain with the same options', async () => {
    const fromText = await validated(
      await postText('/v1/analyze?summarySentences=2', seedText),
      AnalysisSchema,
    )
    const fromJson = await validated(
      await postJson('/v1/analyze', { text: seedText, options: { summarySentences: 2 } }),
      AnalysisSchema,
    )
    expect(fromJson.id).toBe(fromText.id)
    expect(fromJson).toEqual(fromText)
    expect(fromJson.summary.sentences).toHaveLength(2)
  })

  it('takes options from the query string for JSON too, the body winning when both are given', async () => {
    const q = await validated(
      await postJson('/v1/analyze?summarySentences=1', { text: seedText }),
      AnalysisSchema,
    )
    expect(q.summary.sentences).toHaveLength(1)
    const both = await validated(
      await postJson('/v1/analyze?summarySentences=1', { text: seedText, options: { summarySentences: 4 } }),
      AnalysisSchema,
    )
    expect(both.summary.sentences).toHaveLength(4)
  })

  it('honours an explicit language and a title', async () => {
    const a = await validated(
      await postJson('/v1/analyze', {
        text: 'He said: "We will win this race."',
        language: 'en',
        title: 'Race',
      }),
      AnalysisSchema,
    )
    expect(a.language).toBe('en')
    expect(a.meta.title).toBe('Race')
  })

  it('replaces invalid UTF-8 bytes instead of failing, keeping offsets into the decoded text', async () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('Он сказал: «Всё хорошо, мы справимся'),
      0xff,
      0xfe,
      ...new TextEncoder().encode('».'),
    ])
    const res = await postText('/v1/analyze', bytes)
    expect(res.status).toBe(200)
    const a = await validated(res, AnalysisSchema)
    const decoded = new TextDecoder().decode(bytes)
    expect(decoded).toContain('\uFFFD')
    expect(offsetViolations(decoded, [...a.quotes, ...a.summary.sentences])).toEqual([])
  })

  it('replaces invalid UTF-8 inside a JSON body too', async () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('{"text":"abc '),
      0xc3,
      0x28,
      ...new TextEncoder().encode(' def."}'),
    ])
    const res = await call('/v1/analyze', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: bytes,
    })
    expect(res.status).toBe(200)
  })
})

describe('the single-part routes', () => {
  it.each([
    ['/v1/summary', SummaryResultSchema, 'summary'],
    ['/v1/quotes', QuotesResultSchema, 'quotes'],
    ['/v1/speakers', SpeakersResultSchema, 'speakers'],
  ] as const)('%s answers the envelope and only its part', async (path, schema, part) => {
    const res = await postText(path, seedText)
    expect(res.status).toBe(200)
    const body = (await validated(res, schema)) as Record<string, unknown>
    expect(Object.keys(body).sort()).toEqual(['engine', 'id', 'language', 'meta', part].sort())
    const full = await validated(await postText('/v1/analyze', seedText), AnalysisSchema)
    expect(body.id).toBe(full.id)
    expect(body[part]).toEqual(full[part])
  })
})
