import type { Span } from '../types'

export interface Token extends Span {
  /** The token as written. */
  text: string
  /** Lower-cased form, for lexicon look-ups. */
  lower: string
  /** Starts with an upper-case letter. */
  capitalized: boolean
}

// A word: letters/digits with inner apostrophes, hyphens or dots between digits (2,5 / 80-й / l’État / O'Neil).
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’\-‑][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu

const UPPER_FIRST = /^\p{Lu}/u

/**
 * Word tokens of `text[start, end)` with offsets into `text`. One regex pass over the range, run on `text` itself
 * (no substring per sentence), linear in the range.
 */
export function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = []
  // The regex searches on past `end` for the next word; a range with nothing word-like (only ASCII punctuation)
  // is answered here so that runs of such ranges cannot make the search quadratic.
  if (!mayHaveWord(text, start, end)) return out
  WORD.lastIndex = start
  for (let m = WORD.exec(text); m !== null && m.index < end; m = WORD.exec(text)) {
    let word = m[0]
    // A word that runs past the range (a range cut inside a word) is cut at its end.
    if (m.index + word.length > end) word = word.slice(0, end - m.index)
    const c = word.charCodeAt(0)
    out.push({
      start: m.index,
      end: m.index + word.length,
      text: word,
      lower: word.toLowerCase(),
      capitalized: c < 128 ? c >= 65 && c <= 90 : UPPER_FIRST.test(word),
    })
  }
  return out
}

function mayHaveWord(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i)
    if (c > 127 || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true
  }
  return false
}
