import { describe, expect, it } from 'vitest'
import { analyze } from '../../src/engine/index'
import { direct } from './quotes-helpers'

describe('what is not speech', () => {
  it('names, titles and brands in marks (ru)', () => {
    const t =
      'Лидеры провели переговоры в комплексе «Дяоюйтай». Путин вручил Зюганову книгу «Материалы XXIII съезда КПСС». Об этом сообщает «МБХ медиа». Акции «Газпрома» выросли.'
    expect(direct(t, 'ru')).toEqual([])
  })
  it('the title of a bill (ru, uk)', () => {
    expect(
      direct(
        'Депутат Илья Пономарев опроверг, что он автор законопроекта «О запрещении пропаганды русофобии в Российской Федерации».',
        'ru',
      ),
    ).toEqual([])
    expect(
      direct('Нардеп Олег Петренко заявив, що зареєстрував законопроєкт «Про захист прав споживачів».', 'uk'),
    ).toEqual([])
  })
  it('titles of shows and books (en, es)', () => {
    expect(
      direct(
        'On Tuesday’s episode of “The Steve Harvey Morning Show,” the nominee spoke about policing.',
        'en',
      ),
    ).toEqual([])
    expect(
      direct('Aparecerá en el programa "It\'s a Russell Peters Christmas" el próximo 1 de diciembre.', 'es'),
    ).toEqual([])
  })
  it('scare quotes of one or two words', () => {
    expect(direct('При слиянии ядер мишени и «снаряда» возникают ядра нового элемента.', 'ru')).toEqual([])
    expect(direct('Le projet de "relifting" des poteaux ne plaît pas à tout le monde.', 'fr')).toEqual([])
  })
  it('a media name after a verb of saying is not a quote (заявил «ОВД-Инфо», что …)', () => {
    expect(
      direct('Адвокат Михаил Бирюков заявил «ОВД-Инфо», что суд не должен был принимать протокол.', 'ru'),
    ).toEqual([])
  })
  it('a term after "so-called" and its kin is named, not said, in every language', () => {
    const cases = [
      ['en', 'The so-called "special military operation" began in February.'],
      ['ru', 'Так называемая «специальная военная операция» началась в феврале.'],
      ['uk', 'Так звана «спеціальна військова операція» почалася в лютому.'],
      ['de', 'Die sogenannte „spezielle militärische Operation“ begann im Februar.'],
      ['fr', 'La soi-disant « opération militaire spéciale » a commencé en février.'],
      ['es', 'La llamada «operación militar especial» comenzó en febrero.'],
    ] as const
    for (const [language, text] of cases) expect(direct(text, language), text).toEqual([])
    // The same words said by someone stay a quotation.
    expect(direct('"A special military operation began," said John Smith.', 'en')).toEqual([
      ['A special military operation began', 'John Smith', 'quote-verb-speaker'],
    ])
  })
  it('after a noun that introduces names, words in lower case are what was said (ru), a term after "the phrase" (en)', () => {
    expect(
      direct('Иван Петров пообещал, что компания «будет бороться до самого конца».', 'ru').map(([q]) => q),
    ).toEqual(['будет бороться до самого конца'])
    expect(direct('Акционеры компании «Российские железные дороги» собрались в Москве.', 'ru')).toEqual([])
    expect(direct('He was asked if the phrase "bunch of migrants" was pejorative.', 'en')).toEqual([])
  })
  it('a name in marks that is the subject of the next verb is no quotation (no comma or dash between)', () => {
    expect(direct('Die Zeitung „Bild“ berichtete am Montag über den Fall.', 'de')).toEqual([])
    expect(direct('The "Times" reported on Monday that the deal was close.', 'en')).toEqual([])
    expect(direct('"Never," said John Smith.', 'en')).toEqual([['Never', 'John Smith', 'quote-verb-speaker']])
  })
  it('a short sentence in marks is speech in German, where every noun has a capital', () => {
    expect(
      direct(
        'Innenminister Hans Müller trat am Montag vor die Presse. „Das ist das Ende der Debatte.“ Die Opposition widersprach.',
        'de',
      ),
    ).toEqual([['Das ist das Ende der Debatte.', 'Hans Müller', 'previous-sentence-name']])
  })
  it('a short quote with the reporter’s incise after it («…», — сообщили …) is speech, its speaker unknown', () => {
    expect(direct('«Цены будут расти», — сообщили в пресс-службе.', 'ru')).toEqual([
      ['Цены будут расти', null, 'unnamed-speaker'],
    ])
    expect(direct('«Ні», — відповіли в пресс-службі.', 'uk').map(([q]) => q)).toEqual(['Ні'])
    expect(direct('«Газпром» — крупнейшая компания России.', 'ru')).toEqual([])
  })
  it('but a short quote attributed by an inverted verb stays', () => {
    expect(direct('"Eine krasse Fehlentscheidung", meinte Ralf Rangnick am Donnerstag.', 'de')).toEqual([
      ['Eine krasse Fehlentscheidung', 'Ralf Rangnick', 'quote-verb-speaker'],
    ])
  })
  it('a short sentence in marks after an attributed quote is speech, not a name (ru, uk)', () => {
    const cases = [
      {
        language: 'ru',
        text: '«Мы готовы ко всему», — сказала глава профсоюза Елена Коваль. «Работодатели должны двигаться навстречу».',
        quotes: ['Мы готовы ко всему', 'Работодатели должны двигаться навстречу'],
        speaker: 'Елена Коваль',
      },
      {
        language: 'uk',
        text: '«Ми готові до всього», — сказала голова профспілки Олена Коваль. «Роботодавці мають рухатися».',
        quotes: ['Ми готові до всього', 'Роботодавці мають рухатися'],
        speaker: 'Олена Коваль',
      },
    ] as const
    for (const { language, text, quotes, speaker } of cases)
      expect(direct(text, language).map(([quote, who]) => [quote, who])).toEqual(
        quotes.map((q) => [q, speaker]),
      )
  })
  it('a name of three or four words in marks inside a sentence stays a name', () => {
    expect(direct('Акционеры компании «Российские железные дороги» собрались в Москве.', 'ru')).toEqual([])
    expect(direct('Он сыграл в фильме «Время первых героев». Премьера прошла в марте.', 'ru')).toEqual([])
  })
  it('the seed article: its four quotes, «Дяоюйтай» not among them', () => {
    const text =
      'Президент России Владимир Путин и председатель КНДР Ким Чен Ын провели переговоры в комплексе «Дяоюйтай».\n«Очень рад вас видеть и рад тому, что у нас будет возможность поговорить», — сказал Путин.\n«Я думаю, что мы должны добиваться больших успехов», — заявил Ким Чен Ын.'
    const a = analyze({ text, language: 'ru' })
    expect(a.quotes.filter((q) => q.kind === 'direct').map((q) => q.text)).not.toContain('Дяоюйтай')
    for (const q of a.quotes) expect(text.slice(q.start, q.end)).toBe(q.text)
  })
})

describe('a title after a kind noun and the country whose it is', () => {
  it('uk, ru: «Закону України «Про …»», «закону РФ «О полиции»» are titles', () => {
    expect(
      direct(
        'Відповідно до статті 7 Закону України «Про добровільне об’єднання територіальних громад» ОДА звернулася до ЦВК.',
        'uk',
      ),
    ).toEqual([])
    expect(direct('Согласно закону РФ «О полиции» сотрудник обязан представиться.', 'ru')).toEqual([])
  })
})
