import { describe, expect, it } from 'vitest'
import { reported } from './quotes-helpers'

describe('reported speech (kind: indirect)', () => {
  it('ru: X заявил, что … / по его словам, … / X подчеркнул необходимость …', () => {
    const text = [
      'Президент России Владимир Путин прибыл в Пекин.',
      'Российский президент добавил, что планировал рассмотреть широкий круг вопросов.',
      'По его словам, отношения активно укрепляются.',
      'Ким Чен Ын подчеркнул необходимость активизации работы.',
    ].join('\n')
    expect(reported(text, 'ru')).toEqual([
      ['что планировал рассмотреть широкий круг вопросов', 'Владимир Путин'],
      ['отношения активно укрепляются', 'Владимир Путин'],
      ['необходимость активизации работы', 'Ким Чен Ын'],
    ])
  })
  it('ru: a document named after the source is what it said («По словам X, решение …»)', () => {
    expect(reported('По словам Елены Соколовой, решение было принято 31 голосом против 24.', 'ru')).toEqual([
      ['решение было принято 31 голосом против 24', 'Елена Соколова'],
    ])
  })
  it('ru, uk: a role right after the verb is its subject, not a reported clause', () => {
    expect(
      reported('Правительство ведет диалог.\n\nОб этом на заседании заявил премьер Михаил Мишустин.', 'ru'),
    ).toEqual([])
    expect(reported('Уряд веде діалог.\n\nПро це заявив прем’єр-міністр Денис Шмигаль.', 'uk')).toEqual([])
  })
  it('uk: за словами X, …', () => {
    expect(reported('За словами Олександра Попова, люди бояться тримати гроші вдома.', 'uk')).toEqual([
      ['люди бояться тримати гроші вдома', 'Олександр Попов'],
    ])
  })
  it('en: X said that … ; according to X, …', () => {
    expect(reported('De Blasio said that there was no connection to the explosions.', 'en')).toEqual([
      ['that there was no connection to the explosions', 'De Blasio'],
    ])
    expect(reported('According to Maria Lopez, the plan has failed.', 'en')).toEqual([
      ['the plan has failed', 'Maria Lopez'],
    ])
  })
  it('a scare quote left out of the quotations does not stop the sentence’s reported speech', () => {
    expect(
      reported("Sarah Mitchell said that the side 'enjoyed' their best season in a decade.", 'en'),
    ).toEqual([["that the side 'enjoyed' their best season in a decade", 'Sarah Mitchell']])
  })
  it('a passive names no speaker ("it was announced that …"), a progressive does ("she was saying that …")', () => {
    const lead = 'Anna Kovalev spoke to the board on Monday.'
    expect(reported(`${lead} In February it was announced that the chairman would leave.`, 'en')).toEqual([])
    expect(reported(`${lead} She was saying that the chairman would leave.`, 'en')).toEqual([
      ['that the chairman would leave', 'Anna Kovalev'],
    ])
  })
  it('en: "says X, that …" is a relative clause, not a report (no comma before "that" in English)', () => {
    const text =
      'Other examples include the economic miracle of the 1960s, says Prof Pettis, that ended in a financial crisis.'
    expect(reported(text, 'en')).toEqual([])
    expect(reported('Prof Pettis said that the miracle ended in a financial crisis.', 'en')).toEqual([
      ['that the miracle ended in a financial crisis', 'Pettis'],
    ])
  })
  it('de: Konjunktiv I after sagte', () => {
    expect(reported('Trainer Roger Schmidt sagte, er sei sehr zufrieden mit der Mannschaft.', 'de')).toEqual([
      ['er sei sehr zufrieden mit der Mannschaft', 'Roger Schmidt'],
    ])
  })
  it('fr and es: a déclaré que / afirmó que', () => {
    expect(reported('Le ministre Paul Lenoir a déclaré que le projet était terminé.', 'fr')).toEqual([
      ['que le projet était terminé', 'Paul Lenoir'],
    ])
    expect(reported('El ministro Juan Pérez afirmó que el plan funciona.', 'es')).toEqual([
      ['que el plan funciona', 'Juan Pérez'],
    ])
  })
  it('uk: "глава держави" is the president; de: "Laut X sei …" without a comma', () => {
    const uk = [
      "Президент України Володимир Зеленський провів зустріч з прем'єр-міністром Польщі Дональдом Туском.",
      'Туск зазначив, що Варшава підтримує Київ.',
      'За словами глави держави, наступна зустріч відбудеться у березні.',
    ].join('\n')
    expect(reported(uk, 'uk').at(-1)).toEqual([
      'наступна зустріч відбудеться у березні',
      'Володимир Зеленський',
    ])
    expect(
      reported('Bundeskanzler Olaf Scholz war in Berlin. Laut Scholz sei die Finanzierung gesichert.', 'de'),
    ).toEqual([['sei die Finanzierung gesichert', 'Olaf Scholz']])
  })
  it('an impersonal plural verb has no speaker (ТАСС сообщили, что …)', () => {
    expect(reported('В пресс-службе ТАСС сообщили, что линии повреждены.', 'ru')).toEqual([])
  })
})
