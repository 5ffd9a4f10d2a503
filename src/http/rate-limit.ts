import type { Context, MiddlewareHandler } from 'hono'
import type { Bindings } from '../env'
import { readConfig } from '../env'
import { presentedKey } from './credentials'
import { sha256Hex } from './hash'
import { ProblemError } from './problem'

/**
 * With a Workers Rate Limiting binding, limits requests per API key (or per client IP when there is none).
 * Without the binding, does nothing. A failing limiter lets the request through: availability over strictness.
 * Runs after authentication, so that a valid key has its own budget; failed authentications are limited per IP
 * by `limitFailedAuth` before their 401, so that guessing keys is as limited as any other request.
 */
export const rateLimit: MiddlewareHandler<{ Bindings: Bindings }> = async (c, next) => {
  if (!c.env?.RATE_LIMITER) return next()
  const apiKey = presentedKey(c.req.header('authorization'), c.req.header('x-api-key'))
  await enforce(c, apiKey ? `key:${await shortHash(apiKey)}` : ipKey(c))
  return next()
}

/** Counts a request whose API key is missing or wrong against its client IP; throws 429 past the limit. */
export function limitFailedAuth(c: Context<{ Bindings: Bindings }>): Promise<void> {
  return enforce(c, ipKey(c))
}

function ipKey(c: Context): string {
  return `ip:${c.req.header('cf-connecting-ip') ?? 'unknown'}`
}

async function enforce(c: Context<{ Bindings: Bindings }>, key: string): Promise<void> {
  const limiter = c.env?.RATE_LIMITER
  if (!limiter) return
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
}

// The limiter key must not be the raw API key: keys never leave this module in clear.
async function shortHash(s: string): Promise<string> {
  return (await sha256Hex(s)).slice(0, 24)
}
