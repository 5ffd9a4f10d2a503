import { createExecutionContext, env, waitOnExecutionContext } from 'cloudflare:test'
import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest'
import worker from '../../src/index'
import { BASE, call, postJson, postText } from '../helpers'
import { budget, timeoutFor } from './config'
import { problemViolations } from './invariants'

// Extends test/api/security.test.ts: generated keys, every route, logging, limits on streamed bodies, 500s.
const KEYS = ['k3y-Alpha-0001', 'k3y-Bravo-0002', 'k3y-Charlie-0003']
const WITH_KEYS = { API_KEYS: KEYS.join(', ') }
const body = { text: 'Она сказала: «Всё получится».' }

let logs: MockInstance[] = []
beforeEach(() => {
  logs = (['log', 'info', 'warn', 'error', 'debug'] as const).map((m) =>
    vi.spyOn(console, m).mockImplementation(() => {}),
  )
})
afterEach(() => {
  for (const l of logs) l.mockRestore()
})
const logged = () => JSON.stringify(logs.flatMap((l) => l.mock.calls.map((args) => args.map(String))))

describe('API keys', () => {
  it(
    'refuse every key that is not configured — 401 problem with a challenge, never echoed, never logged',
    async () => {
      // Near misses of a real key, as well as arbitrary strings.
      const nearMiss = fc
        .tuple(fc.constantFrom(...KEYS), fc.nat(13), fc.string({ minLength: 1, maxLength: 3 }))
        .map(([k, at, s]) => `${k.slice(0, at)}${s}${k.slice(at + 1)}`)
      const key = fc
        .oneof(
          nearMiss,
          fc.string({ minLength: 4, maxLength: 60 }),
          fc.constantFrom(...KEYS).map((k) => k.toUpperCase()),
        )
        .filter((k) => !KEYS.includes(k.trim()) && /^[\x21-\x7e][\x20-\x7e]*$/.test(k))
      const scheme = fc.constantFrom('bearer', 'x-api-key', 'basic', 'token')
      await fc.assert(
        fc.asyncProperty(key, scheme, async (k, how) => {
          const headers: Record<string, string> =
            how === 'x-api-key'
              ? { 'x-api-key': k }
              : { authorization: `${how === 'bearer' ? 'Bearer' : how === 'basic' ? 'Basic' : 'Token'} ${k}` }
          const res = await postJson('/v1/analyze', body, headers, WITH_KEYS)
          const text = await res.text()
          expect(res.status).toBe(401)
          expect(problemViolations(res, text)).toEqual([])
          expect(res.headers.get('www-authenticate')).toMatch(/^Bearer realm="quotecast"/)
          const everything = `${text}\n${[...res.headers].join('\n')}\n${logged()}`
          // A short string turns up in any answer by chance ("pro" in /problems/…): only a key of 8 characters or
          // more can be told apart from the answer's own words.
          for (const secret of [k.trim(), ...KEYS])
            if (secret.length >= 8) expect(everything).not.toContain(secret)
        }),
        budget(0.03),
      )
    },
    timeoutFor(0.03),
  )

  it('accepts each configured key, and compares against every key without stopping at the first match', async () => {
    const compare = vi.spyOn(crypto.subtle, 'timingSafeEqual')
    try {
      for (const k of KEYS) {
        compare.mockClear()
        expect(
          (await postJson('/v1/analyze', body, { authorization: `Bearer ${k}` }, WITH_KEYS)).status,
        ).toBe(200)
        expect(compare).toHaveBeenCalledTimes(KEYS.length)
      }
      compare.mockClear()
      expect((await postJson('/v1/analyze', body, { 'x-api-key': 'wrong-key-000' }, WITH_KEYS)).status).toBe(
        401,
      )
      expect(compare).toHaveBeenCalledTimes(KEYS.length)
    } finally {
      compare.mockRestore()
    }
    expect(logged()).not.toMatch(/k3y-/)
  })

  it('guards every /v1 route, known or not, and leaves the public routes and preflights open', async () => {
    for (const [method, path] of [
      ['POST', '/v1/analyze'],
      ['POST', '/v1/summary'],
      ['POST', '/v1/quotes'],
      ['POST', '/v1/speakers'],
      ['POST', '/v1/narration'],
      ['POST', '/v1/audio'],
      ['GET', `/v1/analyses/${'a'.repeat(64)}`],
      ['GET', '/v1/does-not-exist'],
    ] as const) {
      const res = await call(path, { method, ...(method === 'POST' ? { body: 'x' } : {}) }, WITH_KEYS)
      expect(res.status, `${method} ${path}`).toBe(401)
      expect(problemViolations(res, await res.text())).toEqual([])
    }
    for (const path of ['/healthz', '/openapi.json', '/docs', '/', '/problems/unauthorized'])
      expect((await call(path, {}, WITH_KEYS)).status, path).toBe(200)
    const preflight = await call(
      '/v1/analyze',
      {
        method: 'OPTIONS',
        headers: {
          origin: 'https://app.example',
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization, content-type',
        },
      },
      WITH_KEYS,
    )
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('authorization')
  })
})

describe('rate limiting', () => {
  it('429 problem with Retry-After of the configured period; the limiter never sees a raw key', async () => {
    const seen: string[] = []
    const limiter = {
      limit: async ({ key }: { key: string }) => {
        seen.push(key)
        return { success: false }
      },
    } as RateLimit
    const res = await postJson(
      '/v1/analyze',
      body,
      { authorization: `Bearer ${KEYS[0]}` },
      { ...WITH_KEYS, RATE_LIMITER: limiter, RATE_LIMIT_PERIOD_SECONDS: '10' },
    )
    expect(res.status).toBe(429)
    expect(res.headers.get('retry-after')).toBe('10')
    expect(problemViolations(res, await res.text())).toEqual([])
    expect(seen).toHaveLength(1)
    expect(seen[0]).not.toContain(KEYS[0])
    expect(seen[0]).toMatch(/^key:[0-9a-f]{24}$/)
  })

  it('counts a missing or wrong key against the client IP before the 401, so key guessing is limited too', async () => {
    const seen: string[] = []
    const limiter = (success: boolean) =>
      ({
        limit: async ({ key }: { key: string }) => {
          seen.push(key)
          return { success }
        },
      }) as RateLimit
    const ip = { 'cf-connecting-ip': '10.9.9.9' }
    const wrong = { ...ip, authorization: 'Bearer not-a-key' }
    const allowed = { ...WITH_KEYS, RATE_LIMITER: limiter(true) }
    expect((await postJson('/v1/analyze', body, wrong, allowed)).status).toBe(401)
    expect((await postJson('/v1/analyze', body, ip, allowed)).status).toBe(401)
    expect(seen).toEqual(['ip:10.9.9.9', 'ip:10.9.9.9'])
    // Past the limit the guesser gets 429, not another try at a key.
    const res = await postJson('/v1/analyze', body, wrong, { ...WITH_KEYS, RATE_LIMITER: limiter(false) })
    expect(res.status).toBe(429)
    expect(problemViolations(res, await res.text())).toEqual([])
    expect(seen.join(' ')).not.toContain('not-a-key')
  })

  it('a failing limiter lets requests through (availability over strictness)', async () => {
    const broken = { limit: () => Promise.reject(new Error('limiter down')) } as unknown as RateLimit
    expect((await postJson('/v1/analyze', body, {}, { RATE_LIMITER: broken })).status).toBe(200)
  })
})

/** A body streamed in small chunks with no Content-Length, as a chunked upload arrives. */
function chunked(bytes: Uint8Array, chunk = 97): RequestInit {
  let at = 0
  const stream = new ReadableStream<Uint8Array>({
    pull(ctrl) {
      if (at >= bytes.length) return ctrl.close()
      ctrl.enqueue(bytes.slice(at, at + chunk))
      at += chunk
    },
  })
  return { body: stream, duplex: 'half' } as RequestInit
}

describe('limits hold for chunked bodies without Content-Length', () => {
  const LIMIT = 2000
  const limits = { MAX_BODY_BYTES: String(LIMIT), MAX_TEXT_CHARS: '500' }
  const send = (type: string, bytes: Uint8Array) =>
    call('/v1/analyze', { method: 'POST', headers: { 'content-type': type }, ...chunked(bytes) }, limits)

  it.each(['text/plain', 'application/json'])(
    '%s: at the byte limit passes the body check, one byte over is 413',
    async (type) => {
      // Exactly n bytes: Cyrillic letters (2 bytes each); JSON padded with trailing spaces (still valid JSON).
      const json = JSON.stringify({ text: 'я'.repeat(900) })
      const wrap = (n: number) =>
        type === 'text/plain'
          ? 'я'.repeat(n / 2)
          : json + ' '.repeat(n - new TextEncoder().encode(json).length)
      const atLimit = new TextEncoder().encode(wrap(LIMIT))
      expect(atLimit.length).toBe(LIMIT)
      const ok = await send(type, atLimit)
      // Exactly at the byte limit: not 413 for the body; the text (900+ characters) then exceeds MAX_TEXT_CHARS.
      expect(ok.status).toBe(413)
      expect(((await ok.json()) as { detail: string }).detail).toMatch(/characters/)
      const over = await send(type, new Uint8Array([...atLimit, 0x20]))
      expect(over.status).toBe(413)
      const p = (await over.json()) as { detail: string }
      expect(p.detail).toMatch(/bytes/)
    },
  )

  it('a text within both limits is analysed when streamed', async () => {
    const res = await send('text/plain', new TextEncoder().encode('Он сказал: «Да». '.repeat(20)))
    expect(res.status).toBe(200)
  })
})

describe('CORS and headers on every kind of answer', () => {
  const SECURE = {
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'SAMEORIGIN',
    'referrer-policy': 'no-referrer',
    'strict-transport-security': /max-age=\d+/,
  }

  it('200, 304, 401, 404, 405, 413, 415, 422, 429 and 500 all carry the security headers and a request id', async () => {
    const a = await postJson('/v1/analyze', body)
    const etag = a.headers.get('etag') as string
    const internal = new Proxy({ ...env } as Record<string, unknown>, {
      get(target, prop) {
        if (prop === 'CACHE') throw new Error('binding exploded at /work/secret/path.ts:1:1')
        return Reflect.get(target, prop)
      },
    })
    const ctx = createExecutionContext()
    const fiveHundred = await worker.fetch(
      new Request(`${BASE}/v1/analyze`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }),
      internal as unknown as Cloudflare.Env,
      ctx,
    )
    await waitOnExecutionContext(ctx)
    const answers = [
      a,
      await postJson('/v1/analyze', body, { 'if-none-match': etag }),
      await postJson('/v1/analyze', body, {}, WITH_KEYS),
      await call('/nowhere'),
      await call('/v1/analyze', { method: 'PUT' }),
      await postText('/v1/analyze', 'x'.repeat(50), {}, { MAX_BODY_BYTES: '10' }),
      await call('/v1/analyze', { method: 'POST', headers: { 'content-type': 'image/png' }, body: 'x' }),
      await postJson('/v1/analyze', { text: '' }),
      await postJson(
        '/v1/analyze',
        body,
        {},
        {
          RATE_LIMITER: { limit: async () => ({ success: false }) } as RateLimit,
        },
      ),
      fiveHundred,
    ]
    expect(answers.map((r) => r.status)).toEqual([200, 304, 401, 404, 405, 413, 415, 422, 429, 500])
    for (const res of answers) {
      for (const [h, v] of Object.entries(SECURE))
        if (typeof v === 'string') expect(res.headers.get(h), `${res.status} ${h}`).toBe(v)
        else expect(res.headers.get(h), `${res.status} ${h}`).toMatch(v)
      expect(res.headers.get('x-request-id'), String(res.status)).toMatch(/^[\w=-]+$/)
      if (res.status >= 400) expect(problemViolations(res, await res.text()), String(res.status)).toEqual([])
    }
    // The 500 disclosed nothing, but the log can find it by request id.
    const rid = fiveHundred.headers.get('x-request-id') as string
    expect(logged()).toContain(rid)
  })

  it('preflights answer only the configured origins, and errors stay readable cross-origin', async () => {
    const cors = { CORS_ORIGINS: 'https://app.example, https://other.example' }
    const pre = (origin: string) =>
      call(
        '/v1/analyze',
        { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST' } },
        cors,
      )
    expect((await pre('https://other.example')).headers.get('access-control-allow-origin')).toBe(
      'https://other.example',
    )
    for (const evil of [
      'https://evil.example',
      'https://app.example.evil.example',
      'null',
      'https://APP.example',
    ])
      expect((await pre(evil)).headers.get('access-control-allow-origin'), evil).not.toBe(evil)
    const err = await postJson('/v1/analyze', { text: '' }, { origin: 'https://app.example' }, cors)
    expect(err.status).toBe(422)
    expect(err.headers.get('access-control-allow-origin')).toBe('https://app.example')
    expect(err.headers.get('access-control-expose-headers')?.toLowerCase()).toContain('x-request-id')
  })
})
