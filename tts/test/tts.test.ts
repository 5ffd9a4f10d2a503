import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import {
  EMBEDDED_ENGINE_VERSION,
  SEGMENT_GAP_MS,
  type SynthesisRequest,
  type TtsLanguage,
  VOICES,
  type VoiceId,
} from '../../src/audio/protocol'
import { bytesOf, decodeMp3, decodeWav, medianF0, rms } from './decode'

declare global {
  namespace Cloudflare {
    interface Env {
      TTS: Fetcher
    }
  }
}

// The real TTS Worker bundle (tts/dist, as deployed) behind a Service Binding; nothing is mocked here.
function synth(req: Partial<SynthesisRequest> | string): Promise<Response> {
  return env.TTS.fetch('https://tts/v1/synthesize', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof req === 'string' ? req : JSON.stringify(req),
  })
}

async function wavOf(req: SynthesisRequest) {
  const res = await synth({ ...req, format: 'wav' })
  if (res.status !== 200) throw new Error(`${res.status}: ${await res.text()}`)
  return decodeWav(await bytesOf(res))
}

const SAMPLES: Record<TtsLanguage, string> = {
  ru: 'Президент заявил, что переговоры прошли успешно. Стороны договорились встретиться снова в следующем году.',
  uk: 'Президент заявив, що переговори пройшли успішно. Сторони домовилися зустрітися знову наступного року.',
  en: 'The president said that the talks had gone well. Both sides agreed to meet again next year.',
  de: 'Der Präsident sagte, die Gespräche seien gut verlaufen. Beide Seiten wollen sich nächstes Jahr wieder treffen.',
  fr: 'Le président a déclaré que les discussions s’étaient bien passées. Les deux parties se reverront l’an prochain.',
  es: 'El presidente dijo que las conversaciones fueron bien. Ambas partes acordaron reunirse de nuevo el próximo año.',
}

/** Syllables ≈ vowel letters: a length measure that works across the six languages (words do not: uk, de). */
const syllables = (s: string) => (s.match(/[aeiouyäöüáéíóúàèùâêîôûаеёиоуыэюяіїє]/giu) ?? []).length

describe('the embedded synthesizer speaks each of the six languages', () => {
  for (const [language, text] of Object.entries(SAMPLES) as [TtsLanguage, string][]) {
    it(`${language}: a 16-bit mono WAV, as long as its syllables take, not silence`, async () => {
      const wav = await wavOf({ language, format: 'wav', segments: [{ voice: 'narrator', text }] })
      expect([wav.sampleRate, wav.channels, wav.bits]).toEqual([22050, 1, 16])
      const seconds = wav.samples.length / wav.sampleRate
      // 4–8 syllables a second, plus the pauses at sentence ends.
      expect(seconds, `${syllables(text)} syllables`).toBeGreaterThan(syllables(text) / 8)
      expect(seconds, `${syllables(text)} syllables`).toBeLessThan(syllables(text) / 4 + 1)
      expect(rms(wav.samples)).toBeGreaterThan(0.03)
      // A voice, not noise: a fundamental frequency in the narrator's range.
      expect(medianF0(wav.samples, wav.sampleRate)).toBeGreaterThan(90)
    })
  }

  it('a dictionary that was trimmed away is not silently replaced: an unknown language is refused', async () => {
    const res = await synth({
      language: 'it' as TtsLanguage,
      segments: [{ voice: 'narrator', text: 'Ciao' }],
    })
    expect(res.status).toBe(422)
    expect(res.headers.get('content-type')).toBe('application/problem+json')
  })
})

describe('MP3', () => {
  it('is a clean run of Layer III frames as long as the WAV, audible where the WAV is', async () => {
    const req: SynthesisRequest = {
      language: 'ru',
      format: 'mp3',
      segments: [{ voice: 'narrator', text: SAMPLES.ru }],
    }
    const res = await synth(req)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('audio/mpeg')
    expect(res.headers.get('x-tts-engine')).toBe(EMBEDDED_ENGINE_VERSION)
    const mp3 = decodeMp3(await bytesOf(res))
    const wav = await wavOf(req)
    expect(mp3.strayBytes).toBe(0)
    expect(mp3.truncated).toBe(false)
    expect([mp3.sampleRate, mp3.bitrateKbps]).toEqual([22050, 48])
    // LAME adds encoder delay and pads the last frame: well under a tenth of a second.
    expect(Math.abs(mp3.durationSeconds - wav.samples.length / wav.sampleRate)).toBeLessThan(0.12)
    expect(mp3.audibleFrames / mp3.frames).toBeGreaterThan(0.6)
  })

  it('silence encodes to frames that carry no spectral data (the audibility check can fail)', async () => {
    // Two short words with the pause between segments: a good part of the audio is digital silence.
    const segments = [
      { voice: 'narrator' as const, text: 'Hello.' },
      { voice: 'f1' as const, text: 'World.' },
    ]
    const mp3 = decodeMp3(await bytesOf(await synth({ language: 'en', format: 'mp3', segments })))
    const wav = await wavOf({ language: 'en', format: 'wav', segments })
    const silentShare = 1 - mp3.audibleFrames / mp3.frames
    let quiet = 0
    const step = Math.round(wav.sampleRate * (576 / 22050))
    for (let i = 0; i + step <= wav.samples.length; i += step)
      if (rms(wav.samples, i, i + step) < 0.001) quiet++
    // The quiet share of the WAV shows up as frames without data in the MP3.
    expect(silentShare).toBeGreaterThan(0)
    expect(Math.abs(silentShare - quiet / (wav.samples.length / step))).toBeLessThan(0.25)
  })
})

describe('voices', () => {
  const text = 'Очень рад вас видеть и рад тому, что у нас будет возможность поговорить о наших отношениях.'

  it('all nine voices differ in pitch from each other by 8 % or more', async () => {
    const f0: Record<string, number> = {}
    for (const voice of VOICES) {
      const wav = await wavOf({ language: 'ru', format: 'wav', segments: [{ voice, text }] })
      f0[voice] = medianF0(wav.samples, wav.sampleRate)
    }
    const sorted = Object.entries(f0).sort((a, b) => a[1] - b[1])
    for (let i = 1; i < sorted.length; i++) {
      const [lowName, low] = sorted[i - 1] as [string, number]
      const [highName, high] = sorted[i] as [string, number]
      expect(
        high / low,
        `${lowName} ${low.toFixed(0)} Hz vs ${highName} ${high.toFixed(0)} Hz`,
      ).toBeGreaterThan(1.08)
    }
    // Grammatical gender is audible: every female voice is above every male voice.
    const maxMale = Math.max(...['m1', 'm2', 'm3', 'm4'].map((v) => f0[v] as number))
    const minFemale = Math.min(...['f1', 'f2', 'f3', 'f4'].map((v) => f0[v] as number))
    expect(minFemale).toBeGreaterThan(maxMale)
  })

  it('a multi-voice request is the segments in order, each in its voice, one gap per turn', async () => {
    const turns: VoiceId[] = ['narrator', 'm1', 'narrator', 'f1', 'm1']
    const segments = turns.map((voice, i) => ({ voice, text: `${text} ${i + 1}.` }))
    const whole = await wavOf({ language: 'ru', format: 'wav', segments })
    const parts = []
    for (const s of segments) parts.push(await wavOf({ language: 'ru', format: 'wav', segments: [s] }))
    const gap = Math.round((SEGMENT_GAP_MS / 1000) * whole.sampleRate)
    const expected = parts.reduce((n, p) => n + p.samples.length, 0) + gap * (parts.length - 1)
    expect(whole.samples.length).toBe(expected)
    // Cut the whole at the known boundaries and tell the voice of each piece by its pitch.
    let at = 0
    const pitches: number[] = []
    for (const p of parts) {
      pitches.push(medianF0(whole.samples, whole.sampleRate, at, at + p.samples.length))
      at += p.samples.length + gap
    }
    const reference: Record<string, number> = {}
    for (const [i, voice] of turns.entries()) {
      const own = medianF0((parts[i] as typeof whole).samples, whole.sampleRate)
      expect(Math.abs((pitches[i] as number) / own - 1)).toBeLessThan(0.03)
      reference[voice] ??= own
    }
    const changes = pitches.slice(1).filter((f, i) => Math.abs(f / (pitches[i] as number) - 1) > 0.08).length
    expect(changes).toBe(turns.length - 1)
  })
})

describe('engine reuse inside one isolate', () => {
  it('gives byte-identical audio for the same request, before and after other requests', async () => {
    const req: SynthesisRequest = {
      language: 'de',
      format: 'wav',
      segments: [{ voice: 'f2', text: SAMPLES.de }],
    }
    const a = await bytesOf(await synth(req))
    await synth({ language: 'ru', format: 'mp3', segments: [{ voice: 'm3', text: SAMPLES.ru }] })
    await synth({
      language: 'en',
      format: 'wav',
      segments: [{ voice: 'narrator', text: SAMPLES.en.repeat(5) }],
    })
    const b = await bytesOf(await synth(req))
    expect(b.length).toBe(a.length)
    expect(b).toEqual(a)
  })

  it('concurrent requests do not disturb each other', { timeout: 120_000 }, async () => {
    const reqs = (['ru', 'en', 'fr', 'es'] as TtsLanguage[]).map(
      (language): SynthesisRequest => ({
        language,
        format: 'wav',
        segments: [{ voice: 'm2', text: SAMPLES[language] }],
      }),
    )
    const alone: Uint8Array[] = []
    for (const r of reqs) alone.push(await bytesOf(await synth(r)))
    const together = await Promise.all(reqs.map(async (r) => bytesOf(await synth(r))))
    together.forEach((bytes, i) => {
      expect(bytes).toEqual(alone[i])
    })
  })
})

describe('streaming', () => {
  it('sends a long text in several chunks, the first long before the last', async () => {
    const res = await synth({
      language: 'en',
      format: 'mp3',
      segments: [{ voice: 'narrator', text: SAMPLES.en.repeat(12) }],
    })
    const reader = (res.body as ReadableStream<Uint8Array>).getReader()
    let chunks = 0
    let size = 0
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      chunks++
      size += value.length
    }
    expect(chunks).toBeGreaterThan(2)
    expect(size).toBeGreaterThan(100_000)
  })

  it('fails the stream, rather than ending it early, past the audio budget (maxSeconds)', async () => {
    const res = await synth({
      language: 'ru',
      format: 'mp3',
      maxSeconds: 3,
      segments: [
        { voice: 'narrator', text: 'Раз.' },
        { voice: 'm1', text: SAMPLES.ru.repeat(4) },
      ],
    })
    expect(res.status).toBe(200)
    await expect(res.arrayBuffer()).rejects.toThrow()
    const tooMuch = await synth({
      language: 'ru',
      maxSeconds: 1e6,
      segments: [{ voice: 'narrator', text: 'Раз.' }],
    })
    expect(tooMuch.status).toBe(422)
  })

  it('a streamed WAV declares an unknown length and holds exactly the samples sent', async () => {
    const res = await synth({
      language: 'es',
      format: 'wav',
      segments: [{ voice: 'narrator', text: SAMPLES.es }],
    })
    const bytes = await bytesOf(res)
    const wav = decodeWav(bytes)
    expect(wav.declaredDataBytes).toBe(0xffffffff)
    expect(wav.samples.length * 2 + 44).toBe(bytes.length)
  })
})

describe('bad requests', () => {
  it.each([
    ['not JSON', '{', 400],
    ['no segments', { language: 'ru', segments: [] }, 422],
    ['unknown voice', { language: 'ru', segments: [{ voice: 'robot', text: 'a' }] }, 422],
    ['unknown format', { language: 'ru', format: 'ogg', segments: [{ voice: 'narrator', text: 'a' }] }, 422],
    ['text too long', { language: 'ru', segments: [{ voice: 'narrator', text: 'а '.repeat(30_000) }] }, 413],
  ] as const)('%s → problem+json', async (_, body, status) => {
    const res = await synth(body as never)
    expect(res.status).toBe(status)
    expect(res.headers.get('content-type')).toBe('application/problem+json')
    const problem = (await res.json()) as { status: number }
    expect(problem.status).toBe(status)
  })

  it('GET /v1/info describes the engine', async () => {
    const res = await env.TTS.fetch('https://tts/v1/info')
    const info = (await res.json()) as { engine: string; languages: string[] }
    expect(info.engine).toBe(EMBEDDED_ENGINE_VERSION)
    expect(info.languages).toEqual(['ru', 'en', 'uk', 'de', 'fr', 'es'])
  })
})
