import type { Language } from '../engine/types'
import type { VoiceId } from './protocol'

export const NARRATION_SOURCES = ['summary', 'article', 'quotes'] as const
export type NarrationSource = (typeof NARRATION_SOURCES)[number]

export type Gender = 'male' | 'female' | 'unknown'

/** One piece of the narration, read in one voice. `start`/`end` are null for words the narrator adds. */
export interface NarrationSegment {
  voice: 'narrator' | 'speaker'
  speakerId: string | null
  text: string
  start: number | null
  end: number | null
}

/** Who reads with which synthesizer voice; deterministic for the same analysis. */
export interface VoiceAssignment {
  speakerId: string | null
  name: string | null
  gender: Gender
  voice: VoiceId
}

export interface Narration {
  language: Language
  source: NarrationSource
  segments: NarrationSegment[]
  voices: VoiceAssignment[]
  ssml: string
}
