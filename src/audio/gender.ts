import type { Analysis, Language, Speaker } from '../engine/types'
import type { Gender } from './types'

/**
 * A speaker's grammatical gender where the article's language shows it. Russian and Ukrainian mark it on the
 * past tense of the speech verb (сказал / сказала, сказав / сказала); titles and feminine role nouns mark it
 * in the other languages (Mrs, Frau, Ministerin, Mme, la présidente, Sra.). Votes over every cue and name form;
 * a tie or no evidence is `unknown` — never a guess from a first name.
 */
export function speakerGender(speaker: Speaker, analysis: Analysis, text = ''): Gender {
  let score = 0
  for (const q of analysis.quotes) {
    if (q.speakerId === speaker.id && q.cue) score += verbGender(q.cue, analysis.language)
  }
  for (const form of [speaker.name, ...speaker.aliases, speaker.role ?? ''])
    score += titleGender(form, analysis.language)
  score += titlesBeforeName(text, speaker, analysis.language)
  return score > 0 ? 'male' : score < 0 ? 'female' : 'unknown'
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

/** "Mrs Smith", "Frau Merkel", "Mme Dupont" in the article, when the analysis kept only the surname. */
function titlesBeforeName(text: string, speaker: Speaker, language: Language): number {
  const t = TITLES[language]
  const surname = speaker.name.split(/\s+/).at(-1)
  if (!t || !text || !surname || surname.length < 2) return 0
  // Each occurrence of the surname, and the one or two words before it: bounded windows, linear in the text.
  let score = 0
  for (let at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, at + surname.length)) {
    if (/\p{L}/u.test(text[at + surname.length] ?? '')) continue
    // "Mrs Smith" or "Mrs Jane Smith": the title is one of the two words before the surname.
    const words = text
      .slice(Math.max(0, at - 40), at)
      .split(/\s+/)
      .filter(Boolean)
      .slice(-2)
    score += Math.sign(words.reduce((sum, w) => sum + titleGender(` ${w} `, language), 0))
  }
  return Math.sign(score)
}
