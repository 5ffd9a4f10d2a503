import {
  EMBEDDED_ENGINE_VERSION,
  EMBEDDED_SAMPLE_RATE,
  MIME,
  TTS_LANGUAGES,
  TTS_LIMITS,
  VOICES,
} from '../../src/audio/protocol'
import { getEngine } from './engine/espeak'
import { problem } from './problem'
import { parseRequest } from './request'
import { synthesize } from './synthesize'

/**
 * quotecast-tts: the embedded synthesizer (espeak-ng + LAME, both wasm), reached by the analysis Worker through
 * the Service Binding TTS. The request format is src/audio/protocol.ts. GPL-3.0-or-later (see tts/LICENSE).
 */
export default {
  async fetch(req: Request): Promise<Response> {
    const { pathname } = new URL(req.url)
    try {
      if (pathname === '/v1/synthesize') {
        if (req.method !== 'POST') return problem(405, 'Method Not Allowed', 'POST a SynthesisRequest')
        return await handleSynthesize(req)
      }
      if (pathname === '/v1/info' || pathname === '/healthz') {
        return Response.json({
          engine: EMBEDDED_ENGINE_VERSION,
          languages: TTS_LANGUAGES,
          voices: VOICES,
          sampleRate: EMBEDDED_SAMPLE_RATE,
          limits: TTS_LIMITS,
        })
      }
      return problem(404, 'Not Found', `no route ${pathname}`)
    } catch (e) {
      console.error('tts failure', e)
      return problem(500, 'Synthesis failed', 'the embedded synthesizer failed; see the TTS Worker logs')
    }
  },
} satisfies ExportedHandler

async function handleSynthesize(req: Request): Promise<Response> {
  let body: unknown
  try {
    body = await req.json()
  } catch {
    return problem(400, 'Bad Request', 'the body is not JSON')
  }
  const parsed = parseRequest(body)
  if (!parsed.ok) return problem(parsed.status, 'Invalid synthesis request', 'see errors', parsed.errors)
  const t0 = performance.now()
  const engine = await getEngine()
  const { stream, sampleRate } = await synthesize(engine, parsed.request)
  return new Response(stream, {
    headers: {
      'content-type': MIME[parsed.request.format],
      'x-tts-engine': EMBEDDED_ENGINE_VERSION,
      'x-audio-sample-rate': String(sampleRate),
      // Time to the first chunk, including engine start-up on a fresh isolate.
      'server-timing': `first-chunk;dur=${(performance.now() - t0).toFixed(1)}, engine-init;dur=${engine.initMs.toFixed(1)}`,
    },
  })
}
