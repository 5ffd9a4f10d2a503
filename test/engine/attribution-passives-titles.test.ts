import { describe, expect, it } from 'vitest'
import { direct } from './quotes-helpers'

const speakerOf = (text: string, lang: Parameters<typeof direct>[1]) => direct(text, lang).map(([, s]) => s)

describe('ru, uk: a passive verb of saying has no person as its subject (passiveVerbs)', () => {
  it('ru: «…», — было сказано в эфире goes to no one, not to the man named before', () => {
    const t =
      'Министр Иван Петров приехал в город.\n«Мы построим новую больницу в этом году», — сказал он.\n«Большая стройка начнется завтра», — было сказано в эфире.'
    expect(direct(t, 'ru')).toEqual([
      ['Мы построим новую больницу в этом году', 'Иван Петров', 'quote-verb-speaker'],
      ['Большая стройка начнется завтра', null, 'unnamed-speaker'],
    ])
  })
  it('uk: «…», – йдеться в описі goes to no one, not to the singer named before', () => {
    const t =
      'Співачка Марія Коваль випустила нову пісню.\n"Героїня пісні живе в моменті, коли стає сильнішою", - йдеться в описі.'
    expect(speakerOf(t, 'uk')).toEqual([null])
  })
  it('ru: an institution after the passive verb still speaks («сообщается на сайте Минздрава»)', () => {
    const t =
      'Министр Иван Петров приехал в город.\n«Новая больница откроется в этом году», — сообщается на сайте Минздрава.'
    expect(speakerOf(t, 'ru')).toEqual(['Минздрав'])
  })
})

describe('a quotation before another whose attribution is a document shares it', () => {
  it('ru: «…», опубликовал «…», говорится в решении суда', () => {
    const t =
      'Военный Петр Сидоров, находясь на службе «в качестве водителя», опубликовал снимки «в социальную сеть Instagram», говорится в решении Псковского гарнизонного военного суда.'
    expect(speakerOf(t, 'ru')).toEqual([
      'Псковский гарнизонный военный суд',
      'Псковский гарнизонный военный суд',
    ])
  })
})

describe('ru, uk: the title of a code’s article in marks is no quotation', () => {
  it('ru: «по ч. 2 ст. 159 УК РФ «…»»', () => {
    const t =
      'Суд рассмотрел дело Ивана Смирнова по ч. 2 ст. 159 УК РФ «Мошенничество, совершенное группой лиц по предварительному сговору».'
    expect(direct(t, 'ru')).toEqual([])
  })
  it('uk: «за ч. 1 ст. 185 КК України «…»»', () => {
    const t = 'Чоловіка засудили за ч. 1 ст. 185 КК України «Крадіжка, вчинена повторно, у великих розмірах».'
    expect(direct(t, 'uk')).toEqual([])
  })
})

describe('a name in marks inside the reporter’s sentence stays a name before an incise', () => {
  it('uk: у рамках фестивалю “…”, повідомляє “…”', () => {
    const t = 'Концерт гурту відбудеться у рамках фестивалю “Співоче поле”, повідомляє “Доба”.'
    expect(direct(t, 'uk')).toEqual([])
  })
  it('ru: a quotation that opens its sentence keeps its incise («…», — рассказал он)', () => {
    const t = 'Иван Петров вернулся домой.\n«Новый день», — рассказал Петров.'
    expect(speakerOf(t, 'ru')).toEqual(['Иван Петров'])
  })
})

describe('ru: an incise inside one pair of marks may close on a dash without its comma', () => {
  it('«…, — рассказывает он — …» splits the quotation and finds the author named before', () => {
    const t =
      'В апреле выходит новая книга Леонида Золотаревского.\n«Это как мозаика, — рассказывает он — факты и заметки складываются в одну картину жизни.»'
    expect(direct(t, 'ru')).toEqual([
      ['Это как мозаика', 'Леонид Золотаревский', 'split-quote'],
      ['факты и заметки складываются в одну картину жизни.', 'Леонид Золотаревский', 'split-quote'],
    ])
  })
})

describe('more verbs of saying', () => {
  it('ru: изложили; uk: виклали', () => {
    expect(
      speakerOf('«Подсудимый нарушил порядок в зале суда», — изложили в пресс-службе прокуратуры.', 'ru'),
    ).toEqual(['пресс-служба прокуратуры'])
    expect(
      speakerOf('"Підсудний порушив порядок у залі суду", - виклали у прес-службі прокуратури.', 'uk'),
    ).toEqual(['прес-служба прокуратури'])
  })
})

describe('after a name in marks and "and", another name', () => {
  it('es: con “…” y “…”', () => {
    const t =
      'El viernes se celebrará el ciclo de la directora Ana Ruiz con “Luisa se fue” y “Un viaje al fondo de la casa”.'
    expect(direct(t, 'es')).toEqual([])
  })
  it('ru: с фильмами «…» и «…»', () => {
    const t = 'Режиссер приедет в город с фильмами «Брат» и «Вечер в доме у старой реки».'
    expect(direct(t, 'ru')).toEqual([])
  })
  it('en: a quotation after "and" and a quotation is still one', () => {
    const t = 'She said “we are ready” and “we will win the final match this year”, the coach recalled.'
    expect(direct(t, 'en').map(([q]) => q)).toEqual(['we are ready', 'we will win the final match this year'])
  })
})

describe('uk: «було сказано» has no person as its subject either', () => {
  it('“…”, – було сказано в ефірі', () => {
    const t =
      'Президент Петро Коваль сів за кермо потяга.\n“Клас”, – сказав Коваль.\n“Велике будівництво: нова залізниця”, – було сказано в ефірі.'
    expect(speakerOf(t, 'uk')).toEqual(['Петро Коваль', null])
  })
})

describe('a quotation marked only at its two ends runs over paragraphs however they are set apart', () => {
  const body = [
    'Про це повідомив мер міста Андрій Білоусов.',
    '“Надалі картини стануть частиною великої виставки у Палаці мистецтв.',
    'Роботи на тему кобзарства мають велику цінність.',
    'Дякую художникам з різних регіонів України за їхню працю.',
    'Ще одне підтвердження: хто пам’ятає, той перемагає”, – йдеться у повідомленні.',
  ]
  it.each([
    ['one line break', '\n'],
    ['a blank line', '\n\n'],
  ])('uk: four paragraphs after %s', (_, br) => {
    const quotes = direct(body.join(br), 'uk')
    expect(quotes).toHaveLength(1)
    expect(quotes[0]?.[0]).toMatch(/^Надалі картини .* той перемагає$/s)
  })
})

describe('a Roman numeral in capitals is no organisation', () => {
  it('ru: «оргкомитетом XIX фестиваля» does not speak for «говорится в сообщении»', () => {
    const t =
      'Выставку подготовил оргкомитет XIX Всемирного фестиваля молодежи.\n«Другую часть экспозиции составят экспонаты, собранные жителями города», - говорится в сообщении.'
    expect(speakerOf(t, 'ru')).toEqual([null])
  })
})

describe('uk: a document’s owner is the institution that was a subject, not one governed after it', () => {
  it('«повідомляє пресслужба поліції … доставили в Печерське управління поліції … йдеться у повідомленні»', () => {
    const t =
      'Про це повідомляє пресслужба поліції Києва.\nЗазначається, що чоловіка доставили в Печерське управління поліції.\n«Під час патрулювання поліцейські помітили підозрілого чоловіка з гранатою», - йдеться у повідомленні.'
    expect(speakerOf(t, 'uk')).toEqual(['пресслужба поліції Києва'])
  })
})

describe('de: a quotation opened with “ may close with the German “', () => {
  it('“Es rollt alles, was rollen kann“, betonte er.', () => {
    const t =
      'Der Spediteur Hans Müller spricht von einem guten Jahr.\n“Es rollt alles, was rollen kann“, betonte er.\nDie Branche wächst weiter.'
    expect(direct(t, 'de')).toEqual([
      ['Es rollt alles, was rollen kann', 'Hans Müller', 'quote-verb-speaker'],
    ])
  })
  it('an English “…” pair is unchanged', () => {
    const t = 'Mayor Jane Smith opened the bridge.\n“It is a great day for the city,” she said.'
    expect(speakerOf(t, 'en')).toEqual(['Jane Smith'])
  })
})
