import type { MiddlewareHandler } from 'hono'
import type { Bindings } from '../env'
import { readConfig } from '../env'
import { presentedKey } from './credentials'
import { ProblemError } from './problem'
import { limitFailedAuth } from './rate-limit'

const CHALLENGE = { 'WWW-Authenticate': 'Bearer realm="quotecast"' }

/**
 * When the secret API_KEYS is set, requires `Authorization: Bearer <key>` or `X-API-Key: <key>`.
 * Keys are compared as SHA-256 digests with `crypto.subtle.timingSafeEqual`, against every configured key
 * without stopping early, so timing reveals neither the key nor which key matched. Keys are never logged.
 * A request without a valid key counts against its client IP's rate limit before it is refused.
 */
export const apiKeyAuth: MiddlewareHandler<{ Bindings: Bindings }> = async (c, next) => {
  const keys = readConfig(c.env).apiKeys
  if (keys.length === 0) return next()
  const presented = presentedKey(c.req.header('authorization'), c.req.header('x-api-key'))
  if (presented === null) {
    await limitFailedAuth(c)
    throw new ProblemError('unauthorized', 'An API key is required.', { headers: CHALLENGE })
  }
  if (!(await matchesAny(presented, keys))) {
    await limitFailedAuth(c)
    throw new ProblemError('unauthorized', 'The API key is not valid.', {
      headers: { 'WWW-Authenticate': 'Bearer realm="quotecast", error="invalid_token"' },
    })
  }
  return next()
}

async function matchesAny(presented: string, keys: string[]): Promise<boolean> {
  const digest = async (s: string) => crypto.subtle.digest('SHA-256', new TextEncoder().encode(s))
  const p = await digest(presented)
  let match = false
  for (const k of keys) {
    // timingSafeEqual needs equal lengths: digests always are.
    if (crypto.subtle.timingSafeEqual(p, await digest(k))) match = true
  }
  return match
}
