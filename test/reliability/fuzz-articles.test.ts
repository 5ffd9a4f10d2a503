import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  AnalysisSchema,
  QuotesResultSchema,
  SpeakersResultSchema,
  SummaryResultSchema,
} from '../../src/schemas/analysis'
import { postJson, postText } from '../helpers'
import { anyText, articleText, language, onlyQuoteMarks } from './arbitraries'
import { budget, timeoutFor } from './config'
import { analysisViolations, problemViolations } from './invariants'

const ROUTES = {
  '/v1/analyze': AnalysisSchema,
  '/v1/summary': SummaryResultSchema,
  '/v1/quotes': QuotesResultSchema,
  '/v1/speakers': SpeakersResultSchema,
} as const
type Route = keyof typeof ROUTES

const utf8 = {
  encode: (s: string) => new TextEncoder().encode(s),
  decode: (b: Uint8Array) => new TextDecoder().decode(b),
}

/** What the server reads from a text/plain body: UTF-8 with lone surrogates replaced and a leading BOM dropped. */
const overTheWire = (text: string) => utf8.decode(utf8.encode(text))

interface Case {
  text: string
  route: Route
  viaJson: boolean
  language: string
  summarySentences: number | undefined
}

function send(c: Case, viaJson: boolean, bindings = {}): Promise<Response> {
  if (viaJson) {
    const options = c.summarySentences === undefined ? undefined : { summarySentences: c.summarySentences }
    return postJson(c.route, { text: c.text, language: c.language, options }, {}, bindings)
  }
  const q = new URLSearchParams({ language: c.language })
  if (c.summarySentences !== undefined) q.set('summarySentences', String(c.summarySentences))
  // Encoded here, not by Request: workerd would write a lone surrogate as 3 WTF-8 bytes, which no real client sends.
  return postText(`${c.route}?${q}`, utf8.encode(c.text), {}, bindings)
}

/**
 * The article properties: never a 5xx; a 200 validates against its schema and slices back to its input; the
 * same input gives the same id and body — recomputed without the cache, and across JSON and text/plain when the
 * text survives the trip unchanged. Fails with the exact counterexample (and seed) when any of these breaks.
 */
async function check(c: Case): Promise<void> {
  const received = c.viaJson ? c.text : overTheWire(c.text)
  const res = await send(c, c.viaJson)
  const body = await res.text()
  if (received.trim() === '') {
    expect(res.status, body).toBe(422)
    expect(problemViolations(res, body)).toEqual([])
    return
  }
  expect(res.status, body.slice(0, 300)).toBe(200)
  const json = JSON.parse(body) as { id: string }
  expect(analysisViolations(received, json, ROUTES[c.route])).toEqual([])
  expect(res.headers.get('etag')).toBe(`"${json.id}"`)
  // Recompute without the cache (BYPASS): a HIT must equal a fresh computation, and a fresh one the first.
  const sameOnBothPaths = overTheWire(c.text) === c.text
  const again = await send(c, sameOnBothPaths ? !c.viaJson : c.viaJson, { CACHE: undefined })
  expect(again.headers.get('x-cache')).toBe('BYPASS')
  expect(await again.text()).toBe(body)
}

const caseOf = (text: fc.Arbitrary<string>) =>
  fc.record({
    text,
    route: fc.constantFrom(...(Object.keys(ROUTES) as Route[])),
    viaJson: fc.boolean(),
    language,
    summarySentences: fc.option(fc.integer({ min: 1, max: 20 }), { nil: undefined }),
  })

describe('generated articles through the real fetch handler', () => {
  it(
    'news-like text with nested, unbalanced quotes and hostile Unicode',
    async () => {
      await fc.assert(fc.asyncProperty(caseOf(articleText), check), budget(0.3))
    },
    timeoutFor(0.3),
  )

  it(
    'any string at all: lone surrogates, controls, RTL, emoji, combining marks',
    async () => {
      await fc.assert(fc.asyncProperty(caseOf(anyText), check), budget(0.15))
    },
    timeoutFor(0.15),
  )

  it(
    'only quotation marks and dashes',
    async () => {
      await fc.assert(fc.asyncProperty(caseOf(onlyQuoteMarks), check), budget(0.05))
    },
    timeoutFor(0.05),
  )
})
