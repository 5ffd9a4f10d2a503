import { describe, expect, it } from 'vitest'
import { analyze } from '../../src/engine/index'
import { direct, reported, speakers } from './quotes-helpers'

const speakerOf = (text: string, lang: Parameters<typeof direct>[1]) => direct(text, lang).map(([, s]) => s)
/** Each direct quotation's speaker and the rule that attributed it. */
const attributionOf = (text: string, lang: Parameters<typeof direct>[1]) =>
  direct(text, lang).map(([, s, method]) => [s, method])
const methodOf = (text: string, lang: Parameters<typeof direct>[1]) => direct(text, lang).map(([, , m]) => m)

describe('rule quote-verb-speaker: «…», — said X (verb first, speaker after)', () => {
  it('ru', () => {
    const t =
      'Владимир Путин прибыл в Пекин.\n«Очень рад вас видеть и рад тому, что у нас будет возможность поговорить», — сказал Путин.'
    expect(direct(t, 'ru')).toEqual([
      [
        'Очень рад вас видеть и рад тому, что у нас будет возможность поговорить',
        'Владимир Путин',
        'quote-verb-speaker',
      ],
    ])
  })
  it('ru: a role learned from the article names the speaker', () => {
    const t =
      'Президент России Владимир Путин прибыл в Пекин.\n«Хочу отметить, что мы никогда не забудем этих жертв», — заявил президент России.'
    expect(speakerOf(t, 'ru')).toEqual(['Владимир Путин'])
  })
  it('ru: past a role governed by a preposition, the name in the nominative is the subject', () => {
    const t =
      'Цены растут третий месяц подряд.\n«Цены продолжат расти до конца этого года», — заявил на встрече с министром Иван Петров.'
    expect(speakerOf(t, 'ru')).toEqual(['Иван Петров'])
  })
  it('uk', () => {
    const t =
      '«Нестабільність у фінансовій сфері збільшила число охочих інвестувати», - зазначив Олександр Попов.'
    expect(speakerOf(t, 'uk')).toEqual(['Олександр Попов'])
  })
  it('en', () => {
    const t = '“One of the things I am surprised about is the health issue,” said Caddell.'
    expect(speakerOf(t, 'en')).toEqual(['Caddell'])
  })
  it('de: "…", so der Vorsitzende Erich Schlotmann', () => {
    const t =
      '"Neue sangesfreudige Stimmen sind uns jederzeit herzlich willkommen", so der Vorsitzende des Chores Erich Schlotmann.'
    expect(speakerOf(t, 'de')).toEqual(['Erich Schlotmann'])
  })
  it('fr: a témoigné une cliente, Rosina Rusin (apposition)', () => {
    const t =
      '"Vous ne sortez pas ainsi dans la rue sans attirer l\'attention", a témoigné une cliente, Rosina Rusin, 60 ans.'
    expect(speakerOf(t, 'fr')).toEqual(['Rosina Rusin'])
  })
  it('es', () => {
    const t = '"Sin el plan hoy tendríamos un panorama de abandono", dijo José Luis Rodríguez Zapatero.'
    expect(speakerOf(t, 'es')).toEqual(['José Luis Rodríguez Zapatero'])
  })
  it('a one-word retort keeps its speaker (de entgegnete, fr a répliqué, es replicó)', () => {
    const cases = [
      [
        'de',
        '„Das ist eine Katastrophe“, sagte Anna Schmidt. „Unsinn“, entgegnete Hans Müller.',
        'Anna Schmidt',
        'Hans Müller',
      ],
      [
        'fr',
        '« C’est une catastrophe », a dit Marie Martin. « Faux », a répliqué Jean Dupont.',
        'Marie Martin',
        'Jean Dupont',
      ],
      [
        'es',
        '«Es un desastre», dijo Ana López. «Tonterías», replicó Juan García.',
        'Ana López',
        'Juan García',
      ],
    ] as const
    for (const [language, text, first, second] of cases)
      expect(speakerOf(text, language), text).toEqual([first, second])
  })
  it('an agency that relays is not the speaker (приводит ТАСС заявление Кудрина)', () => {
    const t =
      'Глава ЦСР Алексей Кудрин выступил на форуме.\n«Я сейчас готовлю проект стратегии развития России», — приводит ТАСС заявление Кудрина.'
    expect(speakerOf(t, 'ru')).toEqual(['Алексей Кудрин'])
  })
  it('an auxiliary and adverbs before the verb: « … », avait en effet déclaré le ministre', () => {
    expect(
      speakerOf(
        'Christophe Castaner était à Lyon. « L’enquête se poursuit », avait en effet déclaré le ministre de l’Intérieur.',
        'fr',
      ),
    ).toEqual(['Christophe Castaner'])
    // (Not an article and a noun: "…," the book said is no verb first.)
    expect(
      speakerOf('Jane Doe was treated in 1998. “She was back at work in a month,” the book said.', 'en'),
    ).toEqual([null])
  })
  it('ru, uk: an adverb before the verb («…», — гордо говорит он / — тихо каже він)', () => {
    expect(
      speakerOf('Юрий Балега смотрит на купол. "В конце концов, нам это удалось", — гордо говорит он.', 'ru'),
    ).toEqual(['Юрий Балега'])
    expect(
      speakerOf('Іван Петренко прийшов на мітинг. «Ціни зростають щомісяця», — тихо каже він.', 'uk'),
    ).toEqual(['Іван Петренко'])
  })
  it('words that point back at the quotation before the verb («…» — такими словами прокомментировал X)', () => {
    const cases = [
      [
        'ru',
        '«Это абсолютно недопустимо» — такими словами прокомментировал инцидент депутат Госдумы Андрей Луговой.',
        'Андрей Луговой',
      ],
      [
        'ru',
        '«Это недопустимо», — этими словами прокомментировал инцидент депутат Андрей Луговой.',
        'Андрей Луговой',
      ],
      [
        'uk',
        '«Це неприпустимо», — такими словами прокоментував ситуацію нардеп Олексій Гончаренко.',
        'Олексій Гончаренко',
      ],
      [
        'de',
        '„Das ist ein Skandal“, mit diesen Worten kommentierte der Minister Karl Lauterbach den Bericht.',
        'Karl Lauterbach',
      ],
    ] as const
    for (const [language, text, speaker] of cases) {
      expect(
        direct(text, language).map(([, s, m]) => [s, m]),
        text,
      ).toEqual([[speaker, 'quote-verb-speaker']])
    }
  })
})

describe('rule quote-speaker-verb: "…," X said (speaker first), appositions do not break it', () => {
  it('en: "…," Hugh Hill, a doctor, said', () => {
    const t = '“The ward has been full since Monday morning,” Hugh Hill, a doctor at the hospital, said.'
    expect(direct(t, 'en')).toEqual([
      ['The ward has been full since Monday morning', 'Hugh Hill', 'quote-speaker-verb'],
    ])
  })
  it('en: pronoun after the quote resolves to the previous speaker', () => {
    const t =
      'Republican nominee Donald Trump spoke in Colorado.\n“I must tell you that a bomb went off in New York,” he said.'
    expect(speakerOf(t, 'en')).toEqual(['Donald Trump'])
  })
  it('fr: a-t-elle ajouté carries the pronoun', () => {
    const t =
      'La porte-parole Marie Dubois a parlé vendredi.\n"Le temps qu\'elle arrive, il était déjà parti sans esclandre", a-t-elle ajouté.'
    expect(speakerOf(t, 'fr')).toEqual(['Marie Dubois'])
  })
})

describe('rules speaker-verb-colon and speaker-colon: X said: «…»', () => {
  it('lines opened by a one-word label name their speakers: a transcript or a list of captioned quotations', () => {
    expect(
      speakerOf(
        'Депутаты ждали министров.\nТюлькин: «Это что, неуважение к Думе?»\nРогозин: «Куда они делись-то все?»',
        'ru',
      ),
    ).toEqual(['Тюлькин', 'Рогозин'])
    expect(
      speakerOf(
        'The hearing went on.\nJordan: Where were you that night?\nSmith: At home, with my wife.\nJordan: Can anyone confirm that?',
        'en',
      ),
    ).toEqual(['Jordan', 'Smith', 'Jordan'])
    // One such line alone may be a heading's word: no one is named.
    expect(
      speakerOf('Депутаты ждали министров.\nИтог: «Заседание перенесено, решение примут позже»', 'ru'),
    ).toEqual([null])
  })
  it('ru', () => {
    expect(speakerOf('Глава компании Иван Петров заявил: «Мы увеличим выпуск в два раза».', 'ru')).toEqual([
      'Иван Петров',
    ])
  })
  it('ru: "Name, what the person is:" in words the lexicon does not know, the words below', () => {
    const t = 'Анзор Саралидзе, ректор ВлГУ:\n\n- Праздник - это хороший повод не только повеселиться.'
    expect(speakerOf(t, 'ru')).toEqual(['Анзор Саралидзе'])
  })
  it('uk: a country of two words is no one («Саудівська Аравія»)', () => {
    const t =
      'Боксери говорили про реванш, який відбудеться в Джидді, Саудівська Аравія.\n\n"Радий бути тут і тому, що ми знову зустрінемося в рингу".'
    expect(speakerOf(t, 'uk')).toEqual([null])
  })
  it('uk: a surname in the dative before the colon is whom the words are about, not who says them', () => {
    const t = 'Він висловив сподівання, що медики допоможуть Федорову: «Він дійсно у складному стані».'
    expect(speakerOf(t, 'uk')).not.toContain('Федоров')
  })
  it('ru: a first name alone opening its line, then what the person is, a colon and the words below', () => {
    const t = [
      'Водитель признается, что это его первое ДТП.',
      'Игорь, водитель а/м «Toyota Corolla Fielder»:',
      '— Притормозил. Машина выезжала из двора задом.',
      'Илья, водитель а/м «Nissan Teana»:',
      '— Я стоял уже практически. Даже не ехал.',
    ].join('\n\n')
    expect(speakerOf(t, 'ru')).toEqual(['Игорь', 'Илья'])
  })
  it('uk: the colon names the speaker without a verb', () => {
    const t =
      'Свято відбулося за підтримки Ольги Блажкевич: «Я маю двох дорослих доньок і знаю, що родина найважливіша».'
    expect(direct(t, 'uk')).toEqual([
      ['Я маю двох дорослих доньок і знаю, що родина найважливіша', 'Ольга Блажкевич', 'speaker-colon'],
    ])
    // A place after a preposition is no one: the words before the colon name no speaker.
    const place =
      'Pablo Alborán presentó su disco. Adelantó que la gira comenzará en Latinoamérica en febrero: "Estamos preparando algo".'
    expect(speakerOf(place, 'es')).not.toEqual(['Latinoamérica'])
  })
  it('a possessive before a noun of saying names whose words follow the colon (en, ru)', () => {
    const en =
      'Prime Minister John Smith spoke to reporters on Monday.\n\nFollowing is a transcript of his statement:\n\n"I did not know the woman. This is a lie."'
    expect(direct(en, 'en')).toEqual([
      ['I did not know the woman. This is a lie.', 'John Smith', 'speaker-colon'],
    ])
    const ru =
      'Депутат Иван Петров выступил в Госдуме.\n\nПриводим его заявление полностью:\n\n«Я не знал эту женщину. Это ложь».'
    expect(speakerOf(ru, 'ru')).toEqual(['Иван Петров'])
    // Without the possessive the colon names no one.
    expect(speakerOf(en.replace('his statement', 'the statement'), 'en')).toEqual([null])
  })
  it('an aside in parentheses is not the subject (de: party, en: state)', () => {
    expect(
      speakerOf(
        'Bundeskanzler Olaf Scholz (SPD) sagte am Montag in Berlin: „Die Lage ist unter Kontrolle.“',
        'de',
      ),
    ).toEqual(['Olaf Scholz'])
    expect(
      speakerOf(
        'Senator Chuck Schumer (D-NY) said on Monday: "The situation is under control, and we will act."',
        'en',
      ),
    ).toEqual(['Chuck Schumer'])
  })
  it('a person named by age alone is the person named before (en: the 45-year-old, de: der 45-Jährige)', () => {
    expect(
      speakerOf(
        'John Smith, 45, was arrested in May.\n"I did nothing wrong," the 45-year-old told the court.',
        'en',
      ),
    ).toEqual(['John Smith'])
    expect(
      speakerOf(
        'Hans Müller wurde im Mai festgenommen.\n„Ich habe nichts falsch gemacht“, sagte der 45-Jährige vor Gericht.',
        'de',
      ),
    ).toEqual(['Hans Müller'])
  })
  it('de: an expert before the name is a role, not an organisation ("der Ökonom Hans Müller")', () => {
    const t =
      'Die Inflation bleibt hoch.\n„Die Preise werden weiter steigen“, sagte der Ökonom Hans Müller vom Ifo-Institut am Montag in München.'
    expect(speakerOf(t, 'de')).toEqual(['Hans Müller'])
  })
  it('de: before the colon, a pronoun or a person outranks a capitalised word met nowhere as one', () => {
    const t = 'Anna Schmidt wohnt nebenan. Sie beschreibt schlimme Szenen: „Überall war Rauch und Feuer.“'
    expect(direct(t, 'de')).toEqual([['Überall war Rauch und Feuer.', 'Anna Schmidt', 'speaker-colon']])
    // A word after „vor“, „ins“, „durch“ is governed: where, not who.
    const governed =
      'Anna Schmidt wohnt nebenan. Der Schrecken steht ihr ins Gesicht. Beim Blick nach draußen habe sie dann die Lage vor Ort gesehen: „Überall war Rauch und Feuer.“'
    expect(speakerOf(governed, 'de')).toEqual(['Anna Schmidt'])
    // The first person of the clause, its subject, not someone whose thing it names later.
    const subject =
      'Reinhard Hesse, Redenschreiber des Kanzlers, hat Schröders Rede mit vorbereitet: „Ich wusste, der Einstieg war richtig.“'
    expect(speakerOf(subject, 'de')).toEqual(['Reinhard Hesse'])
    // With no one presented as a person, the capitalised word is still the one named.
    expect(speakerOf('Die Polizei gab eine Warnung heraus: „Bleiben Sie alle zu Hause.“', 'de')).toEqual([
      'Polizei',
    ])
    // But a capitalised noun met nowhere as a person is no speaker, even with no one else before the colon…
    expect(speakerOf('Die Bundesliga in Wort und Witz: „93 Tore, das ist nicht nichts“', 'de')).toEqual([
      null,
    ])
    expect(speakerOf('Er arbeitet dort seit 25 Jahren: „Ich bin alleinerziehender Vater.“', 'de')).toEqual([
      null,
    ])
    // …unless it labels its line, as in a band's interview.
    const labels = [
      'Ole: „Wir haben einfach sehr gute Fans.“',
      'Sophia: „Ab Oktober spielen wir die neue Tour.“',
    ]
    expect(speakerOf(labels.join('\n'), 'de')).toEqual(['Ole', 'Sophia'])
  })
  it('en: "Caddell continued:" closing the previous paragraph', () => {
    const t =
      'Pat Caddell spoke on Thursday.\nCaddell continued:\n"The health issue overall is very much a partisan issue."'
    expect(speakerOf(t, 'en')).toEqual(['Pat Caddell'])
  })
})

describe('organisations that speak', () => {
  it('ru: a district administration (управа) or prefecture after an impersonal verb, named in the nominative', () => {
    expect(speakerOf('«С сотрудниками проведена беседа», — ответили в управе района.', 'ru')).toEqual([
      'управа района',
    ])
    expect(speakerOf('«Работы завершены», — сообщили в префектуре округа.', 'ru')).toEqual([
      'префектура округа',
    ])
  })
  it('a seat of power that also qualifies roles speaks as itself (ru «заявил Кремль», en "the Kremlin said")', () => {
    expect(speakerOf('«Цены продолжат расти до конца года», — заявил Кремль.', 'ru')).toEqual(['Кремль'])
    expect(speakerOf('"Prices will keep rising until the end of the year," the Kremlin said.', 'en')).toEqual(
      ['Kremlin'],
    )
    // A role it qualifies is still the role: «представитель Кремля Дмитрий Песков».
    expect(speakerOf('«Цены продолжат расти», — сообщил представитель Кремля Дмитрий Песков.', 'ru')).toEqual(
      ['Дмитрий Песков'],
    )
  })
  it('is named in the nominative from a case form (ru: Минфина → Минфин)', () => {
    expect(
      speakers('«Цены продолжат расти до конца года», — говорится в сообщении Минфина.', 'ru').map((s) => [
        s.name,
        s.aliases,
      ]),
    ).toEqual([['Минфин', ['Минфина']]])
  })
  it('an impersonal verb with no subject, then «в» or desde and an organisation: the words came from it (ru, uk, es)', () => {
    expect(speakerOf('«Цены продолжат расти до конца года», — заявили в Кремле.', 'ru')).toEqual(['Кремль'])
    expect(speakerOf('«Ціни зростатимуть до кінця року», — повідомили в МЗС.', 'uk')).toEqual(['МЗС'])
    // Where verbs do not show the plural: señalan desde Moncloa, explicaron desde el Ministerio de Sanidad.
    expect(speakerOf('«La situación está bajo control total», señalan desde Moncloa.', 'es')).toEqual([
      'Moncloa',
    ])
    expect(
      speakerOf('«La situación está bajo control total», explicaron desde el Ministerio de Sanidad.', 'es'),
    ).toEqual(['Ministerio de Sanidad'])
    // An organisation named in marks, after an impersonal verb (past the agency told) or a document, named in the
    // nominative.
    for (const t of [
      '«Поставки газа идут в штатном режиме», — сообщили в «Газпроме».',
      '«Поставки газа идут в штатном режиме», — сообщили РБК в «Газпроме».',
      '«Поставки газа идут в штатном режиме», — заявили в пресс-службе «Газпрома».',
      'Правительство объявило о мерах. «Поставки газа идут в штатном режиме», — говорится в сообщении «Газпрома».',
      'Правительство объявило о мерах. «Поставки газа идут в штатном режиме», — говорится в сообщении компании «Газпром».',
    ])
      expect(speakerOf(t, 'ru'), t).toEqual(['Газпром'])
    expect(speakerOf('«Поставки идут в штатном режиме», — говорится в сообщении «Роснефти».', 'ru')).toEqual([
      'Роснефть',
    ])
    // The organisation before the impersonal verb, where the clause opens: «В Кремле заявили: «…»».
    expect(speakerOf('В Кремле заявили: «Мы не будем отвечать на провокации».', 'ru')).toEqual(['Кремль'])
    expect(speakerOf('В «Сбербанке» сообщили: «Ставки будут снижены».', 'ru')).toEqual(['Сбербанк'])
    expect(speakerOf('В Белом доме заявили: «Мы не будем отвечать на провокации».', 'ru')).toEqual([
      'Белый дом',
    ])
    expect(
      reported('Правительство объявило меры. В Минфине сообщили, что ставки будут снижены.', 'ru'),
    ).toEqual([['что ставки будут снижены', 'Минфин']])
    // «ведомство», «министерство» alone: the organisation named before (one opening its sentence too).
    for (const t of [
      'Минфин опубликовал данные. «Дефицит бюджета снизился», — сообщили в ведомстве.',
      'Минфин опубликовал данные. «Дефицит бюджета снизился», — отмечается в сообщении ведомства.',
      'Минфин опубликовал данные. «Дефицит бюджета снизился», — говорится в сообщении министерства.',
    ])
      expect(speakerOf(t, 'ru'), t).toEqual(['Минфин'])
    expect(
      speakerOf(
        'Міноборони провело навчання. «Усі завдання виконано», — йдеться в повідомленні відомства.',
        'uk',
      ),
    ).toEqual(['Міноборони'])
    // With the acronym of whose it is.
    expect(speakerOf('«Ситуація під контролем», — повідомили в Генштабі ЗСУ.', 'uk')).toEqual(['Генштаб ЗСУ'])
    // A service of no one named is no organisation the lexicon knows: no speaker rather than a guess.
    expect(speakerOf('«Цены продолжат расти до конца года», — сообщили в пресс-службе.', 'ru')).toEqual([
      null,
    ])
  })
  it('a declined acronym is the organisation, named undeclined (ru, uk)', () => {
    expect(speakerOf('Выборы прошли спокойно. «Нарушений не выявлено», — сообщили в ЦИКе.', 'ru')).toEqual([
      'ЦИК',
    ])
    expect(
      speakerOf('Компанія чекає постанову. "Постанова вже ухвалена", - зазначили в НАКу.', 'uk'),
    ).toEqual(['НАК'])
    // Not part of the name after it: «Глава ЦИКа Элла Памфилова».
    expect(
      speakerOf('Глава ЦИКа Элла Памфилова выступила. «Нарушений не выявлено», — сказала она.', 'ru'),
    ).toEqual(['Элла Памфилова'])
    // СМИ, ЗМІ are the press, no organisation.
    expect(speakerOf('Об этом сообщили СМИ. «Нарушений не выявлено», — сообщили в СМИ.', 'ru')).toEqual([
      null,
    ])
  })
  it('an institution named by its noun alone is the speaker, or the description before that holds it (ru, uk, es)', () => {
    expect(
      speakerOf('Произошла авария. «Водитель не справился с управлением», — рассказали в полиции.', 'ru'),
    ).toEqual(['полиция'])
    expect(
      speakerOf('Сталася аварія. «Водій не впорався з керуванням», — зазначили в поліції.', 'uk'),
    ).toEqual(['поліція'])
    expect(
      speakerOf('Un coche chocó. «El conductor perdió el control», señalaron desde la Policía.', 'es'),
    ).toEqual(['Policía'])
    // The press service of the police, named before, speaks for it.
    expect(
      speakerOf(
        'Об этом сообщили в пресс-службе полиции Москвы. «Водитель не справился с управлением», — рассказали в полиции.',
        'ru',
      ),
    ).toEqual(['пресс-служба полиции Москвы'])
    // «министерство» alone refers back, and names no one when nothing was named before.
    expect(speakerOf('Произошла авария. «Больных стало меньше», — рассказали в министерстве.', 'ru')).toEqual(
      [null],
    )
  })
  it('or an institution that says whose it is, named in the nominative (ru, uk)', () => {
    const cases: [string, 'ru' | 'uk', string][] = [
      [
        '«Цены продолжат расти до конца года», — заявили в пресс-службе Минфина.',
        'ru',
        'пресс-служба Минфина',
      ],
      [
        '«Ситуация находится под контролем», — сообщили в Министерстве обороны России.',
        'ru',
        'Министерство обороны России',
      ],
      ['«Ситуация находится под контролем», — сообщили в мэрии Москвы.', 'ru', 'мэрия Москвы'],
      ['«Ситуація під контролем», — повідомили у прес-службі уряду.', 'uk', 'прес-служба уряду'],
      ['«Ситуація під контролем», — повідомили в Міністерстві оборони.', 'uk', 'Міністерство оборони'],
    ]
    for (const [t, lang, name] of cases) expect(speakerOf(t, lang), t).toEqual([name])
  })
})

describe('an organisation named in marks as the subject of a verb of saying (ru, uk)', () => {
  it('before the verb, or after it at the end of the clause, alone or after the noun that says what it is', () => {
    for (const t of [
      '«Газпром» заявил: «Мы повысим цены на 10%».',
      'Компания «Газпром» сообщила: «Мы повысим цены на 10%».',
      '«Мы повысим цены на 10%», — заявил «Газпром».',
      '«Мы повысим цены на 10%», — сообщила компания «Газпром».',
    ])
      expect(speakerOf(t, 'ru'), t).toEqual(['Газпром'])
    expect(speakerOf('«Ми підвищимо ціни», — заявив «Нафтогаз».', 'uk')).toEqual(['Нафтогаз'])
  })
  it('one organisation in every case, named as the article names it when it is the subject', () => {
    const t =
      '«Газпром» объявил о повышении цен. «Мы повысим цены на 10%», — заявил «Газпром». «Поставки идут в штатном режиме», — сообщили в «Газпроме». «Поставки продолжатся», — говорится в сообщении «Газпрома».'
    expect(speakerOf(t, 'ru')).toEqual(['Газпром', 'Газпром', 'Газпром'])
    expect(speakers(t, 'ru').map((s) => s.name)).toEqual(['Газпром'])
  })
  it('not a newspaper told, nor a channel the words were said on', () => {
    for (const t of [
      '«Мы повысим цены на 10%», — сообщил «Известиям» Иван Петров.',
      '«Мы повысим цены на 10%», — заявил в интервью «Коммерсанту» Иван Петров.',
      'Иван Петров в эфире телеканала «Россия 24» сказал: «Мы повысим цены на 10%».',
      'Иван Петров сообщил «Известиям», что компания «будет бороться до конца».',
    ])
      expect(speakerOf(t, 'ru'), t).toEqual(['Иван Петров'])
  })
})

describe('a pronoun of no one in particular: the words are the institution’s (de, fr)', () => {
  it('hieß es aus dem Innenministerium / indique-t-on à l’Élysée / au ministère de l’Intérieur', () => {
    const cases: [string, 'de' | 'fr', string][] = [
      [
        '„Die Lage ist vollständig unter Kontrolle“, hieß es aus dem Innenministerium.',
        'de',
        'Innenministerium',
      ],
      [
        '„Die Lage ist vollständig unter Kontrolle“, hieß es aus der Bundesregierung.',
        'de',
        'Bundesregierung',
      ],
      ['« La situation est sous contrôle total », indique-t-on à l’Élysée.', 'fr', 'Élysée'],
      [
        '« La situation est sous contrôle total », indique-t-on au ministère de l’Intérieur.',
        'fr',
        'ministère de l’Intérieur',
      ],
    ]
    for (const [t, lang, name] of cases) expect(speakerOf(t, lang), t).toEqual([name])
  })
  it('or the document’s owner named after it, even for two words (de, fr)', () => {
    const cases: [string, 'de' | 'fr', string][] = [
      [
        '„Wir werden weiter kämpfen“, heißt es in einer Mitteilung der Bundesregierung.',
        'de',
        'Bundesregierung',
      ],
      [
        '„Wir werden weiter kämpfen“, heißt es in einer Erklärung des Innenministeriums.',
        'de',
        'Innenministerium',
      ],
      ['« Nous continuerons », indique-t-on dans un communiqué de l’Élysée.', 'fr', 'Élysée'],
    ]
    for (const [t, lang, name] of cases) expect(speakerOf(t, lang), t).toEqual([name])
  })
  it('not anyone named before: „…“, hieß es, with no institution, is no one’s', () => {
    const t = 'Die Regierung hat neue Maßnahmen angekündigt. „Wir werden weiter kämpfen“, hieß es am Abend.'
    expect(speakerOf(t, 'de')).toEqual([null])
  })
  it('French inversion: “dit-il”, “affirme-t-elle” are the verb and its subject', () => {
    const t =
      'Jean Dupont est arrivé lundi. « La situation est sous contrôle total », dit-il. « Nous verrons », indique-t-il.'
    expect(direct(t, 'fr')).toEqual([
      ['La situation est sous contrôle total', 'Jean Dupont', 'quote-verb-speaker'],
      ['Nous verrons', 'Jean Dupont', 'quote-verb-speaker'],
    ])
  })
})

describe('organisations named by several words, in any case (ru, uk)', () => {
  it("«с трибуны Верховной Рады заявил …»: the parliament is where, the pronoun after is the person's", () => {
    const t =
      'Об этом сегодня с трибуны Верховной Рады заявил председатель правления НБУ Владимир Стельмах.\n"По моей личной оценке, решение было инфляционным", - сказал он.'
    expect(speakerOf(t, 'ru')).toEqual(['Владимир Стельмах'])
  })
  it('an outlet in marks after a verb that relays is no quotation, and no subject («как сообщает «…», банкир добавил»)', () => {
    const t =
      'Глава департамента Нацбанка Сергей Круглик выступил на канале. При этом, как сообщает "Украинская правда", банкир добавил, что "все зависит, в том числе, и от населения".'
    expect(direct(t, 'ru').map(([q, s]) => [q, s])).toEqual([
      ['все зависит, в том числе, и от населения', 'Сергей Круглик'],
    ])
  })
  it('«в Белом доме», «Совет Федерации», «Банке России», «Офісі президента» — in the nominative', () => {
    const cases: [string, 'ru' | 'uk', string][] = [
      ['«Мы не будем отвечать на провокации», — заявили в Белом доме.', 'ru', 'Белый дом'],
      ['Белый дом заявил: «Мы не будем отвечать на провокации».', 'ru', 'Белый дом'],
      ['«Мы не будем отвечать на провокации», — заявили в Совете Федерации.', 'ru', 'Совет Федерации'],
      ['«Инфляция замедлится», — заявили в Банке России.', 'ru', 'Банк России'],
      ['«Ми не відступимо», — заявили в Офісі президента.', 'uk', 'Офіс президента'],
    ]
    for (const [t, lang, name] of cases) expect(speakerOf(t, lang), t).toEqual([name])
  })
})

describe('someone unnamed speaking for an organisation named before the role (en)', () => {
  it('“a Tesco spokesperson”, “a White House official”, “a Kremlin spokesman” are the organisation’s words', () => {
    expect(speakerOf('"We are disappointed with these results," a Tesco spokesperson said.', 'en')).toEqual([
      'Tesco',
    ])
    expect(
      speakers('"We are disappointed with these results," a Tesco spokesperson said.', 'en')[0]?.aliases,
    ).toEqual(['Tesco spokesperson'])
    expect(speakerOf('"We will respond," a White House official said.', 'en')).toEqual(['White House'])
    expect(speakerOf('"We will respond," a Kremlin spokesman said.', 'en')).toEqual(['Kremlin'])
  })
  it('an unnamed spokesperson for an organisation named after the role (en, fr, es)', () => {
    const cases: [string, 'en' | 'fr' | 'es', string][] = [
      ['"We are disappointed with these results," a spokesperson for Tesco said.', 'en', 'Tesco'],
      ['"The situation is under control," a spokeswoman for the Home Office said.', 'en', 'Home Office'],
      ['« La situation est sous contrôle », a indiqué un porte-parole de l’Élysée.', 'fr', 'Élysée'],
      [
        '"The situation is under control," a Ministry of Defence spokesman said.',
        'en',
        'Ministry of Defence',
      ],
      [
        '«La situación está bajo control», ha señalado un portavoz del Ministerio de Sanidad.',
        'es',
        'Ministerio de Sanidad',
      ],
    ]
    for (const [t, lang, name] of cases) expect(speakerOf(t, lang), t).toEqual([name])
    // Only those who speak for someone: "a lawyer for John Smith" is someone unnamed, not Smith.
    expect(attributionOf('"He is innocent," a lawyer for John Smith said.', 'en')).toEqual([
      [null, 'unnamed-speaker'],
    ])
  })
  it('an acronym or a broadcaster before a spokesperson: “an NHS spokeswoman”, “a BBC spokesman”', () => {
    expect(speakerOf('"We interviewed two young activists," an NHS spokeswoman said.', 'en')).toEqual(['NHS'])
    const bbc =
      'BNP leader Nick Griffin was also interviewed on Radio 1.\n\nA BBC spokesman said: "Newsbeat interviewed Nick Griffin and two young activists."'
    expect(speakerOf(bbc, 'en')).toEqual(['BBC'])
    // A spokesperson with a name is that person, and the broadcaster told is no speaker.
    expect(speakerOf('"We stand by it," BBC spokesman Tim Jones said.', 'en')).toEqual(['Tim Jones'])
    expect(speakerOf('"We stand by it," Jim Smith told the BBC.', 'en')).toEqual(['Jim Smith'])
  })
  it('“A spokesperson said” alone speaks for the organisation quoted before, not for a court named as a place', () => {
    const t = [
      'When they arrived, a man allegedly “threatened officers and smashed a window,” a North Yorkshire Police spokesman said.',
      'The force today confirmed that a man has been charged with a public order offence.',
      "He is due to appear at York Magistrates' Court on January 25.",
      'Fire and ambulance crews were also called to the scene last night.',
      'The road was closed for three hours while officers searched the flat.',
      'A spokesperson said: "We know this must have been a concerning incident for residents living nearby."',
    ].join('\n')
    expect(speakerOf(t, 'en')).toEqual(['North Yorkshire Police', 'North Yorkshire Police'])
  })
  it('an article between "of" and the capitalised complement: "the Office of the Police Ombudsman"', () => {
    const t =
      'The Office of the Police Ombudsman said: “As the PSNI has asked West Midlands Police to lead an investigation, we will not comment.”'
    expect(speakerOf(t, 'en')).toEqual(['Office of the Police Ombudsman'])
    expect(speakerOf('"We will not comment," the secretary of the Treasury said.', 'en')).toEqual([
      'secretary of the Treasury',
    ])
  })
  it('not a nationality: “a Russian official” is a description', () => {
    expect(speakerOf('"We will respond," a Russian official said.', 'en')).toEqual(['official'])
  })
})

describe('the outlet told and the employer are not part of the name', () => {
  it('a surname in the dative after a surname is whom the first spoke to (uk: «сказав Деркаченко Райковичу»)', () => {
    const t =
      'Міський голова Андрій Райкович зізнався голові комісії Юрію Деркаченку, що сесія коштувала нервів.\n– Вітаю з сесією, – сказав Деркаченко Райковичу після закінчення сесії.'
    expect(speakerOf(t, 'uk')).toEqual(['Юрій Деркаченко'])
  })
  it('a group told, in an oblique case of the plural, is not part of the role after it (ru, uk)', () => {
    expect(
      speakerOf('«Он нормальный человек», — рассказал журналистам сосед виновника аварии.', 'ru'),
    ).toEqual(['сосед виновника аварии'])
    expect(speakerOf('«Він нормальна людина», — розповів журналістам сусід загиблого.', 'uk')).toEqual([
      'сусід загиблого',
    ])
    // A resident named by what she is, in the nominative (not the stem «мешканк»).
    expect(speakerOf('«У них згоріла квартира», — каже мешканка квартири.', 'uk')).toEqual([
      'мешканка квартири',
    ])
  })
  it('a newspaper named after a preposition and a noun like diario is where, not who (es)', () => {
    expect(
      speakerOf(
        '“Ya vemos dinamismo en el campo”, sostuvo Prat Gay. En una entrevista publicada hoy en el diario La Nación, señaló que “la primera etapa es ganarle la batalla a la inflación”.',
        'es',
      ),
    ).toEqual(['Prat Gay', 'Prat Gay'])
    // « sur son compte Twitter »: the account's platform is no speaker.
    expect(
      speakerOf(
        'La police a donné un bilan. « Zone totalement bouclée, priorité aux secours », a-t-elle ajouté sur son compte Twitter.',
        'fr',
      ),
    ).not.toContain('Twitter')
  })
  it('ru: a role, what it is of in a list of lower-case words, then the name with a first name is its bearer', () => {
    const t =
      '«Аграрии обмолачивают ранние зерновые», — сказал руководитель областного департамента агропромышленного развития, экологии и природных ресурсов Николай Ткачук на совещании.'
    expect(speakerOf(t, 'ru')).toEqual(['Николай Ткачук'])
  })
  it('uk: “речник Повітряних сил Юрій Ігнат” — what the spokesman is of, then the name with its first name', () => {
    const t = '«Ворог випустив 20 ракет», — наголосив речник Повітряних сил Юрій Ігнат.'
    expect(speakerOf(t, 'uk')).toEqual(['Юрій Ігнат'])
  })
  it('en: “said Harvard University professor John Mull” — the employer, then the role given with the name', () => {
    expect(speakerOf('"It matters," said Harvard University professor John Mull.', 'en')).toEqual([
      'John Mull',
    ])
    const t = '"Doing research is important," said Weber State University zoology professor John Mull.'
    expect(speakerOf(t, 'en')).toEqual(['John Mull'])
    // A comma or a verb between them: the organisation speaks, someone else is named after.
    const apart = '"We are closing," said Harvard University, which employs professor John Mull.'
    expect(speakerOf(apart, 'en')).toEqual(['Harvard University'])
  })
  it('es: “explica a EL PAÍS Ana López” — a name in capitals after its article is one organisation', () => {
    const t = '«No vamos a dar un paso atrás», explica a EL PAÍS Ana López, portavoz de la asociación.'
    expect(speakerOf(t, 'es')).toEqual(['Ana López'])
  })
  it('es: “dijo a la Agencia EFE Fernando Novas” — a first name after the agency starts the person’s name', () => {
    const t =
      'El hallazgo es importante. «Diego había hallado la pieza», dijo a la Agencia EFE Fernando Novas.'
    expect(speakerOf(t, 'es')).toEqual(['Fernando Novas'])
  })
  it('fr: “explique au Monde Marie Martin” — a first name after a word governed by a preposition starts a name', () => {
    const t = '« Nous ne reculerons pas », explique au Monde Marie Martin, porte-parole de l’association.'
    expect(speakerOf(t, 'fr')).toEqual(['Marie Martin'])
  })
  it('de: “Anna Schmidt von der Commerzbank” — after a first name and a surname, von says where from', () => {
    const t = 'Die Ökonomin Anna Schmidt von der Commerzbank erwartet: „Die Preise werden weiter steigen.“'
    expect(speakerOf(t, 'de')).toEqual(['Anna Schmidt'])
    expect(speakerOf('„Wir bleiben dabei“, sagte Ursula von der Leyen.', 'de')).toEqual([
      'Ursula von der Leyen',
    ])
  })
})

describe('a name after a preposition and a possessive is where, not who', () => {
  it('a name right after a governed organisation is more of its name: «a BBC Mundo» (es)', () => {
    const t =
      '“Nuestro estudio da pasos importantes”, le explicó a BBC Mundo uno de los investigadores, el físico Manohar Kumar.'
    expect(direct(t, 'es').map(([, s]) => s)).toEqual(['Manohar Kumar'])
  })
  it('ru, uk: «Иван Петров в своем Telegram-канале написал» — the speaker is Иван Петров', () => {
    for (const t of [
      'Официальный представитель МИД Мария Захарова в своем Telegram-канале написала: «Мы не будем отвечать на провокации».',
      'Губернатор Мария Захарова в своем Telegram-канале сообщила, что «ситуация находится под полным контролем».',
    ])
      expect(speakerOf(t, 'ru'), t).toEqual(['Мария Захарова'])
    expect(
      speakerOf(
        'Іван Петренко у своєму Telegram-каналі написав: «Ми не відповідатимемо на провокації».',
        'uk',
      ),
    ).toEqual(['Іван Петренко'])
  })
  it('en: unless a relative pronoun makes it the subject ("turned to the Chicago Police Department which reported")', () => {
    const t =
      'To check the claim, they turned to the Chicago Police Department which reported “2,521 shooting incidents” in the city this year.'
    expect(speakerOf(t, 'en')).toEqual(['Chicago Police Department'])
  })
})

describe('French names and roles after an elided article or preposition', () => {
  it('d’Emmanuel Macron, l’Élysée, l’AFP then a name', () => {
    expect(
      speakerOf('« Nous continuerons à nous battre », selon les propos d’Emmanuel Macron.', 'fr'),
    ).toEqual(['Emmanuel Macron'])
    expect(
      speakerOf("« La situation est sous contrôle total », a indiqué l'Élysée dans un communiqué.", 'fr'),
    ).toEqual(['Élysée'])
    expect(
      speakerOf(
        "« Les prix vont continuer à augmenter », a estimé auprès de l'AFP Jean Dupont, économiste.",
        'fr',
      ),
    ).toEqual(['Jean Dupont'])
  })
  it('a spokesperson of someone is not that someone (le porte-parole d’Emmanuel Macron)', () => {
    const who = speakerOf(
      '« Nous continuerons à nous battre », a déclaré le porte-parole d’Emmanuel Macron.',
      'fr',
    )
    expect(who.some((name) => name?.includes('Macron'))).toBe(false)
  })
})

describe('a role after an indefinite article is someone new, not the person named before', () => {
  it('en: "a spokesperson" alone speaks for the organisation or institution named just before', () => {
    expect(
      speakerOf(
        'North Yorkshire Police attended the scene.\n"We know this was concerning for residents," a spokesperson said.',
        'en',
      ),
    ).toEqual(['North Yorkshire Police'])
    expect(
      speakerOf('The Ministry of Defence confirmed the test.\n"It was a success," a spokesman said.', 'en'),
    ).toEqual(['Ministry of Defence'])
  })
  it('en "a spokesman", de "ein Sprecher des Ministeriums"', () => {
    // Someone unnamed (no speaker), not the person named before.
    expect(
      attributionOf('John Smith arrived in Paris on Monday.\n"The talks went well," a spokesman said.', 'en'),
    ).toEqual([[null, 'unnamed-speaker']])
    expect(
      attributionOf(
        'Die Regierung hat am Dienstag neue Maßnahmen angekündigt.\n„Die Lage ist vollständig unter Kontrolle“, teilte ein Sprecher des Ministeriums mit.',
        'de',
      ),
    ).toEqual([[null, 'unnamed-speaker']])
  })
  it('ru, uk: a commoner’s role alone, referring to no one named, is someone unnamed (no article says so)', () => {
    const ru = [
      'Алексей общался со старушкой, которая отказалась покидать дом.',
      '- Погреб забитый. Картошка есть, - ответила женщина на предложение привезти ей гречку.',
      '- Солдатам отдаю. Пускай питаются, - сказала пенсионерка.',
    ].join('\n')
    expect(attributionOf(ru, 'ru')).toEqual([
      [null, 'unnamed-speaker'],
      [null, 'unnamed-speaker'],
    ])
    expect(attributionOf('«Все сталося у мене на очах», — розповів очевидець.', 'uk')).toEqual([
      [null, 'unnamed-speaker'],
    ])
    // The one named before, if the words agree, or the one the role was given to, is still who speaks.
    const named = 'Ольга Петренко живе тут сорок років. «Ми нікуди не поїдемо», — сказала жінка.'
    expect(speakerOf(named, 'uk')).toEqual(['Ольга Петренко'])
    const bearer = 'Пенсионерка Нина Васильева вышла на улицу.\n«Очень скользко», — рассказала пенсионерка.'
    expect(speakerOf(bearer, 'ru')).toEqual(['Нина Васильева'])
    // With a complement after it, the description is someone the article tells apart («владелец сгоревшего дома»).
    expect(speakerOf('«Дом сгорел за час», — рассказала жительница пятого этажа.', 'ru')).toEqual([
      'жительница пятого этажа',
    ])
  })
  it('ru: a present tense in -ся after a role word is its verb, not a complement («Мужчина присматривается»)', () => {
    const t =
      'Мужчина присматривается к овощам на прилавке.\n― Разве это лук? Маленький такой, — говорит мужчина.'
    expect(speakers(t, 'ru').map((s) => s.name)).not.toContain('Мужчина присматривается')
  })
})

describe('rule split-quote: one quotation cut by an inserted attribution', () => {
  it('ru: «…», — сказал X. — «…»: a short second half in marks of its own after the dash is speech', () => {
    const t = '«Мы не ведем переговоров», — сказал Песков. — «Решение за президентом».'
    expect(speakerOf(t, 'ru')).toEqual(['Песков', 'Песков'])
    // The press service of a regional administration, written solid (uk), is named in the nominative.
    expect(speakerOf('«Ситуація під контролем», — повідомляє пресслужба Київської ОВА.', 'uk')).toEqual([
      'пресслужба Київської ОВА',
    ])
  })
  it('ru: «…, — объясняет юрист. — …»', () => {
    const t =
      'Юрист Вадим Жернаков сказал, что ждать не нужно. «Сначала идет Конституция, потом законы, — объясняет юрист. — А уставы утверждаются указом президента».'
    expect(direct(t, 'ru')).toEqual([
      ['Сначала идет Конституция, потом законы', 'Вадим Жернаков', 'split-quote'],
      ['А уставы утверждаются указом президента', 'Вадим Жернаков', 'split-quote'],
    ])
  })
  it('ru: the dashes written against the comma and the full stop, an adverb before the verb («…,— задумчиво произносит X.— …»)', () => {
    const t =
      '"Это было потрясающее чувство — знать, что ты работаешь на самом большом телескопе,— задумчиво произносит вице-президент РАН Юрий Балега, подходя к футуристическому белому зданию, похожему на посольство инопланетян.— Нам всем было лет по двадцать".'
    expect(direct(t, 'ru').map(([q, s, m]) => [q.slice(0, 22), s, m])).toEqual([
      ['Это было потрясающее ч', 'Юрий Балега', 'split-quote'],
      ['Нам всем было лет по д', 'Юрий Балега', 'split-quote'],
    ])
  })
  it('en: “…,” Flynn said. “…” (continuation)', () => {
    const t =
      '“He is absolutely right about the generals,” Flynn said. “I mean, there is a lot of frustration.”'
    expect(speakerOf(t, 'en')).toEqual(['Flynn', 'Flynn'])
    expect(methodOf(t, 'en')[1]).toBe('continuation')
  })
  it('fr: « …, explique X. … », « …, dit-il, … »: the incise inside the marks with no dashes', () => {
    expect(
      direct('« Nous sommes déçus, explique le maire Jean Dupont. Nous allons faire appel. »', 'fr'),
    ).toEqual([
      ['Nous sommes déçus', 'Jean Dupont', 'split-quote'],
      ['Nous allons faire appel.', 'Jean Dupont', 'split-quote'],
    ])
    // An apposition after the name stays in the incise, up to the sentence's end.
    expect(
      direct(
        '« Cette annonce nous a abasourdis, confie Sébastien Mériot, 19 ans de maison. Vu le contexte, on pouvait l’imaginer. »',
        'fr',
      ).map(([q, s]) => [q, s]),
    ).toEqual([
      ['Cette annonce nous a abasourdis', 'Sébastien Mériot'],
      ['Vu le contexte, on pouvait l’imaginer.', 'Sébastien Mériot'],
    ])
    // The verb with its subject pronoun ends the incise at its comma; the pronoun is the person named before.
    expect(
      direct(
        'Le maire Jean Dupont a réagi lundi. « Nous sommes déçus, dit-il, mais nous allons faire appel. »',
        'fr',
      ),
    ).toEqual([
      ['Nous sommes déçus', 'Jean Dupont', 'split-quote'],
      ['mais nous allons faire appel.', 'Jean Dupont', 'split-quote'],
    ])
    // A compound past ("a reconnu"), and a longer incise up to its sentence's end.
    expect(
      direct(
        '« On a mené, mais c’est solide, a reconnu le sélectionneur des Bleus sur TF1, avant de revenir sur le rassemblement. C’est un très bon rassemblement. »',
        'fr',
      ).map(([q]) => q),
    ).toEqual(['On a mené, mais c’est solide', 'C’est un très bon rassemblement.'])
    // Not where dashes set incises off: a Russian quotation with a comma and a verb inside stays whole.
    expect(direct('«Мы победим, говорит тренер, и это главное», — сказал Иван Петров.', 'ru').length).toBe(1)
  })
})

describe('rule source-phrase: по словам X / according to X / selon X / según X / laut X / за словами X', () => {
  it('a quotation of two words after the phrase and its comma, ending the sentence, is speech (uk, ru)', () => {
    expect(speakerOf('Харків знову атакували. За словами Синєгубова, «загиблих немає».', 'uk')).toEqual([
      'Синєгубов',
    ])
    expect(speakerOf('Харьков снова атаковали. По словам Синегубова, «погибших нет».', 'ru')).toEqual([
      'Синегубов',
    ])
    // A name in marks goes on with the sentence: no quotation.
    expect(speakerOf('Компания отчиталась. По словам Миллера, «Газпром» увеличит добычу.', 'ru')).toEqual([])
  })
  it('a quotation of two words is speech when a source phrase follows its comma (es, ru, fr)', () => {
    expect(speakerOf('«Seguiremos luchando», según Juan García.', 'es')).toEqual(['Juan García'])
    expect(speakerOf('«Seguiremos luchando», según un comunicado del Ministerio de Defensa.', 'es')).toEqual([
      'Ministerio de Defensa',
    ])
    expect(speakerOf('«Будем бороться», по словам Ивана Петрова.', 'ru')).toEqual(['Иван Петров'])
    expect(speakerOf('« Nous continuerons », selon Jean Dupont.', 'fr')).toEqual(['Jean Dupont'])
    // Without the comma, two words in marks stay a name: «Seguiremos luchando» según … is not read as said.
    expect(speakerOf('El lema «Seguiremos luchando» según Juan García.', 'es')).toEqual([])
  })
  const cases: [Parameters<typeof direct>[1], string, string][] = [
    [
      'ru',
      'По словам Андрея Иванова, это «очень серьезная и долгая проблема для всей отрасли».',
      'Андрей Иванов',
    ],
    ['uk', 'За словами Андрія Коваля, це «дуже серйозна і довга проблема для галузі».', 'Андрій Коваль'],
    // A surname in -енко, whose genitive is -енка.
    ['uk', 'За словами Івана Петренка, це «дуже серйозна і довга проблема для галузі».', 'Іван Петренко'],
    [
      'en',
      'According to John Smith, it was “a very serious and long problem for the industry.”',
      'John Smith',
    ],
    [
      'fr',
      'Selon Pierre Martin, il y a "plus de différence de continuité visuelle entre les deux".',
      'Pierre Martin',
    ],
    ['es', 'Según Juan García, hubo un "fuerte aumento de las matriculaciones en noviembre".', 'Juan García'],
    ['de', 'Laut Klaus Weber sei das "eine gefährliche Tendenz in der ganzen Liga".', 'Klaus Weber'],
    // Past a document to its author.
    ['en', '"We will keep fighting for this," according to a statement from the White House.', 'White House'],
    [
      'es',
      '«Seguiremos luchando por esto», según un comunicado del Ministerio de Defensa.',
      'Ministerio de Defensa',
    ],
    [
      'de',
      '„Wir werden weiter für das Projekt kämpfen“, laut einer Mitteilung der Bundesregierung.',
      'Bundesregierung',
    ],
    // After a preposition, a capitalised run that opens with a first name is a person, not a noun.
    [
      'de',
      'Nach Ansicht von Anna Schmidt werden „die Preise bis zum Jahresende weiter steigen“.',
      'Anna Schmidt',
    ],
    // A person's view, only where the phrase opens the sentence and a comma sets the person off.
    [
      'fr',
      'Pour Marie Martin, « les prix vont continuer à augmenter jusqu’à la fin de l’année ».',
      'Marie Martin',
    ],
    ['es', 'Para Juan García, «los precios seguirán subiendo hasta final de año».', 'Juan García'],
    ['en', 'For John Smith, “the answer is simple: prices will keep rising.”', 'John Smith'],
  ]
  for (const [lang, text, who] of cases)
    it(`${lang}: ${who}`, () =>
      expect(direct(text, lang)).toEqual([[expect.any(String), who, 'source-phrase']]))
  it('"pour", "for" elsewhere introduce no one', () => {
    expect(speakerOf('Pour la France, « c’est un moment historique pour tout le pays ».', 'fr')).toEqual([
      null,
    ])
    expect(
      speakerOf('For the first time, “prices are falling in every region of the country.”', 'en'),
    ).toEqual([null])
  })
})

describe('rule back-reference: «…». Об этом заявил X / „…“ Das sagte X / « … » C’est ce qu’a déclaré X', () => {
  it('the pointing sentence opening the next paragraph, after a sentence that ends its own', () => {
    const t =
      'На пресс-конференции президента России Владимира Путина было много людей, которые "не имели никакого отношения к журналистам".\n\nОб этом заявил пресс-секретарь президента Дмитрий Песков.'
    expect(direct(t, 'ru').map(([, s, m]) => [s, m])).toEqual([['Дмитрий Песков', 'back-reference']])
    expect(
      speakerOf('«Ціни зростатимуть до кінця року».\nПро це заявив економіст Іван Петренко.', 'uk'),
    ).toEqual(['Іван Петренко'])
  })
  it('es: «Lo cuenta X» after the quotation', () => {
    const t =
      'Los bomberos llamaron a la puerta. «He visto que había muchísimo humo y me he asustado». Lo cuenta Cristina Redondo, vecina del bloque.'
    expect(direct(t, 'es').map(([, s, m]) => [s, m])).toEqual([['Cristina Redondo', 'back-reference']])
  })
  it('verbs of complaint and address: сетует, вспоминает, обратился (ru), нарікає, пригадує (uk)', () => {
    expect(speakerOf('«Горит уже не в первый раз», — сетует местная жительница Анна Иванова.', 'ru')).toEqual(
      ['Анна Иванова'],
    )
    expect(
      speakerOf(
        'Министр Александр Ткачев выступил перед депутатами.\n— Вы пытаетесь донести проблемы до власти, — обратился он к парламентариям.',
        'ru',
      ),
    ).toEqual(['Александр Ткачев'])
    expect(speakerOf('«Раніше було краще», — пригадує пенсіонерка Ганна Коваль.', 'uk')).toEqual([
      'Ганна Коваль',
    ])
  })
  const cases = [
    [
      'ru',
      '«Цены продолжат расти до конца года». Об этом в среду заявил экономист Иван Петров.',
      'Иван Петров',
    ],
    ['ru', '«Цены продолжат расти до конца года». Об этом журналистам сообщил Иван Петров.', 'Иван Петров'],
    [
      'uk',
      '«Ціни продовжать зростати до кінця року». Про це заявив економіст Іван Петренко.',
      'Іван Петренко',
    ],
    [
      'de',
      '„Die Preise werden bis zum Jahresende weiter steigen.“ Das sagte der Ökonom Hans Müller.',
      'Hans Müller',
    ],
    [
      'fr',
      '« Les prix vont encore augmenter cette année. » C’est ce qu’a déclaré l’économiste Jean Dupont.',
      'Jean Dupont',
    ],
    [
      'es',
      '«Los precios seguirán subiendo hasta final de año». Así lo aseguró el economista Juan García.',
      'Juan García',
    ],
    [
      'ru',
      '«Цены продолжат расти до конца года». Такое заявление сделал экономист Иван Петров.',
      'Иван Петров',
    ],
    [
      'ru',
      '«Цены продолжат расти до конца года». С таким заявлением выступила глава ЦБ Анна Иванова.',
      'Анна Иванова',
    ],
    [
      'uk',
      '«Ціни продовжать зростати до кінця року». Таку заяву зробив економіст Іван Петренко.',
      'Іван Петренко',
    ],
    [
      'en',
      '"We are looking at all options for the bank." That\'s what its chief economist, John Smith, told reporters.',
      'John Smith',
    ],
  ] as const
  for (const [language, text, speaker] of cases)
    it(`${language}: ${text.slice(text.search(/[.»“"] \p{Lu}/u) + 2)}`, () => {
      expect(direct(text, language)).toEqual([[expect.any(String), speaker, 'back-reference']])
    })
  it('after a document that says it, the next sentence names whose it was («…», — говорится в заявлении. Об этом сообщил X)', () => {
    const t =
      'Правительство объявило о новых мерах.\n«Цены продолжат расти до конца года», — говорится в заявлении. Об этом сообщил Иван Петров.'
    expect(direct(t, 'ru')).toEqual([[expect.any(String), 'Иван Петров', 'back-reference']])
  })
  it('not when the pointing word opens a sentence of another subject', () => {
    expect(
      methodOf('«Цены продолжат расти до конца года». Это заявление вызвало критику.', 'ru'),
    ).not.toContain('back-reference')
    expect(
      methodOf('„Die Preise werden weiter steigen.“ Das Ministerium teilte mit, die Lage sei stabil.', 'de'),
    ).not.toContain('back-reference')
  })
})

describe('rule continuation: a quote-only paragraph keeps the previous speaker', () => {
  it('en', () => {
    const t =
      '“We will achieve justice in this case,” Chief Chuck Jordan said Monday.\n“I want to assure our community that we will achieve justice.”'
    expect(speakerOf(t, 'en')).toEqual(['Chuck Jordan', 'Chuck Jordan'])
  })
})

describe('rule multi-paragraph: the opening mark repeated at each paragraph, the speaker kept', () => {
  it('en (opened after "said:" mid-paragraph)', () => {
    const t =
      'Commission chair Alan Miller said: "Today Scotland is taking a big step towards human dignity.\n"The Scottish Parliament has human rights at its heart."'
    expect(direct(t, 'en')).toEqual([
      ['Today Scotland is taking a big step towards human dignity.', 'Alan Miller', 'speaker-verb-colon'],
      ['The Scottish Parliament has human rights at its heart.', 'Alan Miller', 'multi-paragraph'],
    ])
  })
  it('en: past a quotation inside the paragraph before, over blank lines', () => {
    const t =
      "Inspector Tate said: “Officers received reports at 8.30pm.\n\n“It should never be accepted as 'part of the job'.\n\n“He was also arrested for criminal damage.”"
    expect(direct(t, 'en')).toEqual([
      ['Officers received reports at 8.30pm.', 'Inspector Tate', 'speaker-verb-colon'],
      ["It should never be accepted as 'part of the job'.", 'Inspector Tate', 'multi-paragraph'],
      ['part of the job', 'Inspector Tate', 'continuation'],
      ['He was also arrested for criminal damage.', 'Inspector Tate', 'multi-paragraph'],
    ])
  })
})

describe('rule previous-sentence-verb: the subject of the sentence before, a role of one person or none', () => {
  it('«Otra vecina» is someone new; her words after the sentence that brings her in are hers (es)', () => {
    const t = [
      '«Nos hemos ido a casa de mis padres», comentaba Cristina Redondo.',
      'Otra vecina del inmueble de enfrente aseguraba que su marido había oído mucho ruido. «Al despertarme he visto que teníamos todo el pasillo negro».',
    ].join('\n')
    expect(attributionOf(t, 'es')).toEqual([
      ['Cristina Redondo', 'quote-verb-speaker'],
      [null, 'unnamed-speaker'],
    ])
    // A group is no one speaking: the zero subject, as before.
    const en = 'Two officials confirmed the plan on Friday.\n"We are moving," Two said.'
    expect(speakerOf(en, 'en')).toEqual([null])
  })
})

describe('rule previous-sentence-name: a quote without a verb belongs to the person just named', () => {
  it('uk', () => {
    const t =
      "Захід відбувся за підтримки Михайла Шуневича. «На роботу та відпочинок надихає сім'я, дружина та син»."
    expect(direct(t, 'uk')).toEqual([[expect.any(String), 'Михайло Шуневич', 'previous-sentence-name']])
  })
  it('not a capitalised word the article never shows to be a person: a town in a list (ru, uk)', () => {
    const ru =
      'В селе поселили 14 жителей из Дебальцевого Донецкой области и Попасной. «Они хорошие люди, работают».'
    expect(direct(ru, 'ru').map(([, s]) => s)).toEqual([null])
    const uk =
      'Про це йдеться у заяві партії Батьківщини. «Можливо ви чули, що з’явилася інформація про мітинги».'
    expect(direct(uk, 'uk').map(([, s]) => s)).not.toContain('Батьківщини')
  })
  it('a verb with no subject goes back to a person, not to any capitalised word (en)', () => {
    const t = [
      'Two girls allegedly sent threats to the victim on Twitter and Facebook.',
      'One posting declared: "You ripped my family apart."',
      'Another posted: "I will celebrate."',
    ].join('\n')
    expect(direct(t, 'en').map(([, s]) => s)).toEqual([null, null])
  })
  it('or named by a role whose bearer the article has named (fr «la ministre», en "the secretary")', () => {
    const fr = [
      'La ministre Marie Martin a présenté un plan pour les écoles.',
      'Pour rappel, la ministre a lancé ce jeudi un projet test dans dix villes.',
      'Le but étant "d’améliorer la sécurité des élèves".',
    ].join('\n')
    expect(direct(fr, 'fr')).toEqual([[expect.any(String), 'Marie Martin', 'previous-sentence-name']])
    const en = [
      'Health Secretary Jane Doe unveiled the plan on Monday.',
      'The secretary launched a pilot scheme in ten hospitals.',
      'The aim is "to cut waiting lists by half".',
    ].join('\n')
    expect(direct(en, 'en')).toEqual([[expect.any(String), 'Jane Doe', 'previous-sentence-name']])
  })
  it('not when the quotation’s own sentence names a document as its source ("…," the book said)', () => {
    const t =
      'Jane Doe was treated in hospital in 1998.\n“She was back at work within days and very few people knew,” the book said.'
    expect(speakerOf(t, 'en')).toEqual([null])
  })
  it('de: not a lone capitalised noun of that sentence ("Maßnahmen")', () => {
    const t =
      'Die Regierung hat am Dienstag neue Maßnahmen gegen die steigenden Preise angekündigt.\n„Die Preise werden bis zum Jahresende weiter steigen.“ Das Ministerium teilte mit, die Lage sei stabil.'
    expect(speakerOf(t, 'de')).toEqual([null])
  })
})

describe('dialogue-dash', () => {
  it('ru: — Реплика, — сказал он.', () => {
    const t = 'Тренер Сергей Орлов вышел к журналистам.\n— Мы сделали всё, что могли сегодня, — сказал Орлов.'
    expect(direct(t, 'ru')).toEqual([['Мы сделали всё, что могли сегодня', 'Сергей Орлов', 'dialogue-dash']])
  })
  it('es: the dash against the words, the author’s words closed by a dash', () => {
    const t = '—Es inaceptable —declaró Yolanda Díaz—. Vamos a actuar contra los abusos.'
    expect(direct(t, 'es')).toEqual([
      ['Es inaceptable', 'Yolanda Díaz', 'dialogue-dash'],
      ['Vamos a actuar contra los abusos.', 'Yolanda Díaz', expect.any(String)],
    ])
  })
})

describe('no speaker when the article does not say', () => {
  it('es: no one in a relative clause after the verb’s unread subject speaks', () => {
    const es =
      'El juicio siguió el lunes.\n\n«Juro por Dios que no lo hice», dijo el hombre, que ha sido juzgado dos veces.'
    expect(speakerOf(es, 'es')).toEqual([null])
    // The subject after the clause's closing comma does.
    const ru =
      '«Шельмование мэра уже началось!», – заявил на пресс-конференции, которая прошла на стадионе Николаева, городской голова Чайка.'
    expect(speakerOf(ru, 'ru')).toEqual(['Чайка'])
  })
  it('ru: a capital letter and a dot before a name is its initial, not the preposition «в»', () => {
    const t =
      'В.Чайка: «Если будут выборы мэра – будут и выборы в местные советы!»\n\nМэр провел пресс-конференцию.'
    // (Alone, a surname in -а may be a genitive: its nominative is a guess, the speaker is not.)
    expect(speakerOf(t, 'ru')[0]).toMatch(/^Чайк/)
  })
  it('keeps a quotation with speakerId null rather than guessing', () => {
    expect(
      speakerOf(
        'Многие сочли это фактическим началом практики по «приравниванию смартфонов к дедовщине» в армии.',
        'ru',
      ),
    ).toEqual([null])
  })
})

describe('a quotation that ends its own sentence', () => {
  it('en: a full stop inside the closing mark, then a capital: the next sentence is not its attribution', () => {
    const t = [
      'The council met on Monday to discuss the new business park near the river.',
      'Maria Lopez said: "The business park, which is home to a training centre, opened in 2012." The mayor also said there had been no complaints.',
    ].join('\n\n')
    expect(direct(t, 'en').map(([, s, m]) => [s, m])).toEqual([['Maria Lopez', 'speaker-verb-colon']])
  })
  it('en: after a question or exclamation mark the capitalised words still attribute it ("Why?" Smith asked)', () => {
    const t = 'John Smith visited the plant on Friday.\n\n"Why would we stop now?" Smith asked the workers.'
    expect(speakerOf(t, 'en')).toEqual(['John Smith'])
  })
})

describe('a name after a sentence that ends in a capitalised word', () => {
  it('en: "…for the Rovers. Laura Jensen said:" — the run after "the" stops at the sentence end', () => {
    const t =
      'The striker scored twice in his last four games for the Rovers. Laura Jensen said: "He was the man in the middle in every sense after the heat of the derby."'
    expect(direct(t, 'en').map(([, s, m]) => [s, m])).toEqual([['Laura Jensen', 'speaker-verb-colon']])
  })
})

describe('a role at the end of one sentence does not take the name that opens the next', () => {
  it('ru: "…встречу с чемпионом. Мария Волкова подчеркнула: «…»"', () => {
    const t =
      'В последних боях он потерпел три поражения и вряд ли сможет обеспечить себе встречу с чемпионом. Мария Волкова подчеркнула: «На данный момент выше него в рейтинге находятся лишь трое бойцов».'
    expect(direct(t, 'ru').map(([, s, m]) => [s, m])).toEqual([['Мария Волкова', 'speaker-verb-colon']])
  })
})

describe('a gendered pronoun refers to a person, not to a place read as a name', () => {
  it('ru: "…в одном из баров Братиславы. «…», — подчеркнул он." has no speaker', () => {
    const t =
      'Хоккеисты после победы были замечены в одном из баров Братиславы.\n«Игроков признали виновными в нарушении режима, решение будет обжаловано», — подчеркнул он.'
    expect(speakerOf(t, 'ru')).toEqual([null])
  })
  it('ru: not someone whose verb of saying shows the other gender («Мендель намекнула… — сказал он»)', () => {
    const t =
      'Сергей Никифоров заявил, что реакции не будет.\nОн пояснил, что Мендель намекнула на отсутствие скандалов.\n"Как раз сегодня видел её интервью одному из телеканалов", — сказал он.'
    expect(speakerOf(t, 'ru')).toEqual(['Сергей Никифоров'])
  })
  it('ru: the person named next to a verb of saying still counts ("Как пояснил Калинкин… — добавил он")', () => {
    const t =
      'Как пояснил Калинкин, травмированные зацеперы на своём примере показывают, чем могут закончиться такие занятия.\n«Это очень эффективная профилактика», — добавил он.'
    expect(speakerOf(t, 'ru')).toEqual(['Калинкин'])
  })
  it('en: "…the sharpest fall since 2008 in Florida. "…," she added." has no speaker', () => {
    const t =
      'House prices showed the sharpest fall since 2008 in Florida and Nevada.\n\n"It was a similar story for the whole of the south of the country," she added.'
    expect(speakerOf(t, 'en')).toEqual([null])
  })
})

describe('a quotation over a line break, marked only at its two ends', () => {
  it('ru: the attribution after its closing mark, in the next paragraph, names the speaker', () => {
    const t =
      'Новый пресс-секретарь провел первый брифинг.\n«Лично я с ней не сталкивался.\nУ меня к ней никаких замечаний нет», — отметил Сергей Никифоров.'
    expect(direct(t, 'ru')).toEqual([
      [
        'Лично я с ней не сталкивался.\nУ меня к ней никаких замечаний нет',
        'Сергей Никифоров',
        'quote-verb-speaker',
      ],
    ])
  })
  it('fr: the speaker before its opening mark', () => {
    const t =
      "Jean Dupont a pris la parole mardi : « Nous allons fermer l'usine.\n\nC'est une décision difficile pour tous. »"
    expect(speakerOf(t, 'fr')).toEqual(['Jean Dupont'])
  })
})

describe('a document quoted at the very end of the text', () => {
  it('ru: «…», — говорится в сообщении. as the last words reads no owner past the end (0.2.3 threw)', () => {
    const t =
      'В дежурную часть поступило сообщение.\n«Пострадавшие госпитализированы», — говорится в сообщении.'
    expect(speakerOf(t, 'ru')).toEqual([null])
    expect(speakerOf(`${t}\n`, 'ru')).toEqual([null])
  })
  it('ru: an acronym of a thing (ДТП) is no organisation whose report it is', () => {
    const t =
      'В дежурную часть поступило сообщение о ДТП на трассе.\n«Пострадали пять пассажиров», — говорится в сообщении.'
    expect(speakerOf(t, 'ru')).toEqual([null])
  })
})

describe('English titles, surnames that are also months', () => {
  it('capitalised words before a capitalised role are a title, not a second name', () => {
    const t =
      'Senior Station Officer Collin Wright arrived first on an Avondale appliance, he said the house was alight.\n\n“The fire was very well-involved when we arrived.”'
    expect(direct(t, 'en')).toEqual([
      ['The fire was very well-involved when we arrived.', 'Collin Wright', 'previous-sentence-name'],
    ])
    expect(speakers(t, 'en').map((s) => [s.name, s.role])).toEqual([
      ['Collin Wright', 'Senior Station Officer'],
    ])
  })
  it('"May said" is Keith May once the article names him so; "in May" stays the month', () => {
    const t =
      'The fire department is responding to a fire, according to spokesperson Keith May.\n“The Red Cross is on the scene,” May said in an email.\nThe fire started in May, officials said.'
    expect(speakerOf(t, 'en')).toEqual(['Keith May'])
    expect(speakers(t, 'en').map((s) => s.aliases)).toEqual([
      ['spokesperson Keith May', 'spokesperson', 'May'],
    ])
  })
})

describe('Spanish verbs of saying: remarcar, resaltar, confesar, expresar, detallar, analizar…', () => {
  it('a colon after a verb with no subject of its own: the one speaking before', () => {
    const t =
      'El director general, Leonardo Marcos, ha asegurado que no hubo errores.\nRespecto al operativo, ha relatado que la orden la dio la cadena de mando.\nSobre los agentes, ha remarcado que el suceso ha sido un golpe: "Hemos perdido a dos de los nuestros".'
    expect(direct(t, 'es')).toEqual([
      ['Hemos perdido a dos de los nuestros', 'Leonardo Marcos', 'speaker-verb-zero-subject'],
    ])
  })
  it('"…", analizó X', () => {
    const t = 'El Celta ganó el sábado. "Cuando no ganamos me cuesta salir de casa", analizó Eduardo Coudet.'
    expect(speakerOf(t, 'es')).toEqual(['Eduardo Coudet'])
  })
  it('en: a place named with its head last is no person; firefighters and homeowners are roles', () => {
    const t =
      'In response to a query, one of the firemen said, "Oh, it was just a trash fire." The smoke reached the homes down 30th Street. The fireman said, "The wind was blowing in that direction."'
    expect(speakerOf(t, 'en')).not.toContain('Street')
    expect(speakerOf(t, 'en')[1]).toBe('fireman')
    expect(attributionOf('“We lost everything in our house,” one distraught homeowner said.', 'en')).toEqual([
      [null, 'unnamed-speaker'],
    ])
    // (A surname that is also a street's noun stays a person's: "Lane said".)
    expect(speakerOf('Philip Lane spoke on Friday. “We will do more,” Lane said.', 'en')).toEqual([
      'Philip Lane',
    ])
  })
  it('sports roles: «…», dijo el estratego / a expliqué le technicien (the person named before)', () => {
    expect(
      direct('Luis Marín dirigió al equipo. «Estoy contento con el triunfo», dijo el estratego.', 'es'),
    ).toEqual([['Estoy contento con el triunfo', 'Luis Marín', 'quote-verb-speaker']])
    expect(
      direct(
        'Didier Deschamps a fait le point. « Nous avons bien joué ce soir », a expliqué le technicien.',
        'fr',
      ),
    ).toEqual([['Nous avons bien joué ce soir', 'Didier Deschamps', 'quote-verb-speaker']])
  })
  it('a participle after an adverb of degree is no verb of saying ("El jugador más destacado")', () => {
    const t =
      'El jugador más destacado del partido fue Lucas Ontivero: «tiene un desarrollo de futuro importante».'
    expect(direct(t, 'es').map(([, , m]) => m)).not.toContain('speaker-verb-colon')
    expect(speakerOf(t, 'es')).not.toContain('jugador')
  })
  it('«…», soltó / ironizó X', () => {
    const t =
      '«¿Ya ven lo que me dejó el váguido?», ironizó el mandatario Andrés López. «Lamento que se llegue a esos extremos», soltó el presidente vestido de azul.'
    expect(direct(t, 'es').map(([, s, m]) => [s, m])).toEqual([
      ['Andrés López', 'quote-verb-speaker'],
      ['Andrés López', 'quote-verb-speaker'],
    ])
  })
  it('institutions: « le parquet de Paris », « la préfecture », «informó la Policía Nacional»', () => {
    expect(
      speakerOf('« Une enquête a été ouverte pour meurtre », a indiqué le parquet de Paris.', 'fr'),
    ).toEqual(['parquet de Paris'])
    expect(speakerOf('« La situation est sous contrôle », a indiqué la préfecture.', 'fr')).toEqual([
      'préfecture',
    ])
    expect(
      speakerOf('«El detenido tiene antecedentes», informó la Policía Nacional en un comunicado.', 'es'),
    ).toEqual(['Policía Nacional'])
  })
  it('es: a name set off by a comma after a role and its complement is the role’s bearer; a street is no one', () => {
    const t =
      'Los contenedores formaban una barricada en la calle Aniagua.\nTal y como señala el concejal responsable de la Policía Local, Jacobo Lemes, "estaban impidiendo el paso y atentando contra la seguridad del tráfico".'
    expect(speakerOf(t, 'es')).toEqual(['Jacobo Lemes'])
  })
  it('calificar / qualifier: "X califica … como «…»" characterises in X’s words (es, fr)', () => {
    expect(
      speakerOf(
        'El Gobierno califica las declaraciones de Marta Rovira como «una burda patraña» y pide calma.',
        'es',
      ),
    ).toEqual(['Gobierno'])
    expect(
      speakerOf('Le ministre a qualifié ces propos de « mensonge grossier et dangereux » lundi.', 'fr'),
    ).toEqual(['ministre'])
  })
})

describe('French verbs of saying in the imperfect (précisait, poursuivait-il)', () => {
  it('fr', () => {
    const t =
      'Le match était serré. "Nous avons manqué de rythme", précisait Ibrahima Cissé. "Le président doit venir", poursuivait-il.'
    expect(direct(t, 'fr')).toEqual([
      ['Nous avons manqué de rythme', 'Ibrahima Cissé', 'quote-verb-speaker'],
      ['Le président doit venir', 'Ibrahima Cissé', 'quote-verb-speaker'],
    ])
  })
  it('fr: « lâche » says, and « le journaliste » is a role: the one who spoke, not the channel named after', () => {
    const t =
      '"C’est curieux qu’un mec devienne raciste à Nice," lâche Pierre Ménès.\n\n"Peut-être s’est-il inquiété," ajoute le journaliste sur sa chaîne Youtube.'
    expect(direct(t, 'fr')).toEqual([
      ['C’est curieux qu’un mec devienne raciste à Nice', 'Pierre Ménès', 'quote-verb-speaker'],
      ['Peut-être s’est-il inquiété', 'Pierre Ménès', 'quote-verb-speaker'],
    ])
  })
  it("fr: a verb with its reflexive pronoun elided onto it (« s’exclame », « s'indigne ») says", () => {
    const t = [
      'Le maire Paul Martin a parlé.',
      '« Nous avons gagné », s’exclame Marie Dupont.',
      "« C’est une honte », s'indigne Jean Moreau.",
    ].join('\n\n')
    expect(direct(t, 'fr')).toEqual([
      ['Nous avons gagné', 'Marie Dupont', 'quote-verb-speaker'],
      ['C’est une honte', 'Jean Moreau', 'quote-verb-speaker'],
    ])
  })
  it('fr: verbs of asking, joking and conceding (demande, plaisante, concède)', () => {
    const t = [
      'Le juge Marc Dubois interroge l’accusé.',
      '« Pourquoi vous vous excusez ? », demande le juge.',
      '« Je regrette », concède l’accusé Paul Martin.',
      '« Enfin les voisins se connaissent », plaisante Jean Roux.',
    ].join('\n')
    expect(direct(t, 'fr').map(([, s, m]) => [s, m])).toEqual([
      ['Marc Dubois', 'quote-verb-speaker'],
      ['Paul Martin', 'quote-verb-speaker'],
      ['Jean Roux', 'quote-verb-speaker'],
    ])
  })
})

describe('de: an article after a surname opens no particle run', () => {
  it('a role after a name governed by a preposition, set off by commas, is that person\'s; "der SPD-Politiker" is a role', () => {
    expect(
      speakerOf(
        'Für Rudy Pevenage, persönlicher Berater von Jan Ullrich, war dessen Sieg das größte Ereignis: "Ich habe all meine Erfahrung in Jans Comeback gesteckt."',
        'de',
      ),
    ).toEqual(['Rudy Pevenage'])
    expect(
      speakerOf(
        'Außenminister Heiko Maas äußerte sich am Montag. "Das Wichtigste ist, dass er gesprochen hat", sagte Maas. "Wir haben dieses Abkommen, es ist besser, als keins zu haben", so der SPD-Politiker weiter.',
        'de',
      ),
    ).toEqual(['Heiko Maas', 'Heiko Maas'])
  })
  it.each([
    ['„Wir sind gut ins Jahr gestartet“, sagte Grieder der Mitteilung zufolge.', 'Grieder'],
    ['„Wir sind bereit“, sagte Ursula von der Leyen am Montag.', 'Ursula von der Leyen'],
    ['„Wir sind bereit“, sagte Alexander Van der Bellen am Montag.', 'Alexander Van der Bellen'],
    // After a first name the lexicon does not know and a surname, "von der" says where the person is from.
    ['„Wir sind bereit“, sagte Gisbert Asinus von der Universität Iserlohn.', 'Gisbert Asinus'],
  ])('%s', (t, name) => {
    expect(speakerOf(t, 'de')).toEqual([name])
  })
})

describe('de: titles, quantities and genitives around names', () => {
  it('a country’s adjective after des opens what the role is of; an acronym in brackets before the bearer', () => {
    expect(
      speakerOf(
        '"Wir können nicht von Entwarnung sprechen", sagte der Präsident des Deutschen Bauernverbands (DBV), Joachim Rukwied, am Freitag.',
        'de',
      ),
    ).toEqual(['Joachim Rukwied'])
    expect(
      speakerOf(
        '„Wir sind bereit“, sagte die Präsidentin des Deutschen Roten Kreuzes Gerda Hasselfeldt.',
        'de',
      ),
    ).toEqual(['Gerda Hasselfeldt'])
  })
  it('a noun counted by a number is no name („die turbulenten 60 Minuten“)', () => {
    const t =
      '"Der Sieg war glücklich", kommentierte Gästetrainer Andre Fuhr die turbulenten 60 Minuten, und nannte den Grund: "Wir haben das Kreisläuferspiel nicht unterbinden können."'
    expect(speakerOf(t, 'de')).toEqual(['Andre Fuhr', 'Andre Fuhr'])
  })
  it('a comma before the titles that open a name sets it off as the role’s bearer; „Tausende Probanden“ is no one', () => {
    const t = [
      'Für die Untersuchung wurden Tausende Probanden befragt.',
      '„Unsere Ergebnisse lassen keine Zweifel zu“, sagte der Leiter der Studie, Prof. Dr. Dr. Gisbert Asinus.',
    ].join('\n')
    expect(speakerOf(t, 'de')).toEqual(['Gisbert Asinus'])
  })
  it('a name with a genitive -s before a noun is its owner, when the article writes the name without it', () => {
    const t =
      'Richterin Anna Biersching leitet die Verhandlung. Bierschings Verhandlungsstil ist straff. „Empathie ist wichtig“, sagt sie.'
    expect(speakerOf(t, 'de')).toEqual(['Anna Biersching'])
  })
})

describe('a first name before a surname in capitals opens a name at the start of a line too', () => {
  it('«Александр СТАРКОВ, главный тренер «Спартака»:» (ru), «Василь МИЦЬКО сказав» (uk)', () => {
    const label = [
      'Александр СТАРКОВ, главный тренер «Спартака»:',
      '— Матч был интересным. Мы играли хорошо.',
      '— Как вам игра Кавенаги?',
      '— Он забил гол.',
    ].join('\n')
    expect(speakerOf(label, 'ru')).toEqual(['Александр Старков', null, 'Александр Старков'])
    expect(speakerOf('Василь МИЦЬКО сказав: «Все добре».', 'uk')).toEqual(['Василь Мицько'])
    // Not an agency or a short acronym after a first name.
    expect(speakerOf('Анна ТАСС сообщила: «Все хорошо».', 'ru')).not.toContain('Анна Тасс')
  })
})

describe('es: two surnames, one of them, and particles written with a capital', () => {
  it('a name with one surname more or fewer is the same person, named in full', () => {
    const shorter = [
      'Apoyados por el párroco Martín Gómez Rodríguez, los vecinos protestaron.',
      '“En la Secretaría de Salud saben lo que está pasando”, subrayó el párroco Martín Gómez.',
    ].join('\n')
    expect(speakerOf(shorter, 'es')).toEqual(['Martín Gómez Rodríguez'])
    const longer = [
      '“Siempre he sujetado mi actuación a las leyes”, dijo la jueza María Esther Caero.',
      'La jueza María Esther Caero Silva tiene más de 12 años de ejercicio.',
    ].join('\n')
    expect(speakers(longer, 'es').map((s) => s.name)).toEqual(['María Esther Caero Silva'])
  })
  it('«de La Cerda»: a capitalised particle after one in lower case goes on the surname', () => {
    expect(speakerOf('"Crucé a pedir ayuda", cuenta Cecilia de La Cerda, dueña del inmueble.', 'es')).toEqual(
      ['Cecilia de La Cerda'],
    )
  })
})

describe('es: «Julio» inside a sentence is a first name, not the month; «ante» governs a name', () => {
  it('El entrenador del Real España, Julio Rodríguez, … ante Olancho FC, … dijo', () => {
    const t =
      'El entrenador del Real España, Julio Rodríguez, luego de caer por 2-0 ante Olancho FC, lloró y dijo que lo ocurrido es un “golpe duro”.'
    expect(reported(t, 'es')).toEqual([['que lo ocurrido es un “golpe duro”', 'Julio Rodríguez']])
    // The month, opening a sentence, names no one.
    expect(
      speakers('Julio fue un mes difícil, dijo el alcalde: “No hubo agua”.', 'es').map((s) => s.name),
    ).toEqual(['alcalde'])
  })
})

describe('a name after a preposition is no subject: "against Arsenal", « contre Lyon »', () => {
  it('en, fr', () => {
    expect(
      speakerOf('The coach spoke after the defeat against Arsenal and said that "we were poor".', 'en'),
    ).toEqual(['coach'])
    expect(
      speakerOf("L'entraîneur, après la défaite contre Lyon, a déclaré que « nous étions mauvais ».", 'fr'),
    ).toEqual(['entraîneur'])
    expect(speakerOf('Après la défaite contre Lyon, il a déclaré : « Nous étions mauvais ».', 'fr')).toEqual([
      null,
    ])
  })
})

describe('ru, uk: an adverb opening a sentence is no part of the name after it', () => {
  it('«Вдома Дмитро жив…» (uk), «Дома Дмитрий жил…» (ru)', () => {
    const uk = [
      '"Життя там немає", — сказав Дмитро Цурка.',
      'Вдома Дмитро жив у просторій хаті. Зізнався, не хотів покидати дім.',
      '"Як це все кинути?", — додав переселенець.',
    ].join('\n')
    expect(speakerOf(uk, 'uk')).toEqual(['Дмитро Цурка', 'Дмитро Цурка'])
    const ru = [
      '«Жизни там нет», — сказал Дмитрий Цурка.',
      'Дома Дмитрий жил в просторной хате.',
      '«Как это всё бросить?» — добавил переселенец.',
    ].join('\n')
    expect(speakerOf(ru, 'ru')).toEqual(['Дмитрий Цурка', 'Дмитрий Цурка'])
  })
})

describe('ru, uk: words around a name that are not part of it', () => {
  it('a sentence-opening adverb is no first name («Ранее Путин», «Раніше Зеленський»)', () => {
    expect(
      speakers('Ранее Путин заявил, что встреча состоится.\n«Мы готовы», — добавил Путин.', 'ru').map(
        (s) => s.name,
      ),
    ).toEqual(['Путин'])
    expect(
      speakers(
        'Раніше Зеленський заявив, що зустріч відбудеться.\n«Ми готові», — додав Зеленський.',
        'uk',
      ).map((s) => s.name),
    ).toEqual(['Зеленський'])
  })
  it('a capitalised adjective in an oblique case after a role is what the role is of («Высшего совета»)', () => {
    const t =
      'Сопредседатель Высшего совета партии "Единая Россия" Сергей Шойгу высказал мнение о мэре. "Плохого, - уточнил он, - потому что я его не знаю лично".'
    expect(speakerOf(t, 'ru')).toEqual(['Сергей Шойгу', 'Сергей Шойгу'])
    expect(speakers(t, 'ru').map((s) => s.name)).toEqual(['Сергей Шойгу'])
  })
  it('a colon names the speaker not governed by a preposition («…выступление перед депутатами прогнозом: «…»»)', () => {
    const t =
      'Депутат Мария Прусакова рассказала о встрече с главой ЦБ Эльвирой Набиуллиной.\nПо её словам, Набиуллина завершила своё выступление перед депутатами оптимистичным прогнозом: «Ставка будет снижаться».'
    expect(speakerOf(t, 'ru')).toEqual(['Эльвира Набиуллина'])
  })
  it('a name with no first name right before one with a first name is what the person is of', () => {
    const ru =
      '«Ситуация под контролем», - сообщил министр чрезвычайных ситуаций Республики Крым Сергей Садаклиев.'
    expect(speakerOf(ru, 'ru')).toEqual(['Сергей Садаклиев'])
    const uk =
      '"Телеміст мав бути без політики", пише генеральний продюсер телеканалу NewsOne Василь Голованов.'
    expect(speakerOf(uk, 'uk')).toEqual(['Василь Голованов'])
  })
  it('a deputy written as one word is a role of its own («замглавы МИД»), not the head nor the ministry', () => {
    const t = [
      'Глава МИД Сергей Лавров заявил, что встреча состоится. Замглавы МИД Сергей Рябков добавил детали.',
      '"Мы заранее готовим событие", - сказал глава МИД. "Все готово", - сказал замглавы МИД.',
    ].join('\n\n')
    expect(speakerOf(t, 'ru')).toEqual(['Сергей Лавров', 'Сергей Рябков'])
    expect(speakers(t, 'ru').map((s) => s.role)).toEqual(['глава МИД', 'замглавы МИД'])
    // A hint is a verb of saying: the fragment after «намекнул, что» is the deputy's.
    const hint =
      'Замглавы МИД Сергей Рябков намекнул, что причина в участии западных стран в "организации госпереворота на Украине".'
    expect(speakerOf(hint, 'ru')).toEqual(['Сергей Рябков'])
  })
  it('the name after a role complement does not run into the next sentence', () => {
    const t =
      '«Мы готовы к диалогу», — сказал первый заместитель председателя комитета Госдумы Андрей Красов. Мария Волкова, директор института, заявила: «Это важно».'
    expect(speakerOf(t, 'ru')).toEqual(['Андрей Красов', 'Мария Волкова'])
  })
  it('a surname made from a role word is a surname («Голованов», not «голова»)', () => {
    const t = [
      'Продюсер Василь Голованов написав про це.',
      'Голованов наполягає, що це жорстка позиція команди телеканалу.',
      '"Телеміст замислювався як журналістський проект без політики".',
    ].join('\n\n')
    expect(speakerOf(t, 'uk')).toEqual(['Василь Голованов'])
    // Its case forms are still the role's: «головами», «министров».
    expect(speakerOf('«Мы против», — заявил голова громади Іван Петренко.', 'uk')).toEqual(['Іван Петренко'])
  })
})

describe('en: verbs that give the speaker words to characterise someone (labelled, accused, branded)', () => {
  it("partial quotations after them are the subject's", () => {
    const t =
      'The Greens leader Adam Bandt accused the government of supporting coal-fired power "that will make cyclones more intense" under climate change.'
    expect(speakerOf(t, 'en')).toEqual(['Adam Bandt'])
  })
})

describe('verbs that name what something is: called, bezeichnete … als, назвал, назвав, décrit, definió', () => {
  it("a quotation after the verb and its object is the subject's", () => {
    expect(
      speakerOf(
        'The mayor, John Smith, called the decision "a disgrace to the city". Residents were split.',
        'en',
      ),
    ).toEqual(['John Smith'])
    expect(
      speakerOf(
        'Mayor John Smith spoke. Later he called the plan "reckless and cruel to every family".',
        'en',
      ),
    ).toEqual(['John Smith'])
    expect(
      speakerOf(
        'Angela Merkel sprach am Sonntag. Sie bezeichnete die Einladung als „eine große Geste in Richtung der Verteidigungspolitik”.',
        'de',
      ),
    ).toEqual(['Angela Merkel'])
    expect(
      speakerOf(
        'Министр Иван Иванов выступил в среду. Он назвал решение суда «позором для всего нашего города».',
        'ru',
      ),
    ).toEqual(['Иван Иванов'])
    expect(
      speakerOf(
        'Міністр Іван Петренко виступив у середу. Він назвав рішення суду «ганьбою для всього нашого міста».',
        'uk',
      ),
    ).toEqual(['Іван Петренко'])
  })

  it("a quotation inside a clause its verb ends is the subject's before it, not the object's next to it", () => {
    expect(
      speakerOf(
        'Der Trainer Roger Schmidt hat die Leistung seiner Mannschaft als "einfach nicht gut genug" bezeichnet.',
        'de',
      ),
    ).toEqual(['Roger Schmidt'])
    // A relative clause: the pronoun is the subject; the referee it names is what the words describe.
    const t =
      '"Eine krasse Fehlentscheidung", meinte Ralf Rangnick, der Schiedsrichter Harkam als "völlig und total überfordert" bezeichnete.'
    expect(speakerOf(t, 'de')).toEqual(['Ralf Rangnick', 'Ralf Rangnick'])
  })

  it('the verb ending one sentence is not a cue of the name opening the next', () => {
    // „bezeichnete. Harkam hätte …“: Harkam is only talked about; „er“ is the one speaking.
    const t = [
      '"Eine krasse Fehlentscheidung", meinte Ralf Rangnick, der Schiedsrichter Harkam als "völlig überfordert" bezeichnete.',
      'Harkam hätte zudem "seinen Teil" zur Eskalation zwischen Salzburg-Coach Roger Schmidt und Grödig-Trainer Adi Hütter nach der Partie beigetragen.',
      'Seinen deutschen Landsmann verteidigte er dezidiert: "Da hätte ich mich in jeder einzelnen Situation gleich verhalten wie Roger Schmidt".',
    ].join('\n')
    expect(speakerOf(t, 'de')).toEqual(['Ralf Rangnick', 'Ralf Rangnick'])
  })

  it('a subject and its verb of saying may have "also" between them', () => {
    const t = [
      'Oblak, Felipe and Vitolo spoke after the final in Jeddah.',
      'Felipe said he was proud of the team.',
      '"We have to be proud of ourselves, because we did a great job," our defender said.',
      'Vitolo also spoke after the game.',
      '"It is a tough blow for us, but we need to dust ourselves off," the Spaniard said.',
    ].join('\n')
    expect(speakerOf(t, 'en')).toEqual(['Felipe', 'Vitolo'])
  })
})

describe('ru, uk: names in Latin script are makes, brands and outlets more often than people', () => {
  it("a Latin-script name is no zero subject's antecedent unless shown as a person", () => {
    const t = [
      'У Піддубцях в машину волинянина на великій швидкості в’їхав п’яний водій на авто з львівською реєстрацією.',
      'Водій Volkswagen Passat Віталій розповів про інцидент.',
      '«Я їхав зі сторони Луцька, робив розворот і відчув сильний удар позаду, машину аж відкинуло. Тут було багато свідків», - каже постраждалий.',
    ].join('\n')
    expect(speakerOf(t, 'uk')).toEqual(['Віталій'])
  })

  it('an outlet written as it writes itself, before the name of the one speaking, is the one told', () => {
    const t = '"В Крыму имела немного соприкасающийся бизнес", - рассказывает Gazeta.ua Оксана Новикова.'
    expect(speakerOf(t, 'ru')).toEqual(['Оксана Новикова'])
    // Glued to a capitalised word, a full stop still ends the sentence the page ran together.
    const glued = '"Мы открылись в мае", - сказала Ирина Петрова.Потом пришел Иван Сидоров.'
    expect(speakerOf(glued, 'ru')).toEqual(['Ирина Петрова'])
  })

  it('an outlet in quotation marks, right before a name or a description, is the one told', () => {
    const named = '«Цены будут расти и дальше», — рассказал «КП» экономист Иван Петров.'
    expect(speakerOf(named, 'ru')).toEqual(['Иван Петров'])
    const described = [
      'Ночью во дворе на улице Ленина загорелся автомобиль.',
      '- Я проснулась от хлопка, - рассказала «КП» соседка пострадавших. - Выбежала, а машина уже горит.',
    ].join('\n')
    expect(speakerOf(described, 'ru')).toEqual(['соседка пострадавших', 'соседка пострадавших'])
    // An organisation in marks that ends the clause still speaks.
    const organisation = '«Поставки идут в полном объёме», — сообщил «Газпром».'
    expect(speakerOf(organisation, 'ru')).toEqual(['Газпром'])
  })
})

describe('ru, uk: a role after a name and a comma describes the name', () => {
  it('what the role is of is no speaker, in a label line or before a verb', () => {
    const label = [
      'Когда на пожар прибыли спасатели, пламя уже перекинулось на крышу дома.',
      'Владимир Муха, руководитель ГУ Госслужбы по чрезвычайным ситуациям в Киевской области:',
      '- Сложность в том, что огонь распространялся на чердаке, надо было разбирать шифер.',
    ].join('\n')
    expect(speakerOf(label, 'ru')).toEqual(['Владимир Муха'])
    expect(
      speakerOf(
        'Наталья Васильевна, жительница Броваров:\n- Там балкон очень выгорел, все внутри сгорело.',
        'ru',
      ),
    ).toEqual(['Наталья Васильевна'])
    const verb =
      'Владимир Муха, руководитель ГУ Госслужбы по чрезвычайным ситуациям, сказал: «Сложность в том, что огонь распространялся на чердаке».'
    expect(speakerOf(verb, 'ru')).toEqual(['Владимир Муха'])
  })

  it('a paragraph that presents the next speaker with a colon ends an answer', () => {
    const t = [
      'Ольга Петровна, жительница Броваров:',
      '- Около пяти часов постучали. Думала, дрова рубят. Знаете, какой страх.',
      'Жилье пани Ольги - аккурат под квартирой, где начался пожар.',
      'Наталья Васильевна, жительница Броваров:',
      '- А где загорелось?',
      '- С той стороны, от трассы. Там балкон очень выгорел.',
    ].join('\n')
    expect(direct(t, 'ru').map(([q]) => q.slice(0, 12))).toEqual([
      'Около пяти ч',
      'А где загоре',
      'С той сторон',
    ])
  })
})

describe('en: capitalised words before a role in lower case', () => {
  it('"the Leicester striker" is a player, not the club', () => {
    const t =
      'Jamie Vardy scored the equaliser.\n"Everyone wants to be a part of it," said the Leicester striker.'
    expect(speakerOf(t, 'en')).toEqual(['Jamie Vardy'])
  })
  it('a relative clause set off by commas holds no subject of the verb after it', () => {
    const t =
      'Dr. Connie Mariano, who as a Navy captain was the White House physician, said that the illness was hidden.'
    expect(reported(t, 'en')).toEqual([['that the illness was hidden', 'Connie Mariano']])
  })
  it('"U.S." is no person "U"; "J.K. Rowling" keeps her initials', () => {
    const t = 'Two U.S. officials said the plan was ready.\n"We are moving," one of the officials said.'
    expect(speakers(t, 'en').map((s) => s.name)).not.toContain('U')
    expect(speakerOf('"Magic is real," J.K. Rowling said on Monday.', 'en')).toEqual(['J. K. Rowling'])
    // A surname in capitals after an initial is the name's, in normal case.
    expect(speakerOf('«Работы завершатся к осени», — сообщил Ю.СУХОВ.', 'ru')).toEqual(['Ю. Сухов'])
  })
  it('a number word opening a sentence is no name', () => {
    const t = 'Two officials confirmed the plan on Friday.\n"We are moving," Two said.'
    expect(speakerOf(t, 'en')).toEqual([null])
  })
})

describe('de: institutions and capitalised nouns', () => {
  it('„die Staatsanwaltschaft Dresden“ is one institution; „Diese Veröffentlichungen“ is no owner of a document', () => {
    const t =
      'Die Staatsanwaltschaft Dresden reagiert auf Spekulationen. Diese Veröffentlichungen „entbehren jeglicher Grundlage“, heißt es in einer Mitteilung.'
    expect(speakerOf(t, 'de')).toEqual(['Staatsanwaltschaft Dresden'])
  })
  it('„ein Polizeisprecher“, „ein Bahn-Sprecher“: the compound names the organisation spoken for', () => {
    expect(speakerOf('Ein Polizeisprecher sagte: „Wir ermitteln in alle Richtungen.“', 'de')).toEqual([
      'Polizei',
    ])
    expect(speakerOf('„Wir ermitteln in alle Richtungen“, sagte ein Bahn-Sprecher.', 'de')).toEqual(['Bahn'])
    expect(speakerOf('„Wir prüfen das“, sagte ein Regierungssprecher.', 'de')).toEqual(['Regierung'])
    // A spokesperson with a name is that person; a spokesperson alone, of no one said, someone unnamed.
    expect(speakerOf('„Wir prüfen das“, sagte Regierungssprecher Steffen Hebestreit.', 'de')).toEqual([
      'Steffen Hebestreit',
    ])
    expect(attributionOf('„Wir prüfen das“, sagte ein Sprecher.', 'de')).toEqual([[null, 'unnamed-speaker']])
  })
  it('„der Berliner Trainer“, „sein Gocher Kollege“: a place’s adjective before a role is no name', () => {
    const q = '„Wir haben erneut gezeigt, dass wir mithalten können“, sagte'
    expect(speakerOf(`${q} sein Gocher Kollege Ernes Tiganj.`, 'de')).toEqual(['Ernes Tiganj'])
    expect(speakerOf(`${q} der Berliner Trainer Ernes Tiganj.`, 'de')).toEqual(['Ernes Tiganj'])
    expect(speakerOf(`${q} der Berliner Trainer.`, 'de')).toEqual(['Berliner Trainer'])
  })
  it('„Dabei sagte einer der beiden“: an adverb first, the verb second, is no name; „des Präsidiums“ speaks', () => {
    const t =
      'Die Polizei nahm zwei Männer fest. Dabei sagte einer der beiden: „Ich habe geschossen.“ Sie wollten sich „nur wichtig machen“, wie es in der Pressemitteilung des Präsidiums heißt.'
    expect(speakerOf(t, 'de')).not.toContain('Dabei')
    expect(speakerOf(t, 'de').at(-1)).toBe('Präsidium')
    // A first name is a name there too.
    expect(speakerOf('Der Verein ist zufrieden. Thomas sagte: „Wir sind froh.“', 'de')).toEqual(['Thomas'])
  })
  it('„Zum Management der Coronakrise meint er: …“: the pronoun after the verb is its subject, not a noun before', () => {
    const t =
      '„Wir sind zufrieden“, sagte Landeshauptmann Hermann Schützenhöfer.\n\nZum Management der Coronakrise meint er: „Der Kanzler macht die Sache gut.“'
    const [first, second] = speakerOf(t, 'de')
    expect(first).toContain('Hermann Schützenhöfer')
    expect(second).toBe(first)
  })
})

describe("the attribution after a quotation is not shared back across a sentence's end", () => {
  it('fr: « … », explique-t-on encore. « … », a abondé X', () => {
    const t =
      "« Ce n'est pas une décision subite », a assuré l'Elysée mardi. « Il gère l'effort », explique-t-on encore. « Il peut arriver au président d'être fatigué », a abondé le porte-parole du gouvernement, Benjamin Griveaux."
    expect(speakerOf(t, 'fr')).toEqual(['Elysée', 'Elysée', 'Benjamin Griveaux'])
  })
})

describe('an institution named again by its noun alone (organisationReferences)', () => {
  it.each([
    [
      'fr',
      "Le ministère de la Jeunesse a démenti ces déclarations samedi. Le ministère a affirmé que « le ministre n'a tenu aucune déclaration de ce genre ».",
      'ministère de la Jeunesse',
    ],
    [
      'en',
      'The Ministry of Defence confirmed the move. "No decision has been taken," the ministry said.',
      'Ministry of Defence',
    ],
    [
      'es',
      'El Ministerio de Sanidad respondió el lunes. "Estamos estudiando el caso", señaló el ministerio.',
      'Ministerio de Sanidad',
    ],
    [
      'de',
      'Das Bundesministerium für Gesundheit hat reagiert. „Wir prüfen den Fall“, teilte das Ministerium mit.',
      'Bundesministerium für Gesundheit',
    ],
    [
      'ru',
      'Министерство обороны России опубликовало данные. «Учения продолжатся», — сообщили в министерстве.',
      'Министерство обороны России',
    ],
  ] as const)('%s', (lang, t, name) => {
    expect(speakerOf(t, lang)).toEqual([name])
  })
  it('ru: another institution alone is itself named in full before («…», — заявили в пресс-службе)', () => {
    const t =
      'Полицейские задержали двух мужчин, сообщает пресс-служба ГУ МВД России по Ростовской области.\n«Сотрудники установили местонахождение фигурантов», — заявили в пресс-службе.'
    expect(speakerOf(t, 'ru')).toEqual(['пресс-служба ГУ МВД России по Ростовской области'])
    expect(
      speakerOf('Полицейские задержали двух мужчин.\n«Сотрудники их нашли», — заявили в пресс-службе.', 'ru'),
    ).toEqual([null])
  })
  it('de: not a capitalised noun after an article (am Montag), which may be a thing', () => {
    const t = 'Die Polizei hat am Montag reagiert. „Wir prüfen den Fall“, teilte das Ministerium mit.'
    expect(speakerOf(t, 'de')).toEqual(['Ministerium'])
  })
})

describe('a company named again as "the company" (companyNouns)', () => {
  it.each([
    [
      'en',
      'Nestlé Purina PetCare Company is recalling some cans of its Muse cat food. "We are pet lovers first," the company said.',
      'Nestlé Purina PetCare Company',
    ],
    [
      'en',
      'T-Mobile confirmed a breach on Monday. "We shut down the access point," the company said.',
      'T-Mobile',
    ],
    [
      'fr',
      "L'opérateur Orange a annoncé lundi une baisse de ses ventes. « Nous allons investir davantage », a indiqué l'entreprise.",
      'Orange',
    ],
    [
      'es',
      'Ayer Telefónica anunció nuevos despidos. «Vamos a invertir en la red», afirmó la empresa.',
      'Telefónica',
    ],
    [
      'de',
      'Der Autobauer BMW meldete am Montag einen höheren Gewinn. „Wir wachsen in allen Sparten deutlich“, teilte das Unternehmen mit.',
      'BMW',
    ],
  ] as const)('%s: %s', (lang, t, name) => {
    expect(speakerOf(t, lang)).toEqual([name])
  })
  it('en: "…," it added — the organisation quoted just before; no one when none was', () => {
    const t =
      'On Friday, T-Mobile was hit by a data leak. "We shut down the unauthorised access," the company said in a statement.\n"Some personal information may have been exposed," it added.'
    expect(speakerOf(t, 'en')).toEqual(['T-Mobile', 'T-Mobile'])
    expect(speakerOf('Israeli officials met on Monday. "The test was a success," it added.', 'en')).toEqual([
      null,
    ])
  })
  it('en: "…," it said — else the organisation or institution the two sentences before name', () => {
    const t =
      'In a statement, EasyJet apologised for the cancellation on Monday.\n"We are very sorry and understand the disruption this will cause," it said.'
    expect(speakerOf(t, 'en')).toEqual(['EasyJet'])
    const ministry =
      "JERUSALEM: Israel's defence ministry on Tuesday said that it had launched a missile.\n“The missile was launched at 9:15am and hit its target,” it said in a statement."
    expect(speakerOf(ministry, 'en')).toEqual(["Israel's defence ministry"])
  })
  it('no one when the article names no company: not a person, not a product, not a noun with a capital', () => {
    expect(speakerOf('Elon Musk spoke on Monday. "We will grow," the company said.', 'en')).toEqual([null])
    const de =
      'Die Bahn hat am Montag neue Züge bestellt. „Wir investieren in allen Regionen mehr“, teilte das Unternehmen mit.'
    expect(speakerOf(de, 'de')).toEqual([null])
  })
})

describe('a document brought in before, quoted by its noun ("the statement said", "one tweet read")', () => {
  it('en: the organisation or the person of the sentence that brought the document in', () => {
    expect(
      speakerOf('The ministry released a statement on Monday. "We will respond," the statement said.', 'en'),
    ).toEqual(['ministry'])
    const pink = [
      'American singer Pink has shocked her fans by quitting X shortly after arriving for her Summer Carnival tour.',
      'The 44-year-old made the announcement in two tweets on Tuesday night.',
      '“Have you ever been at a party with a bunch of salty old people?” one tweet read.',
    ].join('\n\n')
    expect(speakerOf(pink, 'en')).toEqual(['Pink'])
  })
  it('en: no one when no sentence before brought the document in, nor for a platform ("a Facebook post")', () => {
    expect(
      speakerOf(
        'The government met on Tuesday.\nFor the first time, "prices are falling," the report said.',
        'en',
      ),
    ).toEqual([null])
    expect(speakerOf('John Smith wrote in a Facebook post: "We will not back down."', 'en')).toEqual([
      'John Smith',
    ])
  })
  it('en: "one fan" is someone new, not the person named before', () => {
    const t = 'Fans want her to continue using X.\n\n“You have thick skin, stay with us,” one fan wrote.'
    expect(attributionOf(t, 'en')).toEqual([[null, 'unnamed-speaker']])
  })
})

describe('the one speaking, described again', () => {
  it('a nationality after a definite article, alone, is the person named before (en, de)', () => {
    const en = [
      'Tottenham manager Mauricio Pochettino praised his striker after the match.',
      '"It is the coach\'s decision if he plays for his country," said the Argentine.',
    ].join('\n\n')
    expect(speakerOf(en, 'en')).toEqual(['Mauricio Pochettino'])
    const de = [
      'Trainer Adi Hütter war nach dem Spiel zufrieden.',
      '„Die Mannschaft hat das umgesetzt, was wir besprochen haben“, sagte der Österreicher.',
    ].join('\n\n')
    expect(speakerOf(de, 'de')).toEqual(['Adi Hütter'])
    // In lower case where nationalities are written so (es), and a French one newly in the lexicon.
    const es =
      'El entrenador del Real Madrid, Carlo Ancelotti, habló tras el partido.\n\n«Estoy contento», explicó el italiano.'
    expect(speakerOf(es, 'es')).toEqual(['Carlo Ancelotti'])
    const fr =
      'L’entraîneur du PSG, Luis Enrique, a parlé après le match.\n\n« Je suis très content », a expliqué l’Espagnol.'
    expect(speakerOf(fr, 'fr')).toEqual(['Luis Enrique'])
    // Opening the sentence too, where the article's capital proves nothing.
    const opening =
      'Trainer Adi Hütter war nach dem Spiel zufrieden.\n\nDer Österreicher lobte: „Die Mannschaft war stark.“'
    expect(speakerOf(opening, 'de')).toEqual(['Adi Hütter'])
    // Before a noun it describes the noun: "the Argentine government" speaks for itself.
    const org = 'Minister Ana Diaz spoke first.\n\n"We will act," the Argentine government said.'
    expect(speakerOf(org, 'en')).not.toEqual(['Ana Diaz'])
  })
  it('fr: a person named by a first name alone, opening the sentence, then by a noun of her gender', () => {
    const t = [
      'Christiane vit depuis 45 ans dans le village. "Je viens tous les matins", confie-t-elle.',
      'Mais surtout, la boulangerie était un lieu de rencontre. "Je ne voyais plus personne", poursuit l’habitante.',
    ].join('\n\n')
    expect(speakerOf(t, 'fr')).toEqual(['Christiane', 'Christiane'])
    // A noun of the other gender is someone else; a first name before a function word is no one ("Hope is…").
    const other = t.replace('l’habitante', 'le voisin')
    expect(speakerOf(other, 'fr')).toEqual(['Christiane', 'voisin'])
    expect(speakerOf('Hope is fading for the miners.\n\n"We keep looking," she said.', 'en')).toEqual([null])
    // Nor is a capitalised word opening the sentence before a verb of saying in the plural: it is its object.
    const plural =
      'Графіки відключень наразі не діють.\n\nУкраїнців закликали: «Якщо зараз у вас є електроенергія, споживайте її ощадливо».'
    expect(speakerOf(plural, 'uk')).toEqual([null])
  })
  it('en: sentences wholly inside quotations do not count in looking back for "the forward"', () => {
    const t =
      'Scotland goal hero Oliver Burke says his late winner was proof of character.\n\n"It was definitely up there," he said. "One of the best feelings I have ever had.\n\n"And really important for us as a team.\n\n"It was a sigh of relief."\n\nThe forward said that the reaction showed mental strength.\n\nHe said: "I think we showed great character."'
    expect(speakerOf(t, 'en').at(-1)).toBe('Oliver Burke')
  })
  it('fr: "le magistrat" is the prosecutor who spoke just before', () => {
    const t =
      'Les faits se sont déroulés vendredi. « Deux hommes volaient des vélos », a expliqué le procureur de Dax, Jean-Luc Puyo.\nTransféré à Bordeaux, le militaire a été opéré. « Son état est stabilisé », a indiqué le magistrat.'
    expect(speakerOf(t, 'fr')).toEqual(['Jean-Luc Puyo', 'Jean-Luc Puyo'])
  })
  it('ru: «глава региона» is the governor who spoke before', () => {
    const t =
      'Губернатор Самарской области Вячеслав Федорищев выступил на совещании. «Канал будет вести пресс-служба», — сказал Федорищев.\nКанал откроется в понедельник.\n«Других аккаунтов у меня нет», — добавил глава региона.'
    expect(speakerOf(t, 'ru')).toEqual(['Вячеслав Федорищев', 'Вячеслав Федорищев'])
  })
  it('en: a first name alone is a person the pronoun can refer to; another capitalised word is not', () => {
    const t = 'The BBC made Mary angry.\n\n"I would never have dreamed it," she says.'
    expect(speakerOf(t, 'en')).toEqual(['Mary'])
    expect(speakerOf(t.replace('Mary', 'Reading'), 'en')).toEqual([null])
  })
  it('es: a text that opens on quotations gives them to the first person it names, however far on', () => {
    const t = [
      '"Estamos felices. Teníamos muchos partidos sin ganar", dijo.',
      'El equipo viaja el martes a la capital para preparar el encuentro del domingo.',
      'Los aficionados esperan en el aeropuerto desde la mañana.',
      'La directiva prepara una fiesta para el fin de semana.',
      'El estadio estará lleno por primera vez en la temporada.',
      '"Sin duda nos ha afectado no jugar en casa", finalizó Javier San Román.',
    ].join('\n')
    expect(speakerOf(t, 'es')).toEqual(['Javier San Román', 'Javier San Román'])
    // Someone named before is the antecedent as before: no looking ahead then.
    expect(speakerOf(`La entrenadora Ana López habló tras el partido.\n${t}`, 'es')[0]).toBe('Ana López')
  })
  it('en: a spokesman is someone else', () => {
    const t =
      'Defence Minister John Healey visited the base. "We will stay," Healey said.\nThe base will be expanded. Work starts in spring. Costs are rising.\n"No decision has been taken," the spokesman said.'
    expect(speakerOf(t, 'en').at(-1)).not.toBe('John Healey')
  })
})

describe('short quotations with the comma inside the closing mark (English style)', () => {
  it('en: a quotation that opens its sentence is kept: "Foul by Jordan Henderson (Liverpool)," Laura Jensen warned.', () => {
    const t =
      'It was a cold night in Leipzig. "Foul by Jordan Henderson (Liverpool)," Laura Jensen warned. The visitors pressed hard. "And now Donald Trump is listening," David Okafor added.'
    expect(direct(t, 'en').map(([q, s]) => [q, s])).toEqual([
      ['Foul by Jordan Henderson (Liverpool)', 'Laura Jensen'],
      ['And now Donald Trump is listening', 'David Okafor'],
    ])
  })
  it("en: a title inside the reporter's sentence is not: episode of “The Morning Show,” the nominee said", () => {
    const t =
      'Hillary Clinton spoke on Tuesday.\n\nOn Tuesday’s episode of “The Steve Harvey Morning Show,” the Democratic nominee said she was tired.'
    expect(direct(t, 'en')).toEqual([])
  })
})

describe('interviews: dialogue lines that ask and answer', () => {
  it('questions have no speaker; the answers are the interviewee’s, named before (ru, uk)', () => {
    const ru = [
      'Главный тренер «Амкара» Николай Трубачев после победы над ЦСКА ответил на вопросы журналистов.',
      '- Очень довольны игрой. Игроки полностью выполнили задачи.',
      '- Вы знали, что «Амкар» до этого никогда не побеждал ЦСКА?',
      '- Да, я узнал об этом перед матчем в раздевалке.',
      '- А кто вам сказал?',
      '- Это секрет.',
    ].join('\n')
    expect(direct(ru, 'ru').map(([, s, m]) => [s, m])).toEqual([
      ['Николай Трубачев', 'interview-answer'],
      [null, 'interview-question'],
      ['Николай Трубачев', 'interview-answer'],
      [null, 'interview-question'],
      ['Николай Трубачев', 'interview-answer'],
    ])
    // The one answer attributed names the interviewee for all; a line on the questions' side asks, even with no
    // question mark.
    const uk = [
      'Півзахисник провів перше тренування з командою.',
      '– Ви провели чудовий матч, забили гол…',
      '– Дякую, це заслуга всієї команди.',
      '– Як ви прийняли новачка у колективі?',
      '– Так, добре, поки що нічого не можу сказати, – цитує Назара Волошина прес-служба клубу.',
    ].join('\n\n')
    expect(speakerOf(uk, 'uk')).toEqual([null, 'Назар Волошин', null, 'Назар Волошин'])
  })
  it('a question and its answer on one line are two turns (ru)', () => {
    const t = [
      'Владимир Ильин покинул «Факел». В интервью он рассказал о причинах.',
      '— Почему ты принял решение покинуть «Факел»? — Главная причина — желание играть в РПЛ.',
      '— Остался бы в Воронеже? — Да. К сожалению, не получилось.',
    ].join('\n\n')
    expect(speakerOf(t, 'ru')).toEqual([null, 'Владимир Ильин', null, 'Владимир Ильин'])
  })
  it('the interviewer named in another case asks, and is not the one answering; «заместитель» is a role (ru)', () => {
    const t = [
      'О том, как прошёл год, в интервью корреспонденту РБК Елизавете Серьгиной рассказал заместитель председателя совета директоров Александр Гончарук.',
      '- Недавно вы ушли с поста председателя. Чем вы занимались в этом проекте?',
      '- Я попал туда случайно. Я ехал на машине на работу.',
    ].join('\n\n')
    expect(speakerOf(t, 'ru')).toEqual(['Елизавета Серьгина', 'Александр Гончарук'])
    expect(speakers(t, 'ru').find((s) => s.name === 'Александр Гончарук')?.role).toBe(
      'заместитель председателя совета директоров',
    )
    // What the correspondent is of, not a person, asks nothing: the questions stay no one's.
    const club = t.replace(
      'корреспонденту РБК Елизавете Серьгиной',
      'корреспонденту Информационного центра клуба',
    )
    expect(speakerOf(club, 'ru')[0]).toBeNull()
    // Nor does the reporter the article cites: «сообщает корреспондент «БХ» Игорь Попеня».
    const reporter = [
      'Главный тренер «Юности» Михаил Захаров поделился мнением о матче, сообщает корреспондент «БХ» Игорь Попеня.',
      '- Может, какие-то выводы можно сделать?',
      '- Какие выводы? Мы выиграли.',
    ].join('\n\n')
    expect(speakerOf(reporter, 'ru')[0]).toBeNull()
  })
  it('a question later in a turn that opened with a statement is the speaker’s own, not an interviewer’s (ru)', () => {
    const t = [
      'Со слов волгодончанки, ремонт превратил жизнь жителей в кошмар.',
      '- Мы живем в доме по улице Морской, - рассказывает Светлана. - Подрядчики разломали все подъезды. И разве работники должны пить на работе?',
      'Как поделилась горожанка, ремонтники сняли квартиру на пятом этаже.',
    ].join('\n\n')
    expect(speakerOf(t, 'ru')).toEqual(['Светлана', 'Светлана'])
  })
  it('an answer goes on over paragraphs with no dash, up to the next question or the author’s words (ru)', () => {
    const t = [
      'На вопросы журналистов после матча ответил главный тренер «Ротора» Игорь Смирнов.',
      '— Довольны результатом?',
      '— Да. Мы долго готовились к этой игре.',
      'Ребята выполнили всё, что мы наметили на тренировках, и я им благодарен.',
      '— Что дальше?',
      '— Дальше отдых. Потом снова сборы.',
      'Календарь у нас плотный, но мы справимся, — сказал Смирнов.',
      'Следующий матч «Ротор» проведёт в субботу.',
    ].join('\n\n')
    expect(direct(t, 'ru').map(([q, s, m]) => [q.slice(0, 12), s, m])).toEqual([
      ['Довольны рез', null, 'interview-question'],
      ['Да. Мы долго', 'Игорь Смирнов', 'interview-answer'],
      ['Ребята выпол', 'Игорь Смирнов', 'interview-answer'],
      ['Что дальше?', null, 'interview-question'],
      ['Дальше отдых', 'Игорь Смирнов', 'multi-paragraph'],
      ['Календарь у ', 'Игорь Смирнов', 'dialogue-dash'],
    ])
    // After a statement, with no question to come and no author's words, the paragraph is the reporter's.
    const report = [
      'Игорь Смирнов подвёл итоги.',
      '— Мы довольны.',
      'Следующий матч команда проведёт в субботу.',
    ]
    expect(direct(report.join('\n\n'), 'ru').map(([q]) => q)).toEqual(['Мы довольны.'])
  })
  it('paragraphs in the first person go on a replica with no question or author’s words after them (ru, uk)', () => {
    const voxPop = [
      'Татьяна Дробко, пенсионерка, 61 год:',
      '– По профессии я учитель. Больше года не работаю.',
      'Встречали Новый год с подругой, я подготовила викторину.',
      'Первые дни января мы гуляли по городу.',
    ].join('\n')
    expect(direct(voxPop, 'ru').map(([q, s]) => [q.slice(0, 12), s])).toEqual([
      ['По профессии', 'Татьяна Дробко'],
      ['Встречали Но', 'Татьяна Дробко'],
      ['Первые дни я', 'Татьяна Дробко'],
    ])
    // Up to the first paragraph with no first person; a label opens someone else's turn; a score is no label.
    const coach = [
      'Головний тренер Ярослав Надольський прокоментував перемогу.',
      '- Це був дуже важкий сезон, такі ігри нас загартовують.',
      'Програючи «Шахтарю» 0:2, ми не панікували.',
      'Команда посіла перше місце.',
      'Наступний матч відбудеться в суботу, ми готові.',
    ].join('\n')
    expect(direct(coach, 'uk').map(([q]) => q.slice(0, 12))).toEqual(['Це був дуже ', 'Програючи «Ш'])
    const labelled = [
      'Збірна України виграла Кубок світу.',
      '– Розкажіть про внесок кожної з вас у цю перемогу.',
      'Оксана Лівач: Я поступилася, а у вирішальному поєдинку вже не мала права на помилку.',
    ].join('\n')
    expect(direct(labelled, 'uk').map(([q]) => q.slice(0, 12))).not.toContain('Оксана Лівач')
    // A byline in a dash line ends no sentence: the reporter's "we" after it is no one's speech.
    const byline = [
      '- Thomas BARON',
      'Le 8 décembre, nous avons embarqué avec une patrouille de gendarmerie.',
    ].join('\n')
    expect(direct(byline, 'fr').map(([q]) => q)).not.toContain(
      'Le 8 décembre, nous avons embarqué avec une patrouille de gendarmerie.',
    )
  })
  it('the questions address the one interviewed by name, in the vocative too (uk, ru, de)', () => {
    // The lead names a team: no one person it presents; «Оксано» is Оксана Лівач, the headline quote hers too.
    const team = [
      'До складу команди входили Оксана Лівач, Катерина Зелених та Ірина Бондар.',
      '"У фіналі мені на ходу латали губу"',
      '– Оксано, твоє обличчя вкрите синцями. Де їх отримала?',
      '– Перший отримала у стартовій зустрічі, а потім лише додавалося.',
    ].join('\n')
    expect(speakerOf(team, 'uk')).toEqual(['Оксана Лівач', null, 'Оксана Лівач'])
    // At the end of a question, in the nominative (ru); a surname after a title („Herr Ehrenberg“).
    const ru = [
      'В матче играли Андрей Иванов и Сергей Петров.',
      '— Как вы себя чувствуете, Андрей?',
      '— Хорошо. Мы тренируемся.',
    ].join('\n')
    expect(speakerOf(ru, 'ru')).toEqual([null, 'Андрей Иванов'])
    const de = [
      'Im Bundestag stritten Herbert Ehrenberg und Walter Arendt über die Rente.',
      '– Herr Ehrenberg, wie sicher ist die Rente?',
      '– Sie ist sicher. Wir haben vorgesorgt.',
    ].join('\n')
    expect(speakerOf(de, 'de')).toEqual([null, 'Herbert Ehrenberg'])
    // A surname alone opening a question is as often someone talked about: no address.
    const about = ru.replace('— Как вы себя чувствуете, Андрей?', '— Иванов, по-вашему, прав?')
    expect(speakerOf(about, 'ru')).toEqual([null, null])
  })
  it('one named only in the address is the interviewee, by the first name in its nominative (uk)', () => {
    const t = [
      '– Володимире, вітаємо у «Кривбасі»! Чи виявився цей перехід несподіваним для тебе?',
      '– Перш за все, дякую! Переговори велися швидко.',
      '– Ти маєш цікаву кар’єру. Можливо саме «Кривбас» – знакова історія для тебе?',
      '– Поживемо побачимо.',
    ].join('\n')
    expect(speakerOf(t, 'uk')).toEqual([null, 'Володимир', null, 'Володимир'])
    // The address is how the article names them: an alias.
    expect(speakers(t, 'uk').map((s) => [s.name, s.aliases])).toEqual([['Володимир', ['Володимире']]])
    // A short form of a first name (Ліза) addresses as well as the full one.
    expect(speakerOf(t.replace('Володимире', 'Лізо'), 'uk')).toEqual([null, 'Ліза', null, 'Ліза'])
    // A capitalised word that is no first name addresses no one («Друзі, …» is not a person).
    expect(speakerOf(t.replace('Володимире', 'Друзі'), 'uk')).toEqual([null, null, null, null])
  })
  it('the paragraph presenting the interviewee may come before a teaser line that names no one (ru)', () => {
    // «с Вероникой Саркисовой» is a woman's name in the instrumental: the person the paragraph after presents.
    const t = [
      'Мы встретились с Вероникой Саркисовой, артисткой театра, в ее гримерной.',
      'Вероника рассказывала о своей работе в театре и в кино.',
      'Что из этого получилось...',
      '– Что для вас театр?',
      '– Театр – это моя жизнь.',
      '– А кино?',
      '– Кино – это техника.',
    ].join('\n')
    expect(speakerOf(t, 'ru')).toEqual([null, 'Вероника Саркисова', null, 'Вероника Саркисова'])
  })
  it('two press conferences: the reporter’s line between them presents the second speaker, a role the first (ru)', () => {
    // The line between is no answer going on (it tells of someone's words), and a role alone opening the paragraph
    // before the dialogue presents the one answering.
    const t = [
      'Главный тренер «Ростова» провел краткую пресс-конференцию после матча.',
      '– Я не хочу много говорить. Получить два гола в конце – это плохо.',
      '– Почему вы не выпустили Гладкого?',
      '– Не хочу говорить, извините.',
      'После игры наставник «Порту» Хулен Лопетеги ответил на вопросы журналистов.',
      '– Эта ничья для вас со вкусом победы?',
      '– Была очень хорошая игра.',
    ].join('\n')
    expect(direct(t, 'ru').map(([q, s]) => [q.slice(0, 12), s])).toEqual([
      ['Я не хочу мн', 'Главный тренер «Ростова»'],
      ['Почему вы не', null],
      ['Не хочу гово', 'Главный тренер «Ростова»'],
      ['Эта ничья дл', null],
      ['Была очень х', 'Хулен Лопетеги'],
    ])
    // A role inside a sentence may be in any case and presents no one («як гравцю»).
    const uk = ['Це плюс моєму розвитку як гравцю.', '– Чому ви прийшли?', '– Поживемо побачимо.'].join('\n')
    expect(speakerOf(uk, 'uk')).toEqual([null, null])
  })
  it('a line may open on a name in marks: «– «Кривбас» – крок уперед…» is an answer (uk)', () => {
    const t = [
      'Володимир Коваль перейшов до «Кривбасу».',
      '– Чому саме Кривий Ріг?',
      '– «Кривбас» – крок уперед у моїй кар’єрі. Команда з амбіціями.',
      '– Що далі?',
      '– Поживемо побачимо.',
    ].join('\n')
    expect(direct(t, 'uk').map(([q, s]) => [q.slice(0, 10), s])).toEqual([
      ['Чому саме ', null],
      ['«Кривбас» ', 'Володимир Коваль'],
      ['Що далі?', null],
      ['Поживемо п', 'Володимир Коваль'],
    ])
  })
  it('a press conference printed as one paragraph after a label, a second label further on (ru)', () => {
    const t = [
      '«Металлург» - «Черноморец»: пресс-конференция',
      'Андрей БАЛЬ (главный тренер «Черноморца»): - Оценка игры двоякая. Очень жаль, что проиграли. - Почему ' +
        '«Черноморец» начал играть только после гола? - До этого тоже были моменты, - сказал тренер. - Замены ' +
        'освежили игру. Роман ГРИГОРЧУК (главный тренер «Металлурга»): - Комментария не будет. Если есть вопросы - ' +
        'задавайте. - Ваш контракт будет продолжен? - Ответ вы получите завтра.',
    ].join('\n')
    expect(direct(t, 'ru').map(([q, s, m]) => [q, s, m])).toEqual([
      ['Оценка игры двоякая. Очень жаль, что проиграли.', 'Андрей Баль', 'speaker-colon'],
      ['Почему «Черноморец» начал играть только после гола?', null, 'interview-question'],
      // A dash after a comma opens the author's words, which name their speaker; the replica after them is the
      // same turn.
      ['До этого тоже были моменты', 'Андрей Баль', 'dialogue-dash'],
      ['Замены освежили игру.', 'Андрей Баль', 'interview-answer'],
      ['Комментария не будет. Если есть вопросы - задавайте.', 'Роман Григорчук', 'speaker-colon'],
      ['Ваш контракт будет продолжен?', null, 'interview-question'],
      ['Ответ вы получите завтра.', 'Роман Григорчук', 'interview-answer'],
    ])
    // A colon and a dash later in a paragraph that opens on no label make no dialogue.
    expect(direct('Он сказал так: - это неважно. Потом ушел. Итог: - два очка.', 'ru')).toEqual([])
  })
  it('a dash line that is one quotation in marks is the quotation inside the marks (ru)', () => {
    const t = ['- «Школа - это модель государства»', '- «Прозаики, наверное, самые свободные люди».'].join(
      '\n',
    )
    expect(direct(t, 'ru').map(([q]) => q)).toEqual([
      'Школа - это модель государства',
      'Прозаики, наверное, самые свободные люди',
    ])
  })
  it('statements after labels that name persons, each once: coaches’ words after a match (de)', () => {
    const t = [
      'Trainerstimmen zum Spiel',
      'Marc Fascher: Bis zur 70. Minute haben wir fast alles richtig gemacht.',
      'Rico Schmitt: Wir haben heute ein aufregendes Spiel gesehen.',
      'Der nächste Spieltag folgt am Samstag.',
    ].join('\n')
    expect(direct(t, 'de').map(([q, s]) => [q.slice(0, 12), s])).toEqual([
      ['Bis zur 70. ', 'Marc Fascher'],
      ['Wir haben he', 'Rico Schmitt'],
    ])
    // Not labels that name no one, nor a label before a few words ("Im Interview: Heiko Maas").
    const notes = [
      'Mehr Informationen: Die Stadt lädt alle Bürger ein.',
      'Weitere Termine: Die Proben beginnen am Montag.',
    ]
    expect(direct(notes.join('\n'), 'de')).toEqual([])
    const short = [
      'Heiko Maas: Die Begriffe haben ja eine große Schnittmenge.',
      'Im Interview: Heiko Maas',
    ].join('\n')
    expect(direct(short, 'de')).toEqual([])
  })
  it("a label alone on its line heads its speaker's paragraphs, up to the next label (de)", () => {
    const t = [
      'PK: Die Trainerstimmen nach dem Spiel',
      'Marc Fascher:',
      'Es gab heute zwei entscheidende Szenen. Zum einen die rote Karte aus unserer Sicht.',
      'In diesem Spiel war es absolut entscheidend, wer in Führung geht. Wir haben alles versucht.',
      'Pavel Dotchev:',
      'Es war heute sehr schwer zu spielen. Wir haben sehr gut verteidigt.',
    ].join('\n')
    expect(direct(t, 'de').map(([q, s]) => [q.slice(0, 12), s])).toEqual([
      ['Es gab heute', 'Marc Fascher'],
      ['In diesem Sp', 'Marc Fascher'],
      ['Es war heute', 'Pavel Dotchev'],
    ])
    // A label alone before another label is no one's words: the second label's line is its own speaker's.
    const twice = [
      'Marc Fascher:',
      'Pavel Dotchev: Es war heute sehr schwer zu spielen. Wir haben sehr gut verteidigt.',
      'Rico Schmitt: Wir haben heute ein aufregendes Spiel gesehen, mit vielen Chancen.',
    ]
    expect(direct(twice.join('\n'), 'de').map(([q, s]) => [q.slice(0, 12), s])).toEqual([
      ['Es war heute', 'Pavel Dotchev'],
      ['Wir haben he', 'Rico Schmitt'],
    ])
    // A label alone before a line in marks leaves the line to the marks.
    const marked = [
      'Marc Fascher:',
      '„Es gab heute zwei entscheidende Szenen.“',
      'Pavel Dotchev:',
      '„Wir haben gut verteidigt.“',
    ]
    expect(direct(marked.join('\n'), 'de').map(([q]) => q)).toEqual([
      'Es gab heute zwei entscheidende Szenen.',
      'Wir haben gut verteidigt.',
    ])
  })
  it('a press conference written one answer per topic: labels met nowhere else are topics (es)', () => {
    const t = [
      'Hernán Pérez, entrenador de Unionistas, valoró el triunfo en la rueda de prensa.',
      'Dedicatoria: “Quería dedicar la victoria a Diego González. Le echamos de menos”.',
      'Victoria: “Es un partido complicado. Estoy muy contento”.',
      'Primer gol: “No he podido verla en la televisión”.',
      'Nespral: “No soy imparcial, le conozco muy bien”.',
    ].join('\n')
    expect(direct(t, 'es').map(([q, s]) => [q.slice(0, 10), s])).toEqual([
      ['Quería ded', 'Hernán Pérez'],
      ['Es un part', 'Hernán Pérez'],
      ['No he podi', 'Hernán Pérez'],
      ['No soy imp', 'Hernán Pérez'],
    ])
    // Labels that each name someone are speakers, each with their own words.
    const speakers = [
      'Los vecinos hablaron con la prensa.',
      'Ana López: “Estoy muy contenta”.',
      'Juan García: “No he podido dormir”.',
      'Marta Ruiz: “Es un desastre”.',
    ].join('\n')
    expect(direct(speakers, 'es').map(([, s]) => s)).toEqual(['Ana López', 'Juan García', 'Marta Ruiz'])
  })
  it('"Q&A" is a term, not a name; "Q&A: Charlotte Williams" presents the one answering (en)', () => {
    const t = [
      'Author Q&A: Charlotte Williams',
      'I hope you enjoyed this month’s featured author week! Be sure to pick up a copy of the book.',
      'Q: What inspired The House on the Cliff?',
      'A: I wanted to write a mystery set in Wales, with gothic aspects.',
      'Q: What led to your decision to make her a psychologist?',
      'A: I liked the idea of a psychotherapist detective.',
    ].join('\n')
    expect(direct(t, 'en').map(([, s]) => s)).toEqual([
      null,
      'Charlotte Williams',
      null,
      'Charlotte Williams',
    ])
    expect(
      speakers('Our R&D team met the AT&T board. “We are happy,” R&D said.', 'en').map((s) => s.name),
    ).toEqual([])
  })
  it('an interview titled by its guest: the one person the headline names answers, not the interviewer (ru)', () => {
    const t = [
      'Ссора с Шуниным и другие истории Клинтона Н’Жи',
      'Клинтон Н’Жи когда-то стоил «Тоттенхэму» 14 млн евро.',
      'Александр Муйжнек попытался узнать Клинтона с новой стороны.',
      '— Кому ты помогаешь на родине?',
      '— Я как мог помогал южному региону.',
    ].join('\n')
    expect(direct(t, 'ru').map(([, s]) => s)).toEqual([null, 'Клинтон Н’Жи'])
  })
  it('one named only by a first name and patronymic in the address is the interviewee, in the nominative (ru, uk)', () => {
    const ru = [
      '— Сергей Владимирович, чем вы занимаетесь сейчас?',
      '— Я работаю заместителем директора.',
      '— То есть, вы ещё не на пенсии?',
      '— Мне далеко до пенсии.',
      '— А вы решили пойти в политику?',
      // (An answer that ends on a question of its own, after a statement: no question of the interviewer's.)
      '— Пока так. Приглашение поступило, почему бы и не попробовать?',
    ].join('\n')
    const speaker = 'Сергей Владимирович'
    expect(direct(ru, 'ru').map(([, s]) => s)).toEqual([null, speaker, null, speaker, null, speaker])
    const uk = ['– Віталію Леонтійовичу, як живе громада?', '– Життя громади справді цікаве.'].join('\n')
    expect(direct(uk, 'uk').map(([, s]) => s)).toEqual([null, 'Віталій Леонтійович'])
  })
  it('a line that opens by addressing someone by name asks, with no question mark (ru)', () => {
    const t = [
      'Рамиль Хасангатин: «Мне было очень приятно играть»',
      '— Рамиль, ты стал заниматься в шахматной школе во времена «казанского феномена».',
      '— Я пошел заниматься шахматами в 1984 году.',
    ].join('\n')
    expect(
      direct(t, 'ru')
        .map(([, s, m]) => [s, m])
        .slice(1),
    ).toEqual([
      [null, 'interview-question'],
      ['Рамиль Хасангатин', 'interview-answer'],
    ])
    // Not in a story's dialogue the reporter attributes.
    const story = [
      '— Вы пытаетесь донести проблемы до власти, — обратился министр Александр Ткачев к депутатам.',
      '— Александр Николаевич, они и есть власть, — прервал его Вячеслав Володин.',
    ].join('\n')
    expect(methodOf(story, 'ru')).not.toContain('interview-question')
  })
  it('no question, no interview: a dialogue of statements is left to the other rules', () => {
    const t = ['Иван Петров рассказал о матче.', '— Мы играли хорошо.', '— Соперник был сильным.'].join('\n')
    expect(methodOf(t, 'ru')).not.toContain('interview-answer')
  })
})

describe('the one person a sentence names', () => {
  it('a person the article presents as one outranks capitalised complements, which are as often places (uk)', () => {
    const t = [
      'Президент України Володимир Зеленський порівняв окуповані Крим та частину Донбасу з двома "дітьми, яких відібрав сусід".',
      '"Уявіть, що сусід відібрав у вас двох дітей".',
    ].join('\n')
    expect(speakerOf(t, 'uk')).toEqual(['Володимир Зеленський', 'Володимир Зеленський'])
  })
})

describe('answers written one per topic', () => {
  it('a paragraph of a topic, a colon and a quotation continues the speaker before (es)', () => {
    const t = [
      'Hernán Pérez, entrenador de Unionistas, valoró el triunfo de su equipo en la rueda de prensa.',
      'Dedicatoria: “Quería dedicar la victoria a todo el equipo. Los tres puntos van para él”.',
      'Primer gol: “No he podido verla en la televisión, pero para mí no hay fuera de juego”.',
    ].join('\n\n')
    expect(direct(t, 'es').map(([, s, m]) => [s, m])).toEqual([
      ['Hernán Pérez', 'previous-sentence-name'],
      ['Hernán Pérez', 'continuation'],
    ])
  })
  it('not words that name someone before the colon, who may be someone else (de, en)', () => {
    const de = [
      '„Wir haben viel umgesetzt“, sagte Florian Kohfeldt.',
      'Danach war sie entsetzt: „Das war zu wenig.“',
    ]
    expect(speakerOf(de.join('\n\n'), 'de')).toEqual(['Florian Kohfeldt', null])
    const en = [
      '“We did a lot,” said John Smith.',
      'Afterwards she was furious: “That was not enough from us.”',
    ]
    expect(speakerOf(en.join('\n\n'), 'en')).toEqual(['John Smith', null])
  })
  it('not words with a verb of saying before the colon, which name their own speaker', () => {
    const t = [
      'Hernán Pérez valoró el triunfo en la rueda de prensa.',
      'Dedicatoria: “Quería dedicar la victoria a todo el equipo”.',
      'Su rival dijo: “Fue un partido muy complicado para nosotros”.',
    ].join('\n\n')
    expect(methodOf(t, 'es')[1]).not.toBe('continuation')
  })
})

describe('unnamed people in court and in the street', () => {
  it('the parties of a trial are roles (es, de, fr, ru, en)', () => {
    expect(speakerOf('"Yo soy inocente", ha asegurado el procesado durante el juicio.', 'es')).toEqual([
      'procesado',
    ])
    expect(speakerOf('„Es war vielleicht ein Fehler“, sagte der Angeklagte.', 'de')).toEqual(['Angeklagte'])
    expect(speakerOf('« Je regrette », a déclaré le prévenu.', 'fr')).toEqual(['prévenu'])
    expect(speakerOf('«Я невиновен», — заявил подсудимый.', 'ru')).toEqual(['подсудимый'])
    expect(speakerOf('"I did nothing wrong," the defendant said.', 'en')).toEqual(['defendant'])
    // A participle is no role: « a accusé Paul » gives Paul no role «accusé».
    const [paul] = speakers('Le procureur a accusé Paul de vol. « Je suis innocent », a déclaré Paul.', 'fr')
    expect(paul?.role).toBeNull()
  })
  it('a definite description is the one described before with its head (en)', () => {
    const t = '"It was awful," said the local resident. "We ran," the resident added.'
    expect(speakerOf(t, 'en')).toEqual(['local resident', 'local resident'])
    // Brought in indefinitely, the same person is still no one named, in both quotations.
    const unnamed = '"It was awful," said a local resident. "We ran," the resident added.'
    expect(attributionOf(unnamed, 'en')).toEqual([
      [null, 'unnamed-speaker'],
      [null, 'unnamed-speaker'],
    ])
  })
  it('someone unnamed has the article they are referred to with as an alias (de, es, en)', () => {
    const de = speakers('„Alle Lichter gingen sofort aus“, sagte die Nachbarin am Abend.', 'de')
    expect(de.map((s) => [s.name, s.aliases])).toEqual([['Nachbarin', ['die Nachbarin']]])
    const es = speakers('"Yo soy inocente", ha asegurado el procesado durante el juicio.', 'es')
    expect(es.map((s) => [s.name, s.aliases])).toEqual([['procesado', ['el procesado']]])
    const en = speakers('"It was awful," said the local resident. "We ran," the resident added.', 'en')
    expect(en.map((s) => [s.name, s.aliases])).toEqual([
      ['local resident', ['the local resident', 'the resident', 'resident']],
    ])
    // A named person's aliases are how the article names them, without articles.
    const named = speakers('„Wir sind bereit“, sagte der Bürgermeister Hans Müller.', 'de')
    expect(named.map((s) => s.aliases)).toEqual([['Bürgermeister Hans Müller', 'Bürgermeister']])
  })
})

describe('relations and gendered descriptions', () => {
  it('"his mother" is someone of his, and a pronoun of her gender finds her (en)', () => {
    const t = [
      'Jeff Brown, the lead investigator, was given a dossier of evidence.',
      'Speaking on Friday, his mother said: “I blame this man for destroying my child’s life.”',
      'She added: “There were huge sums, hundreds of pounds at a time.”',
    ].join('\n\n')
    expect(speakerOf(t, 'en')).toEqual(['mother', 'mother'])
  })
  it('a man’s first name known more widely: the pronoun of the other gender passes him by (en)', () => {
    const t = [
      'Donna Rotunno, the lawyer, spoke after the verdict. "The fight is not over," she added.',
      'Harvey Weinstein was remanded into custody. "It is horrible to watch my client be taken away," she said.',
    ].join('\n\n')
    expect(speakerOf(t, 'en')).toEqual(['Donna Rotunno', 'Donna Rotunno'])
  })
})

describe('first names the lexicons know', () => {
  it('a first name after an agency starts the speaker’s name, not the agency’s (fr)', () => {
    const t =
      'Un incendie a touché le site. "Nos enfants sont traumatisés", raconte à l’AFP Virginie Grangeon, 40 ans.'
    expect(speakerOf(t, 'fr')).toEqual(['Virginie Grangeon'])
  })
})

describe('interview transcripts', () => {
  it('"Q:" and "A:" are labels, not names: questions have no speaker, answers are the interviewee’s (en, ru)', () => {
    const en = [
      'Mayor Luke Ravenstahl held a news conference on Friday.',
      'Q: "Are you encouraging others to get in this race?"',
      'A: "I’m sure that will change soon."',
      'Q: "Do you have a specific candidate in mind, mayor?"',
      'A: "Not right now, no."',
    ].join('\n\n')
    expect(direct(en, 'en').map(([, s, m]) => [s, m])).toEqual([
      [null, 'interview-question'],
      ['Luke Ravenstahl', 'interview-answer'],
      [null, 'interview-question'],
      ['Luke Ravenstahl', 'interview-answer'],
    ])
    const ru = [
      'Министр финансов Антон Силуанов ответил на вопросы журналистов.',
      'Вопрос: «Будут ли повышены налоги в этом году?»',
      'Ответ: «Нет, таких планов у правительства нет».',
    ].join('\n')
    expect(speakerOf(ru, 'ru')).toEqual([null, 'Антон Силуанов'])
  })
})

describe('a nickname in marks inside a name', () => {
  it('joins the first name and the surname around it, and is no part of the name (es)', () => {
    const t =
      'El argentino Eduardo “Chacho” Coudet estaba contento.\n\n“Nunca dejamos de creer”, analizó. “Nos gusta jugar así”, insistió Coudet.'
    expect(speakerOf(t, 'es')).toEqual(['Eduardo Coudet', 'Eduardo Coudet'])
  })
})

describe('unnamed witnesses and relatives', () => {
  it('residents, neighbours and family are roles (fr, de, es, ru)', () => {
    const fire = 'Le feu a dévoré plusieurs habitations.'
    expect(speakerOf(`${fire} "C'était un brasier", se rappelle l'habitante.`, 'fr')).toEqual(['habitante'])
    expect(speakerOf(`${fire} "C'était l'enfer ici", raconte le père de famille.`, 'fr')).toEqual([
      'père de famille',
    ])
    expect(speakerOf('„Es war laut“, sagte der Anwohner.', 'de')).toEqual(['Anwohner'])
    expect(speakerOf('«Fue horrible», relató la vecina.', 'es')).toEqual(['vecina'])
    expect(speakerOf('«Было очень страшно», — рассказал очевидец аварии.', 'ru')).toEqual(['очевидец аварии'])
    // Where no article says so (ru, uk), a commoner's role alone is someone unnamed.
    expect(attributionOf('«Было очень страшно», — рассказал очевидец.', 'ru')).toEqual([
      [null, 'unnamed-speaker'],
    ])
    // Brought in indefinitely, they are no one named.
    expect(attributionOf(`${fire} "C'était un brasier", se rappelle une habitante.`, 'fr')).toEqual([
      [null, 'unnamed-speaker'],
    ])
    expect(attributionOf('„Es war laut“, sagte ein Anwohner.', 'de')).toEqual([[null, 'unnamed-speaker']])
    expect(attributionOf('«Fue horrible», relató una vecina.', 'es')).toEqual([[null, 'unnamed-speaker']])
  })
})

describe('what a role is of, joined by a conjunction', () => {
  it('is read whole, and the name after it is the bearer’s (es, en)', () => {
    const es = [
      'La viceconsejera de Salud y Familias, Catalina García, ha defendido este viernes que “siempre está dispuesto a hablar”.',
      'Así lo ha afirmado la viceconsejera en un acto, quien ha indicado que el consejero ha comparecido “casi 70 veces”.',
    ].join('\n\n')
    expect(speakerOf(es, 'es')).toEqual(['Catalina García', 'Catalina García'])
    const [becerra] = speakers(
      '“We are ready,” said the Secretary of Health and Human Services Xavier Becerra.',
      'en',
    )
    expect([becerra?.name, becerra?.role]).toEqual([
      'Xavier Becerra',
      'Secretary of Health and Human Services',
    ])
  })
})

describe('German descriptions', () => {
  it('the object of „gegenüber“ is no apposition to the speaker', () => {
    const t = '„Alle Lichter gingen sofort aus“, sagte die Nachbarin gegenüber NBC-Washington.'
    expect(speakerOf(t, 'de')).toEqual(['Nachbarin'])
  })
  it('a bare role is no capitalised noun named before it', () => {
    const t = ['Heute Nacht sah sie das Gebäude brennen.', 'Anwohner: „Das war extrem!“'].join('\n')
    expect(speakerOf(t, 'de')).toEqual(['Anwohner'])
  })
})

describe('ru, uk: whose name, which subject', () => {
  it('"Name, role of a place named after someone: «…»" is the first name’s, past an abbreviation (uk)', () => {
    const t = [
      'Прем’єра вистави зібрала повну залу.',
      'Богдан Ступка, художній керівник театру ім. Івана Франка: "Дуже любимо і поважаємо молодь".',
    ].join('\n\n')
    expect(direct(t, 'uk')).toEqual([['Дуже любимо і поважаємо молодь', 'Богдан Ступка', 'speaker-colon']])
  })
  it('a participle’s clause between the subject and the verb holds no subject (uk, ru)', () => {
    const uk = [
      'Президент Володимир Зеленський провів пресконференцію.',
      'Президент, говорячи про голів обласних державних адміністрацій, сказав, що висновки зроблять "після завершення карантину".',
    ].join('\n\n')
    expect(speakerOf(uk, 'uk')).toEqual(['Володимир Зеленський'])
    const ru = [
      'Министр Иван Петров провёл совещание.',
      'Министр, отвечая на вопрос о ценах на бензин, сказал, что они "останутся прежними до весны".',
    ].join('\n\n')
    expect(speakerOf(ru, 'ru')).toEqual(['Иван Петров'])
  })
  it('a complement’s name and the subject’s name in one run are two people', () => {
    const t = [
      'Адвокат осужденного сотрудника ГРУ Евгения Ерофеева Оксана Соколовская намерена обжаловать приговор.',
      'Об этом она заявила журналистам в понедельник.',
      '"Приговор, скорее всего, будем обжаловать", - сказала она.',
    ].join('\n')
    expect(speakerOf(t, 'ru')).toEqual(['Оксана Соколовская'])
  })
  it('an organisation the lexicon names is what a role is of, not its bearer’s name (uk)', () => {
    const [s] = speakers(
      'Перший заступник голови Верховної Ради Руслан Стефанчук прокоментував ситуацію. "Я не схвалюю цього", - сказав він.',
      'uk',
    )
    expect([s?.name, s?.role]).toEqual(['Руслан Стефанчук', 'заступник голови Верховної Ради'])
  })
  it('a word made from an acronym is no name (ru)', () => {
    const t =
      'Адвокаты ГРУшников уже говорят об апелляции.\n«Будем обжаловать», — сказала адвокат Оксана Соколовская.'
    expect(speakers(t, 'ru').map((s) => s.name)).toEqual(['Оксана Соколовская'])
  })
  it('a press service alone speaks for the organisation named before (ru)', () => {
    const t = [
      'Об этом сообщает отдел коммуникации Нацполиции в Полтавской области.',
      'Прибывшие на место патрульные выяснили обстоятельства.',
      '«На данный момент полиция устанавливает все обстоятельства», — добавили в пресс-службе.',
    ].join('\n')
    expect(speakerOf(t, 'ru')).toEqual(['Нацполиция'])
  })
})

describe('reflexive verbs of saying in every gender (ru, uk)', () => {
  it('призналась, поділилася', () => {
    const ru =
      'Мила Нитич рассказала о планах.\n«У меня слаженная команда, — призналась певица. — Я непростой человек».'
    expect(speakerOf(ru, 'ru')).toEqual(['Мила Нитич', 'Мила Нитич'])
    expect(speakerOf('"Ми виграли цей матч", - поділилася Ольга Петренко.', 'uk')).toEqual(['Ольга Петренко'])
  })
})

describe('an organisation’s people speak for it', () => {
  it('in the plural, for the organisation that spoke or was named just before (uk, ru)', () => {
    const uk =
      'Пожежа спалахнула в Києві. Про це повідомляє ДСНС. "Рятувальники працюють на місці", – розповіли рятувальники.'
    expect(speakerOf(uk, 'uk')).toEqual(['ДСНС'])
    const ru = '«Пожар потушен», — сообщили в МЧС. «Пострадавших нет», — рассказали спасатели.'
    expect(speakerOf(ru, 'ru')).toEqual(['МЧС', 'МЧС'])
    // One of them, named, is themself.
    expect(speakerOf('«Огонь потушен», — рассказал спасатель Иван Петров.', 'ru')).toEqual(['Иван Петров'])
  })
})

describe('the previous sentence’s subject', () => {
  it('a pronoun opening the sentence before is the quotation’s speaker, as a name there would be (en)', () => {
    const t = [
      'Of all the injustices he has faced, the one that leaves Cliff Richard angry is the way the BBC treated him.',
      '‘I would never have dreamed it would do this to me,’ he says.',
      'He blames a new wave of management. ‘The new generation have come in, in all fields now.’',
    ].join('\n\n')
    expect(speakerOf(t, 'en')).toEqual(['Cliff Richard', 'Cliff Richard'])
  })
})

describe('a company called by what it is', () => {
  it('« le groupe », «el grupo» refer back to the company named before, a company noun before its name too (fr, es)', () => {
    const fr =
      'Le constructeur Renault a publié ses résultats lundi. « Les ventes progressent », précise le groupe.'
    expect(speakerOf(fr, 'fr')).toEqual(['Renault'])
    const es = 'La cadena Inditex publicó sus resultados el lunes. «Las ventas crecieron», señaló el grupo.'
    expect(speakerOf(es, 'es')).toEqual(['Inditex'])
    // A role written in capitals after an article opens no thing's name: « le PDG Carlos Ghosn ».
    const [ghosn] = speakers('« Nous regrettons », a déclaré le PDG Carlos Ghosn.', 'fr')
    expect([ghosn?.name, ghosn?.role]).toEqual(['Carlos Ghosn', 'PDG'])
  })
})

describe('the verb of the sentence before', () => {
  it('a quotation after a sentence with a verb of saying and no one named is its unnamed subject’s (es)', () => {
    const t = [
      '"Estamos felices, esta sensación es increíble", dijo Javier San Román.',
      'Además confesó como celebrará el triunfo. "Hoy a disfrutar, hoy nada más 3 o 4 porque el miércoles hay que entrenar".',
    ].join('\n')
    expect(direct(t, 'es').map(([, s, m]) => [s, m])).toEqual([
      ['Javier San Román', 'quote-verb-speaker'],
      ['Javier San Román', 'previous-sentence-verb'],
    ])
  })
})

describe('a paragraph quoted as a block without marks, its attribution below', () => {
  it('ru, uk: the paragraph ends in a comma and the next is a dash and a verb of saying', () => {
    const ru = [
      'Дмитрий Медведев не возглавил список партии.',
      'Я полагаю, что у администрации есть большое желание на время закрыть эту тему,',
      '– рассказал Иван Петров.',
    ].join('\n\n')
    expect(direct(ru, 'ru')).toEqual([
      [
        'Я полагаю, что у администрации есть большое желание на время закрыть эту тему',
        'Иван Петров',
        'quote-verb-speaker',
      ],
    ])
    // Below, someone the article does not name: the quotation is no one's known, not the person named before.
    const uk = [
      'Жителі Харкова звернулися до росіян.',
      'Мами росіян, подивіться, що наші діти такі ж маленькі. Ми не хочемо, щоб наших дітей вбивали,',
      '– заявила жінка.',
    ].join('\n\n')
    expect(direct(uk, 'uk')).toEqual([
      [
        'Мами росіян, подивіться, що наші діти такі ж маленькі. Ми не хочемо, щоб наших дітей вбивали',
        null,
        'unnamed-speaker',
      ],
    ])
  })
  it('not without a verb of saying below, nor for a dialogue line or a quotation in marks', () => {
    const list = ['Среди мер правительства есть и такие,', '– повышение налогов на роскошь.'].join('\n\n')
    expect(direct(list, 'ru')).toEqual([])
    const dialogue = ['— Мы поедем домой,', '– сказал он.'].join('\n\n')
    expect(direct(dialogue, 'ru').map(([q]) => q)).toEqual(['Мы поедем домой'])
  })
  it('ru, uk: a source is unnamed by design, never the person named before', () => {
    const t = 'Президент Владимир Путин провёл встречу. «Рост экономики продолжится», — сказал источник.'
    expect(speakerOf(t, 'ru')).toEqual(['источник'])
  })
})

describe('interview transcripts written with speaker labels and no marks', () => {
  it('de: each turn is a quotation of the one its label names', () => {
    const t = [
      'Die vergessene Ressource',
      'Joachim Scholl: 90 Prozent der Nahrungsmittel kommen aus der Erde. Ich grüße Sie, Herr Töpfer!',
      'Klaus Töpfer: Einen schönen guten Tag!',
      'Scholl: 24 Milliarden Tonnen Boden gehen jährlich verloren. Was passiert da?',
      'Töpfer: Es sind vor allen Dingen Erosionsvorgänge, die dafür verantwortlich sind.',
    ].join('\n\n')
    expect(speakerOf(t, 'de')).toEqual(['Joachim Scholl', 'Klaus Töpfer', 'Joachim Scholl', 'Klaus Töpfer'])
  })
  it('en: Q and A, an answer of several paragraphs, the one interviewed presented before', () => {
    const t = [
      'Sara Rauch is the author of the new book XO. Her work has appeared in Paranoid Tree. She lives in Boston.',
      'Q: What inspired you to write XO?',
      'A: Great question, though I am not quite sure how to answer it!',
      'I never wanted to write a straightforward memoir about the experience.',
      'Q: How was the title chosen?',
      'A: I trained as a poet before I switched to prose.',
    ].join('\n\n')
    expect(direct(t, 'en').map(([, s, m]) => [s, m])).toEqual([
      [null, 'interview-question'],
      ['Sara Rauch', 'interview-answer'],
      ['Sara Rauch', 'multi-paragraph'],
      [null, 'interview-question'],
      ['Sara Rauch', 'interview-answer'],
    ])
  })
  it('fr: a space before the colon', () => {
    const t = [
      'Sarah Dupont : Nous avons vécu une saison difficile.',
      'Marc Petit : Comment l’expliquez-vous ?',
      'Sarah Dupont : Nous avons été plus attendues, donc plus observées.',
    ].join('\n\n')
    expect(speakerOf(t, 'fr')).toEqual(['Sarah Dupont', 'Marc Petit', 'Sarah Dupont'])
  })
  it('a turn whose label names no one known is no one’s, not the speaker before', () => {
    const t = [
      'LAOLA1: Eure erste Saison ist zu Ende. Wie fällt euer Fazit aus?',
      'Konstantin Kerschbaumer: Wir haben verschiedene Phasen durchlebt.',
      'LAOLA1: Und was war am schwierigsten?',
      'Konstantin Kerschbaumer: Der Rhythmus mit den vielen Spielen.',
    ].join('\n\n')
    expect(speakerOf(t, 'de')).toEqual([null, 'Konstantin Kerschbaumer', null, 'Konstantin Kerschbaumer'])
  })
  it('not labels that never come back, nor a lone note, nor labels with words in lower case', () => {
    const prizes = [
      'Le plus remonté : Fabien Galthié, après la défaite.',
      'Le plus heureux : Stéphane Ruffier, après la victoire.',
      'Le plus calme : David Ospina, comme toujours.',
    ].join('\n\n')
    expect(direct(prizes, 'fr')).toEqual([])
    const distinct = ['Paris: Rain all day.', 'London: Sunny spells.', 'Berlin: Snow in the evening.'].join(
      '\n\n',
    )
    expect(direct(distinct, 'en')).toEqual([])
    expect(direct('The mayor spoke on Monday.\n\nNote: This story has been updated.', 'en')).toEqual([])
  })
})

describe('a collection of quotations, each speaker named in parentheses after', () => {
  it('de, en: the person opening the parenthesis', () => {
    const de = [
      'Die besten Sprüche des Spieltags.',
      '„Ich habe mir nicht vorgestellt, dass wir so schnell führen.“ (Gladbachs Interimstrainer André Schubert nach dem 4:2)',
      '„Wir haben ein bisschen um den heißen Brei gespielt.“ (Borussia Dortmunds Trainer Thomas Tuchel nach dem 1:1)',
    ].join('\n\n')
    expect(speakerOf(de, 'de')).toEqual(['André Schubert', 'Thomas Tuchel'])
    const en = '"We will be back next year, stronger than ever." (John Smith, the club\'s chairman)'
    expect(speakerOf(en, 'en')).toEqual(['John Smith'])
  })
  it('not a parenthesis after a quotation someone was named as saying before', () => {
    const t = 'Anna Schmidt sagte: „Wir werden das Projekt fortsetzen.“ (Quelle: Hans Meier, Archiv)'
    expect(speakerOf(t, 'de')).toEqual(['Anna Schmidt'])
  })
})

describe('de: a name in the genitive before a role owns it', () => {
  it('„sagte Bayerns Trainer Thomas Tuchel“: the trainer speaks, not the club', () => {
    expect(speakerOf('„Wir sind zufrieden“, sagte Bayerns Trainer Thomas Tuchel.', 'de')).toEqual([
      'Thomas Tuchel',
    ])
    expect(speakerOf('„Wir sind zufrieden“, sagte Schalkes Manager Horst Heldt.', 'de')).toEqual([
      'Horst Heldt',
    ])
    // A surname of its own in -s, an unknown first name before a surname: no genitive.
    expect(speakerOf('„Wir sind zufrieden“, sagte Verteidigungsminister Boris Pistorius.', 'de')).toEqual([
      'Boris Pistorius',
    ])
    expect(speakerOf('„Wir sind zufrieden“, sagte sein Kollege Ernes Tiganj.', 'de')).toEqual([
      'Ernes Tiganj',
    ])
  })
})

describe('es: the verb of saying after an auxiliary, with no comma after the quotation', () => {
  it('"…" ha indicado el responsable …; "…" ha agregado', () => {
    const t = [
      'Valero Rivera, técnico de la selección española de balonmano, ha dicho hoy que está satisfecho.',
      '"Desde que empezamos a trabajar el 5-1, tenemos más opciones" ha indicado el responsable deportivo de la selección.',
      '"Dejar a Portugal a esa distancia de goles es muy importante" ha agregado.',
    ].join('\n\n')
    expect(direct(t, 'es').map(([, sp, m]) => [sp, m])).toEqual([
      ['Valero Rivera', 'quote-verb-speaker'],
      ['Valero Rivera', 'quote-verb-zero-subject'],
    ])
  })
})

describe("de: a date with an ordinal („am 15. Dezember“) does not end the reporter's sentence", () => {
  it('the speaker before it is read', () => {
    expect(
      speakerOf('Paul Kirchhof sagte am 15. Dezember: „Ich glaube, dass dies ein erster Schritt ist.“', 'de'),
    ).toEqual(['Paul Kirchhof'])
    expect(
      speakerOf('„Das ist ein erster Schritt“, sagte Paul Kirchhof am 15. Dezember in Berlin.', 'de'),
    ).toEqual(['Paul Kirchhof'])
  })
})

describe('es: imperfect verbs of saying, and a name in apposition after a bare role', () => {
  it('«Una vecina … explicaba ayer … que "…"»', () => {
    const t =
      'La vecina de la calle Cartas explicaba ayer que "los fines de semana no se puede dormir por la música".'
    expect(speakerOf(t, 'es')).toEqual(['vecina'])
  })
  it('«El presidente del Concejo, el oficialista Israel Alcócer, la considera como "…"»', () => {
    const t = [
      '"Expresan la molestia contra el alcalde", declara el edil de CA, Juan Carlos Medrano.',
      'El presidente del Concejo Municipal, el oficialista Israel Alcócer, la considera como "una movilización política".',
    ].join('\n\n')
    expect(direct(t, 'es').map(([, sp, m]) => [sp, m])).toEqual([
      ['Juan Carlos Medrano', 'quote-verb-speaker'],
      ['Israel Alcócer', 'speaker-verb-quote'],
    ])
  })
})

describe('es: the imperfect of every listed preterite is a verb of saying', () => {
  it('«…», opinaba X / «…», anunciaba el alcalde X / X, justificaba esta vecina, «…»', () => {
    expect(
      speakerOf('«No tengo mucha confianza con ella», opinaba Araceli Álvarez García, vecina.', 'es'),
    ).toEqual(['Araceli Álvarez García'])
    expect(speakerOf('«Se hará en mayo», anunciaba el alcalde Juan Pérez.', 'es')).toEqual(['Juan Pérez'])
    expect(speakerOf('Los pequeños, justificaba esta vecina, «son bastante traviesos».', 'es')).toEqual([
      'vecina',
    ])
  })
})

describe('en: a nationality noun alone refers back to the person named before', () => {
  it('"…," the Slovenian said / the Croatian', () => {
    const t = [
      'Our coach, Oblak, Felipe and Vitolo spoke after the final.',
      'Oblak was also pleased with the performance despite the result.',
      '"We need to keep our head up," the Slovenian said.',
    ].join('\n')
    expect(speakerOf(t, 'en')).toEqual(['Oblak'])
    const hr = 'Midfielder Luka Modric played the full game.\n"It was hard," the Croatian said.'
    expect(speakerOf(hr, 'en')).toEqual(['Luka Modric'])
  })
})

describe('ru, uk: a name between the verb and a role in the nominative is whom the words were told', () => {
  it('«…», — рассказал Life News водитель: the driver named before, not the outlet', () => {
    const lead = '47-летний Сергей Сергеев, управлявший грузовиком, не получил ни одной царапины.'
    for (const outlet of ['Life News', 'BBC', 'Лайф Ньюс'])
      expect(
        speakerOf(`${lead}\n"Я услышал по рации предупреждение", - рассказал ${outlet} водитель.`, 'ru'),
      ).toEqual(['Сергей Сергеев'])
    // A role in another case after the name leaves the name the subject.
    expect(speakerOf(`${lead}\n"Я услышал предупреждение", - рассказал Сергеев журналистам.`, 'ru')).toEqual([
      'Сергей Сергеев',
    ])
  })
  it('an adjective in -ов- of a role word is no role: «прокоментував судове засідання адвокат»', () => {
    const t = [
      'Про це заявив його захисник, голова Ради адвокатів області Олексій Фазекош.',
      '«У мене хороший настрій, – прокоментував судове засідання адвокат. – Справа перспективи не має».',
    ].join('\n')
    expect(speakerOf(t, 'uk')).toEqual(['Олексій Фазекош', 'Олексій Фазекош'])
  })
})

describe('rule dash-source: “…” — Name, with no verb (collections of quotations, epigraphs)', () => {
  it('en: each quotation takes the person after its dash, "--" too, in one paragraph', () => {
    const t = [
      'AFP Sport picks out some of the best quotes at the World Cup:',
      '“I feel it was a tragedy.” -- Japan coach Akira Nishino on the loss to Belgium. “To be fair, we were ' +
        'thinking of Wales.” — Belgium captain Eden Hazard admits memories haunted him.',
    ].join('\n')
    expect(direct(t, 'en').map(([, s, m]) => [s, m])).toEqual([
      ['Akira Nishino', 'dash-source'],
      ['Eden Hazard', 'dash-source'],
    ])
  })
  it('ru: «…» — главный тренер Иван Петров; not «…» — это …', () => {
    expect(
      speakerOf('Цитаты недели.\n«Мы сделаем всё, чтобы победить» — главный тренер Иван Петров.', 'ru'),
    ).toEqual(['Иван Петров'])
    expect(speakerOf('"We will win" — that was the promise. John Smith spoke later.', 'en')).toEqual([null])
  })
})

describe('speaker-colon: a person after a preposition speaks only where no pronoun is the subject', () => {
  it('fr: « Il est revenu sur la bévue d’Alphonse Areola : "…" » is his; uk «за підтримки Ольги Блажкевич: «…»» hers', () => {
    const fr = [
      "L'entraîneur Didier Deschamps a parlé après le match.",
      "Il est revenu sur la bévue d'Alphonse Areola : \"Si l'arbitre sifflait la faute, c'est fini.\"",
    ].join('\n')
    expect(speakerOf(fr, 'fr')).toEqual(['Didier Deschamps'])
    expect(speakerOf('Виставка відбулася за підтримки Ольги Блажкевич: «Ми дуже раді».', 'uk')).toEqual([
      'Ольга Блажкевич',
    ])
  })
})

describe('en, fr, es: a role in the plural names a group, and a role word takes no other letter', () => {
  it('"Labour MPs", "les ministres" are no antecedent of he or she', () => {
    const en =
      'Senator Tom Hale spoke first.\nLabour MPs then walked out of the room.\n"This is a shameful day," he said.'
    expect(speakerOf(en, 'en')).toEqual(['Tom Hale'])
    // Nor a person's role that leaves a person named after a preposition unread.
    const governed =
      'The chamber erupted as opposition MPs clashed with Home Secretary Jane Porter.\n"We have nothing to hide," she said.'
    expect(speakerOf(governed, 'en')).toEqual(['Jane Porter'])
    const fr =
      "Le maire Jean Dupont est arrivé en retard.\nLes ministres ont quitté la salle.\n« C'est une honte », a-t-il déclaré."
    expect(speakerOf(fr, 'fr')).toEqual(['Jean Dupont'])
  })
  it('"Cole" is no "Col.", "Gove" no "Gov."; « la procureure » is a procureur', () => {
    expect(speakerOf('Ann Cole spoke to the board.\n"It is finished," she said.', 'en')).toEqual(['Ann Cole'])
    expect(speakerOf('Michael Gove arrived late.\n"We are ready," he said.', 'en')).toEqual(['Michael Gove'])
    const fr = 'La procureure Marie Lenoir a parlé.\n« Les faits sont graves », a déclaré la procureure.'
    expect(speakerOf(fr, 'fr')).toEqual(['Marie Lenoir'])
  })
})

describe('en: more verbs of saying in incises and before partial quotations', () => {
  it('"…," he fumed / she retorted', () => {
    const t = 'Union leader Mark Reed spoke to the crowd.\n"We will strike on Monday," he fumed.'
    expect(speakerOf(t, 'en')).toEqual(['Mark Reed'])
    expect(speakerOf('Mayor Ann Cole met the press.\n"It is finished," she retorted.', 'en')).toEqual([
      'Ann Cole',
    ])
  })
})

describe('a demonstrative opening its sentence before a verb of saying is its subject', () => {
  it('de „Der sagte: …“, ru «Тот заявил»: the person named last before, not the sentence’s subject', () => {
    const de =
      'Bester Verlierer der Runde war eindeutig Austria-Trainer Nenad Bjelica. Der sagte nach dem Spiel: "Manchmal habe ich keine Erklärung."'
    expect(speakerOf(de, 'de')).toEqual(['Nenad Bjelica'])
    const ru = 'Следователь Пётр Сидоров встретился с Иваном Петровым. Тот заявил: «Мы ни в чём не виноваты».'
    expect(speakerOf(ru, 'ru')).toEqual(['Иван Петров'])
    // A determiner before its noun is no pronoun: „Die Polizei sagte“.
    expect(speakerOf('Der Minister kam. Die Polizei sagte: "Wir sind bereit."', 'de')).toEqual(['Polizei'])
  })
})

describe('words in brackets are an aside, never the speaker', () => {
  it('de: "Heimo Pfeifenberger (Wr. Neustadt, 1:3) denkt positiv: …": no sentence ends inside the brackets', () => {
    const t =
      'Oliver Lederer (Admira, 1:3) versucht es: "Wir waren gut." Heimo Pfeifenberger (Wr. Neustadt, 1:3) denkt ' +
      'positiv: "Ich bin nicht unzufrieden, die Partie ist unglücklich verlaufen."'
    expect(direct(t, 'de').map(([, s, m]) => [s, m])).toEqual([
      ['Oliver Lederer', 'speaker-colon'],
      ['Heimo Pfeifenberger', 'speaker-colon'],
    ])
  })
})

describe('interviews: the question, and the one interviewed when no answer names them', () => {
  it('ru: a line whose first sentence asks is a question; the answers are the person the text names most', () => {
    const t = [
      'Режиссер Юрий Быков о кино и сериалах',
      'Юрий Быков - режиссер «другого» кино. Сейчас он снимает фильм с Константином Хабенским. О работе Быков рассказал в интервью.',
      'Читайте также: восемь легендарных фильмов>>',
      '- Расскажите, где вы сейчас? Вы, я слышал, в разъездах.',
      '- Да. Сейчас я уже в Петербурге, а так немножечко тут отдыхал.',
    ].join('\n')
    expect(direct(t, 'ru').map(([, s, m]) => [s, m])).toEqual([
      [null, 'interview-question'],
      ['Юрий Быков', 'interview-answer'],
    ])
  })
})

describe('es: a verb with no subject refers back to a description of one person, too', () => {
  it('«la Fiscal ha mantenido… Ha señalado que “…”» is the prosecutor’s, not a place named before', () => {
    const t = [
      'El juicio por el crimen del río Tera ha llegado a su fin.',
      'En este sentido, la Fiscal ha mantenido su postura inicial.',
      'Ha señalado que los acusados guardaron silencio “porque podían entrar en contradicciones”.',
    ].join('\n')
    expect(speakerOf(t, 'es')).toEqual(['Fiscal'])
    // Not a description with its bearer's name right after it: the name.
    const named =
      'Uno de los primeros en advertir el incendio fue el vecino del segundo derecha Ángel Orviz.\n«Estábamos en casa cuando empezamos a ver el humo», recordaba.'
    expect(speakerOf(named, 'es')).toEqual(['Ángel Orviz'])
    // Not in English, where a subject is always written: a verb with none found stays no one's.
    const en =
      'The trial over the Tera river killing ended.\nThe prosecutor kept her position. Said that "they lied".'
    expect(speakerOf(en, 'en')).not.toContain('prosecutor')
  })
  it('an adjective after the role word leaves the name after it the bearer: «el cantante puertorriqueño Luis Fonsi»', () => {
    const t = [
      'El cantante puertorriqueño Luis Fonsi anunció una nueva gira.',
      'En Madrid ofrecerá una propuesta «muy diferente a lo que ha hecho en los demás países», afirma.',
    ].join('\n')
    expect(speakerOf(t, 'es')).toEqual(['Luis Fonsi'])
    expect(speakers(t, 'es').find((s) => s.name === 'Luis Fonsi')?.role).toBe('cantante puertorriqueño')
  })
})

describe('a list in what a role is of stays in the role', () => {
  it('es «la ministra de Industria, Comercio y Turismo, Reyes Maroto»; en "Secretary for Business, Energy and …"', () => {
    const es = [
      'La ministra de Industria, Comercio y Turismo, Reyes Maroto, lo ha anunciado en la rueda de prensa.',
      '“Es la primera vez que el Gobierno impulsa la transformación del sector”, ha dicho.',
    ].join('\n')
    expect(speakerOf(es, 'es')).toEqual(['Reyes Maroto'])
    const en =
      'The Secretary of State for Business, Energy and Industrial Strategy arrived late.\n"We will act," the secretary said.'
    expect(speakers(en, 'en').map((s) => s.name)).not.toContain('Energy')
  })
})

describe('rule previous-sentence-name, one sentence further', () => {
  it('de: a sentence naming no one between the quotation and the one person a verb of saying names', () => {
    const t = [
      'Ein Auto brenne, hieß es, berichtete Marco Brauner, Pressesprecher der Feuerwehr. Die Wehrleute befürchteten das Schlimmste.',
      '„Normalerweise kann man ein brennendes Auto schon von Weitem sehen.“ Dann fanden sie den Mann.',
    ].join('\n')
    expect(direct(t, 'de').map(([, s, m]) => [s, m])).toEqual([['Marco Brauner', 'previous-sentence-name']])
    // Not without a verb of saying there: a person the reporter only mentions.
    const mentioned = [
      'Am Abend sah Marco Brauner, Pressesprecher der Feuerwehr, den Rauch. Die Wehrleute befürchteten das Schlimmste.',
      '„Normalerweise kann man ein brennendes Auto schon von Weitem sehen.“ Dann fanden sie den Mann.',
    ].join('\n')
    expect(speakerOf(mentioned, 'de')).toEqual([null])
  })
})

describe('a full stop glued to the next word still ends the reporter’s sentence', () => {
  it('es: “…”, expresó la sembrada número dos del torneo.DP — no subject after the stop', () => {
    const t = [
      'La argentina Nadia Podoroska ganó en su presentación.',
      '“Fue algo bueno jugar hoy, me da confianza”, expresó la sembrada número dos del torneo regiomontano.DP',
    ].join('\n')
    expect(speakerOf(t, 'es')).toEqual(['Nadia Podoroska'])
  })
})

describe('ru, uk: a feminine description made from a role stem is named in the nominative', () => {
  it('keeps the suffix and the -а a masculine genitive would lose («соседка», not «соседк»)', () => {
    expect(speakerOf('«Дым был везде», — рассказала соседка погибшего.', 'ru')).toEqual(['соседка погибшего'])
    expect(speakerOf('«Мы ждали этого десять лет», — сказала очевидица аварии.', 'ru')).toEqual([
      'очевидица аварии',
    ])
    expect(speakerOf('"Дим був усюди", – розповідає сусідка загиблого.', 'uk')).toEqual(['сусідка загиблого'])
    expect(speakerOf('"Ми прокинулися від диму", – розповіла мешканка квартири.', 'uk')).toEqual([
      'мешканка квартири',
    ])
    // The subject of a plural verb is a group, no one in particular, whatever its complement.
    expect(attributionOf('«Там было месиво», — рассказали очевидцы аварии.', 'ru')).toEqual([
      [null, 'unnamed-speaker'],
    ])
    expect(attributionOf('«Там було місиво», — розповіли очевидці аварії.', 'uk')).toEqual([
      [null, 'unnamed-speaker'],
    ])
  })
})

describe('a quotation printed twice is one person’s words', () => {
  const pullQuote = [
    'Die Autokrise zwingt die Bilstein Group zum Stellenabbau. Harry Brenner ist Vorsitzender des Betriebsrates.',
    '„Als Betriebsrat fanden wir es gut, dass die Geschäftsführung frühzeitig informiert hat“, sagt Brenner.',
    'Gespräche über Stellenabbau',
    'Eine Grundlage, auf der man nun in Gespräche eintreten will. „Wir wollen jede Möglichkeit nutzen, diese Zahl zu reduzieren.“ Das erste Treffen ist im November.',
    '„Wir wollen jede Möglichkeit nutzen, diese Zahl zu reduzieren“, betonte Brenner.',
  ].join('\n')
  it('an unattributed copy takes the speaker of the attributed one (echo)', () => {
    expect(direct(pullQuote, 'de')).toEqual([
      [
        'Als Betriebsrat fanden wir es gut, dass die Geschäftsführung frühzeitig informiert hat',
        'Harry Brenner',
        'quote-verb-speaker',
      ],
      ['Wir wollen jede Möglichkeit nutzen, diese Zahl zu reduzieren.', 'Harry Brenner', 'echo'],
      ['Wir wollen jede Möglichkeit nutzen, diese Zahl zu reduzieren', 'Harry Brenner', 'quote-verb-speaker'],
    ])
  })
  it('copies given to two people name no one, and a short repeat is no echo', () => {
    const two = [
      '„Wir wollen jede Möglichkeit nutzen, diese Zahl zu reduzieren“, sagte Harry Brenner.',
      'Die Sitzung dauerte lange. „Wir wollen jede Möglichkeit nutzen, diese Zahl zu reduzieren.“ Das Treffen ist im November.',
      '„Wir wollen jede Möglichkeit nutzen, diese Zahl zu reduzieren“, sagte auch Anna Schmidt.',
    ].join('\n')
    expect(speakerOf(two, 'de')[1]).toBeNull()
    const short = [
      '„Das ist gut so“, sagte Harry Brenner.',
      'Die Sitzung dauerte lange. „Das ist gut so.“ Das Treffen ist im November.',
    ].join('\n')
    expect(speakerOf(short, 'de')[1]).toBeNull()
  })
})

describe('a name with its article after a preposition is governed', () => {
  it('es: «aseguró a El Faro esta vecina»: the outlet told is no speaker', () => {
    const t =
      'Los bomberos llegaron tras el aviso de una vecina de la calle. “Esta tarde empecé a oler a quemado y vi humo negro”, aseguró a El Faro esta vecina.'
    expect(speakerOf(t, 'es')).not.toContain('Faro')
    expect(speakerOf(t, 'es')).toEqual(['vecina'])
  })
})

describe('a parliament’s record: labels with the party in brackets, stage directions between', () => {
  it('de: „Cornelia Lüddemann (GRÜNE):“ heads her paragraphs past „(Beifall …)“ lines, up to the next label', () => {
    const t = [
      'Im Landtag wurde über den Entwurf debattiert.',
      'Cornelia Lüddemann (GRÜNE):',
      'Ich will es ganz kurzmachen. Wir erwarten ein gemeinsames Ringen um die besten Vorschläge.',
      '(Zuruf von der AfD)',
      'Was nicht explizit im Gesetz steht, kann trotzdem gemacht werden, das wissen Sie auch.',
      '(Beifall bei den GRÜNEN)',
      'Dass es der Landtag nicht will, müssen wir jetzt zur Kenntnis nehmen. Das finde ich schade.',
      '(Beifall bei den GRÜNEN)',
      'Ich unterstelle einzig der Linken, dass sie ein ernsthaftes Interesse daran hat. Danke.',
      '(Beifall bei den GRÜNEN - Zurufe)',
      'Vizepräsident Wulf Gallert:',
      'Danke. Ich würde die Einlassung von Frau Eisenreich nicht als Überweisungsantrag werten.',
    ].join('\n')
    expect(direct(t, 'de').map(([q, s]) => [q.slice(0, 16), s])).toEqual([
      ['Ich will es ganz', 'Cornelia Lüddemann'],
      ['Was nicht expliz', 'Cornelia Lüddemann'],
      ['Dass es der Land', 'Cornelia Lüddemann'],
      ['Ich unterstelle ', 'Cornelia Lüddemann'],
      ['Danke. Ich würde', 'Wulf Gallert'],
    ])
  })
})

describe('a name in brackets is an aside, not the one name of a sentence', () => {
  it('fr: «… un incendie “d’une rare intensité” … de Vincennes (Val-de-Marne)» names no one speaking', () => {
    const t = [
      'À Vincennes, un incendie "d’une rare intensité" fait deux morts',
      'Les pompiers de Paris sont intervenus dans la nuit dans un immeuble de sept étages au cœur de Vincennes, dans le Val-de-Marne.',
      'VINCENNES - Deux personnes sont mortes dans la nuit du lundi 10 au mardi 11 août dans un incendie “d’une rare intensité” qui a embrasé un immeuble du centre de Vincennes (Val-de-Marne), en bordure de Paris, ont indiqué à l’AFP les pompiers.',
    ].join('\n')
    expect(speakerOf(t, 'fr')).toEqual([null, null])
  })
})

describe('de: the verb second, a thing before it and the speaker after it', () => {
  it('„Diese Sorge bekräftigt Elif Aldogan, Elternbeirätin der 2a: „…““ is hers, not the worry’s', () => {
    const t = [
      'Die Eltern der Klasse 2a sind in Sorge: Ihre Kinder haben seit Oktober keine feste Lehrkraft.',
      'Diese Sorge bekräftigt Elif Aldogan, Elternbeirätin der 2a, im Gespräch mit dieser Redaktion: "Es fehlt in der Klasse an Struktur und Grundlagen."',
    ].join('\n')
    expect(speakerOf(t, 'de')).toEqual(['Elif Aldogan'])
    // A person before the verb stays its subject.
    const person =
      'Die Eltern sind besorgt. Elif Aldogan bekräftigt diese Sorge: "Es fehlt in der Klasse an Struktur."'
    expect(speakerOf(person, 'de')).toEqual(['Elif Aldogan'])
  })
})

describe('a participle that is the verb of saying says what its sentence’s subject said', () => {
  it('en, es: "Smith praised Jones for his work, saying, “…”" is Smith’s, not the object’s', () => {
    expect(
      speakerOf(
        'Smith praised Jones for his work, saying, “He did a great job for the club this season.”',
        'en',
      ),
    ).toEqual(['Smith'])
    expect(
      speakerOf(
        'In an interview with Rolling Stone, Keenan teased Tool fans with new material, saying, “We’re always writing.”',
        'en',
      ),
    ).toEqual(['Keenan'])
    expect(
      speakerOf(
        'Pedro Sánchez elogió a Yolanda Díaz por su trabajo, diciendo: «Ha hecho un gran trabajo este año».',
        'es',
      ),
    ).toEqual(['Pedro Sánchez'])
    // A participle's clause before the verb still holds no subject.
    expect(
      speakerOf('John Smith, speaking to reporters on Monday, said: “We will appeal the ruling.”', 'en'),
    ).toEqual(['John Smith'])
  })
})

describe('a pronoun with no one named before it and a definite description of one person before it', () => {
  it('de, en: „erklärte der Schulleiter … "…", klärte er auf“ is the head teacher’s', () => {
    const de =
      'Während sie draußen waren, erklärte der Schulleiter zunächst, wie der Tag ablaufen soll. "Ich werde dann zu Ihnen stoßen", klärte er auf. Zugleich dankte er den Eltern dafür, dass Bilder Ihrer Kinder veröffentlicht werden dürften.'
    expect(speakerOf(de, 'de')).toEqual(['Schulleiter'])
    const en = 'The coach explained how the day would go. "I will join you later," he said.'
    expect(speakerOf(en, 'en')).toEqual(['coach'])
    const fr =
      'Le commandant de l’intervention a parlé d’un scénario quasi irréel. « Nous n’avions jamais vu des flammes se propager aussi vite », a-t-il affirmé.'
    expect(speakerOf(fr, 'fr')).toEqual(['commandant de l’intervention'])
  })
  it('a person named keeps the pronoun, whatever role comes first in the sentence', () => {
    const ru =
      'Адвокат осужденного на 14 лет сотрудника ГРУ Евгения Ерофеева Оксана Соколовская намерена обжаловать приговор.\n«Приговор, скорее всего, будем обжаловать», — сказала она.'
    expect(speakerOf(ru, 'ru')).toEqual(['Оксана Соколовская'])
    const en =
      'Coach John Smith was sent off in the second half. "For us, it was a good goal," he said in the press conference.'
    expect(speakerOf(en, 'en')).toEqual(['John Smith'])
    // An indefinite description is no one a pronoun goes back to, and an object after it is not the subject.
    const indefinite = 'A coach was sent off in the second half. "For us, it was a good goal," he said.'
    expect(speakerOf(indefinite, 'en')).toEqual([null])
    const object =
      'À la hâte, une mère de famille installe sa fille dans la voiture. "J’ai quelques jouets, à manger, un goûter", glisse-t-elle.'
    expect(speakerOf(object, 'fr')).toEqual([null])
  })
})

describe('de: a compound role is not another compound of the same role word', () => {
  it('„sagte der Cheftrainer“ is not „Gästetrainer Alois Schwartz“, the other team’s', () => {
    const t = [
      '„Wir haben am Anfang gut gespielt“, sagte der Cheftrainer.',
      'Gästetrainer Alois Schwartz haderte mit der Niederlage. „Fußball kann manchmal ungerecht sein.“',
    ].join('\n')
    expect(speakerOf(t, 'de')).toEqual(['Cheftrainer', 'Alois Schwartz'])
    // The plain role word may be a compound's bearer, and so may a compound a longer one ends with.
    const plain = 'Cheftrainer Thomas Müller war zufrieden.\n„Wir haben gut gespielt“, sagte der Trainer.'
    expect(speakerOf(plain, 'de')).toEqual(['Thomas Müller'])
    const longer = [
      'Bundesaußenminister Heiko Maas sieht eine Rolle für Europa. US-Präsident Donald Trump hatte ein Abkommen gefordert.',
      '"Das Wichtigste an der Botschaft ist, dass er sprechen will", so der Außenminister weiter.',
    ].join('\n')
    expect(speakerOf(longer, 'de')).toEqual(['Heiko Maas'])
  })
})

describe('de: formal pronouns of address written with a capital are no names', () => {
  it('„Bilder Ihrer Kinder“ is no one', () => {
    const names = speakers(
      'Der Direktor dankte den Eltern dafür, dass Bilder Ihrer Kinder veröffentlicht werden dürften. "Wir freuen uns", sagte er.',
      'de',
    ).map((s) => s.name)
    expect(names.some((n) => n.includes('Ihrer'))).toBe(false)
  })
})

describe('roles and verbs of saying news uses', () => {
  it('es: «el primer edil … ha dicho …: "…"», «relató el sargento … Gerardo Urbaneja»', () => {
    const edil = [
      'Precisamente el primer edil ha suspendido una entrevista. Pero minutos antes ha dicho en el programa que no se siente derrotado: "En modo alguno hay rendición".',
      'Ha añadido que la suspensión es un tema de seguridad: "Imposibilidad física de realizar esas obras".',
    ].join('\n')
    expect(speakerOf(edil, 'es')).toEqual(['primer edil', 'primer edil'])
    const sargento =
      'El fuego afectó al salón. «Por suerte el edificio no estaba muy habitado», relató el sargento del Cuerpo de Bomberos Gerardo Urbaneja.'
    expect(speakerOf(sargento, 'es')).toEqual(['Gerardo Urbaneja'])
  })
  it('fr: « … », s’amuse / sourit la chanteuse', () => {
    expect(speakerOf('"Je suis une ex-première partie", s’amuse la chanteuse. Elle rit.', 'fr')).toEqual([
      'chanteuse',
    ])
    expect(speakerOf('« On a gagné », sourit l’entraîneur.', 'fr')).toEqual(['entraîneur'])
  })
})

describe('dash lines after a speaker’s colon: remarks, not an interview', () => {
  it('ru: one line asking a question of its own does not make the others answers', () => {
    const t = [
      'Совещание вел губернатор Ульяновской области Сергей Морозов. Вот лишь несколько ярких его высказываний:',
      '- Сегодня ожидаются большие дожди. Для дорожников это вовсе не хорошо.',
      '- Как так можно было доработаться? При таком количестве пива его нет на полках!',
      '- Консолидированный бюджет имеет дефицит. Расходы есть, а доходы в уме.',
      '- На Чердаклы посмотришь и плакать хочется.',
    ].join('\n')
    expect(speakerOf(t, 'ru')).toEqual([
      'Сергей Морозов',
      'Сергей Морозов',
      'Сергей Морозов',
      'Сергей Морозов',
    ])
  })
})

describe('a sentence between two quotations whose subject is someone else', () => {
  it('fr, en: the second quotation is not the first one’s continuation, nor the next colon’s speaker’s', () => {
    const fr =
      '« Vous voyez les files de voiture le long du trottoir », murmure Didier Bordier. Roger Jamet parle fermement à ses troupes. « Notre action est sérieuse. » Une centaine de salariés franchissent la grille. Didier Bordier est ému. « Un tel silence, alors que nous étions habitués au vacarme… » Patrick, qui fera partie de la première équipe de nuit, égrène le matériel à rapporter de chez lui : « Un matelas, une lampe de camping. »'
    expect(speakerOf(fr, 'fr')).toEqual(['Didier Bordier', 'Roger Jamet', 'Didier Bordier', 'Patrick'])
    const en =
      '"You see the cars along the street," Didier Bordier whispers. Roger Jamet speaks firmly to his troops. "Our action is serious."'
    expect(speakerOf(en, 'en')).toEqual(['Didier Bordier', 'Roger Jamet'])
    // With no one else named between, the quotation goes on.
    const on =
      '"You see the cars along the street," Didier Bordier whispers. It was quiet. "Our action is serious."'
    expect(speakerOf(on, 'en')).toEqual(['Didier Bordier', 'Didier Bordier'])
  })
})

describe('a list item that gives a speaker and their words in marks is no dialogue line', () => {
  it('en: "- Democratic Sen. Chris Coons: “…”" is Coons’s quotation, the label his name', () => {
    const t = [
      'Here’s what other senators said about the bill:',
      '- Democratic Sen. Chris Coons: "We’re going to keep the pressure on."',
      '- GOP Sen. John Cornyn: "Well, this one has been pretty urgent."',
    ].join('\n')
    expect(direct(t, 'en').map(([q, s]) => [q, s])).toEqual([
      ['We’re going to keep the pressure on.', 'Chris Coons'],
      ['Well, this one has been pretty urgent.', 'John Cornyn'],
    ])
    // A replica that quotes someone after its own words stays a replica.
    const ru = '— Он мне сказал: «Я не приду», — вспоминает Анна.'
    expect(direct(ru, 'ru').map(([q, s]) => [q, s])).toEqual([['Он мне сказал: «Я не приду»', 'Анна']])
  })
})

describe('vox pops: the next one speaking brought in by age or by a role after the name', () => {
  it('fr: « … pour Thierry, 60 ans, … » ⏎ « … », souligne-t-il is Thierry’s, not the last speaker’s', () => {
    const t = [
      'Jean Martin travaille dans l’usine depuis 14 ans. « Je ne vois rien pour moi sur le marché du travail », ajoute-t-il.',
      'La situation semble tout aussi préoccupante pour Thierry, 60 ans, qui se remémore les promesses de stabilité. « C’est une page qui se tourne », souligne-t-il.',
      'Fathi Ghiloufi, délégué CGT, évoque la responsabilité collective. « Nous avons lutté pour qu’ils partent dignement », explique-t-il.',
    ].join('\n')
    expect(speakerOf(t, 'fr')).toEqual(['Jean Martin', 'Thierry', 'Fathi Ghiloufi'])
    // Without the age, a person after a preposition does not take the pronoun from the one speaking.
    const noAge = [
      'Jean Martin travaille dans l’usine depuis 14 ans. « Je ne vois rien pour moi sur le marché du travail », ajoute-t-il.',
      'La situation semble tout aussi préoccupante pour Thierry. « C’est une page qui se tourne », souligne-t-il.',
    ].join('\n')
    expect(speakerOf(noAge, 'fr')).toEqual(['Jean Martin', 'Jean Martin'])
  })
})

describe('en: a headline in title case makes no name of its capitalised words', () => {
  it('"Chief Harteau Releases Statement on Recent Violence" names Harteau, not "Harteau Releases Statement"', () => {
    const t = [
      'Chief Harteau Releases Statement on Recent Violence',
      '“I continue to be concerned about the recent violence we have seen in our city.”',
      'Chief Janeé Harteau',
    ].join('\n')
    expect(speakerOf(t, 'en')).toEqual(['Janeé Harteau'])
    // A word the prose capitalises too goes on the name; a first name takes its surname.
    const names = speakers(
      'Martin Luther King Honored With New Memorial Statue\nThe statue of Martin Luther King was unveiled on Monday. "It is a great day," said Bernice King.',
      'en',
    ).map((s) => s.name)
    expect(names).toEqual(['Bernice King'])
  })
})

describe('dash replicas: an editor’s note in brackets is no turn to the author’s words', () => {
  it('ru: «— … (… — Прим. ред.). …, — заявила Перепечаева.» is hers, both halves', () => {
    const t = [
      'По словам адвоката Виолы Перепечаевой, дело хотели рассмотреть быстро.',
      '— Мы перечисляли все доводы (сейчас у Максима более тяжкая статья. — Прим. ред.). Пересказывали всё, — заявила Перепечаева. — Рассказывали, сколько было противоречий.',
    ].join('\n')
    expect(direct(t, 'ru').map(([q, s]) => [q.split(' ').slice(0, 3).join(' '), s])).toEqual([
      ['Мы перечисляли все', 'Виола Перепечаева'],
      ['Рассказывали, сколько было', 'Виола Перепечаева'],
    ])
    // Without brackets, the dash after a sentence still turns to the author's words.
    const plain = '— Мы перечисляли все доводы. — Прим. ред.'
    expect(direct(plain, 'ru').map(([q]) => q)).toEqual(['Мы перечисляли все доводы.'])
  })
})

describe('ru/uk: verbs of saying in the imperfective past', () => {
  it('«— …, — объяснял обвиняемый.», «— …, — пояснював Петренко.» name who spoke', () => {
    expect(speakerOf('— Работаю в качестве ИП, развожу товары, — объяснял обвиняемый.', 'ru')).toEqual([
      'обвиняемый',
    ])
    expect(speakerOf('— Ми працюємо без вихідних, — пояснював Петренко.', 'uk')).toEqual(['Петренко'])
  })
})

describe('a title in marks inside author’s words set into a quotation is the outlet told, not the speaker', () => {
  it('ru: `"…, — рассказал "ГПУ" сосед погорельцев Игорь Россоха. — …"` is Россоха’s, both halves', () => {
    const t =
      '"Лидия Пантелеймоновна постучала ко мне в двери, — рассказал "ГПУ" сосед погорельцев Игорь Россоха, вызвавший пожарников. — Соседка пожаловалась на угар в кухне".'
    expect(speakerOf(t, 'ru')).toEqual(['Игорь Россоха', 'Игорь Россоха'])
    const guillemets =
      '«Соседка постучала ко мне в двери, — рассказал «КП» сосед Игорь Россоха. — Она пожаловалась на угар».'
    expect(speakerOf(guillemets, 'ru')).toEqual(['Игорь Россоха', 'Игорь Россоха'])
  })
})

describe('en: a name, titles and the employer set off by commas before the verb', () => {
  it('"Dr. Lisa Doggett, Family Physician, Senior Medical Director, Sagility tells us" is Doggett speaking', () => {
    const t =
      'Dr. Lisa Doggett, Family Physician, Senior Medical Director, Sagility tells us, "We are seeing a concerning trend."'
    expect(speakerOf(t, 'en')).toEqual(['Lisa Doggett'])
    // A name alone before the verb, after no title, is the subject itself.
    const list = 'After the match, Lisa Doggett, Tom Reed, Sagility said, "We are done."'
    expect(speakerOf(list, 'en')).toEqual(['Sagility'])
  })
})

describe('a bare role takes the bearer named after its complement', () => {
  it('es: «la delegada del Gobierno en el País Vasco, Marisol Garmendia» … «la delegada del Gobierno ha explicado»', () => {
    const t = [
      'El agente ha ingresado en prisión, según ha informado la delegada del Gobierno en el País Vasco, Marisol Garmendia.',
      'En un acto donde Garmendia ha acompañado a la ministra de Inclusión, Elma Saiz, la delegada del Gobierno ha explicado que el agente "ya está en prisión".',
    ].join('\n')
    expect(speakerOf(t, 'es')).toEqual(['Marisol Garmendia'])
  })
})

describe('a letter after a number is part of an address, not a name', () => {
  it('es: «afirmó la propietaria del 2º C, Jacinta Cobos» is Cobos speaking', () => {
    const t = '"Querían hacer daño y lo han hecho", afirmó la propietaria del 2º C, Jacinta Cobos.'
    expect(speakerOf(t, 'es')).toEqual(['Jacinta Cobos'])
  })
})

describe('ru: a prosecutor named by role, and «начинает» opening a replica', () => {
  it('«"…", - говорит государственный обвинитель Янис Симонов» is Симонов’s, not the last speaker’s', () => {
    const t = [
      '"С приговором не согласны", - объясняет защитник Станислав Цветинский.',
      'В прокуратуре довольны приговором.',
      '"Мы предлагали суд назначить 11 лет", - говорит государственный обвинитель Янис Симонов.',
    ].join('\n')
    expect(speakerOf(t, 'ru')).toEqual(['Станислав Цветинский', 'Янис Симонов'])
  })
  it('«— …, — начинает Александр. — …» is Александр’s, both replicas', () => {
    const t =
      'Иван Петров пришёл позже.\n— В хоккей попал достаточно рано, — начинает Александр. — Мне тогда было пять.'
    expect(direct(t, 'ru').map(([, s, method]) => [s, method])).toEqual([
      ['Александр', 'dialogue-dash'],
      ['Александр', 'continuation'],
    ])
  })
})

describe('an owner or a tenant speaks by role (es propietaria, de Besitzer)', () => {
  it('«…», afirmó la propietaria del piso / „…“, sagte der Besitzer: named for what they are', () => {
    expect(speakerOf('"Querían hacer daño", afirmó la propietaria del piso.', 'es')).toEqual([
      'propietaria del piso',
    ])
    expect(speakerOf('„Das war knapp“, sagte der Besitzer des Hauses.', 'de')).toEqual([
      'Besitzer des Hauses',
    ])
  })
})

describe('someone brought in only indefinitely is no one named', () => {
  it('"a neighbour said": speakerId null, method unnamed-speaker, the cue kept, no entry in speakers', () => {
    const t = 'John Smith lives on the street. "It was awful," a neighbour said.'
    const a = analyze({ text: t, language: 'en' })
    expect(a.quotes.map((q) => [q.speakerId, q.method, q.cue])).toEqual([[null, 'unnamed-speaker', 'said']])
    expect(a.speakers).toEqual([])
    // „der eine Zeuge“: a definite article before «eine» makes one of those told of, a speaker of its own.
    const de = 'Zwei Zeugen sahen den Unfall.\nDer eine Zeuge sagte: „Er fuhr zu schnell.“'
    expect(speakerOf(de, 'de')).toEqual(['Zeuge'])
  })
})

describe('ru: the object may open the sentence, the subject named in full after the verb', () => {
  it('«Ситуацию описала в Фейсбук Алена Веруш: "…"» is Веруш’s, not «Ситуацию»', () => {
    const t = [
      'Вчера кондиционер все-таки повесили. Ситуацию описала в Фейсбук Алена Веруш:',
      '"Полиция на них не подействовала. Жители вызвали сегодня снова."',
    ].join('\n')
    expect(speakerOf(t, 'ru')).toEqual(['Алена Веруш'])
    const latin = t.replace('Алена Веруш', 'Alena Verush')
    expect(speakerOf(latin, 'ru')).toEqual(['Alena Verush'])
    // A surname first in its sentence stays the subject: «Петров заявил: …».
    expect(speakerOf('Петров заявил: "Мы не согласны".', 'ru')).toEqual(['Петров'])
  })
})

describe('an outlet reporting words its sentence sources to a person relays them', () => {
  it('en: "According to Arkansas State Police Col. Mike Hagar, … “…,” KTHV-TV reported" is Hagar’s', () => {
    const t = [
      'The deputy was killed on Tuesday, KARK-TV reported.',
      'According to Arkansas State Police Col. Mike Hagar, information about the incident will be released “as it becomes available,” KTHV-TV reported.',
    ].join('\n')
    expect(speakerOf(t, 'en')).toEqual(['Mike Hagar'])
    // Past a comma a role and a name are someone else: "According to James Whitfield, Dr Finlay was speaking".
    expect(
      reported('According to James Whitfield, Dr Finlay was speaking ahead of the publication.', 'en').map(
        ([, s]) => s,
      ),
    ).toEqual(['James Whitfield'])
    // With no person as the source, the outlet is who reported the words.
    const outlet = 'Information will be released “as it becomes available,” KTHV-TV reported.'
    expect(speakerOf(outlet, 'en')).toEqual(['KTHV-TV'])
  })
})

describe('more verbs of saying', () => {
  it('ru подытожил, uk поцікавився, de erzählte, es resumió, fr prévient, en commented', () => {
    const cases: [string, Parameters<typeof direct>[1], string][] = [
      [
        '«Нужно начать принимать законные решения», - подытожил адвокат Сергей Власенко.',
        'ru',
        'Сергей Власенко',
      ],
      ['— Коли буде наступна гра? — поцікавився Олег Петренко.', 'uk', 'Олег Петренко'],
      ['„Es war ein langer Tag“, erzählte Anna Schmidt.', 'de', 'Anna Schmidt'],
      [
        '„Plötzlich stand da eine ganz andere Mannschaft“, schimpfte Berthold Kreuser.',
        'de',
        'Berthold Kreuser',
      ],
      ['“Fue un gran festival”, resumió Kevin Trujillo.', 'es', 'Kevin Trujillo'],
      ['« Ce sera difficile », prévient Marie Martin.', 'fr', 'Marie Martin'],
      ['"We will look into it," commented John Smith.', 'en', 'John Smith'],
    ]
    // Read as the verb after the quotation, not found by a later rule.
    for (const [t, lang, name] of cases) {
      const method = lang === 'uk' ? 'dialogue-dash' : 'quote-verb-speaker'
      expect(attributionOf(t, lang), t).toEqual([[name, method]])
    }
  })
})

describe('a description set off by commas after a clause that opens the sentence is its subject', () => {
  it('fr: « Pour la mettre en confiance, la présidente, d’un certain âge, enchaîne les questions : « … » »', () => {
    const t =
      'Pour la mettre en confiance, la présidente, d’un certain âge, explique : « Tu as quel âge ? En quelle classe es-tu ? »'
    expect(speakerOf(t, 'fr')).toEqual(['présidente'])
    // After a name, a description with an article is its apposition: "Flynn, a top Trump surrogate, said".
    expect(speakerOf('Michael Flynn, a top Trump surrogate, said: "We will win."', 'en')).toEqual([
      'Michael Flynn',
    ])
  })
})

describe('what belongs to a role word and what ends it', () => {
  it('an adjective of rank after the role word is part of it (fr, es, en)', () => {
    expect(
      speakerOf(
        'Au sortir de la rencontre, l’entraîneur principal était calme. « On a très mal débuté », a déclaré l’entraîneur principal.',
        'fr',
      ),
    ).toEqual(['entraîneur principal'])
    expect(
      speakerOf('«Vamos a recurrir la sentencia», dijo el secretario general del sindicato.', 'es'),
    ).toEqual(['secretario general del sindicato'])
  })
  it('an infinitive after the role’s "de" is what the person did, not what the role is of (es, fr)', () => {
    expect(
      speakerOf(
        'El acusado de violar a su sobrina volvió a negar los hechos. «Juro por Dios que los hechos son falsos», dijo el acusado.',
        'es',
      ),
    ).toEqual(['acusado'])
    expect(speakerOf('« Je ne l’ai pas tuée », a déclaré le prévenu d’avoir tué sa femme.', 'fr')).toEqual([
      'prévenu',
    ])
  })
  it('a possessive role word heads its compound: "police chief’s message" is the chief’s (en)', () => {
    const t = [
      'Houston police chief’s message to officer’s killer: ‘We are going to catch you’',
      'Houston Police Chief Art Acevedo spoke on Sunday. “We will find him,” Acevedo said.',
    ].join('\n')
    expect(speakerOf(t, 'en')).toEqual(['Art Acevedo', 'Art Acevedo'])
  })
  it('"of" inside an organisation’s name governs no role and bearer after it; a long subject still says (en)', () => {
    const t = [
      'People walked through the new music room at the Berne Union K-12 School in Sugar Grove, Ohio',
      '"This is a great day for Sugar Grove," Berne Union Board of Education President John Garber said.',
    ].join('\n')
    expect(speakerOf(t, 'en')).toEqual(['John Garber'])
    // "of" after a person's name still governs: the observatory is where Ribas works.
    expect(
      speakerOf(
        '"We weren\'t looking for a ring," Felipe Braga Ribas of Brazil\'s National Observatory said.',
        'en',
      ),
    ).toEqual(['Felipe Braga Ribas'])
  })
  it('a name in marks with a verb far after it is no quotation (ru)', () => {
    const t =
      'Вчера «Ворскла» обыграла на своем поле луцкую «Волынь» — 2:0. Вашему вниманию комментарии тренеров, которые приводит сайт.'
    expect(direct(t, 'ru')).toEqual([])
  })
  it('"reminded" is a verb of saying (en)', () => {
    expect(
      speakerOf(
        '“We will have Santa down at the old market,” the downtown director reminded the crowd.',
        'en',
      ),
    ).toEqual(['downtown director'])
  })
  it('a firefighter is a role: the unit after it is what the role is of (ru, uk)', () => {
    expect(
      speakerOf('«Было темно и очень скользко», – рассказал старший пожарный ПСЧ №52 Рафаэль Закиров.', 'ru'),
    ).toEqual(['Рафаэль Закиров'])
    expect(speakerOf('«Вогонь загасили за годину», — розповів пожежник ДПРЧ-5 Іван Петренко.', 'uk')).toEqual(
      ['Іван Петренко'],
    )
  })
})

describe('a nationality alone refers to the person the article gave it to', () => {
  it('es, fr: «el uruguayo» is the one introduced as «el uruguayo Diego Alonso», however far back', () => {
    const es = [
      'El entrenador del Sevilla, el uruguayo Diego Alonso, declaró tras la derrota que se siente fuerte.',
      'El club no ha decidido nada. El partido de hoy deja al técnico muy sacudido. Su futuro es incierto.',
      '«Estoy entero y con ganas de revertir la situación», relató el uruguayo en la sala de prensa.',
    ].join('\n')
    expect(speakerOf(es, 'es')).toEqual(['Diego Alonso'])
    const fr = [
      'Le sélectionneur, le français Didier Deschamps, a salué ses joueurs après le match contre le Brésil.',
      'La rencontre a été longue. Le public a chanté. Les supporters sont restés tard.',
      '« On a été au-delà de nos souffrances », a confié le Français.',
    ].join('\n')
    expect(speakerOf(fr, 'fr')).toEqual(['Didier Deschamps'])
  })
})

describe('rule parenthesis-source: the speaker in brackets after a quotation', () => {
  it('on the quotation’s line or on a line of its own below it, as lists of quotations set them (de)', () => {
    const t = [
      'Die Experten erklären das Desaster:',
      '1. "Das war Altherrenfußball, was wir gesehen haben." (Paul Breitner)',
      '2. "Mit einer schlechten Mannschaft kann man immer früh ausscheiden."',
      '(Michael Ballack)',
    ].join('\n')
    expect(attributionOf(t, 'de')).toEqual([
      ['Paul Breitner', 'parenthesis-source'],
      ['Michael Ballack', 'parenthesis-source'],
    ])
    // An interjection as a transcript prints it, with its colon, names no speaker of the words before it.
    const interjection = [
      '"Wir erwarten schon ein gemeinsames Ringen."',
      '(Zuruf von der AfD: Die will keiner hören!)',
    ]
    expect(speakerOf(interjection.join('\n'), 'de')).toEqual([null])
  })
})

describe('statements after labels go on over paragraphs in the first person', () => {
  it('up to the first paragraph that is not, or the next label (de)', () => {
    const t = [
      'Trainerstimmen zum Spiel gegen den Halleschen FC',
      'Christian Brand: Ich hab kaum auf meinem Platz gestanden, da stand es 1:0 für Halle.',
      'Wir hatten in einem engen Spiel das bessere Ende für uns.',
      'Die Partie wurde von 8.000 Zuschauern verfolgt.',
      'Rico Schmitt: Glückwunsch an Hansa und meinen Kollegen. Wenn man mehr Tore schiesst, hat man verdient gewonnen.',
      'Kompliment an meine Mannschaft für den Fight am letzten Spieltag.',
    ].join('\n')
    expect(direct(t, 'de').map(([q, s]) => [q.slice(0, 12), s])).toEqual([
      ['Ich hab kaum', 'Christian Brand'],
      ['Wir hatten i', 'Christian Brand'],
      ['Glückwunsch ', 'Rico Schmitt'],
      ['Kompliment a', 'Rico Schmitt'],
    ])
  })
})

describe('ru, uk: a suspect is a role', () => {
  it('«отметил подозреваемый», «сказав підозрюваний»', () => {
    expect(speakerOf('"Совершил убийство", - отметил подозреваемый.', 'ru')).toEqual(['подозреваемый'])
    expect(speakerOf('«Я не винен», — сказав підозрюваний.', 'uk')).toEqual(['підозрюваний'])
  })
})

describe('a dialogue dash typed against the comma before it still turns to the author', () => {
  it('ru: «…этаж,— сокрушается пенсионерка. — …»', () => {
    const t = [
      'Жители дома испытывают неудобства.',
      '— Когда же лифт починят, сил моих нет подниматься на 12-й этаж,— сокрушается Анна Петрова. — Хотя, честно сказать, это мелочи, — добавляет она.',
    ].join('\n')
    expect(direct(t, 'ru')).toEqual([
      ['Когда же лифт починят, сил моих нет подниматься на 12-й этаж', 'Анна Петрова', 'dialogue-dash'],
      ['Хотя, честно сказать, это мелочи', 'Анна Петрова', 'dialogue-dash'],
    ])
  })
})

describe('a verb of saying in the plural with no subject is impersonal', () => {
  it('ru, es: no one in particular, not whoever spoke before', () => {
    const ru = '«Мы всё потеряли», — сказал Иван Петров.\n«Утром ещё пахло дымом», — рассказывали в деревне.'
    expect(attributionOf(ru, 'ru')).toEqual([
      ['Иван Петров', 'quote-verb-speaker'],
      [null, 'unnamed-speaker'],
    ])
    const es =
      '"Lo perdimos todo", dijo Juan Pérez.\n"A las siete de la mañana todavía olía a humo", relataban en la finca.'
    expect(attributionOf(es, 'es')).toEqual([
      ['Juan Pérez', 'quote-verb-speaker'],
      [null, 'unnamed-speaker'],
    ])
  })
  it('es: a singular verb with no subject still refers back', () => {
    const t = '"Lo perdimos todo", dijo Juan Pérez.\n"Todavía olía a humo", relataba en la finca.'
    expect(speakerOf(t, 'es')).toEqual(['Juan Pérez', 'Juan Pérez'])
  })
})

describe('a role in the plural is a group, no one named before', () => {
  it('en: "neighbours said" is not the man quoted before; "Top CEOs" are no one CEO', () => {
    const t =
      '"We lost everything," said John Smith.\n"It still smelled of smoke in the morning," neighbours said.'
    expect(attributionOf(t, 'en')).toEqual([
      ['John Smith', 'quote-verb-speaker'],
      [null, 'unnamed-speaker'],
    ])
    const roles = [
      'Top CEOs agree that profits are not everything. Former UBS CEO Joe Grano said the move creates balance.',
      '"A corporation is a partnership," Grano said.',
    ].join('\n')
    const grano = speakers(roles, 'en').find((s) => s.name === 'Joe Grano')
    expect(grano?.aliases).toContain('Grano')
    expect(grano?.aliases).not.toContain('Top CEOs')
  })
  it('en: officials speak for the organisation named just before (staff), else for no one', () => {
    const org =
      'The Harris County Fire Department sent crews overnight. "The fire is contained," officials said on Sunday.'
    expect(speakerOf(org, 'en')).toEqual(['Harris County Fire Department'])
    const none = 'Mayor Jane Brown thanked the crews. "The fire is contained," officials said on Sunday.'
    expect(attributionOf(none, 'en')).toEqual([[null, 'unnamed-speaker']])
  })
  it('fr: a group after the subject, before the colon, does not take the words', () => {
    const t = 'Le maire Alain Got a rencontré les habitants : « On ne comprend pas pourquoi. »'
    expect(speakerOf(t, 'fr')).toEqual(['Alain Got'])
  })
})

describe('en: a name after a company noun is an organisation, which no "she" refers to', () => {
  it('"according to local rights group Trans Action. "…," she added"', () => {
    const t =
      'Sarah Mitchell leads the campaign. More than 45 people have been killed, according to local rights group Trans Action. "We need help," she added.'
    expect(speakerOf(t, 'en')).toEqual(['Sarah Mitchell'])
  })
})

describe('en: "the group" refers back to the organisation named before', () => {
  it('"…," the group said', () => {
    const t =
      'The Sierra Club criticised the plan on Monday. "This is a disaster for the coast," the group said in a statement.'
    expect(speakerOf(t, 'en')).toEqual(['Sierra Club'])
  })
})

describe('es, fr: «sus declaraciones», « ses déclarations » before a colon are the last speaker’s', () => {
  it('es', () => {
    const t = [
      'El entrenador Diego Martínez habló tras el partido. “Estamos muy contentos”, dijo Martínez.',
      'Estas fueron algunas de sus declaraciones:',
      '“Quedan siete partidos y muchos puntos por jugar.”',
    ].join('\n')
    expect(speakerOf(t, 'es')).toEqual(['Diego Martínez', 'Diego Martínez'])
  })
  it('fr', () => {
    const t = [
      'L’entraîneur Didier Dupont a parlé après le match. « Nous sommes très contents », a dit Dupont.',
      'Voici quelques-unes de ses déclarations :',
      '« Il reste sept matchs. »',
    ].join('\n')
    expect(speakerOf(t, 'fr')).toEqual(['Didier Dupont', 'Didier Dupont'])
  })
})

describe('de: an article and an adjective before a surname the article has given with a first name', () => {
  it('„so der frustrierte Härtel“, „sagte der 45-jährige Härtel“', () => {
    for (const v of ['so der frustrierte Härtel', 'sagte der 45-jährige Härtel']) {
      const t = `Erzgebirge Aue verlor in Osnabrück mit Trainer Jens Härtel 1:3. "Wir müssen killen", ${v}.`
      expect(speakerOf(t, 'de')).toEqual(['Jens Härtel'])
    }
  })
  it('„staunt der Richter“: verbs of marvelling attribute too', () => {
    const t =
      'Der Richter Erhard Neubauer leitete den Prozess. „Ein Spitzenreiter in dem Alter“, staunt der Richter.'
    expect(speakerOf(t, 'de')).toEqual(['Erhard Neubauer'])
  })
})

describe('ru, uk: whom an institution is named after is no speaker (namesakeWords)', () => {
  it.each([
    'ректор РЭУ им.Н.Плеханова Леонид Брагин',
    'ректор РЭУ им. Г. В. Плеханова Леонид Брагин',
    'ректор университета имени Плеханова Леонид Брагин',
  ])('ru: «…», — сказал %s', (subject) => {
    expect(
      speakerOf(`"Негативного отношения у нас к этому нет", - сказал ${subject} в понедельник.`, 'ru'),
    ).toEqual(['Леонид Брагин'])
  })
  it('uk: «директор театру імені Марії Заньковецької Олександр Книга»', () => {
    const t = '"Вистава буде новою", - розповів директор театру імені Марії Заньковецької Олександр Книга.'
    expect(speakerOf(t, 'uk')).toEqual(['Олександр Книга'])
  })
})

describe('ru: an impersonal verb, whom it was told, then where from', () => {
  it('«…», — сообщили корреспонденту агентства "Интерфакс-Украина" в пресс-службе прокуратуры', () => {
    const t =
      '"Мы будем подавать апелляцию", - сообщили корреспонденту агентства "Интерфакс-Украина" в пресс-службе прокуратуры Харьковской области.'
    expect(direct(t, 'ru')).toEqual([
      ['Мы будем подавать апелляцию', 'пресс-служба прокуратуры Харьковской области', 'quote-verb-speaker'],
    ])
  })
})

describe('a group as the subject of a plural verb is no one in particular', () => {
  it('ru: «говорят жители Первомайской улицы»', () => {
    const t =
      'В доме начался пожар.\n"Весь наш район заволокло дымом! - говорят жители Первомайской улицы. - Главное, чтобы все успели спастись."'
    expect(attributionOf(t, 'ru')).toEqual([
      [null, 'unnamed-speaker'],
      [null, 'unnamed-speaker'],
    ])
  })
})

describe('a list of quotations with only commas between shares the attribution after the last', () => {
  it('ru: each stays a quotation however short, named or not', () => {
    const fans = 'Певица выпустила клип.\n"огонь", "очень мощная песня", "круто", – отреагировали поклонники.'
    expect(direct(fans, 'ru')).toEqual([
      ['огонь', null, 'unnamed-speaker'],
      ['очень мощная песня', null, 'unnamed-speaker'],
      ['круто', null, 'unnamed-speaker'],
    ])
    const named = 'Певица выпустила клип.\n"огонь", "очень мощная песня", "круто", – написал Иван Петров.'
    expect(attributionOf(named, 'ru')).toEqual([
      ['Иван Петров', 'shared-attribution'],
      ['Иван Петров', 'shared-attribution'],
      ['Иван Петров', 'quote-verb-speaker'],
    ])
  })
  it('but not a list of titles', () => {
    expect(
      direct('Актёр снимался в фильмах «Брат», «Брат 2», «Война», – рассказал Иван Петров.', 'ru').map(
        ([q]) => q,
      ),
    ).toEqual(['Война'])
    expect(direct('He starred in "Heat", "Ronin", "Casino", said John Smith.', 'en').map(([q]) => q)).toEqual(
      ['Casino'],
    )
  })
})

describe('de: CEO is a role; „Beide …“ opens no name', () => {
  it('„erklärt CEO Kastner“, then „Beide Geschäftsfelder … sieht Kastner noch nicht: …“', () => {
    const t = [
      'Über das Zahlenwerk sprechen wir mit dem Vorstandsvorsitzenden Manfred Kastner.',
      '"Wir sind unseren Weg konsequent weitergegangen", erklärt CEO Kastner das Zustandekommen der guten Bilanz.',
      'Beide Geschäftsfelder seien dabei verantwortlich gewesen und den Deckel der Profitabilität sieht Kastner noch nicht: "Wir arbeiten weiterhin an unserer Effizienz".',
    ].join(' ')
    expect(speakerOf(t, 'de')).toEqual(['Manfred Kastner', 'Manfred Kastner'])
  })
})
