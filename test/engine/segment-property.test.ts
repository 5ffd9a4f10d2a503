import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { buildDocument } from '../../src/engine/text/document'
import { knownScript, splitKnown } from '../../src/engine/text/sentence-breaks'
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

describe('sentence breaks without the segmenter', () => {
  // splitKnown must cut a line exactly where Intl.Segmenter does (here: in workerd's ICU, the one the Worker
  // uses), for every line knownScript lets through. The characters: every one knownScript accepts, drawn evenly,
  // and the ones the rules turn on drawn far more often.
  const alphabet: string[] = []
  for (let c = 0; c < 0x2300; c++) {
    const ch = String.fromCharCode(c)
    if (knownScript(ch, 0, 1)) alphabet.push(ch)
  }
  const rulePieces = [
    ...'.!?  ,:;-—–"\'«»„“”‘’()…1aBяЖßªǅƻ\u00a0\u2009',
    'U.S.',
    'e.g. the',
    '2.5',
    ', — сказал он.',
    '?!',
  ]
  const splitAsList = (line: string) => {
    const out: string[] = []
    splitKnown(line, 0, line.length, (a, b) => out.push(line.slice(a, b)))
    return out
  }

  it('knows the characters of news text in the Latin and Cyrillic alphabets, and no others', () => {
    expect(alphabet.length).toBeGreaterThan(700)
    const known = (line: string) => knownScript(line, 0, line.length)
    expect(known('Он сказал: «Приду!» — и ушёл… Потом, в 2020 г., — нет.')).toBe(true)
    expect(known('Ein „Zitat“, l’État, São Paulo ‒ 5 € № 3 ½')).toBe(false) // ½: a number the table leaves out
    for (const other of ['。', '؟', '।', '\u2028', '\u0085', '\r', '\u0301', '\u00ad', 'α', '\ud83d\ude00'])
      expect(known(`a.${other} b`)).toBe(false)
  })

  it('cuts a line where Intl.Segmenter cuts it, in every language', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...rulePieces), fc.constantFrom(...alphabet)), { maxLength: 30 }),
        fc.constantFrom(...LANGUAGES),
        (pieces, language) => {
          const line = pieces.join('')
          if (!knownScript(line, 0, line.length)) return
          const segments = [...new Intl.Segmenter(language, { granularity: 'sentence' }).segment(line)]
          expect(splitAsList(line)).toEqual(segments.map((x) => x.segment))
        },
      ),
      { numRuns: 3000 },
    )
  })

  it('cuts where the rules say', () => {
    expect(splitAsList('Он пришёл. Потом ушёл!  А я? Нет.')).toEqual([
      'Он пришёл. ',
      'Потом ушёл!  ',
      'А я? ',
      'Нет.',
    ])
    expect(splitAsList('In the U.S. he said 2.5. Then e.g. the rest.')).toEqual([
      'In the U.S. he said 2.5. ',
      'Then e.g. the rest.',
    ])
    expect(splitAsList('«Приду.» — сказал он. «Нет!» Она ушла.')).toEqual([
      '«Приду.» — сказал он. ',
      '«Нет!» ',
      'Она ушла.',
    ])
  })
})
