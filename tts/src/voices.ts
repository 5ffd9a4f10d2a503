import type { TtsLanguage, VoiceId } from '../../src/audio/protocol'
import type { EspeakVoice } from './engine/espeak'

/** espeak-ng voice per language (its names; en-us rather than British `en`). */
const BASE: Record<TtsLanguage, string> = { ru: 'ru', en: 'en-us', uk: 'uk', de: 'de', fr: 'fr', es: 'es' }

/** Locale for sentence splitting. */
export const LOCALE: Record<TtsLanguage, string> = {
  ru: 'ru',
  en: 'en',
  uk: 'uk',
  de: 'de',
  fr: 'fr',
  es: 'es',
}

/**
 * The abstract voices of the narration script in espeak-ng's terms: a variant (voices/!v: formant shape,
 * breathiness, base pitch) plus pitch and rate, chosen so that any two differ audibly in pitch — the cue a
 * listener uses first — and the test can tell them apart by their fundamental frequency.
 */
const VARIANTS: Record<VoiceId, { variant: string; pitch: number; rate: number }> = {
  // Median F0 measured on Russian text (tts/test): about 15 % between neighbours.
  narrator: { variant: '', pitch: 64, rate: 165 }, // ~117 Hz
  m1: { variant: 'm3', pitch: 28, rate: 155 }, // ~86 Hz
  m2: { variant: 'm2', pitch: 77, rate: 170 }, // ~136 Hz
  m3: { variant: 'm7', pitch: 45, rate: 160 }, // ~101 Hz
  m4: { variant: 'm5', pitch: 90, rate: 150 }, // ~155 Hz
  f1: { variant: 'f2', pitch: 55, rate: 165 }, // ~204 Hz
  f2: { variant: 'f4', pitch: 76, rate: 155 }, // ~237 Hz
  f3: { variant: 'f1', pitch: 50, rate: 170 }, // ~178 Hz
  f4: { variant: 'f5', pitch: 77, rate: 160 }, // ~272 Hz
}

export function espeakVoice(language: TtsLanguage, voice: VoiceId): EspeakVoice {
  const v = VARIANTS[voice]
  return { name: v.variant ? `${BASE[language]}+${v.variant}` : BASE[language], pitch: v.pitch, rate: v.rate }
}
