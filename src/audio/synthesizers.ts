import type { Language } from '../engine/types'
import { withDeadline } from './deadline'
import { type AudioFormat, EMBEDDED_ENGINE_VERSION, MIME, type SynthesisRequest } from './protocol'
import { workersAiSynthesizer } from './workers-ai'

/** Audio bytes as they come, plus what the cache needs to trust them. */
export interface SynthesisResult {
  stream: ReadableStream<Uint8Array>
  contentType: string
  /** The engine version that actually answered (the TTS Worker echoes it); the cache key was made with `id`. */
  engine: string
}

export interface Synthesizer {
  /** Engine and version: part of the audio's content address. */
  readonly id: string
  synthesize(req: SynthesisRequest): Promise<SynthesisResult>
}

/**
 * The synthesizer answered with an error or not at all: the route maps it to 502, or to 503 when the synthesizer
 * itself said it is unavailable (`unavailable`), as a Service Binding to a Worker that is not running does.
 */
export class SynthesisFailed extends Error {
  override readonly name = 'SynthesisFailed'
  constructor(
    message: string,
    readonly unavailable = false,
  ) {
    super(message)
  }
}

/** The bindings this module reads (a subset of the Worker's Bindings). */
export interface SynthesizerBindings {
  TTS?: Fetcher
  AI?: Ai
  TTS_ENGINE?: string
}

/** Languages Workers AI's MeloTTS speaks, of the six quotecast analyses. It returns MP3 only. */
export const WORKERS_AI_LANGUAGES: ReadonlySet<Language> = new Set(['en', 'es', 'fr'])

export type Choice = { ok: true; synthesizer: Synthesizer } | { ok: false; detail: string }

/**
 * Which engine speaks this request. With TTS_ENGINE=workers-ai and an AI binding, Workers AI takes the
 * languages and format it can do; everything else goes to the embedded engine (the TTS Worker). With neither
 * available the answer says how to enable audio.
 */
export function chooseSynthesizer(env: SynthesizerBindings, language: Language, format: AudioFormat): Choice {
  const wantsAi = wantsWorkersAi(env)
  if (wantsAi && env.AI && WORKERS_AI_LANGUAGES.has(language) && format === 'mp3') {
    return { ok: true, synthesizer: workersAiSynthesizer(env.AI, language) }
  }
  if (env.TTS) return { ok: true, synthesizer: embeddedSynthesizer(env.TTS) }
  if (wantsAi && env.AI) {
    return {
      ok: false,
      detail:
        `Workers AI (MeloTTS) speaks ${[...WORKERS_AI_LANGUAGES].join(', ')} in MP3 only, not ${language} as ${format}. ` +
        'Bind the embedded synthesizer too: a Service Binding TTS to the quotecast-tts Worker (tts/ in this repository).',
    }
  }
  return { ok: false, detail: HOW_TO_ENABLE }
}

const wantsWorkersAi = (env: SynthesizerBindings) => env.TTS_ENGINE?.trim().toLowerCase() === 'workers-ai'

/** Whether any synthesizer could answer on this deployment (checked before any analysis work). */
export function audioConfigured(env: SynthesizerBindings): boolean {
  return Boolean(env.TTS || (env.AI && wantsWorkersAi(env)))
}

export const HOW_TO_ENABLE =
  'Audio is not enabled on this deployment. Either bind the embedded synthesizer — deploy the quotecast-tts ' +
  'Worker (tts/ in this repository; `npm run deploy` deploys both) and add `[[services]] binding = "TTS" ' +
  'service = "quotecast-tts"` to wrangler.toml — or bind Workers AI (`[ai] binding = "AI"`) and set the ' +
  'variable TTS_ENGINE = "workers-ai" (English, Spanish and French).'

/** How long the TTS Worker may take to start answering: a cold isolate needs ~1 s, a hang must end as a 502. */
export const TTS_HEADERS_TIMEOUT_MS = 10_000

/** The embedded engine: the TTS Worker behind the Service Binding, streaming its answer through. */
export function embeddedSynthesizer(tts: Fetcher): Synthesizer {
  return {
    id: EMBEDDED_ENGINE_VERSION,
    async synthesize(req) {
      let res: Response
      try {
        // Bounded time to the headers (the TTS Worker sends them after the first chunk, well under a second
        // when warm); not to the body, which streams for as long as the narration lasts.
        res = await withDeadline(
          tts.fetch('https://quotecast-tts/v1/synthesize', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(req),
          }),
          TTS_HEADERS_TIMEOUT_MS,
          'the TTS Worker',
        )
      } catch (e) {
        throw new SynthesisFailed(
          `the TTS Worker did not answer: ${e instanceof Error ? e.message : String(e)}`,
        )
      }
      if (!res.ok || !res.body) {
        const detail = await res.text().catch(() => '')
        throw new SynthesisFailed(
          `the TTS Worker answered ${res.status}: ${detail.slice(0, 300)}`,
          res.status === 503,
        )
      }
      return {
        stream: res.body,
        contentType: res.headers.get('content-type') ?? MIME[req.format],
        engine: res.headers.get('x-tts-engine') ?? 'unknown',
      }
    },
  }
}
