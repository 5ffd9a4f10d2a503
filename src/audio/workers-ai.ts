import type { Language } from '../engine/types'
import { withDeadline } from './deadline'
import type { SynthesisRequest } from './protocol'
import { SynthesisFailed, type Synthesizer } from './synthesizers'

export const MELOTTS = '@cf/myshell-ai/melotts'

/** One model call for a few sentences takes seconds; a call that hangs must end the request. */
const AI_CALL_TIMEOUT_MS = 30_000

/** MeloTTS prompts are kept to a few sentences; longer ones are split at sentence ends. */
const MAX_PROMPT = 500

/**
 * Workers AI text-to-speech (MeloTTS): one model call per piece of text, the MP3s concatenated as they come
 * (MP3 frames are self-delimiting; the ID3 tag of each piece is dropped). MeloTTS has one voice per language,
 * so speakers are not told apart by voice here, only by the narrator's introductions and the pauses.
 */
export function workersAiSynthesizer(ai: Ai, language: Language): Synthesizer {
  return {
    id: `workers-ai:${MELOTTS}`,
    async synthesize(req: SynthesisRequest) {
      const prompts = req.segments.flatMap((s) => splitPrompt(s.text))
      // The first call happens before the response starts, so a failing model is a 502, not a cut stream.
      const first = prompts.length ? await speak(ai, prompts[0] as string, language) : new Uint8Array(0)
      let next = 1
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          if (first.length) controller.enqueue(first)
        },
        async pull(controller) {
          if (next >= prompts.length) return controller.close()
          controller.enqueue(await speak(ai, prompts[next++] as string, language))
        },
      })
      return { stream, contentType: 'audio/mpeg', engine: `workers-ai:${MELOTTS}` }
    },
  }
}

async function speak(ai: Ai, prompt: string, language: Language): Promise<Uint8Array> {
  let out: unknown
  try {
    out = await withDeadline(
      ai.run(MELOTTS, { prompt, lang: language }),
      AI_CALL_TIMEOUT_MS,
      `Workers AI ${MELOTTS}`,
    )
  } catch (e) {
    throw new SynthesisFailed(`Workers AI ${MELOTTS} failed: ${e instanceof Error ? e.message : String(e)}`)
  }
  const bytes =
    out instanceof Uint8Array
      ? out
      : out && typeof out === 'object' && typeof (out as { audio?: unknown }).audio === 'string'
        ? base64Bytes((out as { audio: string }).audio)
        : null
  if (!bytes) throw new SynthesisFailed(`Workers AI ${MELOTTS} returned no audio`)
  return withoutId3(bytes)
}

export function splitPrompt(text: string): string[] {
  const out: string[] = []
  let current = ''
  for (const sentence of text.split(/(?<=[.!?…])\s+/u)) {
    if (current && current.length + sentence.length + 1 > MAX_PROMPT) {
      out.push(current)
      current = ''
    }
    current = current ? `${current} ${sentence}` : sentence
  }
  if (/[\p{L}\p{N}]/u.test(current)) out.push(current)
  return out
}

function base64Bytes(b64: string): Uint8Array {
  let bin: string
  try {
    bin = atob(b64)
  } catch {
    // The model's reply, not the client's input: a synthesizer failure (502), not an internal error.
    throw new SynthesisFailed(`Workers AI ${MELOTTS} returned audio that is not base64`)
  }
  const out = new Uint8Array(bin.length)
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i)
  return out
}

/** Drops a leading ID3v2 tag (10-byte header + syncsafe size), so the pieces concatenate into one stream. */
export function withoutId3(b: Uint8Array): Uint8Array {
  if (b.length < 10 || b[0] !== 0x49 || b[1] !== 0x44 || b[2] !== 0x33) return b
  const size =
    (((b[6] as number) & 0x7f) << 21) |
    (((b[7] as number) & 0x7f) << 14) |
    (((b[8] as number) & 0x7f) << 7) |
    ((b[9] as number) & 0x7f)
  const footer = (b[5] as number) & 0x10 ? 10 : 0
  return b.subarray(10 + size + footer)
}
