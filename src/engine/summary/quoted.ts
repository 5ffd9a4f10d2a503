import type { Document, Sentence } from '../text/document'
import type { Token } from '../text/tokens'

/**
 * Share of each sentence's characters that stand inside quotation marks. Quotations colour a news story; its
 * facts are in the reporter's own sentences, so a sentence that is mostly quoted makes a weak summary sentence.
 * Marks are followed across a paragraph, so the middle sentences of a long quotation count as quoted too.
 * One pass over the gaps between the words of the sentences. (The summary itself takes the shares from the
 * vocabulary's pass over the tokens, which feeds a QuoteTracker the same gaps: see terms.ts.)
 */
export function quotedShares(doc: Document): Float64Array {
  const out = new Float64Array(doc.sentences.length)
  const quotes = new QuoteTracker(doc.text)
  for (const s of doc.sentences) {
    quotes.sentence(s)
    let gapStart = s.start
    for (const t of s.tokens as readonly Token[]) gapStart = quotes.word(gapStart, t.start, t.end)
    out[s.index] = quotes.share(gapStart)
  }
  return out
}

const LEFT_GUILLEMET = 0xab // «
const RIGHT_GUILLEMET = 0xbb // »
const LEFT_DOUBLE = 0x201c // “
const RIGHT_DOUBLE = 0x201d // ”
const LOW_DOUBLE = 0x201e // „
const STRAIGHT = 0x22 // "

/** One of the six marks above. */
function isMark(ch: number): boolean {
  // « and » are the two codes that OR 0x10 makes 0xbb; “ ” „ are three consecutive codes.
  return ch === STRAIGHT || (ch | 0x10) === RIGHT_GUILLEMET || (ch >= LEFT_DOUBLE && ch <= LOW_DOUBLE)
}

/**
 * Follows the quotation marks through the sentences of a document, in order, fed the words of each sentence.
 *
 * A sentence's quoted characters are those after an opening mark up to (not including) the closing one; a mark
 * that does not close a quotation it stands in is quoted like any other character. So only the marks need
 * looking at, and a quotation mark is never part of a word token (tokens are letters, digits and inner
 * apostrophes or hyphens): scanning the gaps between the sentence's tokens finds every mark without reading the
 * words, most of the text.
 */
export class QuoteTracker {
  private inside = false
  private german = false
  private paragraph = -1
  private start = 0
  private end = 0
  private quoted = 0
  /** Where the quoted run now open began: a quotation carried over from the sentence before runs from its start. */
  private runStart = 0
  private closedWithoutOpening = -1

  constructor(private readonly text: string) {}

  /** Starts the next sentence; a new paragraph closes any quotation left open. */
  sentence(s: Sentence): void {
    if (s.paragraph !== this.paragraph) {
      this.paragraph = s.paragraph
      this.inside = false
      this.german = false
    }
    this.start = s.start
    this.end = s.end
    this.quoted = 0
    this.runStart = s.start
    this.closedWithoutOpening = -1
  }

  /** Reads the gap from `gapStart` up to a word at [start, end) of the sentence; returns where the next gap starts. */
  word(gapStart: number, start: number, end: number): number {
    this.gap(gapStart, Math.min(start, this.end))
    return Math.max(gapStart, end)
  }

  /** Reads the last gap, from `gapStart` to the end of the sentence, and returns the sentence's quoted share. */
  share(gapStart: number): number {
    this.gap(gapStart, this.end)
    const { start, end } = this
    let quoted = this.quoted
    if (this.inside) quoted += end - this.runStart
    // A closing mark with no opening before it: the quotation began in an earlier, unmarked sentence.
    if (this.closedWithoutOpening >= 0 && quoted === 0) quoted = this.closedWithoutOpening - start
    return end > start ? Math.min(1, quoted / (end - start)) : 0
  }

  private gap(from: number, to: number): void {
    const text = this.text
    // By char code: `text[i]` makes a one-character string of every non-Latin-1 character.
    for (let i = from; i < to; i++) {
      const ch = text.charCodeAt(i)
      if (isMark(ch)) this.mark(ch, i)
    }
  }

  private mark(ch: number, i: number): void {
    if (this.inside) {
      const closes =
        ch === RIGHT_GUILLEMET ||
        ch === RIGHT_DOUBLE ||
        ch === STRAIGHT ||
        (ch === LEFT_DOUBLE && this.german)
      if (closes) {
        this.quoted += i - this.runStart
        this.inside = false
      }
    } else if (ch === LEFT_GUILLEMET || ch === LOW_DOUBLE || ch === LEFT_DOUBLE || ch === STRAIGHT) {
      this.inside = true
      this.german = ch === LOW_DOUBLE
      this.runStart = i + 1
    } else if (this.closedWithoutOpening < 0) this.closedWithoutOpening = i // » or ”
  }
}
