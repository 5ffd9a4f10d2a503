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
  const latinLangs: Language[] = ['en', 'de', 'fr', 'es']
  let best: Language = 'en'
  for (const l of latinLangs) if (score(l) > score(best)) best = l
  return best
}
