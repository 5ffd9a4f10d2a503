import { describe, expect, it } from 'vitest'
import { analyze } from '../../src/engine/index'
import seedText from '../fixtures/seed-ru.txt?raw'

const SEED_HEADINGS = [
  'Заявления Путина',
  'Президент РФ был рад провести встречу с коллегой из КНДР',
  'Обсуждение вклада военных КНДР в освобождение курского приграничья',
  'Заявления Ким Чен Ына',
  'Признательность за беседу и разговоры о сотрудничестве',
  'Развитие двусторонних отношений и признательность за оценку действий военных КНДР',
]

describe('summary of the seed article', () => {
  const a = analyze({ text: seedText })
  const { summary } = a

  it('has no heading and no promo line among its sentences, and exact offsets in document order', () => {
    expect(summary.sentences.length).toBeGreaterThanOrEqual(3)
    for (const s of summary.sentences) {
      expect(seedText.slice(s.start, s.end)).toBe(s.text)
      expect(SEED_HEADINGS).not.toContain(s.text)
      expect(s.text).not.toMatch(/в материале URA\.RU/)
    }
    const idx = summary.sentences.map((s) => s.index)
    expect(idx).toEqual([...idx].sort((x, y) => x - y))
  })

  it('leads with the meeting', () => {
    expect(summary.lead).toMatch(/переговор|встреч/)
    expect(summary.lead).not.toMatch(/в материале/)
  })

  it('yields one section per heading, each with a range and a one-sentence summary', () => {
    expect(summary.sections.map((s) => s.heading)).toEqual(SEED_HEADINGS)
    for (const s of summary.sections) {
      expect(seedText.slice(s.start, s.start + s.heading.length)).toBe(s.heading)
      expect(s.end).toBeGreaterThan(s.start + s.heading.length)
      expect(s.summary.length).toBeGreaterThan(20)
      expect(SEED_HEADINGS).not.toContain(s.summary)
      expect(seedText.indexOf(s.summary)).toBeGreaterThan(s.start)
      expect(seedText.indexOf(s.summary)).toBeLessThan(s.end)
    }
    // "Заявления Путина" is a parent: its range covers both of its sub-sections.
    const [parent, first, second] = summary.sections
    expect(parent?.end).toBe(second?.end)
    expect(first?.start).toBeGreaterThan(parent?.start ?? 0)
  })

  it('names the people and places in base form, without stop words', () => {
    expect(summary.keywords).toEqual(expect.arrayContaining(['Владимир Путин', 'Ким Чен Ын', 'КНДР']))
    for (const k of summary.keywords)
      expect(['и', 'в', 'что', 'это', 'сказал']).not.toContain(k.toLowerCase())
  })

  it('reports the date header and reading time', () => {
    expect(a.meta.date).toBe('2025-09-03')
    expect(a.meta.title).toBeNull()
    expect(a.meta.sentences).toBeGreaterThan(30)
    expect(a.meta.readingTimeSeconds).toBeGreaterThan(100)
  })
})

describe('summary length and options', () => {
  it('honours summarySentences and clamps it to 1..20', () => {
    expect(analyze({ text: seedText }, { summarySentences: 1 }).summary.sentences).toHaveLength(1)
    expect(analyze({ text: seedText }, { summarySentences: 5 }).summary.sentences).toHaveLength(5)
    expect(
      analyze({ text: seedText }, { summarySentences: 50 }).summary.sentences.length,
    ).toBeLessThanOrEqual(20)
  })

  it('fits a short news item in about three sentences', () => {
    const text =
      'The city council approved a new budget on Monday. The budget raises spending on schools by 5 percent. ' +
      'It also cuts funding for road repairs. The mayor said the plan was fair. Critics said it ignored the suburbs. ' +
      'A final vote is expected next month.'
    const s = analyze({ text }).summary
    expect(s.sentences).toHaveLength(3)
    expect(s.lead).toBe('The city council approved a new budget on Monday.')
  })

  it('summarises a one-sentence text by that sentence', () => {
    const text = 'Путин прибыл в Пекин.'
    const s = analyze({ text }).summary
    expect(s.lead).toBe(text)
    expect(s.sentences.map((x) => x.text)).toEqual([text])
  })

  it('never fails on empty or odd input', () => {
    for (const text of ['', ' ', '\n\n', '«', 'date 2025-09-03', 'Заголовок', '...']) {
      const s = analyze({ text, language: 'ru' }).summary
      expect(s.sentences.length).toBeLessThanOrEqual(1)
      expect(typeof s.lead).toBe('string')
    }
  })
})

describe('non-prose lines are never summary sentences', () => {
  it('ru: promo lines, "Также по теме" and the linked title after it', () => {
    const text = [
      'Правительство одобрило новый закон о дорогах в понедельник вечером.',
      'Закон вводит новые штрафы для водителей грузовиков и автобусов.',
      'Также по теме',
      '«Чувствую, что всё получится»: как министр готовится к реформе',
      'Министр транспорта пообещал провести реформу до конца года. Он...',
      'Читайте также: как изменятся штрафы в следующем году',
      'О чем еще говорили министры — в материале URA.RU.',
      'Депутаты обсудят поправки к закону в следующем месяце.',
    ].join('\n')
    const s = analyze({ text, language: 'ru' }, { summarySentences: 10 }).summary
    const texts = s.sentences.map((x) => x.text)
    expect(texts).toHaveLength(3)
    expect(texts.join(' ')).not.toMatch(/по теме|Чувствую|Он\.\.\.|Читайте|в материале/)
    expect(s.sections).toEqual([])
  })

  it('en: Read more, bylines, photo credits, "Media playback…"', () => {
    const text = [
      'Media playback is not supported on this device',
      'The council approved the new budget on Monday after a long debate.',
      'By John Smith',
      'Read more: How the budget was written behind closed doors',
      'The plan raises spending on schools by five percent next year.',
      'Photo: council members vote on the budget in the town hall',
      'A final vote on the details is expected next month, officials said.',
    ].join('\n')
    const s = analyze({ text, language: 'en' }, { summarySentences: 10 }).summary
    const texts = s.sentences.map((x) => x.text).join(' ')
    expect(s.sentences).toHaveLength(3)
    expect(texts).not.toMatch(/Media playback|John Smith|Read more|Photo:/)
  })
})

describe('headlines', () => {
  it('takes a first headline line as the title and never summarises it', () => {
    const text =
      'Judge rejects New York Times request to unseal Trump divorce file.\n' +
      'A New York judge has rejected a media request to make public the contents of a court file.\n' +
      'The judge said the courts have no business deciding what information could be useful to voters.\n' +
      'The newspaper had argued that the file was of public interest.'
    const a = analyze({ text })
    expect(a.meta.title).toBe('Judge rejects New York Times request to unseal Trump divorce file.')
    expect(a.summary.sentences.map((s) => s.text)).not.toContain(a.meta.title)
    expect(a.summary.sections).toEqual([])
  })

  it('prefers the title the client sends', () => {
    expect(analyze({ text: seedText, title: 'Путин и Ким' }).meta.title).toBe('Путин и Ким')
  })

  it('does not take a lead sentence for a headline', () => {
    const text =
      'The decree, or fatwa, was passed on Sunday by a group of clerics.\nIt bans the practice.\nCritics object.\nMore follows.'
    expect(analyze({ text }).meta.title).toBeNull()
  })
})
