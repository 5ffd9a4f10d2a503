import { isSpaceCode } from '../text/sentences'

/**
 * Quotation-mark pairs, by opening mark. A mark can close several styles: „ closes with “ (German, Russian,
 * Ukrainian) or ” (Polish, Hungarian, some news feeds) — CoreNLP pairs „ only with ” and misses the first.
 * Straight and curly marks close each other ("…” and “…"), as careless typing mixes them; a straight opener
 * also closes with the German closing “ ("…lernen.“), where a keyboard made only the closing mark curly.
 */
export const CLOSERS: Readonly<Record<string, string>> = {
  '«': '»',
  '»': '«', // German books: »…«
  '„': '“”"',
  '“': '”"“', // “…“: a German closing mark after an English opener (web copy)
  '”': '”"', // a misdirected opener, only where nothing is open (see scanner)
  '‘': "’'‘",
  '‚': '‘’',
  '‹': '›',
  '›': '‹',
  '"': '"”“',
  "'": "'’",
}

/** Marks that are the same character at both ends: they cannot nest in themselves. */
export const SYMMETRIC = new Set(['"', "'", '”'])

/** Marks that are also apostrophes (don’t, l’État, O'Neil) and so need the letter guard. */
export const APOSTROPHES = new Set(["'", '’', '‘'])

export function isLetterOrDigit(ch: string | undefined): boolean {
  if (ch === undefined) return false
  const c = ch.charCodeAt(0)
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true
  return c > 127 && /[\p{L}\p{N}]/u.test(ch)
}

export function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && ch.length === 1 && isSpaceCharCode(ch.charCodeAt(0))
}

/** Dashes that open a dialogue line or set off an attribution («…», — сказал он). */
export function isDash(ch: string | undefined): boolean {
  return ch !== undefined && ch.length === 1 && isDashCharCode(ch.charCodeAt(0))
}

// The same tests on char codes, for loops over every character of a paragraph: `text[i]` makes a new
// one-character string for any character above U+00FF (every Cyrillic letter, every dash).

/** The text layer's spaces (text/sentences.ts), but for U+FEFF, which never separates a mark from a word here. */
export function isSpaceCharCode(c: number): boolean {
  return c !== 0xfeff && isSpaceCode(c)
}

export function isDashCharCode(c: number): boolean {
  return c === 0x2d || isLongDashCharCode(c)
}

/** — ― –: the dashes proper, not the hyphen-minus, which also joins the parts of a word (Díaz-Ayuso). */
export function isLongDashCharCode(c: number): boolean {
  return c === 0x2014 || c === 0x2013 || c === 0x2015
}

/** A dash with a space on each side (` — `), at i. */
export function isSpacedDashAt(text: string, i: number): boolean {
  return (
    isDashCharCode(text.charCodeAt(i)) &&
    isSpaceCharCode(text.charCodeAt(i - 1)) &&
    isSpaceCharCode(text.charCodeAt(i + 1))
  )
}

/**
 * Where text[from, to) ends on a colon, past spaces ("Pavel Dotchev:", «…, жительница Броваров:»): the colon's index,
 * else -1.
 */
export function finalColon(text: string, from: number, to: number): number {
  let i = to - 1
  while (i > from && isSpaceCharCode(text.charCodeAt(i))) i--
  return i >= from && text.charCodeAt(i) === 0x3a /* : */ ? i : -1
}

/**
 * A paragraph opened by a quotation mark, a dash or a bracket is read as marks, a dialogue line or an aside
 * ("(Laughter.)"), not as a turn's or an answer's words going on without marks.
 */
export function opensWithMarkDashOrBracket(text: string, at: number): boolean {
  const first = text[at] as string
  return first in CLOSERS || first === '(' || isDashCharCode(text.charCodeAt(at))
}
