import type { Analysis, Speaker } from '../engine/types'
import type { VoiceId } from './protocol'
import type { Gender, VoiceAssignment } from './types'

const MALE: VoiceId[] = ['m1', 'm2', 'm3', 'm4']
const FEMALE: VoiceId[] = ['f1', 'f2', 'f3', 'f4']
/** For an unknown gender: alternate, so that two unknown speakers still sound as different as possible. */
const ANY: VoiceId[] = ['m1', 'f1', 'm2', 'f2', 'm3', 'f3', 'm4', 'f4']

/**
 * Voices for the narrator and for the speakers who are heard, in the analysis' speaker order (most quoted
 * first), so the same analysis always gets the same plan. Each speaker takes the first free voice of their
 * gender; only beyond eight speakers do voices repeat (then by order, the least quoted sharing).
 */
export function planVoices(
  analysis: Analysis,
  heard: ReadonlySet<string>,
  genderOf: (speaker: Speaker) => Gender,
): VoiceAssignment[] {
  const plan: VoiceAssignment[] = [{ speakerId: null, name: null, gender: 'unknown', voice: 'narrator' }]
  const used = new Set<VoiceId>()
  let overflow = 0
  for (const speaker of analysis.speakers) {
    if (!heard.has(speaker.id)) continue
    const gender = genderOf(speaker)
    const palette = gender === 'male' ? MALE : gender === 'female' ? FEMALE : ANY
    const voice =
      palette.find((v) => !used.has(v)) ??
      ANY.find((v) => !used.has(v)) ??
      (ANY[overflow++ % ANY.length] as VoiceId)
    used.add(voice)
    plan.push({ speakerId: speaker.id, name: speaker.name, gender, voice })
  }
  return plan
}
