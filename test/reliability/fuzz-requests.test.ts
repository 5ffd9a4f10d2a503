import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { AnalysisSchema } from '../../src/schemas/analysis'
import { call } from '../helpers'
import { anyText, articleText, hostileBody } from './arbitraries'
import { budget, timeoutFor } from './config'
import { analysisViolations, problemViolations } from './invariants'

const printable = fc.constantFrom(...[...' !"#$%&\'()*+,-./0123456789:;<=>?@AZaz[\\]^_`{|}~'])
const headerValue = fc.string({ unit: printable, maxLength: 40 })
const hex64 = fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 64, maxLength: 64 })

const path = fc.oneof(
  fc.constantFrom(
    '/v1/analyze',
    '/v1/summary',
    '/v1/quotes',
    '/v1/speakers',
    '/v1/narration',
    '/v1/audio',
    '/v1/analyze/',
    '//v1/analyze',
    '/V1/ANALYZE',
    '/v1',
    '/v1/',
    '/v1/%ZZ',
    '/v1/analyses/%E0%A4%A',
    '/v1/analyses/',
    '/healthz',
    '/openapi.json',
    '/docs',
    '/',
    '/problems/validation-error',
    '/problems/__proto__',
    '/problems/constructor',
  ),
  hex64.map((h) => `/v1/analyses/${h}`),
  fc.string({ unit: printable, maxLength: 30 }).map((s) => `/v1/analyses/${encodeURIComponent(s)}`),
  fc.string({ unit: printable, maxLength: 30 }).map((s) => `/${encodeURIComponent(s)}`),
)

const query = fc
  .array(
    fc.tuple(
      fc.constantFrom('language', 'summarySentences', 'title', 'format', 'source', '__proto__', 'x'),
      fc.oneof(
        fc.constantFrom(
          'ru',
          'auto',
          'xx',
          '0',
          '1',
          '20',
          '21',
          '1e1',
          '0x10',
          '-1',
          '1.5',
          '',
          'NaN',
          '1e999',
        ),
        fc.string({ unit: 'grapheme', maxLength: 20 }),
      ),
    ),
    { maxLength: 4 },
  )
  .map((pairs) => (pairs.length ? `?${new URLSearchParams(pairs)}` : ''))

const contentType = fc.oneof(
  fc.constantFrom(
    'application/json',
    'application/json; charset=utf-8',
    'APPLICATION/JSON',
    'application/vnd.api+json',
    'text/plain',
    'text/plain; charset=utf-8',
    'text/plain; charset=windows-1251',
    'text/plain;charset=utf-16',
    'text/html',
    'multipart/form-data; boundary=x',
    'application/x-www-form-urlencoded',
    '',
  ),
  headerValue,
)

const body = fc.oneof(
  hostileBody,
  articleText,
  anyText,
  fc.uint8Array({ maxLength: 400 }),
  fc.constantFrom('', '{', '{"text":', '[', 'null', '""', '{"text":"a"}}', '\uFEFF{"text":"BOM"}'),
)

const request = fc.record({
  method: fc.constantFrom('GET', 'HEAD', 'POST', 'POST', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'),
  path,
  query,
  contentType,
  body,
  headers: fc.record(
    {
      accept: fc.constantFrom('*/*', 'audio/wav', 'application/json', 'text/html'),
      'if-none-match': fc.oneof(
        headerValue,
        hex64.map((h) => `"${h}"`),
        fc.constant('*'),
      ),
      'cache-control': fc.constantFrom('no-cache', 'no-store', 'max-age=0', 'NO-CACHE, private'),
      'x-request-id': headerValue,
      origin: fc.constantFrom('https://app.example', 'null'),
      authorization: headerValue,
    },
    { requiredKeys: [] },
  ),
})

// Answers that are contractual 5xx: audio without a synthesizer (503) or with a failing one (502).
const AUDIO = /^\/v1\/(audio|narration)/

describe('generated requests through the real fetch handler', () => {
  it(
    'never answer 5xx or throw; every error is a problem naming the request; nothing pollutes prototypes',
    async () => {
      await fc.assert(
        fc.asyncProperty(request, async (r) => {
          const hasBody = r.method !== 'GET' && r.method !== 'HEAD'
          const headers: Record<string, string> = { ...r.headers }
          if (r.contentType) headers['content-type'] = r.contentType
          const res = await call(`${r.path}${r.query}`, {
            method: r.method,
            headers,
            ...(hasBody ? { body: r.body } : {}),
          })
          const text = await res.text()
          const contractual5xx = AUDIO.test(r.path) && (res.status === 502 || res.status === 503)
          if (!contractual5xx) expect(res.status, text.slice(0, 300)).toBeLessThan(500)
          if (res.status >= 400 && r.method === 'HEAD')
            expect(res.headers.get('content-type')).toBe('application/problem+json')
          else if (res.status >= 400) expect(problemViolations(res, text)).toEqual([])
          if (res.status === 200 && r.path === '/v1/analyze' && r.method === 'POST') {
            // The offsets index the decoded input; here it is enough that the answer is a valid analysis.
            expect(AnalysisSchema.safeParse(JSON.parse(text)).success).toBe(true)
          }
          expect(Object.keys(Object.prototype)).toEqual([])
          expect(({} as Record<string, unknown>).polluted).toBeUndefined()
        }),
        budget(0.25),
      )
    },
    timeoutFor(0.25),
  )

  it(
    'invalid UTF-8 bodies: replaced, never rejected as a crash; offsets index the decoded text',
    async () => {
      const bytes = fc.array(
        fc.oneof(
          fc.uint8Array({ minLength: 1, maxLength: 8 }),
          fc
            .constantFrom(
              [0xff],
              [0xc0, 0xaf],
              [0xed, 0xa0, 0x80],
              [0xf4, 0x90, 0x80, 0x80],
              [0xe2, 0x80],
              [0xef, 0xbb, 0xbf],
            )
            .map((a) => new Uint8Array(a)),
          articleText.map((s) => new TextEncoder().encode(s)),
        ),
        { minLength: 1, maxLength: 20 },
      )
      await fc.assert(
        fc.asyncProperty(bytes, async (parts) => {
          const all = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
          let at = 0
          for (const p of parts) {
            all.set(p, at)
            at += p.length
          }
          const res = await call('/v1/analyze', {
            method: 'POST',
            headers: { 'content-type': 'text/plain' },
            body: all,
          })
          const text = await res.text()
          const decoded = new TextDecoder().decode(all)
          if (decoded.trim() === '') return void expect(res.status).toBe(422)
          expect(res.status, text.slice(0, 300)).toBe(200)
          expect(analysisViolations(decoded, JSON.parse(text))).toEqual([])
        }),
        budget(0.1),
      )
    },
    timeoutFor(0.1),
  )
})
