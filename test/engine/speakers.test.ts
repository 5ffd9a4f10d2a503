import { describe, expect, it } from 'vitest'
import { speakers } from './quotes-helpers'

describe('speakers as clusters of mentions', () => {
  it('names in the nominative with the other forms as aliases, roles learned from the article (ru)', () => {
    const text = [
      'Президент России Владимир Путин и председатель КНДР Ким Чен Ын провели переговоры в Пекине.',
      'Глава российского государства поблагодарил Ким Чен Ына.',
      '«Очень рад вас видеть и рад тому, что у нас будет возможность поговорить», — сказал Путин.',
      '«Хочу отметить, что мы никогда не забудем этих жертв», — заявил российский президент.',
      'Лидер Северной Кореи выразил признательность Владимиру Путину.',
      '«Я думаю, что мы должны добиваться больших успехов», — заявил северокорейский лидер.',
    ].join('\n')
    const [putin, kim] = speakers(text, 'ru')
    expect(putin?.name).toBe('Владимир Путин')
    expect(putin?.aliases).toEqual(
      expect.arrayContaining([
        'Путин',
        'Президент России',
        'российский президент',
        'Глава российского государства',
      ]),
    )
    expect(putin?.role).toBe('президент России')
    expect(putin?.quoteCount).toBe(2)
    expect(kim?.name).toBe('Ким Чен Ын')
    expect(kim?.aliases).toEqual(
      expect.arrayContaining(['Ким Чен Ына', 'председатель КНДР', 'северокорейский лидер']),
    )
    expect(kim?.quoteCount).toBe(1)
  })

  it('Ukrainian names back to the nominative: Михайла Кривошея → Михайло Кривошей, Ольги → Ольга', () => {
    const text = [
      'Свято відбулося за підтримки директора Михайла Кривошея. «Сьогодні в мене чудова нагода поговорити з житомирянами».',
      'Захід підтримала Ольга Блажкевич: «Я маю двох дорослих доньок і знаю, що родина найважливіша».',
    ].join('\n')
    const names = speakers(text, 'uk').map((s) => s.name)
    expect(names).toEqual(expect.arrayContaining(['Михайло Кривошей', 'Ольга Блажкевич']))
  })

  it('surname-first official names drop the patronymic (Рудь Петро Володимирович → Петро Рудь)', () => {
    const text =
      'На святі був голова правління Рудь Петро Володимирович та зауважив: «Ми маємо постійно турбуватись про комфорт нашого міста».'
    expect(speakers(text, 'uk')[0]?.name).toBe('Петро Рудь')
  })

  it('pronouns by gender agreement with the verb and recency (ru)', () => {
    const text = [
      'Министр Ольга Иванова и губернатор Павел Смирнов посетили завод.',
      '«Работа идет по плану и без задержек», — сказала она.',
      '«Мы откроем второй цех уже в этом году», — добавил он.',
    ].join('\n')
    const sp = speakers(text, 'ru')
    expect(sp.map((s) => [s.name, s.quoteCount])).toEqual(
      expect.arrayContaining([
        ['Ольга Иванова', 1],
        ['Павел Смирнов', 1],
      ]),
    )
  })

  it('an agency that relays is not the speaker, and a capitalised complement is not a first name (ru)', () => {
    const text = [
      'Глава Минфина Антон Силуанов выступил на форуме.',
      '«Бюджет будет исполнен без дефицита», — сказал РИА Новости глава ведомства.',
      '«Никаких новых налогов не будет», — подчеркнула председатель Центробанка Эльвира Набиуллина.',
    ].join('\n')
    expect(speakers(text, 'ru').map((s) => s.name)).toEqual(['Антон Силуанов', 'Эльвира Набиуллина'])
  })

  it('organisations speak; an institution is named in the nominative (Саратовского военного суда → Саратовский военный суд)', () => {
    const text =
      'Военнослужащий опубликовал фотографии «в информационную сеть Интернет и социальную сеть», говорится в решении Саратовского военного суда.'
    expect(speakers(text, 'ru')[0]?.name).toBe('Саратовский военный суд')
  })

  it('an acronym joins the organisation it abbreviates (IMF = International Monetary Fund)', () => {
    const text =
      'The International Monetary Fund lowered its forecast on Tuesday.\n"The ultimate impact of the Brexit shock remains very unclear," the IMF report stated.'
    const [imf] = speakers(text, 'en')
    expect([imf?.name, ...(imf?.aliases ?? [])]).toEqual(expect.arrayContaining(['IMF']))
  })

  it('full names and surnames of different people with one surname stay apart (Donald / Ivana Trump)', () => {
    const text = [
      'Donald Trump and Ivana Trump filed papers.',
      '"We are pleased with the decision of the court today," Donald Trump said.',
      '"I should not have to sacrifice my privacy for this," Ivana Trump said.',
    ].join('\n')
    expect(
      speakers(text, 'en')
        .map((s) => s.name)
        .sort(),
    ).toEqual(['Donald Trump', 'Ivana Trump'])
  })

  it('shares sum to one and the breakdown is sorted by quoted words', () => {
    const text = [
      '“One two three four five six seven eight,” said Anna Bell.',
      '“One two three four,” said Carl Dunn.',
      'Carl Dunn said that the plan would work.',
    ].join('\n')
    const sp = speakers(text, 'en')
    expect(sp.map((s) => s.name)).toEqual(['Anna Bell', 'Carl Dunn'])
    expect(sp.reduce((a, s) => a + s.share, 0)).toBeCloseTo(1, 5)
    expect(sp[1]?.statementCount).toBe(1)
    expect(sp[0]?.quotedWords).toBe(8)
  })
})

describe('names with particles', () => {
  it('a particle inside a name keeps it whole, and the surname alone finds the person (en)', () => {
    const text = [
      'De Blasio says the blast was deliberate',
      'Twenty-nine people were injured by an explosion that Mayor Bill de Blasio described as “an intentional act.”',
      '"We do not see a link to terrorism," De Blasio said.',
      'Officials in Brussels met on Monday.',
      '"We will act together," said Ursula von der Leyen after the meeting.',
    ].join('\n\n')
    const sp = speakers(text, 'en')
    const names = sp.map((s) => s.name)
    expect(names).toContain('Bill de Blasio')
    expect(names).toContain('Ursula von der Leyen')
    expect(names.filter((n) => /Blasio/.test(n))).toHaveLength(1)
    expect(sp.find((s) => s.name === 'Bill de Blasio')?.quoteCount).toBe(2)
  })

  it('Portuguese particles in Spanish text: Luiz Inácio Lula da Silva, then Lula', () => {
    const text = [
      'El gobierno anunció ayer nuevas medidas económicas para el país.',
      '"Vamos a ganar", dijo el lunes Luiz Inácio Lula da Silva en una reunión con los ministros del gobierno.',
      '"Es un buen día", añadió Lula.',
    ].join('\n\n')
    const [lula, ...others] = speakers(text, 'es')
    expect(lula?.name).toBe('Luiz Inácio Lula da Silva')
    expect(lula?.quoteCount).toBe(2)
    expect(others).toEqual([])
  })
})

describe('English "that" and nationality words', () => {
  it('a name after "that" is read as a person ("ruled that Johnson’s claim about “…”" → Johnson)', () => {
    const text = [
      'The fact-checkers at FactWatch looked at the figures for a week.',
      'FactWatch then ruled that Johnson’s claim about “thousands of new jobs every month” was false.',
      'There are fears that Swiss companies might leave the country.',
    ].join('\n\n')
    const sp = speakers(text, 'en')
    const quote = sp.find((s) => s.quoteCount > 0)
    expect(quote?.name).toBe('Johnson')
    expect(sp.map((s) => s.name)).not.toContain('Swiss')
  })
})

describe('organisations named head last (en)', () => {
  it('"Manchester City", "the Premier League", "Welsh Labour" are organisations, never a pronoun’s person', () => {
    const text = [
      'Sarah Mitchell spoke to reporters after the match at the Etihad Stadium.',
      'Manchester City won the Premier League title on Sunday for the fourth time in a row.',
      '"It was a long season and we are very tired," she added.',
      'Welsh Labour announced a new leader in Cardiff.',
      '"We will start again tomorrow," he said.',
    ].join('\n\n')
    const sp = speakers(text, 'en')
    expect(sp.map((s) => s.name)).toEqual(['Sarah Mitchell'])
    expect(sp[0]?.quoteCount).toBe(1)
  })

  it('a person whose surname is no such noun keeps it ("Mitchell"), and an organisation can still speak', () => {
    const text = [
      'The Football Association said on Monday that it would review the rules.',
      '"We take this very seriously," the Football Association said in a statement.',
      '"It is a fair decision," said Sarah Mitchell, the club’s director.',
    ].join('\n\n')
    const names = speakers(text, 'en').map((s) => s.name)
    expect(names).toContain('Sarah Mitchell')
    expect(names.some((n) => /Football Association/.test(n))).toBe(true)
  })
})

describe('the subject of a plural verb is a group, not a pronoun’s person', () => {
  it('«Синоптики предупредили…» does not take «— добавил он» from the speaker before', () => {
    const text = [
      '«Мы готовы к любой погоде», — заявил Сергей Кузнецов.',
      'Синоптики предупредили о сильных дождях в четверг и пятницу.',
      '«Все службы работают в штатном режиме», — добавил он.',
    ].join('\n\n')
    const [kuznetsov, ...others] = speakers(text, 'ru')
    expect(kuznetsov?.name).toBe('Сергей Кузнецов')
    expect(kuznetsov?.quoteCount).toBe(2)
    expect(others.filter((s) => s.quoteCount > 0)).toEqual([])
  })
})

describe('who a gendered pronoun can be', () => {
  it('an institution («Совет Федерации») is nobody’s he', () => {
    const text = [
      '«Мы готовы к голосованию», — заявил Сергей Кузнецов.',
      'Совет Федерации одобрил закон в среду.',
      '«Закон вступит в силу с января», — добавил он.',
    ].join('\n\n')
    const [kuznetsov] = speakers(text, 'ru')
    expect(kuznetsov?.name).toBe('Сергей Кузнецов')
    expect(kuznetsov?.quoteCount).toBe(2)
  })

  it('a courtesy title tells the gender («г-жа Матвиенко» → она)', () => {
    const text = [
      '«Мы готовы к голосованию», — заявил Сергей Кузнецов.',
      'В среду г-жа Матвиенко выступила в Совете Федерации. «Закон будет принят до конца года», — подчеркнула она.',
    ].join('\n\n')
    const sp = speakers(text, 'ru')
    expect(sp.find((s) => s.name === 'Матвиенко')?.quoteCount).toBe(1)
  })
})

describe('a pronoun and the one speaking', () => {
  const quotesOf = (text: string) => {
    const sp = speakers(text, 'en')
    return Object.fromEntries(sp.map((s) => [s.name, s.quoteCount]))
  }

  it('goes on with the latest speaker over someone named between who has not spoken', () => {
    const text = [
      '"We will not accept this decision," said coach Ralf Berger after the match.',
      'Tom Hale had already shown three yellow cards before half-time.',
      'He added: "Nobody could have done more than our players today."',
    ].join('\n\n')
    expect(quotesOf(text)).toMatchObject({ 'Ralf Berger': 2 })
  })

  it('takes a speaker named again over the latest speaker', () => {
    const text = [
      '"We are ready for the final," said Ralf Berger.',
      '"It was an insult to the whole club," said Tom Hale.',
      'Berger then praised his team for their work in training.',
      '"They played very well in the second half," he said.',
    ].join('\n\n')
    expect(quotesOf(text)).toEqual({ 'Ralf Berger': 2, 'Tom Hale': 1 })
  })
})
