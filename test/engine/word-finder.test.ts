import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { lexicons } from '../../src/engine/lang/index'
import { buildWords, type Word } from '../../src/engine/quotes/context'
import { WordFinder } from '../../src/engine/quotes/word-finder'
import { vocabularyOf } from '../../src/engine/speakers/vocabulary'
import { buildDocument } from '../../src/engine/text/document'
import type { Language } from '../../src/engine/types'
import { seedText } from '../helpers'
import { articleText, nastyChar } from '../reliability/arbitraries'
import { budget } from '../reliability/config'

/** The plain definition: the first word, in text order, whose start is at or after `pos`. */
function firstWordAtOrAfter(words: readonly Word[], pos: number): number {
  const i = words.findIndex((w) => w.start >= pos)
  return i < 0 ? words.length : i
}

/** The finder's answer against the definition at every position of the text, a little before and past it too. */
function checkEveryPosition(text: string, language: Language): number {
  const doc = buildDocument(text, language)
  const words = buildWords(doc, vocabularyOf(lexicons[language]))
  const find = new WordFinder(words, text.length)
  for (let pos = -2; pos <= text.length + 40; pos++)
    expect(find.atOrAfter(pos), `position ${pos}`).toBe(firstWordAtOrAfter(words, pos))
  return words.length
}

describe('WordFinder: the first word at or after a character position', () => {
  it('on the sample article, at every position', () => {
    expect(checkEveryPosition(seedText, 'ru')).toBeGreaterThan(500)
  })

  it('where many words start inside one block of the table, and on texts of no word at all', () => {
    // One-letter words: eight starts in 16 characters. Punctuation only: no word, every answer is "none".
    const oneLetterWords = 'a b c d e f g h i j k l m n o p q r s t u v w x y z. '.repeat(5)
    expect(checkEveryPosition(oneLetterWords, 'en')).toBe(130)
    expect(checkEveryPosition('— «…» — !?', 'ru')).toBe(0)
    expect(checkEveryPosition('', 'en')).toBe(0)
  })

  it('on generated articles and on text of hostile characters, in every language', () => {
    const text = fc.oneof(
      articleText,
      fc.array(nastyChar, { maxLength: 300 }).map((cs) => cs.join('')),
    )
    fc.assert(
      fc.property(text, fc.constantFrom<Language>('ru', 'en', 'uk', 'de', 'fr', 'es'), (t, lang) => {
        checkEveryPosition(t, lang)
      }),
      budget(0.01),
    )
  })
})
