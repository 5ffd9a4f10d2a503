import { lexicons } from '../lang/index'
import type { Language, Span } from '../types'
import { markPromo } from './boilerplate'
import { type Dateline, readDateline } from './dateline'
import { type Header, readHeader } from './header'
import { markHeadings } from './headings'
import { isSpaceCode, segmentRanges } from './sentences'
import { isTitleLine } from './title'
import { countWords, type Token, type TokenPool, tokenize } from './tokens'

export interface Sentence extends Span {
  /** Position of the sentence in the article (0-based, over all sentences). */
  index: number
  paragraph: number
  tokens: Token[]
}

export interface Paragraph extends Span {
  index: number
  /** A heading line (section title): short, no closing punctuation, followed by body text. */
  heading: boolean
  /** 1 for a top heading, 2 for one under a parent heading, 0 when not a heading. */
  level: number
  /** The article's headline written as its first line. */
  title: boolean
  /** Wholly non-prose: a promo line, a linked article's title, a caption or byline line (see boilerplate.ts). */
  promo: boolean
  /** The range of `Document.sentences` indices of this paragraph, half-open. */
  firstSentence: number
  lastSentence: number
}

/** The article as layers of spans over the input, built once; later steps never rescan the raw text. */
export interface Document {
  text: string
  header: Header
  /** The headline line at the top of the text (that paragraph has `title` set), or null. */
  title: Span | null
  /** A dateline opening the body ("МОСКВА, 9 августа. /ТАСС/."); not part of any sentence. */
  dateline: Dateline | null
  paragraphs: Paragraph[]
  sentences: Sentence[]
  wordCount: number
}

/** A first line longer than this is body text, not a headline above a dateline. */
const MAX_HEADLINE_CHARS = 300

/**
 * Builds the document model. `language` selects the segmentation rules (abbreviations, ordinals). With a `pool`,
 * the tokens are the pool's (valid until its next `begin()`); without one, the document's own.
 */
export function buildDocument(text: string, language: Language, pool: TokenPool | null = null): Document {
  const lex = lexicons[language]
  const header = readHeader(text)
  const ranges = paragraphRanges(text, header.end)
  // The dateline opens the first paragraph, or the second after a one-line headline.
  let dateline: Dateline | null = null
  for (const range of ranges.slice(0, 2)) {
    dateline = readDateline(text, range.start, range.end)
    if (dateline || range.end - range.start > MAX_HEADLINE_CHARS) break
  }
  const bodies = dateline
    ? ranges.map((r) =>
        r.start === dateline.start ? { start: skipSpaces(text, dateline.end, r.end), end: r.end } : r,
      )
    : ranges
  const { spans, first: firstSpan } = segmentRanges(text, bodies, language, lex)
  // Made at their final length (one sentence per span, one paragraph per range) rather than pushed to: in Node a
  // list of 16,384 entries or more is a V8 large object, and one grown by pushing makes two more on its way.
  const paragraphs = new Array<Paragraph>(ranges.length)
  const sentences = new Array<Sentence>(spans.length)
  let si = 0
  let wordCount = dateline ? countWords(tokenize(text, dateline.start, dateline.end, lex.elisions)) : 0
  for (let index = 0; index < ranges.length; index++) {
    const range = ranges[index] as Span
    const firstSentence = si
    let prevEnd = range.start
    for (let j = firstSpan[index] as number; j < (firstSpan[index + 1] as number); j++) {
      const s = spans[j] as Span
      const tokens = tokenize(text, s.start, s.end, lex.elisions, pool)
      wordCount += countWords(tokens)
      for (let k = 0; k < tokens.length; k++) {
        const t = tokens[k] as Token
        t.gap = gapOf(text, prevEnd, t.start)
        t.paragraph = index
        t.sentence = si
        t.initial = k === 0 || opensClause(t.gap)
        prevEnd = t.end
      }
      sentences[si] = { start: s.start, end: s.end, index: si, paragraph: index, tokens }
      si++
    }
    // Fields written out rather than spread from `range`: a spread literal takes V8's slow generic copy.
    paragraphs[index] = {
      start: range.start,
      end: range.end,
      index,
      heading: false,
      level: 0,
      title: false,
      promo: false,
      firstSentence,
      lastSentence: si,
    }
  }
  markPromo(text, paragraphs, sentences, lex)
  let title: Span | null = null
  // The headline is the first line that is not a promo or timestamp line ("Media playback is not supported…").
  const first = paragraphs.find((p) => !p.promo)
  if (
    first &&
    first.index <= 2 &&
    paragraphs.length - first.index >= 3 &&
    !(dateline && dateline.start === first.start)
  ) {
    const nextWords = sentences[first.lastSentence]?.tokens.length ?? 0
    if (
      isTitleLine(
        text.slice(first.start, first.end),
        first.lastSentence - first.firstSentence,
        nextWords,
        lex,
      )
    ) {
      first.title = true
      title = { start: first.start, end: first.end }
    }
  }
  markHeadings(text, paragraphs, title && first ? first.index + 1 : 0)
  return { text, header, title, dateline, paragraphs, sentences, wordCount }
}

/** Shared strings for gaps of one character below U+2100 (a space, a comma, "«", "—"), by char code. */
const oneCharGaps: Array<string | undefined> = new Array(0x2100).fill(undefined)
/** Shared strings for the other gaps of one or two characters, by their char codes. */
const shortGaps = new Map<number, string>()

/**
 * The characters between two words. Gaps of one or two characters (" ", ", ", ". ", "«", "\n") are shared strings
 * rather than a new slice per word: at 100k words the slices were most of what the scavenger copied. The
 * commonest, one character, are found by index rather than hashed.
 */
function gapOf(text: string, from: number, to: number): string {
  const len = to - from
  if (len === 0) return ''
  if (len > 2) return text.slice(from, to)
  const first = text.charCodeAt(from)
  if (len === 1 && first < 0x2100) {
    let gap = oneCharGaps[first]
    if (gap === undefined) {
      gap = text.slice(from, to)
      oneCharGaps[first] = gap
    }
    return gap
  }
  const key = len === 1 ? first : first * 0x10000 + text.charCodeAt(from + 1)
  let gap = shortGaps.get(key)
  if (gap === undefined) {
    gap = text.slice(from, to)
    // Bounded: only one- and two-character strings, and a text rarely holds more than a few dozen kinds.
    if (shortGaps.size < 4096) shortGaps.set(key, gap)
  }
  return gap
}

/** The gap ends with an opening mark, a colon or a dash (then spaces): capitals after it prove nothing. */
function opensClause(gap: string): boolean {
  if (gap === ' ') return false
  let i = gap.length - 1
  while (i >= 0 && (gap[i] === ' ' || gap[i] === '\u00a0' || gap[i] === '\n')) i--
  const c = gap[i]
  return (
    c === '«' ||
    c === '“' ||
    c === '"' ||
    c === '„' ||
    c === '‘' ||
    c === '(' ||
    c === ':' ||
    c === '—' ||
    c === '–'
  )
}

/** Non-empty lines after `from`, trimmed, as spans. A blank line and a single newline both end a paragraph. */
function paragraphRanges(text: string, from: number): Span[] {
  const out: Span[] = []
  let lineStart = from
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart)
    if (lineEnd < 0) lineEnd = text.length
    let s = lineStart
    let e = lineEnd
    while (s < e && isSpaceCode(text.charCodeAt(s))) s++
    while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--
    if (e > s) out.push({ start: s, end: e })
    lineStart = lineEnd + 1
  }
  return out
}

function skipSpaces(text: string, from: number, end: number): number {
  let i = from
  while (i < end && isSpaceCode(text.charCodeAt(i))) i++
  return i
}
