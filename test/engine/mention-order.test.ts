import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { lexicons } from '../../src/engine/lang/index'
import { buildWords } from '../../src/engine/quotes/context'
import { SpeakerModel } from '../../src/engine/speakers/model'
import { vocabularyOf } from '../../src/engine/speakers/vocabulary'
import { buildDocument } from '../../src/engine/text/document'
import type { Language } from '../../src/engine/types'
import { seedText } from '../helpers'
import { articleText } from '../reliability/arbitraries'
import { budget } from '../reliability/config'

/** The model of a text's words, as the quote stage builds it (quotation words not yet marked). */
function modelOf(text: string, language: Language): SpeakerModel {
  const doc = buildDocument(text, language)
  const v = vocabularyOf(lexicons[language])
  return new SpeakerModel(buildWords(doc, v), text, v)
}

describe('the speaker model indexes mentions by sentence', () => {
  // sentenceFirst/sentenceEnd are offsets into `mentions`: right only while mentions are in text order.
  const check = (model: SpeakerModel) => {
    const { mentions, words } = model
    for (let k = 1; k < mentions.length; k++)
      expect((mentions[k - 1] as { from: number }).from).toBeLessThan((mentions[k] as { from: number }).from)
    for (const [k, m] of mentions.entries()) {
      const s = (words[m.from] as { sentence: number }).sentence
      expect(model.sentenceFirst(s)).toBeLessThanOrEqual(k)
      expect(model.sentenceEnd(s)).toBeGreaterThan(k)
    }
    expect(model.sentenceFirst(-1)).toBe(model.sentenceEnd(-1))
    expect(model.sentenceFirst(1e9)).toBe(model.sentenceEnd(1e9))
  }

  it('on the sample article: every mention in its own sentence run, in text order', () => {
    const model = modelOf(seedText, 'ru')
    expect(model.mentions.length).toBeGreaterThan(10)
    check(model)
  })

  it('on generated articles in every language', () => {
    fc.assert(
      fc.property(articleText, fc.constantFrom<Language>('ru', 'en', 'uk', 'de', 'fr', 'es'), (text, lang) =>
        check(modelOf(text, lang)),
      ),
      budget(0.02),
    )
  })
})
