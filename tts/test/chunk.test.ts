import { describe, expect, it } from 'vitest'
import { chunkText, endLines } from '../src/chunk'

describe('chunkText', () => {
  it('keeps whole sentences together up to the limit, and never loses a word', () => {
    const text = 'Первое предложение. Второе предложение! Третье? Четвёртое предложение здесь.'
    const chunks = chunkText(text, 'ru', 45)
    expect(chunks.length).toBeGreaterThan(1)
    for (const c of chunks) expect(c.length).toBeLessThanOrEqual(45)
    expect(chunks.join(' ').split(/\s+/)).toEqual(text.split(/\s+/))
  })

  it('cuts a sentence longer than the limit at a space', () => {
    const chunks = chunkText(`${'слово '.repeat(200)}конец.`, 'ru', 100)
    for (const c of chunks) expect(c.length).toBeLessThanOrEqual(100)
    expect(chunks.every((c) => !c.startsWith('ово'))).toBe(true)
  })

  it('drops pieces with nothing to say', () => {
    expect(chunkText(' — «» … ', 'ru')).toEqual([])
  })
})

describe('endLines', () => {
  it('ends a heading line with a full stop, and leaves punctuated lines alone', () => {
    expect(endLines('Заявления Путина\nПрезидент РФ был рад.\nДалее')).toBe(
      'Заявления Путина.\nПрезидент РФ был рад.\nДалее',
    )
  })
})
