import { describe, expect, it } from 'vitest'
import { direct, reported } from './quotes-helpers'

const shape = (text: string, lang: Parameters<typeof direct>[1]) =>
  direct(text, lang).map(([words, speaker, method]) => [words.slice(0, 24), speaker, method])

describe('interviews printed as questions and answers, without marks', () => {
  it('en: the questions address the one interviewed, the answers speak for themselves', () => {
    const t = [
      'Koeman: "I am not the best when I win"',
      'Ronald Koeman spoke after the final in Seville.',
      'How do you explain the defeat?',
      'During the game we were twice ahead. We tried, but it could not be.',
      'How do you feel now?',
      'Sad and disappointed because we wanted to win the final.',
      'Our next match is on Sunday.',
    ].join('\n')
    expect(shape(t, 'en')).toEqual([
      ['I am not the best when I', 'Ronald Koeman', 'speaker-colon'],
      ['How do you explain the d', null, 'interview-question'],
      ['During the game we were ', 'Ronald Koeman', 'interview-answer'],
      ['How do you feel now?', null, 'interview-question'],
      ['Sad and disappointed bec', 'Ronald Koeman', 'interview-answer'],
      ['Our next match is on Sun', 'Ronald Koeman', 'interview-answer'],
    ])
  })

  it('fr: bullets before the questions; « Interview de X » presents the one interviewed', () => {
    const t = [
      'Interview complète de Lionel Auguste',
      '• Que voulez-vous transmettre au spectateur ?',
      'Oh, vous savez, je n’ai pas l’ambition d’avoir un message à transmettre.',
      '• D’où vous est venue l’idée du scénario ?',
      'A un moment donné de ma carrière, j’ai été tenté par la photographie.',
    ].join('\n')
    expect(direct(t, 'fr').map(([, s, m]) => [s, m])).toEqual([
      [null, 'interview-question'],
      ['Lionel Auguste', 'interview-answer'],
      [null, 'interview-question'],
      ['Lionel Auguste', 'interview-answer'],
    ])
  })

  it('de: „Interview von X“ names the interviewer, whose the questions are', () => {
    const t = [
      'Heiko Maas über die Vorratsdatenspeicherung',
      'Interview von Christian Rath',
      'Herr Maas, sind Sie ein Befürworter der Vorratsdatenspeicherung?',
      'Heiko Maas: Die Begriffe haben eine große Schnittmenge. Mich interessieren solche Schubladen nicht.',
      'Sind Sie stolz auf Ihren Gesetzentwurf?',
      'Es gibt Gesetze, denen ich näher stehe. Aber wir haben die Anforderungen eingehalten.',
    ].join('\n')
    // (The first answer's label names the one interviewed; the other answers are his.)
    expect(direct(t, 'de').map(([, s, m]) => [s, m])).toEqual([
      ['Christian Rath', 'interview-question'],
      ['Heiko Maas', 'speaker-colon'],
      ['Christian Rath', 'interview-question'],
      ['Heiko Maas', 'interview-answer'],
    ])
  })

  it('es: announced as an interview, its questions need no pronoun of address («¿Sueles…?»); a name in capitals', () => {
    const t = [
      'ENTREVISTA A PILAR G. CORTÉS',
      'Pasemos a la entrevista.',
      '¿Sueles escuchar música a la hora de escribir?',
      'Siempre escribo con música.',
      '¿Escribes de noche o de día?',
      'Depende. Siempre es de noche en algún lugar.',
    ].join('\n')
    expect(direct(t, 'es').map(([, s, m]) => [s, m])).toEqual([
      [null, 'interview-question'],
      ['Pilar G. Cortés', 'interview-answer'],
      [null, 'interview-question'],
      ['Pilar G. Cortés', 'interview-answer'],
    ])
    // Not announced, and no pronouns: an explainer's questions, as before.
    expect(direct(t.split('\n').slice(2).join('\n'), 'es')).toEqual([])
  })

  it('en: questions without marks answered by dialogue lines; one such pair alone, or a story’s, is no interview', () => {
    const t = [
      'Fatai: "We could not lose the match".',
      'Post-match comments from Kehinde Fatai.',
      'It was a crazy match, wasn’t it?',
      '- Yes, the game was not bad. Very fast players in offense.',
      'What did you do at the last minute?',
      '- Based on my experience, I usually let another player kick.',
    ].join('\n')
    expect(direct(t, 'en').map(([, s, m]) => [s, m])).toEqual([
      ['Kehinde Fatai', 'speaker-colon'],
      [null, 'interview-question'],
      ['Kehinde Fatai', 'interview-answer'],
      [null, 'interview-question'],
      ['Kehinde Fatai', 'interview-answer'],
    ])
    expect(direct(t.split('\n').slice(0, 4).join('\n'), 'en').map(([, , m]) => m)).not.toContain(
      'interview-question',
    )
    // A story's questions to itself, each followed by a line of dialogue, address no one: no interview.
    const story = [
      'Иван долго думал. Что делать дальше?',
      '— Работать, — сказал он себе.',
      'Но кто виноват?',
      '— Никто, — ответил Петров.',
    ].join('\n')
    expect(direct(story, 'ru').map(([q]) => q)).toEqual(['Работать', 'Никто'])
  })

  it('uk: between dash answers, a line that addresses the one answering prompts without a question mark', () => {
    const t = [
      'Злата Огнєвіч зізналася, з ким поїде відпочивати',
      'Злато, як тобі виступ Джеймі Каллана?',
      '- Це музичний естетичний екстаз. Сьогодні на концерті я відчула весь спектр емоцій.',
      'Співала уся глядацька зала, і ти, напевно, долучилася до цього хору.',
      '- Я взагалі була першою, коли Джеймі сказав, що можна підходити до сцени.',
      'Які в тебе плани на літо?',
      '- Я нарешті їду на канікули до Франції.',
    ].join('\n')
    expect(direct(t, 'uk').map(([, s, m]) => [s, m])).toEqual([
      [null, 'interview-question'],
      ['Злата Огнєвіч', 'interview-answer'],
      [null, 'interview-question'],
      ['Злата Огнєвіч', 'interview-answer'],
      [null, 'interview-question'],
      ['Злата Огнєвіч', 'interview-answer'],
    ])
    // A reporter's line between dash lines that addresses no one is no prompt, and a prompt no dash line answers
    // takes no answer of prose.
    const report = [
      'Тренер Іван Петренко відповів на запитання журналістів.',
      'Як ви оцінюєте гру?',
      '- Гра була важкою для нас.',
      'Потім тренер подякував уболівальникам.',
      '- Дякую всім за підтримку, ви молодці.',
    ].join('\n')
    expect(direct(report, 'uk').map(([, , m]) => m)).not.toContain('interview-question')
  })

  it('not an explainer’s questions and answers, nor a single question, nor paragraphs a transcript has read', () => {
    const explainer = [
      'What is inflation?',
      'Prices rise across the economy over time.',
      'Why does it matter?',
      'Because wages buy less each year.',
    ].join('\n')
    expect(direct(explainer, 'en')).toEqual([])
    const single = 'Minister Ana Cole spoke on Monday.\nWhat do you think of the plan?\nI think it is good.'
    expect(direct(single, 'en')).toEqual([])
    const transcript = [
      'Q&A with Susan Greenway',
      'Q: What inspired you to write the book?',
      'A: On a visit to Thailand I saw elephants. I was touched.',
      'That was the beginning of my love for elephants.',
      'Q: What do you think of the reviews?',
      'A: I love them.',
    ].join('\n')
    const found = direct(transcript, 'en').map(([words]) => words)
    expect(found).toEqual([...new Set(found)])
    expect(found).toContain('That was the beginning of my love for elephants.')
  })
})

describe('a transcript’s label in capitals is the person of that surname', () => {
  it('de: "EHRENBERG: …" is Herbert Ehrenberg, "SPIEGEL: …" no one', () => {
    const t = [
      'Arbeitsminister Herbert Ehrenberg über Arbeitslose und seine Zukunft',
      'SPIEGEL: Herr Minister, glauben Sie an einen Aufschwung?',
      'EHRENBERG: So pauschal war mein Glaube nie.',
      'SPIEGEL: Was ist mit den Arbeitsämtern?',
      'EHRENBERG: Das ist ein Erlaß.',
    ].join('\n')
    expect(direct(t, 'de').map(([, s]) => s)).toEqual([null, 'Herbert Ehrenberg', null, 'Herbert Ehrenberg'])
  })
  it('ru: "И. ИЗМАЙЛОВ: …" after an initial is a person named nowhere else', () => {
    const t = [
      'И. ИЗМАЙЛОВ: В студии Иван Грачёв, депутат Государственной Думы. Как Вас правильно представлять?',
      'И. ГРАЧЁВ: Депутат Государственной Думы, этого достаточно.',
      'И. ИЗМАЙЛОВ: А юридически Вы где остаётесь?',
      'И. ГРАЧЁВ: Во фракции остаюсь.',
    ].join('\n')
    expect(direct(t, 'ru').map(([, s]) => s)).toEqual(['Измайлов', 'Грачёв', 'Измайлов', 'Грачёв'])
  })
})

describe('interview labels ended by a full stop (El País: "P. ¿…?" ⏎ "R. …")', () => {
  it('es: the labels with or without the space the page lost, long and short forms one speaker each', () => {
    const t = [
      'Pregunta.Diego, una primera valoración de lo que ha sido esta victoria.',
      'Respuesta.Primero y antes de nada, quiero dar la enhorabuena a los chicos por el trabajo que han hecho.',
      'P. Decías el otro día que los equipos buenos son los que se levantan tras sufrir un traspié.',
      'R. Por eso cuando reitero mucho que nuestro equipo es bueno lo ha demostrado.',
    ].join('\n')
    expect(shape(t, 'es')).toEqual([
      ['Diego, una primera valor', null, 'interview-question'],
      ['Primero y antes de nada,', 'Diego', 'interview-answer'],
      ['Decías el otro día que l', null, 'interview-question'],
      ['Por eso cuando reitero m', 'Diego', 'interview-answer'],
    ])
  })

  it('ru: a letter and a full stop opening paragraphs are initials, not labels', () => {
    const t = [
      'В. Петров рассказал о новом проекте театра на встрече с журналистами.',
      'О. Иванова добавила, что премьера назначена на осень этого года.',
      'В. Петров также сообщил, что билеты уже поступили в продажу.',
    ].join('\n')
    expect(direct(t, 'ru')).toEqual([])
  })
})

describe('a vox pop: each one asked named on a line of their own', () => {
  const voxPop = [
    'Wie haben Besucher die Ausstellung wahrgenommen? Wir haben nachgefragt.',
    'Ulrike Aman (55)',
    'Was haben Sie aus der Ausstellung mitgenommen?',
    'Ich habe sowas noch nie gesehen. Das ist rational nicht begreifbar.',
    'Was war Ihr Lieblingswerk heute?',
    'Das Auge und das Teleskop, weil es zeigte wie Wölfli die Welt sieht.',
    'Regina Heilman-Thonn (62)',
    'Was haben Sie aus der Ausstellung mitgenommen?',
    'Aus dem Esperanto-Kurs vor allem Verwirrung, aber auch Lust auf mehr.',
    'Doris Schmitt (80)',
    'Was war Ihr Lieblingswerk heute?',
    'Um ehrlich zu sein, fand ich vor allem die Räume wieder einmal schön.',
  ].join('\n')
  it('gives each part to the one its line names; the name lines are no answers', () => {
    expect(direct(voxPop, 'de').map(([q, s]) => [q.slice(0, 20), s])).toEqual([
      ['Was haben Sie aus de', null],
      ['Ich habe sowas noch ', 'Ulrike Aman'],
      ['Was war Ihr Liebling', null],
      ['Das Auge und das Tel', 'Ulrike Aman'],
      ['Was haben Sie aus de', null],
      ['Aus dem Esperanto-Ku', 'Regina Heilman-Thonn'],
      ['Was war Ihr Liebling', null],
      ['Um ehrlich zu sein, ', 'Doris Schmitt'],
    ])
  })
})

describe('an interview whose guest the text presents once, by role and name', () => {
  it('ru: the answers are the one person presented by a role, however long ago', () => {
    const t = [
      'Главный тренер "Уфы" Сергей Семак на пресс-конференции после матча с "Краснодаром" (0:0) заявил, что игра была сложной.',
      'Сложный был матч, другого и не ожидали. В первом тайме игра мне понравилась. В остальном старались играть агрессивно, встречать высоко. Первый тайм был положительный.',
      'Во втором тайме соперник завладел преимуществом, мы стали опускаться низко, допускали ошибки. Моменты забить у соперника были. Результатом мы удовлетворены. Будем работать.',
      'Хочу поблагодарить команду за самоотдачу, за движение, за борьбу. В целом, прекрасный стадион, хорошая атмосфера. Думаю, матч смотрелся интересно.',
      '- "Уфа" находится на 5-м месте. Как у игроков получается правильно воспринимать это? Нет ли у них неправильной реакции?',
      '- Я думаю, неправильной реакции у них нет. Конечно, это немного давит на ребят, но это нормальный процесс становления.',
    ].join('\n')
    expect(shape(t, 'ru').slice(-2)).toEqual([
      ['"Уфа" находится на 5-м м', null, 'interview-question'],
      ['Я думаю, неправильной ре', 'Сергей Семак', 'interview-answer'],
    ])
  })
})

describe('an interview’s outlet after the noun presenting the interviewer is no one interviewed', () => {
  it('ru: «В интервью корреспонденту Sport Arena гомельчанин рассказал…»: the answers are the guest’s', () => {
    const t = [
      '«Узнал о вызове в сборную во время экзамена, хотел поступить в академию». Большое интервью Александра Скоренова',
      'Форвард «рысей» рассказал о том, как пришел в хоккей, об учебе, просмотре в «Динамо» и о многом другом.',
      'В интервью корреспонденту Sport Arena гомельчанин рассказал, где узнал о вызове в «националку», почему едва не завязал с хоккеем.',
      '– В хоккей попал рано, – начинает Александр. – Мне тогда было около пяти. Первое время совмещал с футболом.',
      '— Футбол поначалу нравился больше?',
      '– Нет, нравились оба направления.',
    ].join('\n')
    const names = direct(t, 'ru').map(([, s]) => s)
    expect(names).not.toContain('Sport Arena')
    expect(new Set(names.filter((s) => s !== null)).size).toBe(1)
  })
})

describe('an interview whose questions have no marks and whose answers are quotations', () => {
  it('uk: «Розкажіть, які Ваші враження?» ⏎ «"Дякую…"»: the questions are the interviewer’s, the answers the guest’s', () => {
    const t = [
      'Українка Марія Винник для Kamp-Sport поділилася емоціями після завоювання срібла на чемпіонаті світу.',
      'Маріє, щиро радіємо вашій медалі. Розкажіть, які Ваші враження від виступу на чемпіонаті світу?',
      '«Дякую за привітання. Враження, чесно кажучи, двоякі.',
      'Хочу щиро подякувати своїм рідним і тренерам за підтримку».',
      'Яка сутичка до фіналу була найскладнішою і чому?',
      '«Напевно, найскладнішою була сутичка у півфіналі».',
    ].join('\n')
    expect(shape(t, 'uk').map(([, s, m]) => [s, m])).toEqual([
      [null, 'interview-question'],
      ['Марія Винник', 'interview-answer'],
      [null, 'interview-question'],
      ['Марія Винник', 'interview-answer'],
    ])
    // A question that quotes someone is the reporter's sentence, not an interviewer's line.
    const quoting = [
      'Dean poked at Trump during the debate, tweeting, “Notice Trump sniffing all the time. Coke user?”',
      '“There are plenty of ways to attack Donald Trump, but that was a really outrageous tweet,” Axelrod said.',
      'He then asked, “Why is he unstable?”',
      '“You know, he ought to pull that back,” Axelrod said.',
    ].join('\n')
    expect(shape(quoting, 'en').map(([, , m]) => m)).not.toContain('interview-question')
  })
})

describe('ru/uk: «интервью» right before a name presents the one interviewed', () => {
  it('«Большое интервью Николая Голдобина» ⏎ «— …?» ⏎ «— …»: the answers are his', () => {
    const t = [
      'Михаил Зислис',
      'Обозреватель',
      'Большое интервью Николая Голдобина',
      '— Вы до сих пор не подписали новый контракт с «Ванкувером». В чем проблема?',
      '— Я сам стараюсь об этом не думать. Вопрос решает мой новый агент.',
      '— Приоритетом является долгосрочное соглашение?',
      '— Нет, хочется подписаться на год.',
    ].join('\n')
    expect(shape(t, 'ru').map(([, s]) => s)).toEqual([null, 'Николай Голдобин', null, 'Николай Голдобин'])
    // Not a name opening the next sentence: «…взяли у них интервью. ⏎ Найданов Александр …».
    const next = [
      'Наши корреспонденты взяли у них интервью.',
      'Найданов Александр ПЧ №1. Участник ликвидации пожара.',
      '— Прошла информация, что пришел какой-то человек?',
      '— Я лично его не видел.',
      '— А дым?',
      '— Дым был токсичный.',
    ].join('\n')
    expect(
      shape(next, 'ru')
        .filter(([, , m]) => m === 'interview-question')
        .map(([, s]) => s),
    ).toEqual([null, null])
  })
})

describe('a one-word interview phrase announces no printed interview', () => {
  it('ru: «интервью» elsewhere in the text leaves a reporter’s questions and the paragraphs after them the reporter’s', () => {
    const t = [
      'Глава района дал интервью местной газете.',
      'Что это за постпред, который не может заехать на вверенную ему территорию?',
      'Мария Волкова добавила, что при этом не исключено, что бой состоится в Москве.',
      'Почему молчит мэрия?',
      'Иван Петров заявил, что ситуация находится под контролем.',
    ].join('\n')
    expect(reported(t, 'ru').map(([, s]) => s)).toEqual(['Мария Волкова', 'Иван Петров'])
    expect(shape(t, 'ru')).toEqual([])
  })
})
