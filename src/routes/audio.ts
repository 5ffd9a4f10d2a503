import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { AudioCache, teeForCache } from '../audio/cache'
import { type Delivery, type WholeBudget, wholeOrStream } from '../audio/delivery'
import { buildNarration, NARRATION_VERSION, voiceOf } from '../audio/narration'
import { AUDIO_BYTES_PER_SECOND, type AudioFormat, type SynthesisRequest } from '../audio/protocol'
import { audioConfigured, chooseSynthesizer, HOW_TO_ENABLE, SynthesisFailed } from '../audio/synthesizers'
import type { NarrationSource } from '../audio/types'
import { withWavLengths } from '../audio/wav-length'
import { analyze, ENGINE_VERSION } from '../engine/index'
import type { Bindings } from '../env'
import { readConfig } from '../env'
import { cachedJson, jsonText, refreshRequested } from '../http/body'
import { etagOf, matchesEtag } from '../http/content-address'
import { executionContext } from '../http/execution'
import { canonicalJson, sha256Hex } from '../http/hash'
import { readArticle } from '../http/input'
import { ProblemError } from '../http/problem'
import {
  type NarrationBody,
  type NarrationInputSchema,
  NarrationQuerySchema,
  NarrationSchema,
  narrationBody,
} from '../schemas/audio'
import { cacheHeaders } from '../schemas/headers'
import { inputProblems, problem } from '../schemas/problem'

type Env = { Bindings: Bindings }
type Json = z.infer<typeof NarrationInputSchema> | Record<string, never>
type Query = z.infer<typeof NarrationQuerySchema>

/** Default cap on the article length for audio: ~3,000 words, ~19 minutes, well inside 30 s of CPU. */
export const DEFAULT_MAX_AUDIO_CHARS = 20_000

/**
 * Narrations foreseen to last up to this long are sent whole, with their Content-Length: a failure while they are
 * made is still a 502, and a client can tell the whole answer from a cut one (see ../audio/delivery.ts). Summaries
 * and quote narrations fit; a whole article streams from its first chunk, so its first byte is not held back.
 */
export const WHOLE_AUDIO_SECONDS = 90
/**
 * How a narration's length is foreseen from its text: espeak-ng reads the dev set at 14–18 characters a second,
 * pauses included (Ukrainian at 10–11).
 */
const SPOKEN_CHARS_PER_SECOND = 15
/**
 * A narration foreseen as short is waited for up to twice WHOLE_AUDIO_SECONDS of audio (digits read one by one
 * last longer than their characters say) and up to this long; past either it streams after all, so that a
 * synthesizer slower than foreseen does not hold back the first byte.
 */
const WHOLE_AUDIO_WAIT_MS = 5_000

function deliveryBudget(request: SynthesisRequest): WholeBudget {
  const chars = request.segments.reduce((sum, s) => sum + s.text.length, 0)
  const short = chars / SPOKEN_CHARS_PER_SECOND <= WHOLE_AUDIO_SECONDS
  return {
    maxBytes: short ? 2 * WHOLE_AUDIO_SECONDS * AUDIO_BYTES_PER_SECOND[request.format] : 0,
    maxWaitMs: WHOLE_AUDIO_WAIT_MS,
  }
}

const resultHeaders = cacheHeaders('the content address')

export const audioRouter = new OpenAPIHono<Env>()

const narrationRoute = createRoute({
  method: 'post',
  path: '/v1/narration',
  summary: 'The narration script of an article',
  description:
    'Segments read by the narrator or in a speaker’s voice, the voice plan, and the same script as SSML. ' +
    'Option `source` (body `options.source` or query `?source=`): `summary` (default), `article`, `quotes`.',
  tags: ['audio'],
  request: { body: narrationBody, query: NarrationQuerySchema },
  responses: {
    200: {
      description: 'The script.',
      headers: resultHeaders,
      content: { 'application/json': { schema: NarrationSchema } },
    },
    304: { description: 'Not modified.', headers: resultHeaders },
    ...inputProblems,
  },
})

const audioRoute = createRoute({
  method: 'post',
  path: '/v1/audio',
  summary: 'The article narrated: MP3 or WAV',
  description:
    '`audio/mpeg` by default; `audio/wav` with `?format=wav` (or `options.format`) or `Accept: audio/wav`. ' +
    `A narration foreseen to last up to ${WHOLE_AUDIO_SECONDS} s is sent whole with a Content-Length (a synthesizer ` +
    'failure is a 502); a longer one streams, and a failure after its first bytes can only cut it short (nothing ' +
    'is cached then). ' +
    'Spoken by the embedded synthesizer (the TTS Worker, Service Binding `TTS`), or by Workers AI for ' +
    'English, Spanish and French MP3 when `TTS_ENGINE=workers-ai` and `AI` are set. The article may be at most ' +
    `MAX_AUDIO_CHARS characters (default ${DEFAULT_MAX_AUDIO_CHARS}).`,
  tags: ['audio'],
  request: { body: narrationBody, query: NarrationQuerySchema },
  responses: {
    200: {
      description: 'The audio.',
      headers: {
        ...resultHeaders,
        'Content-Length': {
          description:
            `Present when the audio is sent whole: a narration foreseen up to ${WHOLE_AUDIO_SECONDS} s, and every ` +
            'cached answer. Absent when it streams.',
          schema: { type: 'integer' as const },
        },
      },
      content: {
        'audio/mpeg': { schema: z.string().openapi({ format: 'binary' }) },
        'audio/wav': { schema: z.string().openapi({ format: 'binary' }) },
      },
    },
    304: { description: 'Not modified.', headers: resultHeaders },
    ...inputProblems,
    413: problem('Body over MAX_BODY_BYTES, or text over MAX_AUDIO_CHARS (audio) / MAX_TEXT_CHARS.'),
    502: problem('The synthesizer failed, before the answer started; nothing was cached.'),
    503: problem(
      'No synthesizer is configured (`detail` says how to enable audio), or it said it is unavailable.',
    ),
  },
})

audioRouter.openapi(narrationRoute, async (c) => {
  const n = await narrationFor(c, c.req.valid('json') as Json, c.req.valid('query'))
  c.header('ETag', etagOf(n.id))
  c.header('X-Cache', n.status)
  if (matchesEtag(c.req.header('if-none-match'), etagOf(n.id))) return c.body(null, 304)
  return jsonText(c, n.json())
})

audioRouter.openapi(audioRoute, async (c) => {
  const json = c.req.valid('json') as Json
  const query = c.req.valid('query')
  const format = formatOf(c, json, query)
  const config = readAudioConfig(c.env)
  // Before any work: with no synthesizer at all, nothing below can succeed.
  if (!audioConfigured(c.env ?? {})) throw new ProblemError('service-unavailable', HOW_TO_ENABLE)
  const narration = (await narrationFor(c, json, query, config.maxAudioChars)).value()
  const choice = chooseSynthesizer(c.env ?? {}, narration.language, format)
  if (!choice.ok) throw new ProblemError('service-unavailable', choice.detail)
  const synth = choice.synthesizer
  if (narration.segments.length === 0) {
    throw new ProblemError(
      'validation-error',
      `There is nothing to read aloud for source=${narration.source}.`,
      {
        errors: [{ path: 'options.source', message: 'the narration of this article is empty' }],
      },
    )
  }
  const request: SynthesisRequest = {
    language: narration.language,
    format,
    segments: narration.segments.map((s) => ({
      voice: voiceOf(narration.voices, s.speakerId).voice,
      text: s.text,
    })),
  }
  const id = await sha256Hex(canonicalJson({ engine: synth.id, request }))
  const etag = etagOf(id)
  c.header('ETag', etag)
  c.header('X-Audio-Engine', synth.id)
  c.header('X-Narration-Id', narration.id)
  const refresh = refreshRequested(c)
  if (!refresh && matchesEtag(c.req.header('if-none-match'), etag)) return c.body(null, 304)

  const cache = new AudioCache(c.env?.CACHE, readConfig(c.env).cacheTtlSeconds)
  const key = `audio:${id}`
  const lookup = refresh ? { status: c.env?.CACHE ? 'MISS' : 'BYPASS', value: null } : await cache.get(key)
  if (lookup.value) {
    c.header('X-Cache', 'HIT')
    return c.body(lookup.value.bytes, 200, {
      'Content-Type': lookup.value.contentType,
      'Content-Length': String(lookup.value.bytes.byteLength),
    })
  }
  let result: Awaited<ReturnType<typeof synth.synthesize>>
  let delivery: Delivery
  try {
    result = await synth.synthesize(request)
    delivery = await wholeOrStream(result.stream, deliveryBudget(request)).catch((e: unknown) => {
      throw new SynthesisFailed(`the audio broke off: ${e instanceof Error ? e.message : String(e)}`)
    })
  } catch (e) {
    if (!(e instanceof SynthesisFailed)) throw e
    console.error(`audio ${id}: ${e.message}`)
    if (e.unavailable) {
      // Under `wrangler dev` started with the API's config alone, the binding answers 503 "Worker not found".
      throw new ProblemError(
        'service-unavailable',
        `The speech synthesizer (${synth.id}) is unavailable; nothing was cached. Locally, \`npm run dev\` ` +
          'starts it beside the API.',
      )
    }
    throw new ProblemError('bad-gateway', `The speech synthesizer failed (${synth.id}); nothing was cached.`)
  }
  c.header('X-Cache', lookup.status)
  // Only audio from the engine version the key names is stored, and only once it arrived whole.
  const cacheable = lookup.status === 'MISS' && result.engine === synth.id
  if ('whole' in delivery) {
    // Whole, a WAV can declare its real length (streamed, it says "unknown"); the cache stores these same bytes.
    const whole = format === 'wav' ? withWavLengths(delivery.whole) : delivery.whole
    if (cacheable) cache.putWhenComplete(key, Promise.resolve(whole), result.contentType, executionContext(c))
    return c.body(whole, 200, { 'Content-Type': result.contentType, 'Content-Length': String(whole.length) })
  }
  let body = delivery.stream
  if (cacheable) {
    const { client, complete } = teeForCache(body)
    cache.putWhenComplete(key, complete, result.contentType, executionContext(c))
    body = client
  }
  return c.body(body, 200, { 'Content-Type': result.contentType })
})

/**
 * The narration of a request: from the cache under its content address (the exact JSON text a MISS stored,
 * checked against its hash and id as the analyses are), or analysed and scripted now.
 */
async function narrationFor(c: Context<Env>, json: Json, query: Query, maxChars?: number) {
  const { input, options } = await readArticle(c, json as never, query)
  if (maxChars !== undefined && input.text.length > maxChars) {
    throw new ProblemError(
      'payload-too-large',
      `The text has ${input.text.length} characters; audio is limited to ${maxChars} (MAX_AUDIO_CHARS).`,
    )
  }
  const source: NarrationSource =
    ('options' in json ? json.options?.source : undefined) ?? query.source ?? 'summary'
  const engine = `${ENGINE_VERSION}+${NARRATION_VERSION}`
  const id = await sha256Hex(
    canonicalJson({
      engine,
      source,
      language: input.language ?? 'auto',
      options,
      title: input.title ?? null,
      text: input.text,
    }),
  )
  const found = await cachedJson<NarrationBody>(c, `narration:${id}`, id, () => ({
    id,
    engine,
    ...buildNarration(input.text, analyze(input, options), source),
  }))
  return { id, ...found }
}

/** `?format=` or `options.format` first; then `Accept: audio/wav`; MP3 otherwise. */
function formatOf(c: Context<Env>, json: Json, query: Query): AudioFormat {
  const explicit = ('options' in json ? json.options?.format : undefined) ?? query.format
  if (explicit) return explicit
  const accept = c.req.header('accept') ?? ''
  return /\baudio\/(x-)?wav\b|\baudio\/wave\b/i.test(accept) && !/\baudio\/mpeg\b/i.test(accept)
    ? 'wav'
    : 'mp3'
}

function readAudioConfig(env: Bindings | undefined): { maxAudioChars: number } {
  const n = Number(env?.MAX_AUDIO_CHARS)
  return { maxAudioChars: Number.isSafeInteger(n) && n > 0 ? n : DEFAULT_MAX_AUDIO_CHARS }
}
