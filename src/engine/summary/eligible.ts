import type { Lexicon } from '../lang'
import { isBoilerplate } from '../text/boilerplate'
import type { Document, Sentence } from '../text/document'
import { scratchUint8 } from '../text/scratch'

/** Fewer words than this is a fragment, a name line or a caption, never a summary sentence. */
const MIN_WORDS = 5

/**
 * Which sentences may appear in a summary: body prose only. Headings, the headline line, datelines (cut off by the
 * document model), promo paragraphs, and promo, byline or caption sentences and fragments are never summary
 * sentences.
 */
export function eligibleSentences(doc: Document, lex: Lexicon): Uint8Array {
  const strict = select(doc, lex, MIN_WORDS)
  // A very short text ("Путин прибыл в Пекин.") is still summarised by its own short sentences.
  return strict.includes(1) ? strict : select(doc, lex, 1)
}

/** 1 for each eligible sentence, 0 for the others (bytes, not a list: see scoreSentences). */
function select(doc: Document, lex: Lexicon, minWords: number): Uint8Array {
  const out = scratchUint8(doc.sentences.length)
  for (const p of doc.paragraphs) {
    if (p.heading || p.title || p.promo) continue
    // A paragraph of one sentence that is its whole line (no dateline before it) was tested as that line when it
    // was marked promo or not (text/boilerplate.ts markPromo): not promo, so no pattern matches its sentence.
    const lineTested = p.lastSentence - p.firstSentence === 1
    for (let i = p.firstSentence; i < p.lastSentence; i++) {
      const s = doc.sentences[i] as Sentence
      const boilerplate =
        lineTested && s.start === p.start && s.end === p.end
          ? false
          : isBoilerplate(doc.text.slice(s.start, s.end), lex)
      out[i] = s.tokens.length >= minWords && !boilerplate ? 1 : 0
    }
  }
  return out
}
