import { describe, expect, it } from 'vitest'
import { tokenize } from '../../src/engine/text/tokens'
import { WordTable } from '../../src/engine/text/word-table'

describe('WordTable: the distinct words of one text', () => {
  it('gives a word met again the string made the first time, and its lower-case form once', () => {
    const text = 'Слово за слово. Слово за СЛОВО.'
    const table = new WordTable()
    const tokens = tokenize(text, 0, text.length, undefined, table)
    expect(tokens.map((t) => [t.text, t.lower])).toEqual(
      tokenize(text, 0, text.length).map((t) => [t.text, t.lower]),
    )
    // (String identity is not observable in JavaScript; the index is: a word met again has the first one's.)
    expect(table.index(text, 0, 5)).toBe(table.index(text, 16, 21))
    expect(table.index(text, 0, 5)).not.toBe(table.index(text, 25, 30))
  })

  it('keeps thousands of distinct words apart as it grows, and forgets them on clear', () => {
    const words = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}`)
    const text = words.join(' ')
    const table = new WordTable()
    const tokens = tokenize(text, 0, text.length, undefined, table)
    expect(tokens.map((t) => t.text)).toEqual(words)
    const indexes = tokens.map((t) => table.index(text, t.start, t.end))
    expect(new Set(indexes).size).toBe(5000)
    // Met again, each word is found where it was put.
    expect(tokens.map((t) => table.index(text, t.start, t.end))).toEqual(indexes)
    table.clear()
    expect(table.index('x', 0, 1)).toBe(0)
  })
})
