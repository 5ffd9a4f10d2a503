import type { Language } from '../engine/types'
import { SEGMENT_GAP_MS } from './protocol'
import type { NarrationSegment, VoiceAssignment } from './types'

/**
 * SSML 1.1 for the narration: one <voice> per segment, named after the synthesizer voice of the plan (with its
 * gender where known), a break between segments. For engines that take SSML instead of quotecast's segments.
 */
export function toSsml(language: Language, segments: NarrationSegment[], voices: VoiceAssignment[]): string {
  const bySpeaker = new Map(voices.map((v) => [v.speakerId, v]))
  const body = segments
    .map((s) => {
      const v = bySpeaker.get(s.speakerId) ?? (voices[0] as VoiceAssignment)
      const gender = v.gender === 'unknown' ? '' : ` gender="${v.gender}"`
      return `<voice name="${v.voice}"${gender}>${escapeXml(s.text)}</voice>`
    })
    .join(`<break time="${SEGMENT_GAP_MS}ms"/>`)
  return `<speak version="1.1" xmlns="http://www.w3.org/2001/10/synthesis" xml:lang="${language}">${body}</speak>`
}

function escapeXml(s: string): string {
  return s.replace(
    /[<>&"']/g,
    (c) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', '"': 'quot', "'": 'apos' }[c]};`,
  )
}
