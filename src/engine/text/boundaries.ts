import type { Language, Span } from '../types'
import { LETTER, LOWER, UPPER, unitClass } from './chars'
import { lowerCase } from './tokens'

/** What the boundary repair needs from a lexicon. */
export interface BoundaryRules {
  language: Language
  /** Abbreviations that never end a sentence, lower-case, without the final dot. */
  abbreviations: ReadonlySet<string>
  /** Verbs of saying, lower-case: a short "X said." after a closing quote belongs to the quotation. */
  speechVerbs: ReadonlySet<string>
}

export const CLOSERS = '»”’"\')]›'
// Character tests by the class table (chars.ts) rather than a regex test per character; same answers.
const isLetter = (ch: number) => (unitClass(ch) & LETTER) !== 0
const isUpper = (ch: number) => (unitClass(ch) & UPPER) !== 0
const isLower = (ch: number) => (unitClass(ch) & LOWER) !== 0
/** An ASCII digit, as `\d`. */
const isDigit = (ch: number) => ch >= 48 && ch <= 57
const MAX_ATTRIBUTION_WORDS = 6
// A year or an amount before an abbreviation ("в 1999 г.", "5 млн.") may end a sentence; only a fragment this short
// ("В 2020 г.") is certainly not a sentence of its own.
const MAX_FRAGMENT_WORDS = 4

/**
 * Whether the break Intl.Segmenter put between `prev` and `next` (adjacent sentences of one paragraph) is wrong.
 * Looks only at the few characters around the break, so the whole repair stays linear in the paragraph.
 */
export function keepTogether(text: string, prev: Span, next: Span, rules: BoundaryRules): boolean {
  const first = firstLetter(text, next)
  // A sentence never starts in lower case: "What now?" he asked. / et ainsi de suite… puis
  if (first !== null && isLower(text.charCodeAt(first))) return true

  let i = prev.end - 1
  let closed = false
  while (i > prev.start && CLOSERS.includes(text[i] as string)) {
    i--
    closed = true
  }
  const mark = text[i]
  if (closed) return mark !== undefined && '.!?…'.includes(mark) && isAttribution(text, next, rules)
  if (mark !== '.') return false

  const word = wordBefore(text, prev.start, i)
  if (!word) return false
  const startsUpper = first !== null && isUpper(text.charCodeAt(first))
  // Initials: В. В. Путин, John F. Kennedy, M. Macron.
  if (word.text.length === 1 && isUpper(word.text.charCodeAt(0)) && startsUpper) return true
  // Ordinals in German: am 1. Januar, die 3. Liga.
  if (rules.language === 'de' && /^\d{1,3}$/.test(word.text)) return true
  // An abbreviation inside a short parenthesis: "Heimo Pfeifenberger (Wr. Neustadt, 1:3) denkt positiv".
  if (inShortParenthesis(text, prev, next)) return true
  if (!rules.abbreviations.has(lowerCase(word.text))) return false
  if (afterNumber(text, prev.start, word.start))
    return countWords(text, prev.start, prev.end) <= MAX_FRAGMENT_WORDS
  return true
}

/** Index of the first letter or digit of `span` within a few opening marks and dashes, or null. */
function firstLetter(text: string, span: Span): number | null {
  const limit = Math.min(span.end, span.start + 4)
  for (let i = span.start; i < limit; i++) {
    const ch = text.charCodeAt(i)
    if (isLetter(ch) || isDigit(ch)) return i
  }
  return null
}

/** The word (letters, digits and inner dots: "U.S", "z", "им") ending just before index `dot`. */
function wordBefore(text: string, from: number, dot: number): { text: string; start: number } | null {
  let s = dot
  while (s > from) {
    const ch = text.charCodeAt(s - 1)
    if (
      isLetter(ch) ||
      isDigit(ch) ||
      (ch === 0x2e /* . */ && s - 1 > from && isLetter(text.charCodeAt(s - 2)))
    )
      s--
    else break
  }
  return s < dot ? { text: text.slice(s, dot), start: s } : null
}

/** How far a short parenthesis may reach on either side of a break inside it. */
const PARENTHESIS_REACH = 30

/**
 * The break lies inside a parenthesis opened shortly before it and closed shortly after, with no sentence end
 * between the break and the closing bracket: "(Wr. Neustadt, 1:3)", not "(He left. The police said nothing.)".
 */
function inShortParenthesis(text: string, prev: Span, next: Span): boolean {
  let opened = false
  for (let i = prev.end - 1; i >= Math.max(prev.start, prev.end - PARENTHESIS_REACH); i--) {
    const c = text[i]
    if (c === ')') return false
    if (c === '(') {
      opened = true
      break
    }
  }
  if (!opened) return false
  for (let i = next.start; i < Math.min(next.end, next.start + PARENTHESIS_REACH); i++) {
    const c = text[i] as string
    if (c === ')') return true
    if (c === '(' || '.!?…'.includes(c)) return false
  }
  return false
}

function afterNumber(text: string, from: number, wordStart: number): boolean {
  let i = wordStart - 1
  while (i >= from && text[i] === ' ') i--
  return i >= from && isDigit(text.charCodeAt(i))
}

/** A short clause with a verb of saying, ending the quotation's sentence: `"…." Flynn said.` */
function isAttribution(text: string, next: Span, rules: BoundaryRules): boolean {
  const words =
    text
      .slice(next.start, next.end)
      .toLowerCase()
      .match(/\p{L}+/gu) ?? []
  if (words.length === 0 || words.length > MAX_ATTRIBUTION_WORDS) return false
  if (!/[.!?…]["»”’]?$/.test(text.slice(next.start, next.end))) return false
  return words.some((w) => rules.speechVerbs.has(w))
}

function countWords(text: string, start: number, end: number): number {
  let n = 0
  let inWord = false
  for (let i = start; i < end; i++) {
    const letter = text.charCodeAt(i) > 32 && text[i] !== '—' && text[i] !== '–'
    if (letter && !inWord) n++
    inWord = letter
  }
  return n
}
