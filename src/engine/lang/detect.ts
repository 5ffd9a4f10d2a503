import type { Language } from '../types'
import { lexicons } from './index'

const SAMPLE_CHARS = 4000

/**
 * Detects the article's language from a sample of its text: the script first (Cyrillic vs Latin), then letters
 * only one language uses, then stop-word counts. Cheap and deterministic; reads at most SAMPLE_CHARS characters.
 */
export function detectLanguage(text: string): Language {
  const sample = text.slice(0, SAMPLE_CHARS).toLowerCase()
  let cyrillic = 0
  let latin = 0
  let ukLetters = 0
  let ruLetters = 0
  for (const ch of sample) {
    if (ch >= 'а' && ch <= 'я') cyrillic++
    else if (ch >= 'a' && ch <= 'z') latin++
    if (ch === 'і' || ch === 'ї' || ch === 'є' || ch === 'ґ') {
      ukLetters++
      cyrillic++
    } else if (ch === 'ы' || ch === 'э' || ch === 'ъ' || ch === 'ё') ruLetters++
  }
  const words = sample.match(/\p{L}+/gu) ?? []
  const scores = new Map<Language, number>()
  for (const w of words) {
    for (const lex of Object.values(lexicons)) {
      if (lex.stopWords.has(w)) scores.set(lex.language, (scores.get(lex.language) ?? 0) + 1)
    }
  }
  const score = (l: Language) => scores.get(l) ?? 0
  if (cyrillic > latin) {
    if (ukLetters > ruLetters * 2 || (ukLetters > 0 && score('uk') > score('ru'))) return 'uk'
    return 'ru'
  }
  // Letters only one of the Latin-script languages uses add to its stop-word evidence (short texts have few).
  const letters = latinLetterScores(sample)
  const total = (l: Language) => score(l) + (letters.get(l) ?? 0)
  const latinLangs: Language[] = ['en', 'de', 'fr', 'es']
  let best: Language = 'en'
  for (const l of latinLangs) if (total(l) > total(best)) best = l
  return best
}

const LETTER_WEIGHTS: ReadonlyArray<[string, Language, number]> = [
  ['ß', 'de', 1],
  ['ä', 'de', 0.5],
  ['ö', 'de', 0.5],
  ['ü', 'de', 0.5],
  ['ñ', 'es', 1],
  ['¿', 'es', 2],
  ['¡', 'es', 2],
  ['á', 'es', 0.3],
  ['í', 'es', 0.3],
  ['ó', 'es', 0.3],
  ['ú', 'es', 0.3],
  ['ç', 'fr', 0.5],
  ['œ', 'fr', 1],
  ['è', 'fr', 0.5],
  ['ê', 'fr', 0.5],
  ['à', 'fr', 0.5],
  ['â', 'fr', 0.5],
  ['î', 'fr', 0.5],
  ['û', 'fr', 0.5],
]
const LETTER_WEIGHT = new Map(LETTER_WEIGHTS.map(([ch, l, w]) => [ch, { l, w }]))

function latinLetterScores(sample: string): Map<Language, number> {
  const out = new Map<Language, number>()
  for (const ch of sample) {
    const hit = LETTER_WEIGHT.get(ch)
    if (hit) out.set(hit.l, (out.get(hit.l) ?? 0) + hit.w)
  }
  return out
}
