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
  const p = await digest(presented)
  let match = false
  for (const k of await keyDigests(keys)) {
    // timingSafeEqual needs equal lengths: digests always are.
    if (crypto.subtle.timingSafeEqual(p, k)) match = true
  }
  return match
}

const digest = (s: string) => crypto.subtle.digest('SHA-256', new TextEncoder().encode(s))

/**
 * The configured keys' digests, worked out once per isolate and set of keys rather than on every request (about
 * 50 µs a key: a deployment with thousands of keys paid it on each request).
 */
let configured: { keys: string; digests: Promise<ArrayBuffer[]> } | undefined

function keyDigests(keys: string[]): Promise<ArrayBuffer[]> {
  const joined = keys.join('\n')
  if (configured?.keys !== joined) configured = { keys: joined, digests: Promise.all(keys.map(digest)) }
  return configured.digests
}
