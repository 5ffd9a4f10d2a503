import type { Language, Span } from '../types'
import { type BoundaryRules, CLOSERS as CLOSING_MARKS, keepTogether } from './boundaries'
import { LETTER, MARK, NUMBER, unitClass } from './chars'
import { scratchInt32, scratchUint8 } from './scratch'
import { knownScript, splitKnown } from './sentence-breaks'

/** Made on first use: most articles never need one, and making the first costs milliseconds (ICU's data). */
const segmenters = new Map<Language, Intl.Segmenter>()

function segmenterFor(language: Language): Intl.Segmenter {
  let s = segmenters.get(language)
  if (!s) {
    s = new Intl.Segmenter(language, { granularity: 'sentence' })
    segmenters.set(language, s)
  }
  return s
}

/**
 * Sentences of each of `ranges` (the paragraphs: sorted, disjoint, each within one line), trimmed, with offsets
 * into `text`. The breaks of UAX #29 are proposed (by sentence-breaks.ts for the Latin and Cyrillic alphabets, by
 * Intl.Segmenter for the rest); `keepTogether` then vetoes the ones they get wrong for news text (abbreviations,
 * initials, ordinals, a quotation's attribution). The segmenter is called on windows of
 * about WINDOW characters that hold several short paragraphs or a part of a long one: its cost per call is high
 * and its cost per character grows with the length of its input, so both one call per line and one call for the
 * whole text scale badly. Every break is judged once: linear time.
 */
export function segmentRanges(
  text: string,
  ranges: readonly Span[],
  language: Language,
  rules: BoundaryRules,
): RangeSentences {
  // One list for all ranges, with offsets, rather than a list per range: a text of 20,000 one-line paragraphs
  // made 20,000 small arrays here, each with room for 17 sentences.
  const spans: Span[] = []
  const first = scratchInt32(ranges.length + 1)
  let r = 0
  const place = (s0: number, e0: number) => {
    while (r < ranges.length && (ranges[r] as Span).end <= s0) r++
    const range = ranges[r]
    if (!range) return
    // Clip to the paragraph: a window also holds line breaks and a dateline that belong to no sentence.
    let s = Math.max(s0, range.start)
    let e = Math.min(e0, range.end)
    while (s < e && isSpaceCode(text.charCodeAt(s))) s++
    while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--
    if (e > s) {
      spans.push({ start: s, end: e })
      first[r + 1] = (first[r + 1] as number) + 1
    }
  }
  // Paragraphs with no possible break before their end are one sentence: placed whole (most news paragraphs of one
  // sentence). Those in the Latin or Cyrillic alphabet are split by this module's own reading of UAX #29
  // (sentence-breaks.ts); only the rest go to the segmenter, in windows of consecutive paragraphs. Each paragraph
  // is a line, and a line break always ends a sentence, so splitting paragraphs apart changes no break.
  const how = scratchUint8(ranges.length)
  for (let k = 0; k < ranges.length; k++) {
    const range = ranges[k] as Span
    // (A line longer than a window is cut into windows all the same, and its pieces bounded: MAX_SENTENCE_CHARS.)
    how[k] =
      range.end - range.start <= WINDOW && oneSentence(text, range.start, range.end)
        ? WHOLE
        : knownScript(text, range.start, range.end)
          ? KNOWN
          : SEGMENTER
  }
  let i = 0
  while (i < ranges.length) {
    const first = ranges[i] as Span
    if (how[i] === WHOLE) {
      place(first.start, first.end)
      i++
      continue
    }
    if (how[i] === KNOWN) {
      // The same windows as the segmenter's, so that a long line is cut where it always was.
      for (let from = first.start; from < first.end; ) {
        const to = windowEnd(text, from, first.end)
        splitKnown(text, from, to, place)
        from = to
      }
      i++
      continue
    }
    let from = first.start
    let j = i + 1
    while (j < ranges.length && how[j] === SEGMENTER && (ranges[j] as Span).end - first.start <= WINDOW) j++
    const last = ranges[j - 1] as Span
    // A window of whole paragraphs, or a long paragraph cut into windows.
    while (from < last.end) {
      const to = j - i > 1 ? last.end : windowEnd(text, from, last.end)
      for (const seg of segmenterFor(language).segment(text.slice(from, to))) {
        place(from + seg.index, from + seg.index + seg.segment.length)
      }
      from = to
    }
    i = j
  }
  for (let k = 0; k < ranges.length; k++) first[k + 1] = (first[k + 1] as number) + (first[k] as number)
  // The repairs, range by range, compacting the list in place: range k's sentences end up at spans[first[k], …).
  let n = 0
  for (let k = 0; k < ranges.length; k++) {
    const from = first[k] as number
    first[k] = n
    n = repair(text, spans, from, first[k + 1] as number, n, rules)
  }
  first[ranges.length] = n
  spans.length = n
  return { spans, first }
}

/** How segmentRanges finds a paragraph's sentences. */
const SEGMENTER = 0
const WHOLE = 1
const KNOWN = 2

/** The sentences of several ranges: those of range k are spans[first[k], first[k + 1]). */
export interface RangeSentences {
  spans: Span[]
  first: Int32Array
}

/**
 * Whether UAX #29 can break `text[start, end)` (one line) nowhere but at its end: no full stop, question or
 * exclamation mark, ellipsis or line separator before the final run of such marks, closing quotes and spaces.
 * Letters, digits, marks, spaces, commas, dashes and quotation marks never end a sentence; any other character
 * outside ASCII is left to the segmenter, so the answer is never "yes" where the segmenter would break.
 */
export function oneSentence(text: string, start: number, end: number): boolean {
  // The final run, read backwards: spaces, closing marks, full stops, question and exclamation marks (which
  // never break among themselves), and one ellipsis before them. Nothing else: "1.…" breaks before the "…".
  let e = end
  while (e > start && isSpaceCode(text.charCodeAt(e - 1))) e--
  while (e > start && CLOSING.has(text.charCodeAt(e - 1))) e--
  while (e > start && STOPS.has(text.charCodeAt(e - 1))) e--
  if (e > start && text.charCodeAt(e - 1) === 0x2026) e--
  for (let i = start; i < e; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x80) {
      if (c === 0x2e || c === 0x21 || c === 0x3f || (c < 0x20 && c !== 0x09)) return false
    } else if (!(unitClass(c) & (LETTER | MARK | NUMBER)) && !INNER.has(c)) return false
  }
  return true
}

const codes = (chars: string) => new Set([...chars].map((ch) => ch.charCodeAt(0)))
const CLOSING = codes(CLOSING_MARKS)
const STOPS = codes('.!?')

/** Non-ASCII characters that never end a sentence: quotation marks, dashes, spaces, common signs. */
const INNER = codes('«»„“”‘’‚‹›—–‑‐‒\u00a0\u2009\u202f\u2007\u00ad€£¥₽₴°№§©®™×·•′″')

/** Sentences of `text[start, end)` (one paragraph); see `segmentRanges`. */
export function segmentSentences(
  text: string,
  start: number,
  end: number,
  language: Language,
  rules: BoundaryRules,
): Span[] {
  return segmentRanges(text, [{ start, end }], language, rules).spans
}

/**
 * Applies the boundary repairs to the raw sentences of one paragraph, spans[from, to), writing the repaired ones
 * from spans[out] on (out ≤ from) and returning where they end. The spans are this module's own (made by
 * `segmentRanges`), so a joined sentence grows its first span: no copy.
 */
function repair(
  text: string,
  spans: Span[],
  from: number,
  to: number,
  out: number,
  rules: BoundaryRules,
): number {
  const start = out
  let n = out
  for (let k = from; k < to; k++) {
    const next = spans[k] as Span
    const prev = n > start ? (spans[n - 1] as Span) : null
    if (!prev) {
      spans[n++] = next
      continue
    }
    const moved = leadingClosers(text, next)
    if (moved > next.start) {
      // « Nous partons. » Puis… — the segmenter left the closing mark (after a space) to the next sentence.
      prev.end = moved
      let s = moved
      while (s < next.end && isSpaceCode(text.charCodeAt(s))) s++
      if (s >= next.end) continue
      next.start = s
    }
    if (next.end - prev.start <= MAX_SENTENCE_CHARS && keepTogether(text, prev, next, rules))
      prev.end = next.end
    else spans[n++] = next
  }
  return n
}

// The segmenter's window. A paragraph longer than 1.5 windows is cut after a sentence end followed by a space
// where there is one (else at a space); a wrong cut is healed by keepTogether. 1,000 characters: as fast per
// character as 2,000 (shorter windows pay the per-call cost, 300 twice over), and V8 before 12 (Node 20) copies
// the whole window for every sentence it hands out, so 2,000 allocated twice as much (a quarter of the engine's
// allocation at 100k words).
const WINDOW = 1000

/**
 * No sentence is joined back together past this length. News sentences stay far below it (the dev set's longest
 * is about 550 characters); past it the text is no prose — 50,000 «слово without a full stop — and the pieces the
 * windows cut are kept as sentences. Every later step then works on word lists of bounded size: V8 pays more
 * per object for objects held in one very large array, and a line of 50,000 words made one such list.
 */
const MAX_SENTENCE_CHARS = 3 * WINDOW

function windowEnd(text: string, from: number, end: number): number {
  if (end - from <= WINDOW * 1.5) return end
  const limit = from + WINDOW
  let space = -1
  for (let i = limit; i > from + WINDOW / 2; i--) {
    if (!isSpaceCode(text.charCodeAt(i))) continue
    if ('.!?…'.includes(text[i - 1] as string)) return i + 1
    if (space < 0) space = i + 1
  }
  if (space > 0) return space
  // No space at all: cut anywhere but inside a surrogate pair.
  const code = text.charCodeAt(limit - 1)
  return code >= 0xd800 && code <= 0xdbff ? limit + 1 : limit
}

const CLOSERS = new Set(['»', '”', '’', '"', ')', ']', '›'])

/** End of a run of closing marks at the start of `span` that is followed by a space or the end; else span.start. */
function leadingClosers(text: string, span: Span): number {
  let i = span.start
  while (i < span.end && CLOSERS.has(text[i] as string)) i++
  if (i === span.start) return span.start
  // A straight quote followed by a letter opens a quotation instead.
  if (i < span.end && !isSpaceCode(text.charCodeAt(i))) return span.start
  return i
}

export function isSpaceCode(code: number): boolean {
  return (
    code === 32 ||
    code === 9 ||
    code === 10 ||
    code === 13 ||
    code === 0xa0 ||
    code === 0x2009 ||
    code === 0x202f ||
    code === 0xfeff
  )
}
