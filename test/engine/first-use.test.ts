import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { lexicons } from '../../src/engine/lang'
import { isBoilerplate } from '../../src/engine/text/boilerplate'
import { buildDocument } from '../../src/engine/text/document'
import type { Language } from '../../src/engine/types'

// Expressions with letter classes cost milliseconds to compile on their first use, so the engine tests a cheap
// necessary condition first (text/boilerplate.ts, text/dateline.ts). These tests hold it to giving the answers
// the expressions alone would give.

const LANGUAGES = Object.keys(lexicons) as Language[]
const OPENINGS = [
  'by ',
  'By ',
  'von ',
  'par ',
  'por ',
  'фото ',
  'Фото: ',
  'видео ',
  'читайте также ',
  'відео ',
  '',
]
const WORDS = [
  'John',
  'Smith',
  'and',
  '&',
  'Jane',
  'Иван',
  'Петров',
  'ТАСС',
  'x',
  'дом',
  'Müller',
  "O'Neil",
  '.',
  '«Да»',
]

describe('boilerplate: a pattern is compiled only for a line that opens as it does, with the same answers', () => {
  it.each(LANGUAGES)('%s', (language) => {
    const lex = lexicons[language]
    const line = fc
      .tuple(fc.constantFrom(...OPENINGS), fc.array(fc.constantFrom(...WORDS), { maxLength: 6 }))
      .map(([opening, words]) => opening + words.join(' '))
    fc.assert(
      fc.property(line, (text) => {
        expect(isBoilerplate(text, lex)).toBe(lex.boilerplate.some((re) => re.test(text)))
      }),
      { numRuns: 500 },
    )
  })

  it('en: a byline still is one', () => {
    expect(isBoilerplate('by John Smith and Jane Doe', lexicons.en)).toBe(true)
    expect(isBoilerplate('by the way, it rained', lexicons.en)).toBe(false)
  })
})

describe('datelines of every shape pass the cheap test before their expression', () => {
  it.each([
    [
      'ru',
      'МОСКВА, 9 августа. /ТАСС/. Учёные научились определять историю звезды.',
      'МОСКВА, 9 августа. /ТАСС/. ',
    ],
    ['ru', 'Нью-Йорк, 5 сентября. /ТАСС/. Торги открылись ростом.', 'Нью-Йорк, 5 сентября. /ТАСС/. '],
    ['en', 'LOS ANGELES, Sept. 3, 2025 (AP) — Rain fell all day.', 'LOS ANGELES, Sept. 3, 2025 (AP) — '],
    ['en', 'SAN JUAN — The storm passed.', 'SAN JUAN — '],
    ['en', 'NEW YORK CITY, Aug. 9 (Reuters) — Stocks rose.', 'NEW YORK CITY, Aug. 9 (Reuters) — '],
    ['uk', 'КИЇВ, 3 вересня. /Укрінформ/. Дощ ішов увесь день.', 'КИЇВ, 3 вересня. /Укрінформ/. '],
  ] as const)('%s: %s', (language, text, dateline) => {
    const doc = buildDocument(text, language)
    expect(doc.dateline && text.slice(doc.dateline.start, doc.dateline.end)).toBe(dateline)
  })

  it('a first sentence with a comma after four words is no dateline', () => {
    expect(buildDocument('Президент России Владимир Путин, 9 августа, прибыл.', 'ru').dateline).toBeNull()
  })
})
