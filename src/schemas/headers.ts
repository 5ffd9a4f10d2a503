/** The response headers of a cached result, for the OpenAPI document; `etag` says what the ETag names. */
export function cacheHeaders(etag: string) {
  return {
    ETag: { description: `Strong validator: ${etag} in quotes.`, schema: { type: 'string' as const } },
    'X-Cache': {
      description:
        'HIT (served from the cache), MISS (computed now; the cache holds it for the next request), BYPASS ' +
        '(computed; KV absent or failing).',
      schema: { type: 'string' as const, enum: ['HIT', 'MISS', 'BYPASS'] },
    },
  }
}
