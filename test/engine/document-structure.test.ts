import { describe, expect, it } from 'vitest'
import { analyze } from '../../src/engine/index'
import { detectLanguage } from '../../src/engine/lang/detect'
import { buildDocument } from '../../src/engine/text/document'
import { isHeadingLine } from '../../src/engine/text/headings'
import seedText from '../fixtures/seed-ru.txt?raw'

describe('language detection', () => {
  const samples: [string, string][] = [
    ['ru', 'Президент России заявил, что переговоры прошли успешно и стороны договорились о новой встрече.'],
    ['uk', 'Президент України заявив, що переговори пройшли успішно і сторони домовилися про нову зустріч.'],
    ['en', 'The president said the talks had gone well and that both sides had agreed to meet again.'],
    [
      'de',
      'Der Präsident sagte, die Gespräche seien gut verlaufen und beide Seiten wollten sich wieder treffen.',
    ],
    [
      'fr',
      'Le président a déclaré que les discussions s’étaient bien passées et que les deux parties se reverraient.',
    ],
    [
      'es',
      'El presidente dijo que las conversaciones habían ido bien y que ambas partes volverían a reunirse.',
    ],
  ]
  for (const [lang, text] of samples) it(lang, () => expect(detectLanguage(text)).toBe(lang))

  // Letters are counted in either case without lower-casing the sample (detect.ts lowerCode).
  for (const [lang, text] of samples)
    it(`${lang} in capitals`, () => expect(detectLanguage(text.toUpperCase())).toBe(lang))

  it('decides as on the lower-cased text, whatever the case of each letter', () => {
    // Mixed Cyrillic and Latin letters in both cases, Russian- and Ukrainian-only letters among them, and stop
    // words of several languages: the counts, not only clear-cut samples, must not depend on case.
    const pieces = [
      ...'аАыЫэЭъЪёЁіІїЇєЄґҐzZ',
      ' и ',
      ' і ',
      ' the ',
      ' der ',
      ' les ',
      ' el ',
      ' що ',
      ' что ',
    ]
    let seed = 7
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return seed / 2147483648
    }
    for (let n = 0; n < 400; n++) {
      let text = ''
      for (let k = 0; k < 30; k++) text += pieces[Math.floor(random() * pieces.length)]
      expect(detectLanguage(text), text).toBe(detectLanguage(text.toLowerCase()))
    }
  })

  it('counts a stop word by its letters, not by its hash, and the last word of the sample too', () => {
    // detect.ts looks words up by a polynomial hash (base 31) of their code units: "eěr" has the hash of German
    // "für" (e = f − 1, ě = ü + 31), so only the comparison of the letters keeps it from counting as one.
    expect(detectLanguage('eěr eěr eěr eěr the')).toBe('en')
    expect(detectLanguage('für für für für the')).toBe('de')
    // The text ends inside a word: that word is counted as well.
    expect(detectLanguage('the und und')).toBe('de')
  })

  it('weighs the letters only one language uses when no stop word decides', () => {
    expect(detectLanguage('Ñandú')).toBe('es')
    expect(detectLanguage('Straße')).toBe('de')
    expect(detectLanguage('Garçon')).toBe('fr')
    expect(detectLanguage('¿Ganas? ¡Ganas!')).toBe('es')
    expect(detectLanguage('Ganas')).toBe('en')
  })

  it('is not swayed by a Ukrainian place name in a Russian text', () => {
    expect(detectLanguage('Делегация прибыла в Київ, где её встретили представители министерства.')).toBe(
      'ru',
    )
  })
})

describe('headings', () => {
  it('recognises heading lines and rejects prose, dialogue and quotes that end a sentence', () => {
    expect(isHeadingLine('Заявления Путина')).toBe(true)
    expect(isHeadingLine('«Конор может посетить поединок Хабиба с Порье»')).toBe(true)
    expect(isHeadingLine('Он сказал, что приедет.')).toBe(false)
    expect(isHeadingLine('— Вы приедете')).toBe(false)
    expect(isHeadingLine('«Мы приедем.»')).toBe(false)
    expect(isHeadingLine('он сказал')).toBe(false)
  })

  it('gives the seed article six headings, two of them parents of the others', () => {
    const doc = buildDocument(seedText, 'ru')
    const headings = doc.paragraphs.filter((p) => p.heading)
    expect(headings.map((p) => seedText.slice(p.start, p.end))).toEqual([
      'Заявления Путина',
      'Президент РФ был рад провести встречу с коллегой из КНДР',
      'Обсуждение вклада военных КНДР в освобождение курского приграничья',
      'Заявления Ким Чен Ына',
      'Признательность за беседу и разговоры о сотрудничестве',
      'Развитие двусторонних отношений и признательность за оценку действий военных КНДР',
    ])
    expect(headings.map((p) => p.level)).toEqual([1, 2, 2, 1, 2, 2])
  })

  it('takes a run of three heading-like lines for a list of links', () => {
    const text =
      'Labour sources said they were wary of the issue before the election.\n' +
      'Plaid leader no longer ruling out coalition with Labour\n' +
      'AMs to have say on Brexit deal, says Welsh Tory leader\n' +
      'Corbyn’s Labour set for heavy losses, says Stephen Kinnock\n' +
      'Asked if the campaign started too late, she said it probably did.'
    const doc = buildDocument(text, 'en')
    expect(doc.paragraphs.map((p) => p.heading)).toEqual([false, false, false, false, false])
    expect(doc.paragraphs.map((p) => p.promo)).toEqual([false, true, true, true, false])
  })

  it('never takes a promo line or the line after "Также по теме" for a heading', () => {
    const text =
      'Первый абзац статьи о матче.\nТакже по теме\nКак Порье готовится к бою\nТекст после ссылки идёт дальше.'
    const doc = buildDocument(text, 'ru')
    expect(doc.paragraphs.map((p) => p.heading)).toEqual([false, false, false, false])
    expect(doc.paragraphs.map((p) => p.promo)).toEqual([false, true, true, false])
  })
})

describe('meta', () => {
  it('counts words, sentences, paragraphs and reading time at the language speed', () => {
    const a = analyze({ text: 'One two three four five. Six seven eight nine ten.\nEleven twelve.' })
    expect(a.meta).toMatchObject({ words: 12, sentences: 3, paragraphs: 2, title: null, date: null })
    expect(a.meta.readingTimeSeconds).toBe(Math.round((12 / 238) * 60))
  })

  it('reads the date of a dated dateline when there is no date header', () => {
    const a = analyze({
      text: 'MOSCOW, September 3, 2025 (Reuters) - Talks between the two leaders began on Wednesday. They lasted for more than an hour.',
    })
    expect(a.meta.date).toBe('2025-09-03')
    expect(a.summary.sentences[0]?.text).toBe('Talks between the two leaders began on Wednesday.')
  })

  it('detects a German headline line', () => {
    const text =
      'Rangnick-Schelte für Schiris: Mane kein Schwalbenkönig\n' +
      'So zufrieden Ralf Rangnick mit der aktuellen Hochform von Red Bull Salzburg auch ist, so enttäuscht zeigte er sich.\n' +
      'Es gibt derzeit eine gefährliche Tendenz, sagte er.\nDie Liga reagierte nicht.'
    expect(analyze({ text }).meta.title).toBe('Rangnick-Schelte für Schiris: Mane kein Schwalbenkönig')
  })
})
