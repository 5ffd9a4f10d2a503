/** Bindings and variables of the analysis Worker (wrangler.toml, secrets). Every one is optional. */
export interface Bindings {
  /** Result cache. Absent or failing → requests still succeed with `X-Cache: BYPASS`. */
  CACHE?: KVNamespace
  /** Workers Rate Limiting binding; when present, over-limit requests get 429. */
  RATE_LIMITER?: RateLimit
  /** Secret: comma-separated API keys. When set, `/v1/*` requires one of them. */
  API_KEYS?: string
  CACHE_TTL_SECONDS?: string
  MAX_TEXT_CHARS?: string
  MAX_BODY_BYTES?: string
  CORS_ORIGINS?: string
  RATE_LIMIT_PERIOD_SECONDS?: string
  /** Service Binding to the quotecast-tts Worker (tts/): the embedded synthesizer for /v1/audio. */
  TTS?: Fetcher
  /** Workers AI; used for audio only with TTS_ENGINE=workers-ai (MeloTTS: en, es, fr). */
  AI?: Ai
  /** `workers-ai` to speak the languages Workers AI can with it; anything else: the embedded engine. */
  TTS_ENGINE?: string
  /** Longest article /v1/audio accepts, in characters (default 20000). */
  MAX_AUDIO_CHARS?: string
}

export interface Config {
  cacheTtlSeconds: number
  maxTextChars: number
  maxBodyBytes: number
  corsOrigins: string[] | '*'
  apiKeys: string[]
  rateLimitPeriodSeconds: number
}

export const DEFAULTS = {
  cacheTtlSeconds: 30 * 24 * 60 * 60,
  maxTextChars: 200_000,
  maxBodyBytes: 1024 * 1024,
  rateLimitPeriodSeconds: 60,
} as const

// KV rejects expirations under 60 seconds.
const MIN_KV_TTL = 60

/** Parses the Worker's variables once per request, falling back to defaults for missing or invalid values. */
export function readConfig(env: Bindings | undefined): Config {
  const e = env ?? {}
  const origins = (e.CORS_ORIGINS ?? '*').trim()
  return {
    cacheTtlSeconds: Math.max(MIN_KV_TTL, positiveInt(e.CACHE_TTL_SECONDS, DEFAULTS.cacheTtlSeconds)),
    maxTextChars: positiveInt(e.MAX_TEXT_CHARS, DEFAULTS.maxTextChars),
    maxBodyBytes: positiveInt(e.MAX_BODY_BYTES, DEFAULTS.maxBodyBytes),
    corsOrigins: origins === '*' || origins === '' ? '*' : list(origins),
    apiKeys: list(e.API_KEYS ?? ''),
    rateLimitPeriodSeconds: positiveInt(e.RATE_LIMIT_PERIOD_SECONDS, DEFAULTS.rateLimitPeriodSeconds),
  }
}

function positiveInt(raw: string | undefined, fallback: number): number {
  const n = raw === undefined ? Number.NaN : Number(raw)
  return Number.isSafeInteger(n) && n > 0 ? n : fallback
}

function list(raw: string): string[] {
  return raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
}
