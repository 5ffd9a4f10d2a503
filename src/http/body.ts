import type { Context } from 'hono'
import type { Bindings } from '../env'
import { readConfig } from '../env'
import { BodyCache } from './cache'

/** The cache of response bodies for a request's bindings: KV (when bound) behind this isolate's memory. */
export function bodyCacheFor(env: Bindings | undefined): BodyCache {
  return new BodyCache(env?.CACHE, readConfig(env).cacheTtlSeconds)
}

/** An answer whose body is JSON text already serialised (a cached body, sent byte for byte). */
export function jsonText(c: Context, text: string) {
  return c.body(text, 200, { 'Content-Type': 'application/json' })
}
