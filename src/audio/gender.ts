import type { Analysis, Language, Speaker } from '../engine/types'
import type { Gender } from './types'

/**
 * Speakers' grammatical gender where the article's language shows it. Russian and Ukrainian mark it on the past
 * tense of the speech verb (сказал / сказала, сказав / сказала); titles and feminine role nouns mark it in the
 * other languages (Mrs, Frau, Ministerin, Mme, la présidente, Sra.). Votes over every cue and name form; a tie or
 * no evidence is `unknown` — never a guess from a first name.
 *
 * Made once per narration and asked per speaker: the cue votes come from one pass over the quotations and the
 * titles before surnames from one pass over the text, for all speakers at once. (Asked of each speaker with a pass
 * of its own, an article of thousands of speakers took 40 s at 200,000 characters.)
 */
export function speakerGenders(analysis: Analysis, text = ''): (speaker: Speaker) => Gender {
  const language = analysis.language
  const cueVotes = new Map<string, number>()
  for (const q of analysis.quotes)
    if (q.speakerId && q.cue)
      cueVotes.set(q.speakerId, (cueVotes.get(q.speakerId) ?? 0) + verbGender(q.cue, language))
  const titleVotes = titlesBeforeSurnames(text, analysis.speakers, language)
  const known = new Map<string, Gender>()
  return (speaker) => {
    let gender = known.get(speaker.id)
    if (gender !== undefined) return gender
    let score = cueVotes.get(speaker.id) ?? 0
    for (const form of [speaker.name, ...speaker.aliases, speaker.role ?? ''])
      score += titleGender(form, language)
    score += titleVotes.get(surnameOf(speaker)) ?? 0
    gender = score > 0 ? 'male' : score < 0 ? 'female' : 'unknown'
    known.set(speaker.id, gender)
    return gender
  }
}

function surnameOf(speaker: Speaker): string {
  return speaker.name.split(/\s+/).at(-1) ?? ''
}

/** +1 masculine, −1 feminine, 0 unmarked. */
export function verbGender(cue: string, language: Language): number {
  const word = cue.trim().toLowerCase().split(/\s+/)[0] ?? ''
  if (language === 'ru') {
    if (/(ла|лась)$/.test(word)) return -1
    if (/(л|лся)$/.test(word)) return 1
  }
  if (language === 'uk') {
    if (/(ла|лася|лась)$/.test(word)) return -1
    if (/[^аеєиіїоуюя](в|вся)$/.test(word)) return 1
  }
  return 0
}

const TITLES: Partial<Record<Language, { male: RegExp; female: RegExp }>> = {
  en: { male: /\b(mr|sir|lord|king|prince)\b\.?/i, female: /\b(mrs|ms|miss|lady|dame|queen|princess)\b\.?/i },
  de: {
    male: /\b(herr|herrn)\b/i,
    female: /\b(frau)\b|(?:ministerin|kanzlerin|präsidentin|sprecherin)\b/iu,
  },
  fr: {
    male: /\b(m\.|monsieur)(?=\s)|\ble (président|ministre|porte-parole)\b/i,
    female: /\b(mme|mlle|madame|mademoiselle)\b|\bla (présidente|ministre|porte-parole)\b/i,
  },
  es: {
    male: /\b(sr\.|señor|don)(?=\s)|\bel (presidente|ministro|portavoz)\b/i,
    female: /\b(sra\.|srta\.|señora|señorita|doña)(?=\s)|\bla (presidenta|ministra|portavoz)\b/i,
  },
  ru: { male: /\b(господин)\b/iu, female: /(^|\s)(госпожа|женщина)(\s|$)/iu },
  uk: { male: /(^|\s)(пан)(\s|$)/iu, female: /(^|\s)(пані)(\s|$)/iu },
}

function titleGender(form: string, language: Language): number {
  const t = TITLES[language]
  if (!t || !form) return 0
  return (t.male.test(form) ? 1 : 0) - (t.female.test(form) ? 1 : 0)
}

/**
 * "Mrs Smith", "Frau Merkel", "Mme Dupont" in the article, when the analysis kept only the surname: for each
 * speaker's surname (of two letters or more), the sign of the votes of the titles among the two words before each
 * of its occurrences — where a word starts and no letter follows. One pass over the text: at each word's start,
 * the few places within MAX_SURNAME characters that no letter follows are looked up. (A look-up per surname length
 * at every place was quadratic when the lengths were many: 15 s at 200,000 characters.)
 */
function titlesBeforeSurnames(
  text: string,
  speakers: readonly Speaker[],
  language: Language,
): Map<string, number> {
  const votes = new Map<string, number>()
  if (!TITLES[language] || !text) return votes
  for (const speaker of speakers) {
    const surname = surnameOf(speaker)
    if (surname.length >= 2 && surname.length <= MAX_SURNAME) votes.set(surname, 0)
  }
  if (votes.size === 0) return votes
  const letter = new Uint8Array(text.length + 1)
  for (let i = 0; i < text.length; i++) letter[i] = LETTER.test(text[i] as string) ? 1 : 0
  for (let at = 0; at < text.length; at++) {
    if (!letter[at] || (at > 0 && letter[at - 1])) continue
    for (let end = at + 2; end <= Math.min(text.length, at + MAX_SURNAME); end++) {
      if (letter[end]) continue
      const surname = text.slice(at, end)
      const before = votes.get(surname)
      if (before === undefined) continue
      // "Mrs Smith" or "Mrs Jane Smith": the title is one of the two words before the surname.
      const words = text
        .slice(Math.max(0, at - 40), at)
        .split(/\s+/)
        .filter(Boolean)
        .slice(-2)
      votes.set(
        surname,
        before + Math.sign(words.reduce((sum, w) => sum + titleGender(` ${w} `, language), 0)),
      )
    }
  }
  for (const [surname, score] of votes) votes.set(surname, Math.sign(score))
  return votes
}

/** The longest surname looked for in the text: longer "names" are none a title stands before. */
const MAX_SURNAME = 40
const LETTER = /\p{L}/u
