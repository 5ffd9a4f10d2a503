import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { lexicons } from '../../src/engine/lang/index'
import { summarize } from '../../src/engine/summary/index'
import { buildDocument } from '../../src/engine/text/document'
import { computeMeta } from '../../src/engine/text/meta'
import { LANGUAGES } from '../../src/engine/types'

const PIECES = [
  'Президент России Владимир Путин провёл переговоры в Пекине. ',
  'The council approved the budget on Monday after a long debate. ',
  '«Очень рад вас видеть», — сказал Путин. ',
  '“He is right,” Flynn said. ',
  'Заявления Путина\n',
  'Также по теме\n',
  'О чем еще говорили — в материале URA.RU.\n',
  'Read more: the budget\n',
  'МОСКВА, 9 августа. /ТАСС/. ',
  'date 2025-09-03 ',
  '\n',
  '\n\n',
  '«',
  '"',
  '...',
  '?',
  ' ',
  'В. В. ',
  'U.S. ',
]

describe('summary invariants', () => {
  it('offsets, order, length and sections hold on any mix of prose, headings, promo and marks', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }),
        fc.constantFrom(...LANGUAGES),
        fc.option(fc.integer({ min: 1, max: 20 }), { nil: undefined }),
        (pieces, language, n) => {
          const text = pieces.join('')
          const doc = buildDocument(text, language)
          const lex = lexicons[language]
          const s = summarize(doc, lex, { summarySentences: n })
          computeMeta(doc, lex, null)
          if (n !== undefined) expect(s.sentences.length).toBeLessThanOrEqual(n)
          let last = -1
          for (const x of s.sentences) {
            expect(text.slice(x.start, x.end)).toBe(x.text)
            expect(x.index).toBeGreaterThan(last)
            expect(x.score).toBeGreaterThanOrEqual(0)
            expect(x.score).toBeLessThanOrEqual(1)
            last = x.index
          }
          if (s.sentences.length > 0) expect(text).toContain(s.lead)
          for (const sec of s.sections) {
            expect(text.slice(sec.start, sec.start + sec.heading.length)).toBe(sec.heading)
            expect(sec.end).toBeLessThanOrEqual(text.length)
          }
          for (const k of s.keywords) expect(k.length).toBeGreaterThan(1)
        },
      ),
      { numRuns: 300 },
    )
  })
})
