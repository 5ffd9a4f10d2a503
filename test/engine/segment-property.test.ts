import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { buildDocument } from '../../src/engine/text/document'
import { oneSentence } from '../../src/engine/text/sentences'
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

describe('one-sentence paragraphs', () => {
  // A line `oneSentence` accepts is placed whole without asking Intl.Segmenter: the segmenter must agree that it
  // holds no break but at its end, in every language. Pieces from PIECES plus characters of other scripts and
  // separators the check must refuse (。 ؟ । U+2028 U+0085).
  const more = [
    ...PIECES.filter((p) => !p.includes('\n')),
    '。',
    '؟',
    '।',
    '\u2028',
    '\u0085',
    '«Да»',
    'Ⅻ',
    '½',
  ]
  it('is never claimed where the segmenter would break', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...more), { maxLength: 12 }),
        fc.constantFrom(...LANGUAGES),
        (pieces, language) => {
          const line = pieces.join('')
          if (!oneSentence(line, 0, line.length)) return
          const segments = [...new Intl.Segmenter(language, { granularity: 'sentence' }).segment(line)]
          expect(segments.length).toBeLessThanOrEqual(1)
        },
      ),
      { numRuns: 2000 },
    )
  })

  it('is claimed for ordinary one-sentence lines', () => {
    const one = (line: string) => oneSentence(line, 0, line.length)
    expect(one('Он сказал, что «всё будет хорошо» — и ушёл.')).toBe(true)
    expect(one('Он сказал: «Приду!»')).toBe(true)
    expect(one('He said: "It\'s over."  ')).toBe(true)
    expect(one('Он пришёл. Потом ушёл.')).toBe(false)
    expect(one('В 2020 г. он ушёл')).toBe(false)
    expect(one('1.…')).toBe(false)
  })
})
