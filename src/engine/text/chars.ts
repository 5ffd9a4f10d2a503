// Unicode character classes by table instead of by regex. The hot loops of the document model and of language
// detection (tokens, words) ask "is this a letter?" once per character; a `/\p{L}/u` test per character, or a
// regex exec per word with its match array, costs far more than the answer. Each BMP code unit is classified
// once per isolate, lazily, by the same Unicode property escapes the regexes used, so the answers are exactly
// theirs; astral code points (surrogate pairs) are classified the same way and memoised in a small map.

/** A letter (\p{L}). */
export const LETTER = 1
/** An upper-case letter (\p{Lu}). */
export const UPPER = 2
/** A combining mark (\p{M}). */
export const MARK = 4
/** A digit or other number (\p{N}). */
export const NUMBER = 8
/** Lower case already: `toLowerCase()` leaves the character as it is (a-z, digits, а-я, é, punctuation…). */
export const LOWER_STABLE = 16
/** A high surrogate: the class is that of the code point it starts (see `classAt`). */
const HIGH = 32
/** A lower-case letter (\p{Ll}). */
export const LOWER = 64
/** Set once a code unit's class is known (so that 0 means "not yet classified"). */
const KNOWN = 128

const P_LETTER = /\p{L}/u
const P_UPPER = /\p{Lu}/u
const P_MARK = /\p{M}/u
const P_NUMBER = /\p{N}/u
const P_LOWER = /\p{Ll}/u

// 64 KiB, filled on demand: an article touches a few hundred distinct code units.
const table = new Uint8Array(0x10000)
const astral = new Map<number, number>()

function classify(s: string): number {
  return (
    (P_LETTER.test(s) ? LETTER : 0) |
    (P_UPPER.test(s) ? UPPER : 0) |
    (P_MARK.test(s) ? MARK : 0) |
    (P_NUMBER.test(s) ? NUMBER : 0) |
    (P_LOWER.test(s) ? LOWER : 0) |
    (s.toLowerCase() === s ? LOWER_STABLE : 0)
  )
}

function fill(code: number): number {
  const k = KNOWN | (code >= 0xd800 && code <= 0xdbff ? HIGH : classify(String.fromCharCode(code)))
  table[code] = k
  return k
}

/**
 * Class bits (LETTER | UPPER | LOWER | MARK | NUMBER | LOWER_STABLE) of the code point that starts at `text[i]`. A surrogate pair is
 * one code point, as in a `u` regex; a lone surrogate has no class. Use `widthAt` to step over it.
 */
export function classAt(text: string, i: number): number {
  const code = text.charCodeAt(i)
  const k = table[code] || fill(code)
  if (!(k & HIGH)) return k & ~(HIGH | KNOWN)
  const low = text.charCodeAt(i + 1)
  if (!(low >= 0xdc00 && low <= 0xdfff)) return 0
  const cp = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000
  let a = astral.get(cp)
  if (a === undefined) {
    a = classify(String.fromCodePoint(cp))
    astral.set(cp, a)
  }
  return a
}

/**
 * Class bits of the one UTF-16 code unit `code`, as a `u` regex tests a one-unit string (`/\p{L}/u.test(text[i])`):
 * a surrogate, alone, has no class.
 */
export function unitClass(code: number): number {
  const k = table[code] || fill(code)
  return k & HIGH ? 0 : k & ~KNOWN
}

/** Code units of the code point starting at `text[i]`: 2 for a surrogate pair, else 1. */
export function widthAt(text: string, i: number): number {
  const code = text.charCodeAt(i)
  if (code < 0xd800 || code > 0xdbff) return 1
  const low = text.charCodeAt(i + 1)
  return low >= 0xdc00 && low <= 0xdfff ? 2 : 1
}

/** A letter or a digit (\p{L} or \p{N}), of one code unit. */
export function letterOrDigitCode(code: number): boolean {
  return (unitClass(code) & (LETTER | NUMBER)) !== 0
}

/** The words (runs of letters and digits) in text[from, to), counted up to `max`. */
export function wordsIn(text: string, from: number, to: number, max = Number.POSITIVE_INFINITY): number {
  let n = 0
  let inWord = false
  for (let i = from; i < to && n < max; i++) {
    const letter = letterOrDigitCode(text.charCodeAt(i))
    if (letter && !inWord) n++
    inWord = letter
  }
  return n
}

/** Some word of [from, to), as written or in lower case, is in `set`. */
export function hasWordOf(text: string, from: number, to: number, set: ReadonlySet<string>): boolean {
  let s = -1
  for (let i = from; i <= to; i++) {
    const letter = i < to && letterOrDigitCode(text.charCodeAt(i))
    if (letter && s < 0) s = i
    else if (!letter && s >= 0) {
      const w = text.slice(s, i)
      if (set.has(w) || set.has(w.toLowerCase())) return true
      s = -1
    }
  }
  return false
}
