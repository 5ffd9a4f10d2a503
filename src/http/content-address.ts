import { type AnalyzeInput, type AnalyzeOptions, ENGINE_VERSION } from '../engine/index'
import { canonicalJson, sha256Hex } from './hash'

/**
 * The analysis id: SHA-256 of the canonical JSON of everything that determines the output — engine version,
 * language option, options, title and text. Same input, same id, on every machine.
 */
export function analysisId(input: AnalyzeInput, options: AnalyzeOptions): Promise<string> {
  return sha256Hex(
    canonicalJson({
      engine: ENGINE_VERSION,
      language: input.language ?? 'auto',
      options,
      title: input.title ?? null,
      text: input.text,
    }),
  )
}

export function analysisKey(id: string): string {
  return `analysis:${ENGINE_VERSION}:${id}`
}

/** ETag for a content-addressed result: the id itself is a strong validator. */
export function etagOf(id: string): string {
  return `"${id}"`
}

/** Whether an If-None-Match header names this ETag (or `*`). */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false
  return ifNoneMatch
    .split(',')
    .map((t) => t.trim().replace(/^W\//, ''))
    .some((t) => t === etag || t === '*')
}

/**
 * How every stored body of content address `id` begins (its envelope puts `id` first): a cached entry must, so
 * that an entry under the wrong key is never served as this id's.
 */
export function bodyPrefix(id: string): string {
  return `{"id":"${id}",`
}
