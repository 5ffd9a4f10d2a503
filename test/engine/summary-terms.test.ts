import { describe, expect, it } from 'vitest'
import { lexicons } from '../../src/engine/lang/index'
import { extractKeywords } from '../../src/engine/summary/keywords'
import { Vocabulary } from '../../src/engine/summary/terms'
import { buildDocument, type Document } from '../../src/engine/text/document'
import seedText from '../fixtures/seed-ru.txt?raw'

const OTHER =
  'Министр финансов представил бюджет. Депутаты обсуждали бюджет весь день. Бюджет приняли в первом чтении.'

/** Term ids of the tokens of `doc`, by `v` (a vocabulary of `doc`). */
function idsOf(v: Vocabulary, doc: Document): number[] {
  return doc.sentences.flatMap((s) => s.tokens.map((_, i) => v.termAt(v.factsOf(s) + i)))
}

// Term ids are numbered in fields of the interned stems, which every document of the language shares; each
// vocabulary must still have its own ids, numbered by first occurrence in its document.
describe('summary vocabulary', () => {
  it('numbers its terms by first occurrence, whatever other vocabularies were made in between', () => {
    const lex = lexicons.ru
    const seed = buildDocument(seedText, 'ru')
    // A document of the same words in another order: its ids for them differ from the seed's.
    const shuffled = buildDocument(
      seedText.slice(seedText.length >> 1) + seedText.slice(0, seedText.length >> 1),
      'ru',
    )
    const a = new Vocabulary(seed, lex)
    const b = new Vocabulary(shuffled, lex)
    const ids = idsOf(a, seed)
    // First occurrences number 0, 1, 2…; a repeated stem has the id of its first occurrence.
    let next = 0
    for (const id of ids) {
      if (id < 0) continue
      expect(id).toBeLessThanOrEqual(next)
      if (id === next) next++
    }
    expect(a.df.length).toBe(next)
    expect(ids).toEqual(idsOf(new Vocabulary(seed, lex), seed))
    expect(idsOf(b, shuffled)).toEqual(idsOf(new Vocabulary(shuffled, lex), shuffled))
    expect(idsOf(b, shuffled)).not.toEqual(ids)
  })

  it('gives the same keywords with its own vocabulary as with a shared one, in any order of calls', () => {
    const lex = lexicons.ru
    const seed = buildDocument(seedText, 'ru')
    const other = buildDocument(OTHER, 'ru')
    const eligibleSeed = new Uint8Array(seed.sentences.length).fill(1)
    const eligibleOther = new Uint8Array(other.sentences.length).fill(1)
    const first = extractKeywords(seed, lex, eligibleSeed)
    expect(first.length).toBeGreaterThan(0)
    const shared = new Vocabulary(seed, lex)
    expect(extractKeywords(other, lex, eligibleOther)).toContain('бюджет')
    expect(extractKeywords(seed, lex, eligibleSeed, shared)).toEqual(first)
    // The interned stems outlive the article: they must not keep its keyword entries (and their slices of it).
    const retained = seed.sentences.flatMap((s) =>
      s.tokens.map((_, i) => shared.factsAt(shared.factsOf(s) + i).stem),
    )
    expect(retained.filter((stem) => stem.keywordEntry !== null || stem.longerKeys !== null)).toEqual([])
  })
})
