import { describe, expect, it } from 'vitest'
import { analyze } from '../../src/engine/index'
import { buildDocument } from '../../src/engine/text/document'
import { Token, TokenPool, tokenize } from '../../src/engine/text/tokens'
import seedText from '../fixtures/seed-ru.txt?raw'

// analyze() renews the token objects of the analysis before instead of making new ones (text/tokens.ts,
// TokenPool): what must hold is that nothing can tell, neither a renewed token nor an analysis.

const facts = (t: Token) => ({
  start: t.start,
  text: t.text,
  gap: t.gap,
  paragraph: t.paragraph,
  sentence: t.sentence,
  quote: t.quote,
  form: t.form,
  capitalized: t.capitalized,
  initial: t.initial,
  titled: t.titled,
  modifier: t.modifier,
})

describe('TokenPool', () => {
  it('hands out the same objects after begin(), each as a new token would be', () => {
    const pool = new TokenPool(100)
    const text = 'Слово word Word'
    const first = tokenize(text, 0, text.length, undefined, pool.begin())
    for (const t of first) {
      // What the stages write into a token, to be undone by the renewal.
      t.gap = ' '
      t.paragraph = 3
      t.sentence = 7
      t.quote = 2
      t.form = {}
      t.initial = true
      t.titled = true
      t.modifier = false
    }
    const again = tokenize('Другое слово', 0, 12, undefined, pool.begin())
    expect(again[0]).toBe(first[0])
    expect(again[1]).toBe(first[1])
    const fresh = tokenize('Другое слово', 0, 12)
    expect(again.map(facts)).toEqual(fresh.map(facts))
  })

  it('keeps at most its limit of tokens, and makes new ones past it', () => {
    const pool = new TokenPool(2)
    const first = tokenize('a b c d', 0, 7, undefined, pool.begin())
    const again = tokenize('e f g h', 0, 7, undefined, pool.begin())
    expect(again.slice(0, 2)).toEqual(first.slice(0, 2))
    expect(again[0]).toBe(first[0])
    expect(again[2]).not.toBe(first[2])
    expect(again.map((t) => t.text)).toEqual(['e', 'f', 'g', 'h'])
  })

  it('gives buildDocument the same tokens as without a pool', () => {
    const text = seedText
    const pool = new TokenPool(10_000)
    // The pool's tokens have served another document first.
    buildDocument('Он сказал: «Нет». Потом ушёл.', 'ru', pool.begin())
    const pooled = buildDocument(text, 'ru', pool.begin())
    const own = buildDocument(text, 'ru')
    const all = (d: typeof own) => d.sentences.flatMap((s) => s.tokens.map(facts))
    expect(all(pooled)).toEqual(all(own))
  })
})

describe('analyze with renewed tokens', () => {
  it('answers an article the same after another one, and lets no token out', () => {
    const ru = seedText
    const en =
      'The mayor said: "We will rebuild the bridge by May." Critics disagreed. "It is too late," said Ann Lee.'
    const first = JSON.stringify(analyze({ text: ru }))
    const other = analyze({ text: en })
    expect(JSON.stringify(analyze({ text: ru }))).toBe(first)
    // (The English analysis, made in between, is not changed by the Russian one after it either.)
    expect(JSON.stringify(other)).toBe(JSON.stringify(analyze({ text: en })))
    const seen = new Set<unknown>()
    const walk = (x: unknown): void => {
      if (x === null || typeof x !== 'object' || seen.has(x)) return
      seen.add(x)
      expect(x).not.toBeInstanceOf(Token)
      for (const v of Object.values(x)) walk(v)
    }
    walk(analyze({ text: ru }))
    expect(seen.size).toBeGreaterThan(10)
  })
})
