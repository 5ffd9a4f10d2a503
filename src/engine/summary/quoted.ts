import type { Document, Paragraph, Sentence } from '../text/document'

/**
 * Share of each sentence's characters that stand inside quotation marks. Quotations colour a news story; its
 * facts are in the reporter's own sentences, so a sentence that is mostly quoted makes a weak summary sentence.
 * Marks are followed across a paragraph, so the middle sentences of a long quotation count as quoted too.
 * One pass over the text of the paragraphs.
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

function sharesInParagraph(doc: Document, p: Paragraph, out: Float64Array): void {
  const { text } = doc
  let inside = false
  let german = false
  for (let si = p.firstSentence; si < p.lastSentence; si++) {
    const s = doc.sentences[si] as Sentence
    let quoted = 0
    let closedWithoutOpening = -1
    // By char code: `text[i]` makes a one-character string of every non-Latin-1 character (all of Cyrillic).
    for (let i = s.start; i < s.end; i++) {
      const ch = text.charCodeAt(i)
      if (inside) {
        const closes =
          ch === RIGHT_GUILLEMET || ch === RIGHT_DOUBLE || ch === STRAIGHT || (ch === LEFT_DOUBLE && german)
        if (closes) inside = false
        else quoted++
      } else if (ch === LEFT_GUILLEMET || ch === LOW_DOUBLE || ch === LEFT_DOUBLE || ch === STRAIGHT) {
        inside = true
        german = ch === LOW_DOUBLE
      } else if ((ch === RIGHT_GUILLEMET || ch === RIGHT_DOUBLE) && closedWithoutOpening < 0)
        closedWithoutOpening = i
    }
    // A closing mark with no opening before it: the quotation began in an earlier, unmarked sentence.
    if (closedWithoutOpening >= 0 && quoted === 0) quoted = closedWithoutOpening - s.start
    out[si] = s.end > s.start ? Math.min(1, quoted / (s.end - s.start)) : 0
  }
}
