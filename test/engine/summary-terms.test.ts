import { describe, expect, it } from 'vitest'
import { lexicons } from '../../src/engine/lang/index'
import { extractKeywords } from '../../src/engine/summary/keywords'
import { Vocabulary } from '../../src/engine/summary/terms'
import { buildDocument, type Document } from '../../src/engine/text/document'
import seedText from '../fixtures/seed-ru.txt?raw'

const OTHER =
  'Министр финансов представил бюджет. Депутаты обсуждали бюджет весь день. Бюджет приняли в первом чтении.'

/** Term ids of the tokens of sentences [from, to) of `doc`, by `v` (a vocabulary of `doc`). */
function idsOf(v: Vocabulary, doc: Document, from = 0, to = doc.sentences.length): number[] {
  return doc.sentences.slice(from, to).flatMap((s) => {
    const at = v.factsOf(s)
    return s.tokens.map((_, i) => v.termOf(v.factsAt(at + i)))
  })
}

// The vocabulary keeps its term ids in the interned stems, shared by every document of the language; using two
// vocabularies in turn must still give each its own ids.
describe('summary vocabulary', () => {
  it('keeps its term ids when another vocabulary is used in between', () => {
    const lex = lexicons.ru
    const seed = buildDocument(seedText, 'ru')
    const alone = new Vocabulary(seed, lex)
    const aloneIds = idsOf(alone, seed)
    // A document of the same words in another order: its ids for them differ from the seed's.
    const shuffled = buildDocument(
      seedText.slice(seedText.length >> 1) + seedText.slice(0, seedText.length >> 1),
      'ru',
    )
    const a = new Vocabulary(seed, lex)
    const b = new Vocabulary(shuffled, lex)
    const half = seed.sentences.length >> 1
    const firstHalf = idsOf(a, seed, 0, half)
    const shuffledIds = idsOf(b, shuffled)
    expect([...firstHalf, ...idsOf(a, seed, half)]).toEqual(aloneIds)
    expect(a.df.length).toBe(alone.df.length)
    expect(idsOf(b, shuffled)).toEqual(shuffledIds)
    expect(shuffledIds).toEqual(idsOf(new Vocabulary(shuffled, lex), shuffled))
  })

  it('gives the same keywords with its own vocabulary as with a shared one, in any order of calls', () => {
    const lex = lexicons.ru
    const seed = buildDocument(seedText, 'ru')
    const other = buildDocument(OTHER, 'ru')
    const eligibleSeed = seed.sentences.map(() => true)
    const eligibleOther = other.sentences.map(() => true)
    const first = extractKeywords(seed, lex, eligibleSeed)
    expect(first.length).toBeGreaterThan(0)
    const shared = new Vocabulary(seed, lex)
    idsOf(shared, seed)
    expect(extractKeywords(other, lex, eligibleOther)).toContain('бюджет')
    expect(extractKeywords(seed, lex, eligibleSeed, shared)).toEqual(first)
  })
})
