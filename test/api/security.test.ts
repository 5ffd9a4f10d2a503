import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { call, postJson } from '../helpers'

const KEYS = { API_KEYS: 'first-key-123, second-key-456' }
const body = { text: 'Она сказала: «Всё получится».' }

describe('API keys', () => {
  it('leaves /v1 open when API_KEYS is not set', async () => {
    expect((await postJson('/v1/analyze', body)).status).toBe(200)
  })

  it.each([
    ['no key', {}],
    ['a wrong bearer key', { authorization: 'Bearer nope' }],
    ['a wrong X-API-Key', { 'x-api-key': 'first-key-12' }],
    ['a malformed Authorization header', { authorization: 'Basic Zmlyc3Qta2V5LTEyMw==' }],
    ['an empty bearer', { authorization: 'Bearer ' }],
  ])('refuses %s with 401 problem+json and WWW-Authenticate', async (_, headers) => {
    const res = await postJson('/v1/analyze', body, headers as Record<string, string>, KEYS)
    expect(res.status).toBe(401)
    expect(res.headers.get('content-type')).toBe('application/problem+json')
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer realm="quotecast"/)
    const text = await res.text()
    expect(text).not.toContain('first-key')
    expect(text).not.toContain('nope')
  })

  it('accepts either configured key, as Bearer or X-API-Key', async () => {
    expect(
      (await postJson('/v1/analyze', body, { authorization: 'Bearer first-key-123' }, KEYS)).status,
    ).toBe(200)
    expect((await postJson('/v1/analyze', body, { 'x-api-key': 'second-key-456' }, KEYS)).status).toBe(200)
  })

  it('keeps /healthz, /openapi.json and /docs open', async () => {
    for (const path of ['/healthz', '/openapi.json', '/docs'])
      expect((await call(path, {}, KEYS)).status).toBe(200)
  })
})

describe('rate limiting', () => {
  it('answers 429 with Retry-After once the Workers rate limiter says no', async () => {
    // A real (locally simulated) rate-limit binding with a limit of 3 per minute, declared in vitest.config.ts.
    const limited = { RATE_LIMITER: env.TEST_RATE_LIMITER }
    const headers = { 'cf-connecting-ip': `10.0.0.${Math.floor(Math.random() * 250)}` }
    const statuses: number[] = []
    for (let i = 0; i < 5; i++) statuses.push((await postJson('/v1/analyze', body, headers, limited)).status)
    expect(statuses.slice(0, 3)).toEqual([200, 200, 200])
    expect(statuses.slice(3)).toEqual([429, 429])
    const res = await postJson('/v1/analyze', body, headers, limited)
    expect(res.headers.get('retry-after')).toBe('60')
    expect(res.headers.get('content-type')).toBe('application/problem+json')
  })
})

describe('CORS and security headers', () => {
  it('answers a preflight for the configured origins', async () => {
    const res = await call('/v1/analyze', {
      method: 'OPTIONS',
      headers: { origin: 'https://app.example', 'access-control-request-method': 'POST' },
    })
    expect(res.status).toBe(204)
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    const restricted = await call(
      '/v1/analyze',
      {
        method: 'OPTIONS',
        headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
      },
      { CORS_ORIGINS: 'https://app.example' },
    )
    expect(restricted.headers.get('access-control-allow-origin')).not.toBe('https://evil.example')
  })

  it('sets secure headers and a request id on every answer, errors included', async () => {
    for (const res of [await call('/healthz'), await call('/nowhere')]) {
      expect(res.headers.get('x-content-type-options')).toBe('nosniff')
      expect(res.headers.get('x-request-id')).toBeTruthy()
    }
  })
})
