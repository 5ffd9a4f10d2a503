import { env } from 'cloudflare:test'
import { describe, expect, it, vi } from 'vitest'
import { AUDIO_BYTES_PER_SECOND, EMBEDDED_ENGINE_VERSION, SEGMENT_GAP_MS } from '../src/audio/protocol'
import { WHOLE_AUDIO_SECONDS } from '../src/routes/audio'
import { NarrationSchema } from '../src/schemas/audio'
import { bytesOf, decodeMp3, decodeWav, medianF0, rms } from '../tts/test/decode'
import { call, postJson, seedText, validated } from './helpers'

declare global {
  namespace Cloudflare {
    interface Env {
      TTS: Fetcher
    }
  }
}

const plain = (text: string, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'content-type': 'text/plain; charset=utf-8', ...headers },
  body: text,
})

/** A fresh article per test, so that nothing another test cached can answer it. */
const article = (tag: string) =>
  `Заседание номер ${tag} прошло в Москве. «Мы выполним все обязательства вовремя», — сказал министр Иван Петров. ` +
  `Журналисты спросили о сроках. «Сроки не изменятся до конца года», — ответила Анна Смирнова.`

// The seed article tests synthesize a minute of speech or more, several times (10–25 s here on a busy 2-core
// box, against ~1 s of CPU per minute of speech under wrangler dev): they get generous time.
const SLOW_MS = 120_000

describe('POST /v1/audio', () => {
  it(
    'narrates the seed article as MP3: clean frames, length in line with the words, audible; then cached',
    async () => {
      const first = await call('/v1/audio', plain(seedText))
      expect(first.status).toBe(200)
      expect(first.headers.get('content-type')).toBe('audio/mpeg')
      expect(first.headers.get('x-cache')).toBe('MISS')
      const etag = first.headers.get('etag') as string
      expect(etag).toMatch(/^"[0-9a-f]{64}"$/)
      const bytes = await bytesOf(first)
      // The summary's narration is foreseen under WHOLE_AUDIO_SECONDS: sent whole, its length declared.
      expect(Number(first.headers.get('content-length'))).toBe(bytes.length)
      const mp3 = decodeMp3(bytes)
      expect(mp3.strayBytes).toBe(0)
      expect(mp3.truncated).toBe(false)
      const narration = await validated(await call('/v1/narration', plain(seedText)), NarrationSchema)
      const words = narration.segments
        .map((s) => s.text)
        .join(' ')
        .split(/\s+/).length
      // espeak at 155–170 words a minute, plus pauses: 0.3–0.6 s a word.
      expect(mp3.durationSeconds).toBeGreaterThan(words * 0.3)
      expect(mp3.durationSeconds).toBeLessThan(words * 0.6)
      expect(mp3.audibleFrames / mp3.frames).toBeGreaterThan(0.6)

      const second = await call('/v1/audio', plain(seedText))
      expect(second.headers.get('x-cache')).toBe('HIT')
      expect(second.headers.get('etag')).toBe(etag)
      expect(await bytesOf(second)).toEqual(bytes)
      const notModified = await call('/v1/audio', plain(seedText, { 'if-none-match': etag }))
      expect(notModified.status).toBe(304)
    },
    SLOW_MS,
  )

  it(
    'seed article as WAV: both speakers in distinct voices, their quotes in their own voices, one change per turn',
    async () => {
      const query = '?source=article&format=wav'
      const narration = await validated(await call(`/v1/narration${query}`, plain(seedText)), NarrationSchema)
      const res = await call(`/v1/audio${query}`, plain(seedText))
      expect(res.headers.get('content-type')).toBe('audio/wav')
      // The whole article is foreseen past WHOLE_AUDIO_SECONDS: streamed from its first chunk, no length declared.
      expect(res.headers.get('content-length')).toBeNull()
      const wav = decodeWav(await bytesOf(res))
      expect(wav.declaredDataBytes).toBe(0xffffffff)
      expect([wav.sampleRate, wav.channels, wav.bits]).toEqual([22050, 1, 16])
      expect(rms(wav.samples)).toBeGreaterThan(0.03)

      // Where each segment lies in the audio: the length of each one spoken alone, plus the gaps.
      const voiceOf = new Map(narration.voices.map((v) => [v.speakerId, v.voice]))
      const lengths: number[] = []
      for (const s of narration.segments) {
        const alone = await env.TTS.fetch('https://tts/v1/synthesize', {
          method: 'POST',
          body: JSON.stringify({
            language: 'ru',
            format: 'wav',
            segments: [{ voice: voiceOf.get(s.speakerId), text: s.text }],
          }),
        })
        lengths.push(decodeWav(await bytesOf(alone)).samples.length)
      }
      const gap = Math.round((SEGMENT_GAP_MS / 1000) * wav.sampleRate)
      expect(wav.samples.length).toBe(lengths.reduce((a, b) => a + b, 0) + gap * (lengths.length - 1))
      const pitch: number[] = []
      let at = 0
      for (const n of lengths) {
        pitch.push(medianF0(wav.samples, wav.sampleRate, at, at + n))
        at += n + gap
      }
      // Every voice sounds the same wherever it speaks, and unlike every other voice.
      const byVoice = new Map<string, number[]>()
      narration.segments.forEach((s, i) => {
        const v = voiceOf.get(s.speakerId) as string
        byVoice.set(v, [...(byVoice.get(v) ?? []), pitch[i] as number])
      })
      const speakers = narration.voices.filter((v) => v.speakerId).map((v) => v.voice)
      expect(speakers.length).toBeGreaterThanOrEqual(2)
      const typical = new Map(
        [...byVoice].map(([v, fs]) => [v, fs.sort((a, b) => a - b)[fs.length >> 1] as number]),
      )
      for (const [v, fs] of byVoice)
        for (const f of fs) expect(Math.abs(f / (typical.get(v) as number) - 1)).toBeLessThan(0.06)
      const levels = [...typical.values()].sort((a, b) => a - b)
      for (let i = 1; i < levels.length; i++)
        expect((levels[i] as number) / (levels[i - 1] as number)).toBeGreaterThan(1.08)
      // One audible voice change per change of reader in the script.
      const turns = narration.segments.filter(
        (s, i) => i > 0 && s.speakerId !== narration.segments[i - 1]?.speakerId,
      ).length
      const changes = pitch.slice(1).filter((f, i) => Math.abs(f / (pitch[i] as number) - 1) > 0.08).length
      expect(turns).toBeGreaterThanOrEqual(2)
      expect(changes).toBe(turns)
    },
    SLOW_MS,
  )

  it('Accept: audio/wav selects WAV; an unknown format is 422', async () => {
    const wav = await call('/v1/audio', plain(article('accept'), { accept: 'audio/wav' }))
    expect(wav.headers.get('content-type')).toBe('audio/wav')
    const bytes = await bytesOf(wav)
    const decoded = decodeWav(bytes)
    expect(decoded.samples.length).toBeGreaterThan(22050)
    // Sent whole (a short narration), it declares its real length, not the "unknown" of a stream.
    expect(Number(wav.headers.get('content-length'))).toBe(bytes.length)
    expect(decoded.declaredDataBytes).toBe(decoded.samples.length * 2)
    const bad = await call('/v1/audio?format=ogg', plain(article('ogg')))
    expect(bad.status).toBe(422)
    expect(bad.headers.get('content-type')).toContain('application/problem+json')
    const badSource = await postJson('/v1/audio', { text: article('src'), options: { source: 'poem' } })
    expect(badSource.status).toBe(422)
  })

  it('an article with nothing to read for the source → 422, not an empty file', async () => {
    const res = await call('/v1/audio?source=quotes', plain('Погода в Москве была тёплой. Дождя не было.'))
    expect(res.status).toBe(422)
    expect(res.headers.get('content-type')).toContain('application/problem+json')
  })

  it('text over the audio limit → 413 problem+json (the analysis limit is higher)', async () => {
    const long = `${'Длинная статья о важном. '.repeat(900)}`
    expect(long.length).toBeGreaterThan(20_000)
    const res = await call('/v1/audio', plain(long))
    expect(res.status).toBe(413)
    const problem = (await res.json()) as { status: number; detail: string }
    expect(problem.status).toBe(413)
    expect(problem.detail).toContain('20000')
    expect((await call('/v1/narration', plain(long))).status).toBe(200)
  })

  it('a failing TTS Worker → 502 problem+json, and nothing is cached', async () => {
    const text = article('tts-down')
    const failing = {
      fetch: async () => new Response('engine exploded', { status: 500 }),
    } as unknown as Fetcher
    const res = await call('/v1/audio', plain(text), { TTS: failing })
    expect(res.status).toBe(502)
    expect(res.headers.get('content-type')).toContain('application/problem+json')
    expect(((await res.json()) as { detail: string }).detail).not.toContain('exploded')
    const unreachable = { fetch: async () => Promise.reject(new Error('no route')) } as unknown as Fetcher
    expect((await call('/v1/audio', plain(text), { TTS: unreachable })).status).toBe(502)
    // The real engine afterwards: computed, not a cached failure.
    const ok = await call('/v1/audio', plain(text))
    expect(ok.status).toBe(200)
    expect(ok.headers.get('x-cache')).toBe('MISS')
  })

  it('a TTS Worker that says it is unavailable (503, as an unstarted local Worker) → 503, nothing cached', async () => {
    const text = article('tts-absent')
    const absent = {
      fetch: async () =>
        new Response('Worker "quotecast-tts" not found. Make sure it is running locally.', { status: 503 }),
    } as unknown as Fetcher
    const res = await call('/v1/audio', plain(text), { TTS: absent })
    expect(res.status).toBe(503)
    expect(res.headers.get('content-type')).toContain('application/problem+json')
    const { detail } = (await res.json()) as { detail: string }
    expect(detail).toContain('npm run dev')
    expect(detail).not.toContain('not found')
    expect((await call('/v1/audio', plain(text))).headers.get('x-cache')).toBe('MISS')
  })

  it('a stream that breaks within the whole-audio budget → 502 problem+json, and nothing is cached', async () => {
    const text = article('mid-stream')
    const breaking = {
      fetch: async (input: RequestInfo, init?: RequestInit) => {
        const real = await env.TTS.fetch(input, init)
        const reader = (real.body as ReadableStream<Uint8Array>).getReader()
        const first = await reader.read()
        let pulls = 0
        // The first chunk goes through, then the stream errors: a synthesizer that broke after it had begun.
        const body = new ReadableStream<Uint8Array>({
          pull(c) {
            if (pulls++ === 0 && first.value) c.enqueue(first.value)
            else c.error(new Error('connection lost'))
          },
        })
        return new Response(body, { headers: real.headers })
      },
    } as unknown as Fetcher
    const res = await call('/v1/audio', plain(text), { TTS: breaking })
    expect(res.status).toBe(502)
    expect(res.headers.get('content-type')).toContain('application/problem+json')
    expect(((await res.json()) as { detail: string }).detail).not.toContain('connection lost')
    const again = await call('/v1/audio', plain(text))
    expect(again.headers.get('x-cache')).toBe('MISS')
  })

  it('audio far longer than foreseen streams, without a Content-Length; if it breaks then, nothing is cached', async () => {
    const text = article('long-break')
    const piece = new Uint8Array(64 * 1024)
    // Far longer than the short article foretells (as a text of digits would be): past the budget, it streams.
    const tooLong = 3 * WHOLE_AUDIO_SECONDS * AUDIO_BYTES_PER_SECOND.mp3
    const breakingLate = {
      fetch: async () => {
        let sent = 0
        const body = new ReadableStream<Uint8Array>({
          pull(c) {
            if (sent >= tooLong) return c.error(new Error('connection lost'))
            sent += piece.length
            c.enqueue(piece)
          },
        })
        return new Response(body, {
          headers: { 'content-type': 'audio/mpeg', 'x-tts-engine': EMBEDDED_ENGINE_VERSION },
        })
      },
    } as unknown as Fetcher
    const res = await call('/v1/audio', plain(text), { TTS: breakingLate })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-length')).toBeNull()
    await expect(res.arrayBuffer()).rejects.toThrow()
    const again = await call('/v1/audio', plain(text))
    expect(again.headers.get('x-cache')).toBe('MISS')
    // The real engine's answer to this short article fits the budget: whole, with its length.
    expect(Number(again.headers.get('content-length'))).toBe((await bytesOf(again)).length)
  })

  it('neither the TTS Worker nor Workers AI → 503 problem+json saying how to enable audio', async () => {
    const res = await call('/v1/audio', plain(article('none')), { TTS: undefined, AI: undefined })
    expect(res.status).toBe(503)
    const problem = (await res.json()) as { detail: string }
    expect(problem.detail).toContain('TTS')
    expect(problem.detail).toContain('workers-ai')
  })
})

describe('Workers AI (mocked: the real service needs an account)', () => {
  const id3 = [0x49, 0x44, 0x33, 4, 0, 0, 0, 0, 0, 3, 1, 2, 3] // a 3-byte ID3v2 tag to be dropped
  const frame = (n: number) => [0xff, 0xf3, 0x64, 0xc4, n]
  const fakeAi = () => {
    let n = 0
    const run = vi.fn(async () => ({ audio: btoa(String.fromCharCode(...id3, ...frame(++n))) }))
    return { run, ai: { run } as unknown as Ai }
  }
  const english =
    'The minister spoke to reporters on Monday. "We will meet every deadline," said John Carter. ' +
    'Reporters asked about the budget. "The budget will not change this year," said Mary Jones.'

  it('speaks English through MeloTTS when TTS_ENGINE=workers-ai, one call per segment, ID3 tags dropped', async () => {
    const { run, ai } = fakeAi()
    const res = await call('/v1/audio?source=article', plain(english), { AI: ai, TTS_ENGINE: 'workers-ai' })
    expect(res.status).toBe(200)
    expect(res.headers.get('x-audio-engine')).toBe('workers-ai:@cf/myshell-ai/melotts')
    const bytes = [...(await bytesOf(res))]
    const calls = run.mock.calls as unknown as [string, { prompt: string; lang: string }][]
    expect(calls.length).toBeGreaterThan(2)
    for (const [model, input] of calls) {
      expect(model).toBe('@cf/myshell-ai/melotts')
      expect(input.lang).toBe('en')
    }
    expect(bytes).toEqual(calls.flatMap((_, i) => frame(i + 1)))
  })

  it('keeps Russian on the embedded engine, and without it explains which languages MeloTTS speaks', async () => {
    const { run, ai } = fakeAi()
    const ru = await call('/v1/audio', plain(article('ai-ru')), { AI: ai, TTS_ENGINE: 'workers-ai' })
    expect(ru.status).toBe(200)
    expect(ru.headers.get('x-audio-engine')).toMatch(/^espeak-ng/)
    expect(run).not.toHaveBeenCalled()
    const noTts = await call('/v1/audio', plain(article('ai-ru-2')), {
      AI: ai,
      TTS_ENGINE: 'workers-ai',
      TTS: undefined,
    })
    expect(noTts.status).toBe(503)
    expect(((await noTts.json()) as { detail: string }).detail).toMatch(/en, es, fr/)
  })

  it('a model that answers audio that is not base64 → 502, not an internal error', async () => {
    const garbled = { run: async () => ({ audio: '!!!not base64***' }) } as unknown as Ai
    const res = await call('/v1/audio', plain(english), { AI: garbled, TTS_ENGINE: 'workers-ai' })
    expect(res.status).toBe(502)
    expect(res.headers.get('content-type')).toMatch(/problem\+json/)
  })

  it('a failing model → 502, and the AI binding alone (no TTS_ENGINE) is not used', async () => {
    const failing = { run: async () => Promise.reject(new Error('capacity')) } as unknown as Ai
    const res = await call('/v1/audio', plain(english), { AI: failing, TTS_ENGINE: 'workers-ai' })
    expect(res.status).toBe(502)
    const { run, ai } = fakeAi()
    const embedded = await call('/v1/audio', plain(english), { AI: ai })
    expect(embedded.headers.get('x-audio-engine')).toMatch(/^espeak-ng/)
    expect(run).not.toHaveBeenCalled()
  })
})
