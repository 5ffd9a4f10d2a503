import { classAt, LETTER, widthAt } from '../text/chars'
import type { Language } from '../types'
import { lexicons } from './index'

const SAMPLE_CHARS = 4000

/**
 * Detects the article's language from a sample of its text: the script first (Cyrillic vs Latin), then letters
 * only one language uses, then stop-word counts. Cheap and deterministic; reads at most SAMPLE_CHARS characters.
 * The sample is read by char code: letters first, then, only when the answer depends on them, stop words, each
 * looked up once in a map of the languages whose stop word it is (a bit mask) rather than in every lexicon's set.
 */
export function detectLanguage(text: string): Language {
  const raw = text.slice(0, SAMPLE_CHARS)
  let cyrillic = 0
  let latin = 0
  let ukLetters = 0
  let ruLetters = 0
  // Letters are counted in either case (as in the lower-cased sample), so that a Russian text, whose answer needs
  // no stop word, is never lower-cased whole.
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i)
    // Lower-case Cyrillic, most of a Russian or Ukrainian text, without the case mapping.
    if (code >= 0x430 && code <= 0x44f) {
      cyrillic++
      if (code === 0x44b || code === 0x44d || code === 0x44a) ruLetters++ // ы э ъ
      continue
    }
    const c = lowerCode(code)
    // а-я, a-z
    if (c >= 0x430 && c <= 0x44f) cyrillic++
    else if (c >= 0x61 && c <= 0x7a) latin++
    if (c === 0x456 || c === 0x457 || c === 0x454 || c === 0x491) {
      // і ї є ґ
      ukLetters++
      cyrillic++
    } else if (c === 0x44b || c === 0x44d || c === 0x44a || c === 0x451) ruLetters++ // ы э ъ ё
  }
  if (cyrillic > latin) {
    if (ukLetters > ruLetters * 2) return 'uk'
    // Without a Ukrainian letter, stop words cannot make the text Ukrainian: Russian, no word count needed.
    if (ukLetters === 0) return 'ru'
    const scores = stopWordScores(raw.toLowerCase())
    return scores.get('uk') > scores.get('ru') ? 'uk' : 'ru'
  }
  // Letters only one of the Latin-script languages uses add to its stop-word evidence (short texts have few).
  const sample = raw.toLowerCase()
  const scores = stopWordScores(sample)
  const letters = latinLetterScores(sample)
  const total = (l: Language) => scores.get(l) + (letters.get(l) ?? 0)
  const latinLangs: Language[] = ['en', 'de', 'fr', 'es']
  let best: Language = 'en'
  for (const l of latinLangs) if (total(l) > total(best)) best = l
  return best
}

/**
 * The lower case of a character the letter count looks at: A-Z, А-Я, Ё Є І Ї Ґ, and the two whose lower case is
 * a Latin letter (K, the Kelvin sign; İ, whose lower case starts with i). Any other character is returned as it
 * is: its lower case is none of the letters counted.
 */
function lowerCode(c: number): number {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a ? c + 0x20 : c
  if (c >= 0x410 && c <= 0x42f) return c + 0x20
  if (c === 0x401 || c === 0x404 || c === 0x406 || c === 0x407) return c + 0x50
  if (c === 0x490) return 0x491
  if (c === 0x212a) return 0x6b
  if (c === 0x130) return 0x69
  return c
}

/** Stop words of each language among the words (runs of letters, \p{L}+, surrogate pairs included) of `sample`. */
function stopWordScores(sample: string): { get: (l: Language) => number } {
  const langs = stopWordLanguages()
  const scores = new Array<number>(langs.order.length).fill(0)
  let wordStart = -1
  for (let i = 0; i < sample.length; ) {
    const c = sample.charCodeAt(i)
    const letter = c >= 0x61 && c <= 0x7a ? true : c < 0x80 ? false : (classAt(sample, i) & LETTER) !== 0
    if (letter && wordStart < 0) wordStart = i
    else if (!letter && wordStart >= 0) {
      // A word longer than every stop word is none: no substring, no look-up.
      if (i - wordStart <= langs.maxLength) countStopWord(langs, scores, sample.slice(wordStart, i))
      wordStart = -1
    }
    i += c < 0xd800 ? 1 : widthAt(sample, i)
  }
  if (wordStart >= 0 && sample.length - wordStart <= langs.maxLength)
    countStopWord(langs, scores, sample.slice(wordStart))
  return { get: (l) => scores[langs.order.indexOf(l)] ?? 0 }
}

interface StopWordLanguages {
  /** The languages, in the order of `lexicons`; bit k of a mask is order[k]. */
  order: Language[]
  masks: Map<string, number>
  /** Length of the longest stop word, in UTF-16 code units. */
  maxLength: number
}

let stopWordMap: StopWordLanguages | null = null

/** Every stop word of every language → a bit mask of the languages it is a stop word of; built once. */
function stopWordLanguages(): StopWordLanguages {
  if (stopWordMap) return stopWordMap
  const order: Language[] = []
  const masks = new Map<string, number>()
  let maxLength = 0
  for (const lex of Object.values(lexicons)) {
    const bit = 1 << order.length
    order.push(lex.language)
    for (const w of lex.stopWords) {
      masks.set(w, (masks.get(w) ?? 0) | bit)
      maxLength = Math.max(maxLength, w.length)
    }
  }
  stopWordMap = { order, masks, maxLength }
  return stopWordMap
}

function countStopWord(langs: StopWordLanguages, scores: number[], word: string): void {
  const mask = langs.masks.get(word)
  if (mask === undefined) return
  for (let k = 0; k < langs.order.length; k++) if (mask & (1 << k)) scores[k] = (scores[k] as number) + 1
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
// By char code: every letter above is one BMP code unit, none of them ASCII.
const LETTER_WEIGHT = new Map(LETTER_WEIGHTS.map(([ch, l, w]) => [ch.charCodeAt(0), { l, w }]))

function latinLetterScores(sample: string): Map<Language, number> {
  const out = new Map<Language, number>()
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i)
    if (c < 0x80) continue
    const hit = LETTER_WEIGHT.get(c)
    if (hit) out.set(hit.l, (out.get(hit.l) ?? 0) + hit.w)
  }
  return out
}
