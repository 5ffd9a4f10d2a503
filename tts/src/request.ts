import {
  AUDIO_FORMATS,
  type SynthesisRequest,
  TTS_LANGUAGES,
  TTS_LIMITS,
  VOICES,
} from '../../src/audio/protocol'

export interface FieldError {
  path: string
  message: string
}

export type Parsed =
  | { ok: true; request: SynthesisRequest }
  | { ok: false; status: 413 | 422; errors: FieldError[] }

const oneOf = (list: readonly string[], v: unknown): boolean => typeof v === 'string' && list.includes(v)

/** Validates a SynthesisRequest (hand-written: this Worker stays free of the analysis Worker's dependencies). */
export function parseRequest(body: unknown): Parsed {
  const errors: FieldError[] = []
  const b = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>
  if (!oneOf(TTS_LANGUAGES, b.language))
    errors.push({ path: 'language', message: `one of ${TTS_LANGUAGES.join(', ')}` })
  const format = b.format ?? 'mp3'
  if (!oneOf(AUDIO_FORMATS, format))
    errors.push({ path: 'format', message: `one of ${AUDIO_FORMATS.join(', ')}` })
  if (!Array.isArray(b.segments) || b.segments.length === 0) {
    errors.push({ path: 'segments', message: 'a non-empty array of { voice, text }' })
    return { ok: false, status: 422, errors }
  }
  if (b.segments.length > TTS_LIMITS.maxSegments) {
    return {
      ok: false,
      status: 413,
      errors: [{ path: 'segments', message: `at most ${TTS_LIMITS.maxSegments}` }],
    }
  }
  let chars = 0
  b.segments.forEach((s: unknown, i: number) => {
    const seg = (s && typeof s === 'object' ? s : {}) as Record<string, unknown>
    if (!oneOf(VOICES, seg.voice))
      errors.push({ path: `segments/${i}/voice`, message: `one of ${VOICES.join(', ')}` })
    if (typeof seg.text !== 'string') errors.push({ path: `segments/${i}/text`, message: 'a string' })
    else chars += seg.text.length
  })
  const maxSeconds = b.maxSeconds ?? TTS_LIMITS.maxSeconds
  if (typeof maxSeconds !== 'number' || !(maxSeconds > 0) || maxSeconds > TTS_LIMITS.maxSeconds) {
    errors.push({
      path: 'maxSeconds',
      message: `a number of seconds, 0 < maxSeconds ≤ ${TTS_LIMITS.maxSeconds}`,
    })
  }
  if (errors.length) return { ok: false, status: 422, errors }
  if (chars > TTS_LIMITS.maxChars) {
    return {
      ok: false,
      status: 413,
      errors: [{ path: 'segments', message: `at most ${TTS_LIMITS.maxChars} characters` }],
    }
  }
  return {
    ok: true,
    request: {
      ...(b as unknown as SynthesisRequest),
      format: format as SynthesisRequest['format'],
      maxSeconds: maxSeconds as number,
    },
  }
}
