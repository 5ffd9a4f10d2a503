import type { MiddlewareHandler } from 'hono'
import type { Bindings } from '../env'
import { readConfig } from '../env'
import { ProblemError } from './problem'

const CHALLENGE = { 'WWW-Authenticate': 'Bearer realm="quotecast"' }

/**
 * When the secret API_KEYS is set, requires `Authorization: Bearer <key>` or `X-API-Key: <key>`.
 * Keys are compared as SHA-256 digests with `crypto.subtle.timingSafeEqual`, against every configured key
 * without stopping early, so timing reveals neither the key nor which key matched. Keys are never logged.
 */
export const apiKeyAuth: MiddlewareHandler<{ Bindings: Bindings }> = async (c, next) => {
  const keys = readConfig(c.env).apiKeys
  if (keys.length === 0) return next()
  const presented = presentedKey(c.req.header('authorization'), c.req.header('x-api-key'))
  if (presented === null)
    throw new ProblemError('unauthorized', 'An API key is required.', { headers: CHALLENGE })
  if (!(await matchesAny(presented, keys))) {
    throw new ProblemError('unauthorized', 'The API key is not valid.', {
      headers: { 'WWW-Authenticate': 'Bearer realm="quotecast", error="invalid_token"' },
    })
  }
  return next()
}

/** The key from either header; null when absent or malformed (e.g. `Authorization: Basic …`, empty key). */
export function presentedKey(authorization: string | undefined, xApiKey: string | undefined): string | null {
  if (authorization !== undefined) {
    const m = /^Bearer[ \t]+([^\s]+)[ \t]*$/i.exec(authorization)
    return m?.[1] ?? null
  }
  const key = xApiKey?.trim()
  return key ? key : null
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
