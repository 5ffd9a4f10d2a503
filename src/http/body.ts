import type { Context } from 'hono'
import type { Bindings } from '../env'
import { readConfig } from '../env'
import { BodyCache, type CacheStatus } from './cache'
import { bodyPrefix } from './content-address'
import { executionContext, once } from './execution'

/** The cache of response bodies for a request's bindings: KV (when bound) behind this isolate's memory. */
export function bodyCacheFor(env: Bindings | undefined): BodyCache {
  return new BodyCache(env?.CACHE, readConfig(env).cacheTtlSeconds)
}

/** An answer whose body is JSON text already serialised (a cached body, sent byte for byte). */
export function jsonText(c: Context, text: string) {
  return c.body(text, 200, { 'Content-Type': 'application/json' })
}

/** `Cache-Control: no-cache` on the request: recompute, and refresh what is stored. */
export function refreshRequested(c: Context): boolean {
  return /\bno-cache\b/i.test(c.req.header('cache-control') ?? '')
}

/** A JSON body from the cache or computed now: its exact text, and its value (parsed only when asked). */
export interface CachedJson<T> {
  status: CacheStatus
  json(): string
  value(): T
}

/**
 * The JSON body stored under `key` for content address `id` (served as stored: its hash and its `{"id":…`
 * prefix were checked, so it is the text a MISS produced), or `compute()`d now and stored after the response.
 */
export async function cachedJson<T>(
  c: Context<{ Bindings: Bindings }>,
  key: string,
  id: string,
  compute: () => T,
): Promise<CachedJson<T>> {
  const cache = bodyCacheFor(c.env)
  const lookup = refreshRequested(c)
    ? { status: c.env?.CACHE ? ('MISS' as const) : ('BYPASS' as const), body: null }
    : await cache.get(key, bodyPrefix(id))
  const cached = lookup.body
  if (cached !== null)
    return { status: lookup.status, json: () => cached, value: once(() => JSON.parse(cached) as T) }
  const body = compute()
  const text = once(() => JSON.stringify(body))
  if (lookup.status === 'MISS') cache.put(key, text, executionContext(c))
  return { status: lookup.status, json: text, value: () => body }
}
