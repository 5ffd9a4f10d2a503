import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { buildDocument } from '../../src/engine/text/document'
import { LANGUAGES } from '../../src/engine/types'

// Pieces that stress the boundary repair: abbreviations, initials, quotes, dashes, odd spaces, lone marks.
const PIECES = [
  'Путин',
  'В. В.',
  'г.',
  'т. е.',
  'Mr.',
  'U.S.',
  'z. B.',
  'M.',
  'EE. UU.',
  '«',
  '»',
  '“',
  '”',
  '"',
  '„',
  ' — ',
  ', — сказал он.',
  ' said.',
  '?',
  '!',
  '.',
  '…',
  '\n',
  '\n\n',
  ' ',
  '\u00a0',
  '2,5',
  '1.',
  'date 2025-09-03 ',
  'МОСКВА, 9 августа. /ТАСС/. ',
  'Заявления Путина\n',
  'слово',
  'Word',
]

describe('document model invariants', () => {
  it('sentences are trimmed, ordered, non-overlapping, inside their paragraph and never empty', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }),
        fc.constantFrom(...LANGUAGES),
        (pieces, language) => {
          const text = pieces.join('')
          const doc = buildDocument(text, language)
          let last = 0
          for (const s of doc.sentences) {
            const t = text.slice(s.start, s.end)
            expect(t.length).toBeGreaterThan(0)
            expect(t).toBe(t.trim())
            expect(s.start).toBeGreaterThanOrEqual(last)
            const p = doc.paragraphs[s.paragraph]
            expect(p && s.start >= p.start && s.end <= p.end).toBe(true)
            for (const tok of s.tokens) expect(text.slice(tok.start, tok.end)).toBe(tok.text)
            last = s.end
          }
        },
      ),
      { numRuns: 300 },
    )
  })
})
