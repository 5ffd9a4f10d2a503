import { describe, expect, it } from 'vitest'
import { direct } from './quotes-helpers'

/** The speaker and method of the quotation in the text's first line. */
function headline(text: string, language: Parameters<typeof direct>[1]) {
  const first = direct(text, language)[0]
  return first ? [first[1], first[2]] : null
}

describe('quotations in headlines, which quote without verbs', () => {
  it('ru, uk: a headline of a name, a colon and words without marks quotes a person the article names again', () => {
    const ru = [
      'Олег Знарок: В раздевалке был серьёзный разговор',
      'После матча со сборной Казахстана комментарий дал главный тренер Олег Знарок.',
      '«Есть недовольство сегодняшней игрой», — сказал он.',
    ].join('\n')
    expect(direct(ru, 'ru')[0]).toEqual([
      'В раздевалке был серьёзный разговор',
      'Олег Знарок',
      'speaker-colon',
    ])
    // A topic before the colon is no one: «Вбивство Захарченка», «СМИ».
    const topic = [
      'Вбивство Захарченка: слідство встановило нові деталі',
      'Олександр Захарченко загинув у кафе в центрі Донецька.',
      'Слідчі повідомили подробиці.',
    ].join('\n')
    expect(direct(topic, 'uk')).toEqual([])
    // In English such a line is the reporter's summary, no quotation.
    const en = [
      'Centeno: More Confident About Disinflation',
      'Mário Centeno said on Friday that the Council was more confident.',
      'He spoke in Lisbon.',
    ].join('\n')
    expect(direct(en, 'en')).toEqual([])
  })
  it('a line that opens with a person’s name and a colon is theirs (en, ru)', () => {
    // (Another name in the line, one the prose capitalises too, keeps the one-name rule out: the words of a title-case
    // line that the prose does not capitalise, "Local Voters", are no names.)
    const en = [
      'Smith: Voters Are Angry With Jones About Taxes; It’s ‘Out of Control Now.’',
      'In an interview on Monday, pollster John Smith said that voters were angry with Mayor Jones about the taxes.',
    ].join('\n')
    expect(headline(en, 'en')).toEqual(['John Smith', 'headline-speaker'])
    const local = [
      'Smith: Local Voters Are Angry About Taxes; It’s ‘Out of Control Now.’',
      'In an interview on Monday, pollster John Smith said that voters were angry about the new taxes.',
    ].join('\n')
    expect(headline(local, 'en')?.[0]).toBe('John Smith')
    const ru = [
      'Лавров: Запад пытается «переписать историю этой войны»',
      'Министр иностранных дел России Сергей Лавров выступил в среду на конференции в Москве.',
    ].join('\n')
    // (Here the name is also the only one of the quotation's sentence.)
    expect(headline(ru, 'ru')?.[0]).toBe('Сергей Лавров')
  })
  it('but not when the line names, after the colon, the person it judges — whose words it quotes', () => {
    const en = [
      'FactCheck: Joe Biden Is Wrong About ‘Record Low Inflation’',
      'FactCheck looked at the numbers behind the claim on Monday and found them wanting.',
    ].join('\n')
    expect(headline(en, 'en')).toEqual(['Joe Biden', 'one-name-sentence'])
  })
  it('a headline that repeats most words of an attributed quotation takes its speaker (ru, en)', () => {
    const ru = [
      '«Цены на хлеб вырастут уже весной»',
      'Пекари предупредили о подорожании.',
      '«Мы ожидаем, что цены на хлеб вырастут уже весной», — сказал глава союза пекарей Иван Петров.',
    ].join('\n')
    expect(headline(ru, 'ru')).toEqual(['Иван Петров', 'echo'])
    const en = [
      '‘We will not back down on pensions’',
      'The union met on Tuesday.',
      '"We will not back down on pensions or on wages," union leader Jane Doe said.',
    ].join('\n')
    expect(headline(en, 'en')).toEqual(['Jane Doe', 'echo'])
    // ё and е are one letter to the comparison: a headline writes «Живём», the body «Живем».
    const yo = [
      '«Мы живём тут с трещиной ещё с девятого этажа»',
      'Жильцы оценили работу коммунальных служб.',
      '«Мы живем тут с трещиной еще с девятого этажа», — сказала пенсионерка Валентина Яшина.',
    ].join('\n')
    expect(headline(yo, 'ru')).toEqual(['Валентина Яшина', 'echo'])
  })
  it('a headline that opens with a quotation as its own sentence, with no full stop at the end, is one too (uk)', () => {
    const uk = [
      '"Ми не підвищуватимемо тарифи". У Міністерстві енергетики відповіли на чутки про подорожчання світла',
      'У понеділок кілька видань написали, що тарифи на електроенергію зростуть з січня.',
      '"Ми не підвищуватимемо тарифи до кінця опалювального сезону", – заявила речниця міністерства Ірина Коваль.',
    ].join('\n')
    expect(headline(uk, 'uk')).toEqual(['Ірина Коваль', 'echo'])
    // A first line of two sentences that ends on a full stop is the lead, not a headline.
    const lead = uk.replace('подорожчання світла\n', 'подорожчання світла.\n')
    expect(headline(lead, 'uk')).toEqual([null, 'unattributed'])
  })
  it('over an interview, a headline quotation with no speaker of its own is the interviewee’s (ru)', () => {
    const ru = [
      'Ведомости: «Мы не будем повышать цены до весны»',
      '',
      'О планах компании газете рассказал генеральный директор «Северной пекарни» Олег Смирнов.',
      '',
      '— Когда вы повысите цены?',
      '',
      '— Не раньше апреля. Мука подорожала, но запасы у нас большие.',
      '',
      '— А зарплаты?',
      '',
      '— Зарплаты мы проиндексируем в январе.',
    ].join('\n')
    expect(headline(ru, 'ru')).toEqual(['Олег Смирнов', 'interview-headline'])
    // With no interview under it, the line stays without a speaker.
    const report = [
      'Ведомости: «Мы не будем повышать цены до весны»',
      '',
      'О планах компании газете рассказал генеральный директор «Северной пекарни» Олег Смирнов.',
      '',
      '«Мука подорожала, но запасы у нас большие», — сказал он.',
    ].join('\n')
    expect(headline(report, 'ru')?.[1]).not.toBe('interview-headline')
  })
  it('a headline quotation the body does not repeat stays without a speaker', () => {
    const ru = [
      '«Цены на хлеб вырастут уже весной»',
      'Пекари предупредили о подорожании.',
      '«Мы не знаем, что будет с урожаем», — сказал глава союза пекарей Иван Петров.',
    ].join('\n')
    expect(headline(ru, 'ru')).toEqual([null, 'unattributed'])
  })
})

describe('display lines: a surname alone, a deck about a person, a dash and a description', () => {
  it('uk: «Костишин: «…»» over a body that names him only in another case', () => {
    const t = [
      'Костишин: «Ключовим моментом став третій забитий нами гол»',
      'Прес-конференція головного тренера «Колосу» Руслана Костишина після матчу з «Дніпром».',
      'Команда виграла 4:1.',
    ].join('\n')
    expect(headline(t, 'uk')?.[0]).toBe('Руслан Костишин')
  })
  it('uk: «…». Данілов не зрозумів питання: the deck’s subject, whom the body quotes too', () => {
    const body = [
      'Секретар РНБО Олексій Данілов під час брифінгу не зрозумів питання журналіста.',
      'Данілов попросив його уточнити:',
      '«Ви російською говорите, ще раз давайте».',
    ]
    const t = ['«Напрягаюся, коли слухаю». Данілов не зрозумів питання журналіста', ...body].join('\n')
    expect(headline(t, 'uk')).toEqual(['Олексій Данілов', 'headline-speaker'])
    // Not when the body never quotes that person: the line may quote someone else and go on about the subject.
    const unquoted = [
      '«Напрягаюся, коли слухаю». Данілов не зрозумів питання журналіста',
      'Секретар РНБО Олексій Данілов під час брифінгу не зрозумів питання журналіста.',
      'Брифінг тривав годину.',
    ].join('\n')
    expect(headline(unquoted, 'uk')?.[0] ?? null).toBeNull()
  })
  it('uk: «…», – волинський фермер про роботу на полях (dash-source, the role’s bearer from the body)', () => {
    const t = [
      '«Можемо дві-три години поспати, можемо і не спати», – волинський фермер про роботу на полях',
      'Поки надворі спекотно, фермер Віктор Кузнєцов ладнає техніку.',
      '«Ото починалося все з нього», – говорить Віктор Кузнєцов.',
    ].join('\n')
    expect(headline(t, 'uk')).toEqual(['Віктор Кузнєцов', 'dash-source'])
  })
})

describe('a headline that drops a word of the quotation it repeats', () => {
  it('still echoes it («До 14 лет хотел создать рок-группу» of «До 14 лет я хотел создать рок-группу…»)', () => {
    const t = [
      '«До 14 лет хотел создать рок-группу»',
      'Константин Кузьминых открыл сеть кофеен в 19 лет.',
      '«До 14 лет я хотел создать рок-группу и ездить по стране с концертами», — рассказал Константин Кузьминых.',
    ].join('\n')
    expect(direct(t, 'ru').map(([q, s, m]) => [q.slice(0, 12), s, m])).toEqual([
      ['До 14 лет хо', 'Константин Кузьминых', 'echo'],
      ['До 14 лет я ', 'Константин Кузьминых', 'quote-verb-speaker'],
    ])
  })
})
