import type { Document, Paragraph, Sentence } from '../text/document'
import type { Token } from '../text/tokens'

/**
 * Share of each sentence's characters that stand inside quotation marks. Quotations colour a news story; its
 * facts are in the reporter's own sentences, so a sentence that is mostly quoted makes a weak summary sentence.
 * Marks are followed across a paragraph, so the middle sentences of a long quotation count as quoted too.
 * One pass over the gaps between the words of the paragraphs' sentences.
 */
export function quotedShares(doc: Document): Float64Array {
  const out = new Float64Array(doc.sentences.length)
  for (const p of doc.paragraphs) sharesInParagraph(doc, p, out)
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
 * A sentence's quoted characters are those after an opening mark up to (not including) the closing one; a mark
 * that does not close a quotation it stands in is quoted like any other character. So only the marks need
 * looking at, and a quotation mark is never part of a word token (tokens are letters, digits and inner
 * apostrophes or hyphens): scanning the gaps between the sentence's tokens finds every mark without reading the
 * words, most of the text.
 */
function sharesInParagraph(doc: Document, p: Paragraph, out: Float64Array): void {
  const { text } = doc
  let inside = false
  let german = false
  for (let si = p.firstSentence; si < p.lastSentence; si++) {
    const s = doc.sentences[si] as Sentence
    const tokens = s.tokens
    let quoted = 0
    // Where the quoted run now open began: a quotation carried over from the sentence before runs from its start.
    let runStart = s.start
    let closedWithoutOpening = -1
    let gapStart = s.start
    for (let k = 0; k <= tokens.length; k++) {
      const gapEnd = k < tokens.length ? Math.min((tokens[k] as Token).start, s.end) : s.end
      // By char code: `text[i]` makes a one-character string of every non-Latin-1 character.
      for (let i = gapStart; i < gapEnd; i++) {
        const ch = text.charCodeAt(i)
        if (!isMark(ch)) continue
        if (inside) {
          const closes =
            ch === RIGHT_GUILLEMET || ch === RIGHT_DOUBLE || ch === STRAIGHT || (ch === LEFT_DOUBLE && german)
          if (closes) {
            quoted += i - runStart
            inside = false
          }
        } else if (ch === LEFT_GUILLEMET || ch === LOW_DOUBLE || ch === LEFT_DOUBLE || ch === STRAIGHT) {
          inside = true
          german = ch === LOW_DOUBLE
          runStart = i + 1
        } else if (closedWithoutOpening < 0) closedWithoutOpening = i // » or ”
      }
      if (k < tokens.length) gapStart = Math.max(gapStart, (tokens[k] as Token).end)
    }
    if (inside) quoted += s.end - runStart
    // A closing mark with no opening before it: the quotation began in an earlier, unmarked sentence.
    if (closedWithoutOpening >= 0 && quoted === 0) quoted = closedWithoutOpening - s.start
    out[si] = s.end > s.start ? Math.min(1, quoted / (s.end - s.start)) : 0
  }
}
