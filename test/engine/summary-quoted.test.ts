import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { lexicons } from '../../src/engine/lang/index'
import { quotedShares } from '../../src/engine/summary/quoted'
import { Vocabulary } from '../../src/engine/summary/terms'
import { buildDocument, type Document } from '../../src/engine/text/document'
import { LANGUAGES } from '../../src/engine/types'

/** The definition: every character of every sentence read in turn, marks followed across a paragraph. */
function reference(doc: Document): number[] {
  const out = new Array<number>(doc.sentences.length).fill(0)
  for (const p of doc.paragraphs) {
    let inside = false
    let german = false
    for (let si = p.firstSentence; si < p.lastSentence; si++) {
      const s = doc.sentences[si]
      if (!s) continue
      let quoted = 0
      let closedWithoutOpening = -1
      for (let i = s.start; i < s.end; i++) {
        const ch = doc.text[i]
        if (inside) {
          if (ch === '»' || ch === '”' || ch === '"' || (ch === '“' && german)) inside = false
          else quoted++
        } else if (ch === '«' || ch === '„' || ch === '“' || ch === '"') {
          inside = true
          german = ch === '„'
        } else if ((ch === '»' || ch === '”') && closedWithoutOpening < 0) closedWithoutOpening = i
      }
      if (closedWithoutOpening >= 0 && quoted === 0) quoted = closedWithoutOpening - s.start
      out[si] = s.end > s.start ? Math.min(1, quoted / (s.end - s.start)) : 0
    }
  }
  return out
}

const PIECES = [
  'Путин провёл переговоры',
  'The council approved it',
  'word',
  '80-й',
  "l'État",
  ' ',
  ', ',
  '. ',
  '? ',
  '\n',
  '\n\n',
  '«',
  '»',
  '“',
  '”',
  '„',
  '"',
  '—',
  '…',
  '😀',
]

// The quoted shares read only the gaps between a sentence's tokens; they must agree with reading every character.
describe('quoted shares', () => {
  it('equal the character-by-character definition on any mix of words, spaces and marks', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }),
        fc.constantFrom(...LANGUAGES),
        (pieces, language) => {
          const doc = buildDocument(pieces.join(''), language)
          const expected = reference(doc)
          expect([...quotedShares(doc)]).toEqual(expected)
          // The summary takes them from the vocabulary's one pass over the tokens.
          expect([...new Vocabulary(doc, lexicons[language]).quoted]).toEqual(expected)
        },
      ),
      { numRuns: 500 },
    )
  })
})
