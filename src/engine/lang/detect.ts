import { classAt, LETTER, widthAt } from '../text/chars'
import type { Language } from '../types'
import { lexicons } from './index'

const SAMPLE_CHARS = 4000

/**
 * Detects the article's language from a sample of its text: the script first (Cyrillic vs Latin), then letters
 * only one language uses, then stop-word counts. Cheap and deterministic; reads at most SAMPLE_CHARS characters.
 * The sample is read by char code: letters first, then, only when the answer depends on them, stop words, each
 * looked up once, by a hash of its letters, among all languages' stop words (with a bit mask of the languages whose
 * stop word it is) rather than in every lexicon's set.
 */
export function detectLanguage(text: string): Language {
  let cyrillic = 0
  let latin = 0
  let ukLetters = 0
  let ruLetters = 0
  // Letters are counted in either case (as in the lower-cased sample), so that a Russian text, whose answer needs
  // no stop word, is never lower-cased whole.
  const n = Math.min(text.length, SAMPLE_CHARS)
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i)
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
    const scores = sampleScores(text.slice(0, SAMPLE_CHARS).toLowerCase())
    return scores.get('uk') > scores.get('ru') ? 'uk' : 'ru'
  }
  // Letters only one of the Latin-script languages uses add to its stop-word evidence (short texts have few).
  const scores = sampleScores(text.slice(0, SAMPLE_CHARS).toLowerCase())
  const latinLangs: Language[] = ['en', 'de', 'fr', 'es']
  let best: Language = 'en'
  for (const l of latinLangs) if (scores.get(l) > scores.get(best)) best = l
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

/**
 * Each language's evidence in the lower-cased `sample`: its stop words among the words (runs of letters, \p{L}+,
 * surrogate pairs included), plus the weights of the letters only it uses (LETTER_WEIGHTS), in one reading.
 */
function sampleScores(sample: string): { get: (l: Language) => number } {
  const langs = sampleTables()
  const scores = new Array<number>(langs.order.length).fill(0)
  const letterScores = new Array<number>(langs.order.length).fill(0)
  // Each word is looked up by a hash of its code units, taken as it is read, rather than by a slice of it: a word
  // of the sample is rarely a stop word, and a slice is a new string to allocate and hash.
  let wordStart = -1
  let hash = 0
  for (let i = 0; i < sample.length; ) {
    const c = sample.charCodeAt(i)
    let letter = c >= 0x61 && c <= 0x7a
    if (c >= 0x80) {
      letter = (classAt(sample, i) & LETTER) !== 0
      const weighed = c < LETTER_TABLE_END ? langs.letterLanguage[c] : -1
      if (weighed !== undefined && weighed >= 0)
        letterScores[weighed] = (letterScores[weighed] as number) + (LETTER_WEIGHT_OF[c] as number)
    }
    const width = c < 0xd800 ? 1 : widthAt(sample, i)
    if (letter) {
      if (wordStart < 0) {
        wordStart = i
        hash = 0
      }
      hash = mix(hash, c)
      if (width === 2) hash = mix(hash, sample.charCodeAt(i + 1))
    } else if (wordStart >= 0) {
      // A word longer than every stop word is none: no look-up.
      if (i - wordStart <= langs.maxLength) countStopWord(langs, scores, sample, wordStart, i, hash)
      wordStart = -1
    }
    i += width
  }
  if (wordStart >= 0 && sample.length - wordStart <= langs.maxLength)
    countStopWord(langs, scores, sample, wordStart, sample.length, hash)
  return {
    get: (l) => {
      const k = langs.order.indexOf(l)
      return (scores[k] ?? 0) + (letterScores[k] ?? 0)
    },
  }
}

/** One step of the words' hash (a polynomial one, kept a small integer so that V8's maps take it unboxed). */
function mix(hash: number, code: number): number {
  return (Math.imul(hash, 31) + code) & 0x3fffffff
}

interface StopWord {
  word: string
  /** The languages it is a stop word of: bit k is `order[k]`. */
  mask: number
}

interface SampleTables {
  /** The languages, in the order of `lexicons`; bit k of a mask is order[k]. */
  order: Language[]
  /** Stop words by the hash of their code units (`mix`); words with the same hash share a list. */
  byHash: Map<number, StopWord[]>
  /** Length of the longest stop word, in UTF-16 code units. */
  maxLength: number
  /** By char code below LETTER_TABLE_END: the index in `order` of the language a letter of LETTER_WEIGHTS is
   * evidence for, or -1. */
  letterLanguage: Int8Array
}

let tables: SampleTables | null = null

/** Every stop word of every language with a bit mask of the languages it is a stop word of, and the letters'
 * languages; built once. */
function sampleTables(): SampleTables {
  if (tables) return tables
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
  const byHash = new Map<number, StopWord[]>()
  for (const [word, mask] of masks) {
    let hash = 0
    for (let i = 0; i < word.length; i++) hash = mix(hash, word.charCodeAt(i))
    const list = byHash.get(hash)
    if (list) list.push({ word, mask })
    else byHash.set(hash, [{ word, mask }])
  }
  const letterLanguage = new Int8Array(LETTER_TABLE_END).fill(-1)
  for (const [ch, l] of LETTER_WEIGHTS) letterLanguage[ch.charCodeAt(0)] = order.indexOf(l)
  tables = { order, byHash, maxLength, letterLanguage }
  return tables
}

function countStopWord(
  langs: SampleTables,
  scores: number[],
  sample: string,
  start: number,
  end: number,
  hash: number,
): void {
  const list = langs.byHash.get(hash)
  if (list === undefined) return
  for (const { word, mask } of list) {
    if (word.length !== end - start || !sample.startsWith(word, start)) continue
    for (let k = 0; k < langs.order.length; k++) if (mask & (1 << k)) scores[k] = (scores[k] as number) + 1
    return
  }
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
/** Every letter above is one BMP code unit below this, none of them ASCII: tables by char code. */
const LETTER_TABLE_END = 0x180
const LETTER_WEIGHT_OF = new Float64Array(LETTER_TABLE_END)
for (const [ch, , w] of LETTER_WEIGHTS) LETTER_WEIGHT_OF[ch.charCodeAt(0)] = w
