import type { MiddlewareHandler } from 'hono'
import type { Bindings } from '../env'
import { readConfig } from '../env'
import { presentedKey } from './auth'
import { ProblemError } from './problem'

/**
 * With a Workers Rate Limiting binding, limits requests per API key (or per client IP when there is none).
 * Without the binding, does nothing. A failing limiter lets the request through: availability over strictness.
 */
export const rateLimit: MiddlewareHandler<{ Bindings: Bindings }> = async (c, next) => {
  const limiter = c.env?.RATE_LIMITER
  if (!limiter) return next()
  const apiKey = presentedKey(c.req.header('authorization'), c.req.header('x-api-key'))
  const key = apiKey
    ? `key:${await shortHash(apiKey)}`
    : `ip:${c.req.header('cf-connecting-ip') ?? 'unknown'}`
  let success = true
  try {
    success = (await limiter.limit({ key })).success
  } catch (err) {
    console.warn(`rate limiter failed: ${err instanceof Error ? err.message : String(err)}`)
  }
  if (!success) {
    const retry = String(readConfig(c.env).rateLimitPeriodSeconds)
    throw new ProblemError('rate-limited', `Rate limit reached; retry in ${retry} seconds.`, {
      headers: { 'Retry-After': retry },
    })
  }
  return next()
}

// The limiter key must not be the raw API key: keys never leave this module in clear.
async function shortHash(s: string): Promise<string> {
  const d = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(s)))
  return [...d.slice(0, 12)].map((b) => b.toString(16).padStart(2, '0')).join('')
}
