import { describe, expect, it } from 'vitest'
import { buildDocument } from '../../src/engine/text/document'
import type { Language } from '../../src/engine/types'

/** The sentences of `text` as the document model cuts them, checking the offsets invariant on the way. */
function sentences(text: string, language: Language): string[] {
  const doc = buildDocument(text, language)
  return doc.sentences.map((s) => {
    const t = text.slice(s.start, s.end)
    expect(t).toBe(t.trim())
    return t
  })
}

describe('sentence segmentation: abbreviations and initials', () => {
  it('ru: initials, г., им., т. е.', () => {
    expect(
      sentences('Президент В. В. Путин прибыл в г. Москва. Это т. е. важно. Музей им. Пушкина открыт.', 'ru'),
    ).toEqual(['Президент В. В. Путин прибыл в г. Москва.', 'Это т. е. важно.', 'Музей им. Пушкина открыт.'])
  })

  it('ru: "г." after a year ends a sentence unless the fragment is too short to be one', () => {
    expect(sentences('В 2020 г. Путин приехал. Это было в 1999 г. Потом всё изменилось.', 'ru')).toEqual([
      'В 2020 г. Путин приехал.',
      'Это было в 1999 г.',
      'Потом всё изменилось.',
    ])
  })

  it('uk: initials, м., т. зв.', () => {
    expect(sentences('Президент В. Зеленський прибув до м. Київ. Це т. зв. візит.', 'uk')).toEqual([
      'Президент В. Зеленський прибув до м. Київ.',
      'Це т. зв. візит.',
    ])
  })

  it('en: Mr., Dr., U.S., St.', () => {
    expect(
      sentences(
        'Mr. Smith met Dr. Jones in the U.S. on Monday. St. Louis is big. The U.S. Army responded.',
        'en',
      ),
    ).toEqual([
      'Mr. Smith met Dr. Jones in the U.S. on Monday.',
      'St. Louis is big.',
      'The U.S. Army responded.',
    ])
  })

  it('en: a middle initial', () => {
    expect(sentences('John F. Kennedy spoke. Then he left.', 'en')).toEqual([
      'John F. Kennedy spoke.',
      'Then he left.',
    ])
  })

  it('de: z. B. and ordinals', () => {
    expect(sentences('Das ist z. B. gut. Am 1. Januar kam er. Die 3. Liga spielt.', 'de')).toEqual([
      'Das ist z. B. gut.',
      'Am 1. Januar kam er.',
      'Die 3. Liga spielt.',
    ])
  })

  it('fr: M. and Mme, a closing guillemet after a space', () => {
    expect(sentences('M. Macron a dit « Nous partons. » Puis il est parti. Mme Dupont aussi.', 'fr')).toEqual(
      ['M. Macron a dit « Nous partons. »', 'Puis il est parti.', 'Mme Dupont aussi.'],
    )
  })

  it('es: Sr., Dra., EE. UU.', () => {
    expect(sentences('El Sr. García dijo "vamos". La Dra. López llegó a EE. UU. ayer.', 'es')).toEqual([
      'El Sr. García dijo "vamos".',
      'La Dra. López llegó a EE. UU. ayer.',
    ])
  })

  it('keeps decimal numbers whole', () => {
    expect(sentences('Переговоры длились 2,5 часа. Рост составил 3.5 процента.', 'ru')).toEqual([
      'Переговоры длились 2,5 часа.',
      'Рост составил 3.5 процента.',
    ])
  })
})

describe('sentence segmentation: quotations keep their attribution', () => {
  it('ru: «…», — сказал Путин. is one sentence', () => {
    expect(sentences('«Очень рад вас видеть», — сказал Путин. Потом он ушёл.', 'ru')).toEqual([
      '«Очень рад вас видеть», — сказал Путин.',
      'Потом он ушёл.',
    ])
  })

  it('ru: a question in quotes followed by the dash attribution', () => {
    expect(sentences('«Что делать?» — спросил он. Ответа не было.', 'ru')).toEqual([
      '«Что делать?» — спросил он.',
      'Ответа не было.',
    ])
  })

  it('ru: a quotation of several sentences keeps its closing mark and attribution with the last one', () => {
    const out = sentences('«Хочу отметить это. Я хочу вас поблагодарить», — заявил президент России.', 'ru')
    expect(out.at(-1)).toBe('Я хочу вас поблагодарить», — заявил президент России.')
  })

  it('en: “…,” Flynn said. and "…?" he asked.', () => {
    expect(sentences('“He is right,” Flynn said. "What now?" he asked. Then he left.', 'en')).toEqual([
      '“He is right,” Flynn said.',
      '"What now?" he asked.',
      'Then he left.',
    ])
  })

  it('en: a short attribution after a full stop inside the marks is not orphaned', () => {
    expect(sentences('"We are going." Flynn said. Then he left.', 'en')).toEqual([
      '"We are going." Flynn said.',
      'Then he left.',
    ])
  })

  it('de: a quotation after a colon', () => {
    expect(sentences('Er sagte: "Wir gehen." Dann ging er.', 'de')).toEqual([
      'Er sagte: "Wir gehen."',
      'Dann ging er.',
    ])
  })
})

describe('datelines', () => {
  it('ru: МОСКВА, 9 августа. /ТАСС/. is cut off the first sentence', () => {
    const text = 'МОСКВА, 9 августа. /ТАСС/. Учёные научились определять историю звезды. Это важно.'
    const doc = buildDocument(text, 'ru')
    expect(doc.dateline && text.slice(doc.dateline.start, doc.dateline.end)).toBe(
      'МОСКВА, 9 августа. /ТАСС/. ',
    )
    expect(sentences(text, 'ru')[0]).toBe('Учёные научились определять историю звезды.')
  })

  it('ru: Москва. 22 мая. INTERFAX.RU -', () => {
    const text = 'Москва. 22 мая. INTERFAX.RU - Тренерскому штабу есть над чем поработать.'
    expect(sentences(text, 'ru')).toEqual(['Тренерскому штабу есть над чем поработать.'])
  })

  it('en: WASHINGTON (Reuters) - and a dated dateline', () => {
    expect(sentences('WASHINGTON (Reuters) - The Fed raised rates. Markets fell.', 'en')[0]).toBe(
      'The Fed raised rates.',
    )
    const doc = buildDocument('LONDON, Sept. 3, 2025 (AP) — Rain fell all day. Nobody came.', 'en')
    expect(doc.dateline?.date).toBe('2025-09-03')
  })

  it('does not take an ordinary first sentence for a dateline', () => {
    const text = 'Москва, 5 июля 2020 года стала местом встречи. Это важно.'
    expect(buildDocument(text, 'ru').dateline).toBeNull()
  })
})
