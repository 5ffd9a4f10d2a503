/**
 * The request format between the analysis Worker and the TTS Worker (`tts/`), reached through the Service
 * Binding `TTS`. Both sides import this file, so a change here changes both at once; the TTS Worker echoes
 * EMBEDDED_ENGINE_VERSION in a header and the caller does not cache audio from a Worker of another version.
 *
 *   POST /v1/synthesize  application/json  SynthesisRequest
 *   → 200 audio/mpeg | audio/wav, streamed; headers X-TTS-Engine, X-Audio-Sample-Rate
 *   → 4xx/5xx application/problem+json
 *   GET /v1/info → { engine, languages, voices, sampleRate, limits }
 */

/** Languages the embedded synthesizer speaks: the six of the analysis engine. */
export const TTS_LANGUAGES = ['ru', 'en', 'uk', 'de', 'fr', 'es'] as const
export type TtsLanguage = (typeof TTS_LANGUAGES)[number]

export const AUDIO_FORMATS = ['mp3', 'wav'] as const
export type AudioFormat = (typeof AUDIO_FORMATS)[number]

/**
 * Abstract voices. The narrator has its own; speakers get male (m*) or female (f*) voices. Each synthesizer
 * maps them to what it has (espeak-ng: variant + pitch + rate), so the narration script stays engine-neutral.
 */
export const VOICES = ['narrator', 'm1', 'm2', 'm3', 'm4', 'f1', 'f2', 'f3', 'f4'] as const
export type VoiceId = (typeof VOICES)[number]

export interface SynthesisSegment {
  voice: VoiceId
  text: string
}

export interface SynthesisRequest {
  language: TtsLanguage
  format: AudioFormat
  segments: SynthesisSegment[]
  /** Stop (the stream errors) past this much audio; at most, and by default, TTS_LIMITS.maxSeconds. */
  maxSeconds?: number
}

/** Bump when the audio for the same request can change (voices, rate, gaps, encoder settings). */
export const EMBEDDED_ENGINE_VERSION = 'espeak-ng@1.0.2+lame@0.7.0/qc-tts-1'

export const TTS_LIMITS = {
  /** Total characters over all segments; the analysis Worker enforces its own (lower) MAX_AUDIO_CHARS first. */
  maxChars: 50_000,
  maxSegments: 2_000,
  /**
   * Audio per request. Characters do not bound it (a run of digits is read one by one), CPU follows the audio:
   * 30 minutes is ~15 s of CPU, inside the Workers Paid default of 30 s.
   */
  maxSeconds: 1_800,
} as const

/** Silence the synthesizer puts between two segments (the SSML of the narration says the same). */
export const SEGMENT_GAP_MS = 250

export const MIME: Record<AudioFormat, string> = { mp3: 'audio/mpeg', wav: 'audio/wav' }

/** The embedded engine's MP3: speech from a formant synthesizer is clear at 48 kbps mono, 7× smaller than WAV. */
export const MP3_KBPS = 48

/** The embedded engine's sample rate (espeak-ng's own), as `/v1/info` reports it. */
export const EMBEDDED_SAMPLE_RATE = 22_050

/** Bytes per second of the embedded engine's audio: MP3 at MP3_KBPS; WAV as 16-bit mono PCM. */
export const AUDIO_BYTES_PER_SECOND: Record<AudioFormat, number> = {
  mp3: (MP3_KBPS * 1000) / 8,
  wav: EMBEDDED_SAMPLE_RATE * 2,
}
