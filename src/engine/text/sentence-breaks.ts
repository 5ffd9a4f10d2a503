// The sentence breaks of UAX #29 (what Intl.Segmenter proposes), computed here for lines written in the Latin and
// Cyrillic alphabets with common punctuation: news text in every language quotecast reads. A call into ICU costs
// far more than the scan below, and V8 before 12 (Node 20) copies its whole input for every sentence it hands
// out, so a long line paid a quadratic price. Any character outside the classes this module knows for sure
// (other scripts, combining marks, controls, line separators, rare punctuation) sends the line back to
// Intl.Segmenter: `knownScript` says which lines may be split here. test/engine/segment-property.test.ts checks
// the two against each other, in Node and in workerd.

/** Sentence_Break classes (UAX #29 table 4), and UNKNOWN for what this module leaves to the segmenter. */
const UNKNOWN = 0
const OTHER = 1
const SP = 2
const LOWER = 3
const UPPER = 4
const OLETTER = 5
const NUMERIC = 6
const ATERM = 7
const STERM = 8
const CLOSE = 9
const SCONTINUE = 10

/**
 * Classes of U+0000–U+22FF, one look-up per character on the scan: Basic Latin to Latin Extended-B and Cyrillic by
 * their Unicode properties (IPA, modifiers and Greek are UNKNOWN), then EXTRA; everything else is UNKNOWN.
 */
const TABLE_END = 0x2300
/** Where the classes read from Unicode properties end: U+0000–U+04FF. */
const ALPHABETS_END = 0x500

/** The few characters past the alphabets that news text uses all the time. */
const EXTRA = new Map<number, number>([
  [0x2007, SP], // figure space
  [0x2009, SP], // thin space
  [0x202f, SP], // narrow no-break space
  [0x2013, SCONTINUE], // –
  [0x2014, SCONTINUE], // —
  [0x2010, OTHER], // ‐
  [0x2011, OTHER], // ‑ (non-breaking hyphen)
  [0x2012, OTHER], // ‒
  [0x2015, OTHER], // ― (no dash of SContinue)
  [0x2026, OTHER], // … (no sentence terminator in UAX #29)
  [0x2018, CLOSE], // ‘
  [0x2019, CLOSE], // ’
  [0x201a, CLOSE], // ‚
  [0x201c, CLOSE], // “
  [0x201d, CLOSE], // ”
  [0x201e, CLOSE], // „
  [0x2039, CLOSE], // ‹
  [0x203a, CLOSE], // ›
  [0x2022, OTHER], // •
  [0x2030, OTHER], // ‰
  [0x2032, OTHER], // ′
  [0x2033, OTHER], // ″
  [0x2116, OTHER], // №
  [0x2192, OTHER], // →
  [0x2212, OTHER], // − (minus)
  [0x20ac, OTHER], // €
  [0x20bd, OTHER], // ₽
  [0x20b4, OTHER], // ₴
  [0x2122, OTHER], // ™
])

const table = buildTable()

function buildTable(): Uint8Array {
  const t = new Uint8Array(TABLE_END)
  const explicit: [string, number][] = [
    ['\t \u00a0', SP],
    ['.', ATERM],
    ['!?', STERM],
    [',-:;', SCONTINUE],
    ['"\'()[]{}«»', CLOSE],
    ['0123456789', NUMERIC],
  ]
  for (let c = 0; c < ALPHABETS_END; c++) {
    if (c >= 0x250 && c < 0x400) continue
    const s = String.fromCharCode(c)
    if (/[\p{M}\p{C}\p{N}\p{Z}\p{White_Space}]/u.test(s)) continue
    if (/\p{Lowercase}/u.test(s)) t[c] = LOWER
    else if (/[\p{Uppercase}\p{Lt}]/u.test(s)) t[c] = UPPER
    else if (/\p{Alphabetic}/u.test(s)) t[c] = OLETTER
    else if (/[\p{P}\p{S}]/u.test(s)) t[c] = OTHER
  }
  for (const [chars, k] of explicit) for (const ch of chars) t[ch.charCodeAt(0)] = k
  for (const [code, k] of EXTRA) t[code] = k
  return t
}

function classOf(code: number): number {
  return code < TABLE_END ? (table[code] as number) : UNKNOWN
}

/** Whether every character of `text[start, end)` has a class this module knows: then `splitKnown` may split it. */
export function knownScript(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (classOf(text.charCodeAt(i)) === UNKNOWN) return false
  return true
}

/**
 * Calls `place(start, end)` for each sentence of `text[from, to)` as Intl.Segmenter would cut the string
 * `text.slice(from, to)` (trailing spaces included): the line must pass `knownScript`, and holds no paragraph
 * separator. A break follows a run of terminators (. ! ?), closing marks and spaces, except where UAX #29 says no:
 * a digit right after a full stop (SB6, "2.5"), a capital right after a full stop after a letter (SB7, "U.S"),
 * a lower-case letter as the next letter after a full stop (SB8, "e.g. the"), a comma, colon, semicolon, hyphen
 * or dash (SB8a, «…, — сказал он»). Linear: the look-ahead stops at the next letter or terminator, and the scan
 * resumes where it stopped, so a character is read a few times at most.
 */
export function splitKnown(
  text: string,
  from: number,
  to: number,
  place: (start: number, end: number) => void,
): void {
  let start = from
  let i = from
  while (i < to) {
    const k = classOf(text.charCodeAt(i))
    if (k !== ATERM && k !== STERM) {
      i++
      continue
    }
    const next = i + 1 < to ? classOf(text.charCodeAt(i + 1)) : UNKNOWN
    if (k === ATERM) {
      if (next === NUMERIC) {
        i++
        continue
      }
      const before = i > from ? classOf(text.charCodeAt(i - 1)) : UNKNOWN
      if (next === UPPER && (before === UPPER || before === LOWER)) {
        i++
        continue
      }
    }
    let j = i + 1
    while (j < to && classOf(text.charCodeAt(j)) === CLOSE) j++
    while (j < to && classOf(text.charCodeAt(j)) === SP) j++
    if (j >= to) break
    const after = classOf(text.charCodeAt(j))
    // Another terminator, or a clause going on: no break here; the scan goes on from there.
    if (
      after === ATERM ||
      after === STERM ||
      after === SCONTINUE ||
      (k === ATERM && lowerFollows(text, j, to))
    ) {
      i = j
      continue
    }
    place(start, j)
    start = j
    i = j
  }
  if (start < to) place(start, to)
}

/** SB8: the next letter or terminator from `j` on is a lower-case letter. */
function lowerFollows(text: string, j: number, to: number): boolean {
  for (let i = j; i < to; i++) {
    const k = classOf(text.charCodeAt(i))
    if (k === LOWER) return true
    if (k === UPPER || k === OLETTER || k === ATERM || k === STERM) return false
  }
  return false
}
