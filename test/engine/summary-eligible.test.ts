import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Lexicon } from '../../src/engine/lang'
import { lexicons } from '../../src/engine/lang/index'
import { eligibleSentences } from '../../src/engine/summary/eligible'
import { isBoilerplate } from '../../src/engine/text/boilerplate'
import { buildDocument, type Document } from '../../src/engine/text/document'
import seedText from '../fixtures/seed-ru.txt?raw'

// The definition written plainly: every sentence of a body paragraph with enough words that no boilerplate pattern
// matches (with one word enough when that leaves none). eligible.ts skips the patterns for a sentence that is its
// paragraph's whole line, since marking the paragraph promo or not already tried them on that line.
function reference(doc: Document, lex: Lexicon): number[] {
  const pick = (minWords: number) =>
    doc.sentences.map((s) => {
      const p = doc.paragraphs[s.paragraph]
      if (!p || p.heading || p.title || p.promo) return 0
      return s.tokens.length >= minWords && !isBoilerplate(doc.text.slice(s.start, s.end), lex) ? 1 : 0
    })
  const strict = pick(5)
  return strict.includes(1) ? strict : pick(1)
}

describe('summary sentences', () => {
  it('a sentence after a dateline is tested by itself, not as the line it shares with the dateline', () => {
    const text = [
      'Заголовок статьи о встрече',
      'МОСКВА, 9 августа. /ТАСС/. Читайте также подробности о встрече президентов двух стран.',
      'Президенты двух стран встретились в Москве и обсудили торговлю.',
      'Стороны договорились продолжить переговоры в следующем месяце.',
    ].join('\n\n')
    const doc = buildDocument(text, 'ru')
    expect(doc.dateline).not.toBeNull()
    const eligible = eligibleSentences(doc, lexicons.ru)
    const promoted = doc.sentences.find((s) => doc.text.slice(s.start, s.end).startsWith('Читайте'))
    expect(promoted && eligible[promoted.index]).toBe(0)
    expect([...eligible]).toEqual(reference(doc, lexicons.ru))
  })

  it('are those of the plain definition on the sample article', () => {
    const doc = buildDocument(seedText, 'ru')
    expect([...eligibleSentences(doc, lexicons.ru)]).toEqual(reference(doc, lexicons.ru))
  })

  const LINES = {
    ru: [
      'Президенты двух стран встретились в Москве и обсудили торговлю.',
      'Он сказал, что переговоры прошли успешно. Стороны довольны итогами.',
      'Читайте также: новости экономики',
      'Фото: Иван Петров',
      'Подписывайтесь на наш канал в Telegram, чтобы знать больше.',
      'МОСКВА, 9 августа. /ТАСС/. Читайте также подробности о встрече президентов двух стран.',
      'Главное',
      'Коротко.',
    ],
    en: [
      'The two presidents met in London and discussed trade at length.',
      'He said the talks went well. Both sides were pleased with the outcome.',
      'Read more: the latest business news',
      'Photo: John Smith',
      'Follow us on Twitter for all the latest updates from the summit.',
      'LONDON (Reuters) - Read more: the latest business news from the summit today.',
      'Key points',
      'Briefly.',
    ],
  }
  for (const language of ['ru', 'en'] as const) {
    it(`are those of the plain definition on any mix of prose and boilerplate lines (${language})`, () => {
      const lex = lexicons[language]
      fc.assert(
        fc.property(
          fc.array(fc.tuple(fc.constantFrom(...LINES[language]), fc.constantFrom('\n', '\n\n')), {
            maxLength: 14,
          }),
          (lines) => {
            const doc = buildDocument(lines.map(([l, gap]) => l + gap).join(''), language)
            expect([...eligibleSentences(doc, lex)]).toEqual(reference(doc, lex))
          },
        ),
      )
    })
  }
})
