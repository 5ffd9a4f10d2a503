import { describe, expect, it } from 'vitest'
import { analyze } from '../../src/engine/index'
import { beginScratch, scratchFloat64, scratchInt32, scratchUint8 } from '../../src/engine/text/scratch'
import seedText from '../fixtures/seed-ru.txt?raw'

// analyze() cuts its typed arrays from a buffer it reuses from one analysis to the next (text/scratch.ts): what
// must hold is that nothing can tell, neither an array (zeroed, its own memory while the analysis lasts) nor an
// analysis, and that no array of it reaches an answer.

describe('scratch arrays', () => {
  it('come zeroed, also when their memory served the analysis before', () => {
    beginScratch()
    scratchInt32(100).fill(-7)
    scratchFloat64(50).fill(3.5)
    scratchUint8(30).fill(255)
    beginScratch()
    expect([...scratchInt32(100)].every((x) => x === 0)).toBe(true)
    expect([...scratchFloat64(50)].every((x) => x === 0)).toBe(true)
    expect([...scratchUint8(30)].every((x) => x === 0)).toBe(true)
  })

  it('do not overlap within an analysis, whatever their element sizes', () => {
    beginScratch()
    // Odd lengths first, so that the wider elements after them must be aligned.
    const bytes = scratchUint8(3).fill(1)
    const floats = scratchFloat64(5).fill(2.25)
    const ints = scratchInt32(7).fill(-3)
    const more = scratchUint8(9).fill(4)
    expect([...bytes]).toEqual([1, 1, 1])
    expect([...floats]).toEqual(Array(5).fill(2.25))
    expect([...ints]).toEqual(Array(7).fill(-3))
    expect([...more]).toEqual(Array(9).fill(4))
  })

  it('keep their values when a later one outgrows the buffer, and are new memory past the limit', () => {
    beginScratch()
    const early = scratchInt32(10).fill(42)
    // Larger than the first buffer (64 KiB), then larger than the most the buffer grows to (4 MiB).
    const large = scratchFloat64(100_000)
    const huge = scratchUint8(5_000_000)
    expect(large.length).toBe(100_000)
    expect(huge.length).toBe(5_000_000)
    large.fill(1)
    huge.fill(1)
    expect([...early]).toEqual(Array(10).fill(42))
    expect(huge.buffer).not.toBe(large.buffer)
  })
})

describe('analyze with reused typed arrays', () => {
  it('answers an article the same after other ones of every size, and lets no typed array out', () => {
    const en =
      'The mayor said: "We will rebuild the bridge by May." Critics disagreed. "It is too late," said Ann Lee.'
    const first = JSON.stringify(analyze({ text: seedText }))
    // A short text, then a long one (the buffer grows), between two analyses of the same article.
    analyze({ text: en })
    analyze({ text: `${seedText}\n`.repeat(20) })
    expect(JSON.stringify(analyze({ text: seedText }))).toBe(first)
    const seen = new Set<unknown>()
    const walk = (x: unknown): void => {
      if (x === null || typeof x !== 'object' || seen.has(x)) return
      seen.add(x)
      expect(ArrayBuffer.isView(x)).toBe(false)
      for (const v of Object.values(x)) walk(v)
    }
    walk(analyze({ text: seedText }))
    expect(seen.size).toBeGreaterThan(10)
  })
})
