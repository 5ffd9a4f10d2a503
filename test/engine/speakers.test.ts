import { describe, expect, it } from 'vitest'
import { withInitialStops } from '../../src/engine/speakers/breakdown'
import { derivedFeminineNominative } from '../../src/engine/speakers/nominative'
import { direct, speakers } from './quotes-helpers'

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

  it('a first name the lexicon knows, in a case ending, goes to its own nominative and tells the gender', () => {
    const uk =
      'Драму зняла режисерка. Однією з них стала драма в режисерії Тоні Ноябрьової: „Для мене це важливо”.'
    expect(speakers(uk, 'uk').map((s) => s.name)).toContain('Тоня Ноябрьова')
    const ru = 'Песков прокомментировал заявление Сергея Лаврова о «смене режима в Киеве».'
    expect(speakers(ru, 'ru').map((s) => s.name)).toEqual(['Сергей Лавров'])
    // A foreign name that only starts like one of them is left as written.
    for (const name of ['Джен', 'Маркета']) {
      const foreign = `Пресс-конференция прошла в среду. «Мы следим за ситуацией», — сказала ${name} Смит.`
      expect(speakers(foreign, 'ru')[0]?.name.split(' ')[0]).toBe(name)
    }
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

  it('a description in another case is named by the nominative the lexicon gives its head (ru, uk)', () => {
    const named = (t: string, lang: 'ru' | 'uk') => speakers(t, lang).map((s) => s.name)
    // «службе» is not masculine «служб», «Министерстве» not «Министерств»; an adjective agrees with a neuter head.
    expect(named('Об этом сообщили в пресс-службе Минфина: «Цены будут расти».', 'ru')).toEqual([
      'пресс-служба Минфина',
    ])
    expect(named('«Цены будут расти», — говорится в сообщении Главного управления МВД.', 'ru')).toEqual([
      'Главное управление МВД',
    ])
    // An adjective made from a role word qualifies the role; it is none itself («генерального директора»).
    expect(named('«Цены будут расти», — заявил генеральный директор компании Иван Петров.', 'ru')).toEqual([
      'Иван Петров',
    ])
    expect(
      speakers('«Цены будут расти», — заявил генеральный директор компании Иван Петров.', 'ru')[0]?.role,
    ).toBe('генеральный директор компании')
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
  it('an "and" joins a double surname after a first name and a surname, and two names after one word (es)', () => {
    const coordination = [
      'Rubén Torrecilla dirigió al Hércules.',
      'Cuestionado por los resultados de los rivales directos, Badalona y Lleida, el entrenador fue tajante: «No teníamos ni idea ni yo ni mis jugadores», revela.',
    ].join('\n')
    expect(direct(coordination, 'es').map(([, s]) => s)).toEqual(['Rubén Torrecilla'])
    expect(speakers(coordination, 'es').map((s) => s.name)).not.toContain('Badalona y Lleida')
    const doubleSurname = '«Investigar es ver lo que todo el mundo ha visto», afirmó Santiago Ramón y Cajal.'
    expect(direct(doubleSurname, 'es').map(([, s]) => s)).toEqual(['Santiago Ramón y Cajal'])
  })
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

  it('Dutch and German particles in every language: von der Leyen, van Nistelrooy, фон дер Ляйен', () => {
    const cases = [
      ['fr', '« Nous allons investir », a annoncé lundi Ursula von der Leyen.', 'Ursula von der Leyen'],
      ['es', '«Vamos a invertir», afirmó Ruud van Nistelrooy.', 'Ruud van Nistelrooy'],
      ['ru', '«Мы будем инвестировать», — заявила Урсула фон дер Ляйен.', 'Урсула фон дер Ляйен'],
      ['uk', '«Ми будемо інвестувати», — заявила Урсула фон дер Ляєн.', 'Урсула фон дер Ляєн'],
    ] as const
    for (const [lang, text, name] of cases) expect(speakers(text, lang).map((s) => s.name)).toEqual([name])
  })

  it('a capitalised particle inside a sentence opens a surname, even one that is also a noun (fr: Le Maire)', () => {
    const text = [
      'Le gouvernement prépare une réforme fiscale.',
      '« Nous n’augmenterons pas les impôts », a déclaré le ministre de l’Économie Bruno Le Maire mardi.',
      '« Nous tiendrons le cap », a affirmé Jean-Yves Le Drian.',
      'Le maire de Lyon a critiqué le projet.',
    ].join('\n\n')
    const names = speakers(text, 'fr').map((s) => s.name)
    expect(names).toContain('Bruno Le Maire')
    expect(names).toContain('Jean-Yves Le Drian')
    expect(names).not.toContain('Bruno')
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

  it('the owner of a statement named before «о»/«про» and the quotation: the words are theirs (ru, uk)', () => {
    const uk =
      'Радник Михайло Подоляк прокоментував заяву керівника МЗС РФ Сергія Лаврова про "повалення київського режиму".'
    expect(direct(uk, 'uk')).toEqual([['повалення київського режиму', 'Сергій Лавров', 'speaker-verb-quote']])
    // With a colon, the words after it are the one commenting.
    const colon = 'Песков прокомментировал заявление Сергея Лаврова: «Это несерьезно».'
    expect(direct(colon, 'ru').at(-1)?.[1]).toBe('Песков')
  })

  it('the one a source phrase names, in another case, is the pronoun’s person (ru, uk)', () => {
    const ru = [
      'По словам первого заместителя начальника полиции Алексея Белошицкого, мужчину задержали в пятницу.',
      '- Данная информация не соответствует действительности, - заверил он.',
    ].join('\n\n')
    expect(direct(ru, 'ru')[0]?.[1]).toBe('Алексей Белошицкий')
    const uk = [
      'За словами Сергія Лисака, ворог атакував область уночі.',
      '«Загиблих немає», — додав він.',
    ].join('\n\n')
    expect(direct(uk, 'uk')[0]?.[1]).toBe('Сергій Лисак')
    // Elsewhere a role's head in another case is whom the words are about, not who says them.
    const object =
      'Журналисты спросили первого заместителя начальника полиции Алексея Белошицкого.\n\n«Ответа нет», — сказал он.'
    expect(direct(object, 'ru')[0]?.[1]).toBeNull()
  })

  it('a person named after a preposition, with a role or a first name, when no one else agrees (fr, en)', () => {
    const fr = [
      'Le groupe, par la voix de son dirigeant Frank Dangeard, a maintenu ses objectifs pour 2009.',
      '"Je ne vois pas de raisons de changer", a-t-il dit.',
    ].join('\n\n')
    expect(direct(fr, 'fr')).toEqual([
      ['Je ne vois pas de raisons de changer', 'Frank Dangeard', 'quote-speaker-verb'],
    ])
    const fromPour = [
      'Pas de quoi s’alerter pour Céline, elle habite un peu plus loin.',
      '"J’ai vu des voitures de gendarmes et c’est tout", détaille-t-elle.',
    ].join('\n\n')
    expect(direct(fromPour, 'fr')[0]?.[1]).toBe('Céline')
    // A person's role before it, even one with no gender to agree with, keeps the complement from the pronoun: the
    // pronoun is the minister's (model.ts describedBefore); a place after a preposition is no one.
    const en = [
      'The minister spoke with John Carter about the budget on Monday.',
      '"We will cut nothing," he said.',
    ].join('\n\n')
    expect(direct(en, 'en')[0]?.[1]).toBe('minister')
    const place = ['Die Feuerwehr war in Berlin im Einsatz.', '„Es brannte lichterloh“, sagte er.'].join(
      '\n\n',
    )
    expect(direct(place, 'de')[0]?.[1]).toBeNull()
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

  it('takes a new speaker brought in by full name and what they are over the latest speaker', () => {
    const text = [
      '"You are absolutely right," said Wes Bellamy.',
      'Civil rights attorney Jeff Fogel was the first to comment. He said it was hard to believe "when you start out with no transparency."',
      'Paul Long, a former City Council candidate, organized a protest. He was concerned and said, "I am very cynical about this council."',
    ].join('\n\n')
    expect(quotesOf(text)).toEqual({ 'Wes Bellamy': 1, 'Jeff Fogel': 1, 'Paul Long': 1 })
    // A place after a preposition takes no apposition: "in Chelsea, the mayor" is no one's role.
    const place = 'At a press conference in Chelsea, the mayor said: "We see no link to terrorism."'
    expect(quotesOf(place)).toEqual({ mayor: 1 })
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

describe('a role with what it is of, then its bearer', () => {
  // One article per case: a short single line would read as a Title Case headline.
  const article = (lead: string, line: string, tail: string) => [lead, line, tail].join('\n\n')
  const bearer = (text: string, language: 'en' | 'es' | 'fr' | 'de') => {
    const [first, ...others] = speakers(text, language)
    return { name: first?.name, role: first?.role, others: others.map((s) => s.name) }
  }

  it('a capitalised complement after "of", "de", "für" is not the name (es, en, de, fr)', () => {
    const es = 'El Gobierno aprobó el martes un nuevo paquete de medidas para frenar la inflación en el país.'
    const esTail = 'La oposición criticó las medidas por considerarlas insuficientes.'
    expect(
      bearer(
        article(
          es,
          '«Es un paso importante», dijo el ministro de Economía Carlos Cuerpo tras el Consejo.',
          esTail,
        ),
        'es',
      ),
    ).toMatchObject({ name: 'Carlos Cuerpo', role: 'ministro de Economía' })
    // Set off by commas: the name after the complement is the role's apposition.
    expect(
      bearer(
        article(
          es,
          '«Es un paso importante», dijo el abogado de Puigdemont, Gonzalo Boye, tras la audiencia.',
          esTail,
        ),
        'es',
      ),
    ).toMatchObject({ name: 'Gonzalo Boye', role: 'abogado de Puigdemont' })
    const en = 'The drug maker reported strong sales of its new vaccine in the third quarter of the year.'
    const enTail = 'Shares rose by three percent in early trading on Wall Street.'
    expect(
      bearer(
        article(
          en,
          '"We are pleased," said the Minister for Health, Stephen Donnelly, in a statement.',
          enTail,
        ),
        'en',
      ),
    ).toMatchObject({ name: 'Stephen Donnelly', role: 'Minister for Health' })
    expect(
      bearer(
        article(
          en,
          '"We are pleased," said Secretary of Homeland Security Alejandro Mayorkas on Tuesday.',
          enTail,
        ),
        'en',
      ),
    ).toMatchObject({ name: 'Alejandro Mayorkas' })
    const de = 'Die Bundesregierung hat am Dienstag ein neues Gesetz zur Krankenhausreform vorgestellt.'
    const deTail = 'Die Länder kritisierten den Entwurf als unzureichend und forderten Nachbesserungen.'
    expect(
      bearer(
        article(
          de,
          '„Wir handeln jetzt“, sagte der Bundesminister für Gesundheit Karl Lauterbach in Berlin.',
          deTail,
        ),
        'de',
      ),
    ).toMatchObject({ name: 'Karl Lauterbach', role: 'Bundesminister für Gesundheit' })
    const fr =
      'Le gouvernement a présenté mardi un projet de loi sur les retraites devant l’Assemblée nationale.'
    const frTail = 'Les syndicats appellent à une nouvelle journée de mobilisation jeudi prochain.'
    for (const line of [
      '« Nous ne reculerons pas », a déclaré le président de la République Emmanuel Macron lors d’un déplacement.',
      '« Nous ne reculerons pas », a déclaré le président de la République, Emmanuel Macron, lors d’un déplacement.',
    ])
      expect(bearer(article(fr, line, frTail), 'fr')).toMatchObject({ name: 'Emmanuel Macron' })
  })

  it('a person the role is of stays the complement ("the wife of John Smith", "campaigns of Rand Paul")', () => {
    const text = article(
      'Officials met in Washington to discuss the crisis in the region on Monday morning.',
      '"This is a serious moment," said the wife of John Smith, who attended the meeting.',
      'No agreement was reached at the talks, according to people familiar with them.',
    )
    expect(speakers(text, 'en').map((s) => s.name)).not.toContain('John Smith')
    const veteran = article(
      'The campaign hired a new pollster this week to help with the race in the swing states.',
      '"We will win," said the pollster, a veteran of the campaigns of Rand Paul in Kentucky.',
      'The hire was announced on Monday by the campaign manager in a statement.',
    )
    expect(speakers(veteran, 'en').map((s) => s.name)).not.toContain('Paul')
  })

  it('two roles of one person joined by a conjunction (es, en)', () => {
    const es = article(
      'El Gobierno aprobó el martes un nuevo paquete de medidas para frenar la inflación en el país.',
      '«Es un paso importante», dijo la vicepresidenta y ministra de Trabajo, Yolanda Díaz, en una rueda de prensa.',
      'La oposición criticó las medidas por considerarlas insuficientes.',
    )
    expect(bearer(es, 'es')).toMatchObject({
      name: 'Yolanda Díaz',
      role: 'vicepresidenta y ministra de Trabajo',
    })
    const en = article(
      'The company reported record profits this year, beating forecasts by analysts.',
      '"We are delighted," said the president and chief executive, John Smith, in a statement on Monday.',
      'Shares rose by five percent in early trading on the stock exchange.',
    )
    expect(bearer(en, 'en')).toMatchObject({ name: 'John Smith', role: 'president and chief executive' })
  })

  it('ru, uk: a capitalised adjective of a unit in an oblique case, then a rank, then the bearer', () => {
    const names = (text: string, lang: 'ru' | 'uk') => speakers(text, lang).map((s) => s.name)
    expect(
      names(
        '«Мы задержали двоих», — рассказал инспектор ДПС Центрального районного отдела полиции старший лейтенант полиции Иван Петров.',
        'ru',
      ),
    ).toEqual(['Иван Петров'])
    expect(
      names(
        '- Ми перебували на маршруті, - розповів поліцейський групи реагування Вознесенівського міжрайонного відділу охорони сержант поліції Роман Брусленко.',
        'uk',
      ),
    ).toEqual(['Роман Брусленко'])
    expect(names('«Решение принято», — сказал глава Красноярского края Александр Усс.', 'ru')).toEqual([
      'Александр Усс',
    ])
    // …or before an acronym: «голова Львівської ОВА», «Миколаївської ОДА».
    expect(
      names(
        '«Ворог атакував критичну інфраструктуру», — написав у Telegram голова Львівської ОВА Максим Козицький.',
        'uk',
      ),
    ).toEqual(['Максим Козицький'])
    expect(
      names(
        'Голова Миколаївської ОДА Віталій Кім виступив на брифінгу.\n«Ситуація під контролем, загрози немає», — наголосив він.',
        'uk',
      ),
    ).toEqual(['Віталій Кім'])
  })

  it('uk: a feminine role, «пресслужба» written solid, a place in the genitive after an institution', () => {
    const names = (text: string) => speakers(text, 'uk').map((s) => s.name)
    expect(
      names(
        "Віцепрем'єрка Ірина Верещук закликала громадян евакуюватися. «Не чекайте останнього моменту», — сказала вона.",
      ),
    ).toEqual(['Ірина Верещук'])
    expect(
      names('«Ми встановили особу підозрюваного», — повідомили у пресслужбі ГУ Нацполіції Київщини.'),
    ).toEqual(['пресслужба ГУ Нацполіції Київщини'])
    expect(
      names('«Ми встановили особу підозрюваного», — розповіла речниця поліції Київщини Олена Петренко.'),
    ).toEqual(['Олена Петренко'])
  })
})

describe('what stands between a verb of saying and the name after it', () => {
  it('a role in a case of the plural only is whom the words were said to, not the name’s role (ru, uk)', () => {
    const ru = speakers('«Мы не согласны с решением суда», — заявил журналистам Дмитрий Песков.', 'ru')
    expect(ru.map((s) => [s.name, s.role, s.aliases])).toEqual([['Дмитрий Песков', null, []]])
    const uk = speakers('«Ми не згодні з рішенням суду», — сказав експертам Олексій Гончаренко.', 'uk')
    expect(uk.map((s) => [s.name, s.role])).toEqual([['Олексій Гончаренко', null]])
    // The singular keeps its role.
    const role = speakers('«Мы не согласны с решением суда», — заявил журналист Алексей Венедиктов.', 'ru')
    expect(role.map((s) => [s.name, s.role])).toEqual([['Алексей Венедиктов', 'журналист']])
  })
  it('a feminine role in -ница is a role, named in the nominative (ru)', () => {
    const text = 'Взрыв прогремел ночью. «Мы услышали взрыв», — рассказала местная жительница дома.'
    expect(direct(text, 'ru')).toEqual([
      ['Мы услышали взрыв', 'местная жительница дома', 'quote-verb-speaker'],
    ])
    // (Alone, with nothing it is of, she is someone unnamed: see attribution.test.ts.)
  })
  it('a word in another script ends a run of capitalised words («у своєму Telegram Гончаренко»)', () => {
    const text = [
      'Засідання уряду тривало дві години.',
      '«Наступного разу поставлю два питання», — відреагував у своєму Telegram Гончаренко.',
    ].join('\n\n')
    expect(direct(text, 'uk')).toEqual([
      ['Наступного разу поставлю два питання', 'Гончаренко', 'quote-verb-speaker'],
    ])
  })
})

describe('the nominative of a name as written', () => {
  it('a surname that is a feminine adjective makes the name a woman’s, left in the nominative (ru)', () => {
    const text =
      'Нардеп Соломия Бобровская: «Мне самой интересно, что будет»\n\nДепутат Соломия Бобровская выступила.'
    expect(speakers(text, 'ru')[0]?.name).toBe('Соломия Бобровская')
  })
  it('a first name in the nominative keeps its surname as written (uk: Кулеба; ru: Артем is no case form)', () => {
    const uk = [
      'Міністр закордонних справ Дмитро Кулеба провів брифінг у Києві.',
      '«Ми не відповідатимемо на провокації», — наголосив міністр.',
    ].join('\n\n')
    expect(speakers(uk, 'uk').map((s) => s.name)).toContain('Дмитро Кулеба')
    const ru = [
      'Артем Анисимов провел пресс-конференцию в Москве.',
      '«Мы готовы ко всему», — сказал Анисимов.',
    ].join('\n\n')
    expect(speakers(ru, 'ru').map((s) => s.name)).toContain('Артем Анисимов')
  })

  it('a name opening the paragraph after one that ends in an agency is a name of its own ("…told Reuters.¶John Smith")', () => {
    const text = [
      'The firm reported record sales.',
      '"I think we are going to see a very strong market," Smith told Reuters.',
      'John Smith is its chief executive.',
    ].join('\n\n')
    const [smith] = speakers(text, 'en')
    expect(smith?.name).toBe('John Smith')
    expect(smith?.aliases).toContain('Smith')
  })

  it('a role’s genitive complement in -ла is a noun when another genitive or a first name follows (ru)', () => {
    const quote =
      '«Цены продолжат расти до конца года», — уверена глава аналитического отдела банка Анна Иванова.'
    const [ivanova] = speakers(quote, 'ru')
    expect(ivanova?.name).toBe('Анна Иванова')
    expect(ivanova?.role).toBe('глава аналитического отдела банка')
    // A past tense after the role is no complement: «Глава компании посетила выставку» names no one.
    const visit =
      'Глава компании посетила выставку. «Цены продолжат расти до конца года», — сказал Иван Петров.'
    expect(speakers(visit, 'ru').flatMap((s) => s.aliases)).not.toContain('Глава компании посетила выставку')
  })
})

describe('a feminine noun made from a role stem, back to the nominative', () => {
  it('takes the suffix and any case ending to -ка, -ица (-иця)', () => {
    expect(derivedFeminineNominative('соседки', 'сосед')).toBe('соседка')
    expect(derivedFeminineNominative('Соседкой', 'сосед')).toBe('Соседка')
    expect(derivedFeminineNominative('сусідку', 'сусід')).toBe('сусідка')
    expect(derivedFeminineNominative('жительки', 'жител')).toBe('жителька')
    expect(derivedFeminineNominative('очевидицы', 'очевид')).toBe('очевидица')
    expect(derivedFeminineNominative('очевидиці', 'очевид')).toBe('очевидиця')
  })
  it('leaves the stem and a case ending alone, and a word the stem does not start', () => {
    expect(derivedFeminineNominative('соседа', 'сосед')).toBeNull()
    expect(derivedFeminineNominative('сотрудника', 'сотрудник')).toBeNull()
    // -ц- is a plural or a case of -ец as often (очевидцы, очевидці, очевидца): no feminine to make of it.
    expect(derivedFeminineNominative('очевидцы', 'очевид')).toBeNull()
    expect(derivedFeminineNominative('очевидці', 'очевид')).toBeNull()
    expect(derivedFeminineNominative('пресоседка', 'сосед')).toBeNull()
  })
})

describe('a number word is no part of a name', () => {
  it('a sentence opened by a number and a capitalised noun names no one („Zwei Jahre nach der Tat …“)', () => {
    const t = [
      'Mit harten Worten kritisiert ein Verteidiger den Richter. Zwei Jahre nach der Tat findet die Verhandlung endlich ihren Abschluss.',
      'Der Staatsanwalt will eben sein Schlussplädoyer beginnen, da rastet der Rechtsanwalt des Angeklagten aus. Er schreit: "Das ist Rechtsbeugung", springt auf und stürmt auf den Staatsanwalt zu. "Ich hindere Sie am Plädieren", ruft er.',
    ].join('\n')
    expect(direct(t, 'de').map(([, s]) => s)).not.toContain('Zwei Jahre')
    expect(speakers(t, 'de').map((s) => s.name)).not.toContain('Zwei Jahre')
  })
})

describe('de: a genitive before an adjective and a noun is whose, not who', () => {
  it('„warnte Bayerns größter Lehrerverband BLLV“: the association speaks, not Bayern; its acronym stays in capitals', () => {
    const t = '"Die Hütte brennt", warnte Bayerns größter Lehrerverband BLLV im Jahr 2019.'
    expect(direct(t, 'de').map(([, s]) => s)).toEqual(['Lehrerverband BLLV'])
    // A surname in capitals with a vowel is still written in normal case.
    expect(direct('"Wir prüfen das", sagte Paul NEWMAN am Montag.', 'en').map(([, s]) => s)).toEqual([
      'Paul Newman',
    ])
  })
})

describe('a name with a number right after it is a thing', () => {
  it('en: "House Bill 2" names no "Bill"; ru: a date after a name leaves it a person', () => {
    const t = [
      'The superintendent told the school board that measures signed into law as part of House Bill 2 will require the district to review its policies.',
      'The superintendent said HB 2 includes a last-minute provision. “If a district is found to have violated the statute, the department has the right to act,” the superintendent said.',
    ].join('\n')
    expect(speakers(t, 'en').map((s) => s.name)).not.toContain('Bill')
    expect(direct(t, 'en').map(([, s]) => s)).toEqual(['superintendent'])
    const date =
      'Российский боксёр Дмитрий Бивол 11 декабря одержал победу. «Боем я в целом доволен», — сказал Бивол.'
    expect(direct(date, 'ru').map(([, s]) => s)).toEqual(['Дмитрий Бивол'])
  })
})

describe('an apposition is no clause', () => {
  it('ru: «Сергей Бадамшин, заявил, что будет обжаловать решение Верховного суда» gives him no alias «решение суда»', () => {
    const t =
      'В свою очередь другой представитель защиты, Сергей Бадамшин, заявил, что будет обжаловать решение Верховного суда. «Мы не согласны», — сказал Бадамшин.'
    const [s] = speakers(t, 'ru')
    expect(s?.aliases).toEqual(['представитель защиты', 'Бадамшин'])
  })
})

describe('ru/uk: a noun opening the sentence before a first name and a surname is no part of the name', () => {
  it('«Українка Марія Винник», «Россиянин Олег Петров» — but «Петров Олег Сергеевич» and «Президент Владимир Зеленский»', () => {
    const names = (t: string, lang: 'ru' | 'uk') => speakers(t, lang).map((s) => s.name)
    expect(names('Українка Марія Винник заявила: «Це моя медаль».', 'uk')).toEqual(['Марія Винник'])
    expect(names('Россиянин Олег Петров заявил: «Мы готовы».', 'ru')).toEqual(['Олег Петров'])
    expect(names('В суде выступил Петров Олег Сергеевич. «Мы готовы», — сказал Петров.', 'ru')).toEqual([
      'Олег Петров',
    ])
    expect(names('Президент Владимир Зеленский заявил: «Мы готовы».', 'ru')).toEqual(['Владимир Зеленский'])
  })
})

describe('a surname cut to its initial', () => {
  it('«пожаловалась Анастасия А.», „sagte Mehmet I.“ — but "Susan R. Greenway" has a middle initial', () => {
    const t =
      '«У жителей будет очень неудобно», — пожаловалась Анастасия А.\n«Я ждала минут 30 автобус», — добавила она.'
    expect(speakers(t, 'ru').map((s) => s.name)).toEqual(['Анастасия А.'])
    expect(speakers('„Ich war es nicht“, sagte Mehmet I. vor Gericht.', 'de').map((s) => s.name)).toEqual([
      'Mehmet I.',
    ])
    expect(speakers('"I love elephants," said Susan R. Greenway.', 'en').map((s) => s.name)).toEqual([
      'Susan R. Greenway',
    ])
  })
})

describe('the full stop after an initial', () => {
  // breakdown.ts skips the expression for a name with no word short enough to be an initial: the same answers as
  // running it on every name, whatever separates the words (any white space `\s` knows) and whatever the letters.
  const INITIAL = /(?<=^|\s)(\p{Lu})(?=\s|$)/gu
  const pieces = ['R', 'r', 'Ab', 'Susan', 'Ё', 'Анастасия', '𝐀', '𝐀b', '-', '.', 'É']
  const spaces = [
    ' ',
    '\t',
    '\n',
    '\u00a0',
    '\u1680',
    '\u2003',
    '\u2028',
    '\u202f',
    '\u205f',
    '\u3000',
    '\ufeff',
    '',
  ]
  it('is written exactly where the expression would write it', () => {
    let seed = 11
    const pick = <T>(list: T[]): T => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return list[Math.floor((seed / 2147483648) * list.length)] as T
    }
    for (let n = 0; n < 2000; n++) {
      let name = ''
      for (let k = 0; k < 1 + (n % 4); k++) name += pick(spaces) + pick(pieces)
      expect(withInitialStops(name), JSON.stringify(name)).toBe(name.replace(INITIAL, '$1.'))
    }
    expect(withInitialStops('Susan R Greenway')).toBe('Susan R. Greenway')
    expect(withInitialStops('Анастасия\u00a0А')).toBe('Анастасия\u00a0А.')
  })
})
