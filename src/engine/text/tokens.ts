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

/** Word tokens of `text[start, end)` with offsets into `text`. One regex pass, linear in the range. */
export function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = []
  const slice = text.slice(start, end)
  WORD.lastIndex = 0
  for (let m = WORD.exec(slice); m !== null; m = WORD.exec(slice)) {
    const word = m[0]
    const first = word[0] ?? ''
    out.push({
      start: start + m.index,
      end: start + m.index + word.length,
      text: word,
      lower: word.toLowerCase(),
      capitalized: first !== first.toLowerCase(),
    })
  }
  return out
}
