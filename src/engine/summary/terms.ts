import type { Lexicon } from '../lang'
import type { Token } from '../text/tokens'
import type { Language } from '../types'

/** A sentence as a bag of stemmed content terms: parallel arrays of term ids and weights, ids unique. */
export interface TermVector {
  ids: number[]
  weights: number[]
  norm: number
}

/** Raw term counts of one sentence: parallel arrays, ids unique. */
export interface Counted {
  ids: number[]
  counts: number[]
}

/** Stems of content words, shared by a document's vectors and keywords. */
export class Vocabulary {
  readonly ids = new Map<string, number>()
  /** Number of sentences each term occurs in. */
  readonly df: number[] = []

  constructor(readonly lex: Lexicon) {}

  /** The term id of a token, or -1 for a stop word, a one-letter word or a lone digit. */
  termOf(token: Token): number {
    const lower = normalizeWord(token.lower, this.lex.language)
    if (lower.length < 2 || this.lex.stopWords.has(lower)) return -1
    const stem = stemOf(lower, this.lex)
    let id = this.ids.get(stem)
    if (id === undefined) {
      id = this.df.length
      this.ids.set(stem, id)
      this.df.push(0)
    }
    return id
  }

  /** Raw term counts of one sentence (ids unique), counting document frequency as a side effect. */
  count(tokens: readonly Token[]): Counted {
    const ids: number[] = []
    const counts: number[] = []
    const at = new Map<number, number>()
    for (const t of tokens) {
      const id = this.termOf(t)
      if (id < 0) continue
      const k = at.get(id)
      if (k === undefined) {
        at.set(id, ids.length)
        ids.push(id)
        counts.push(1)
        this.df[id] = (this.df[id] ?? 0) + 1
      } else counts[k] = (counts[k] ?? 0) + 1
    }
    return { ids, counts }
  }
}

// Snowball stemming costs a few microseconds a word; news vocabularies repeat, so stems are memoised per
// language for the isolate's life, bounded so a stream of unusual texts cannot grow it without end.
const MAX_MEMO = 50_000
const memo = new Map<Language, Map<string, string>>()

export function stemOf(lower: string, lex: Lexicon): string {
  let m = memo.get(lex.language)
  if (!m) {
    m = new Map()
    memo.set(lex.language, m)
  }
  let s = m.get(lower)
  if (s === undefined) {
    // Digits and mixed tokens ("80-й", "covid-19") are kept whole.
    s = /\d/.test(lower) ? lower : lex.stem(lower)
    if (m.size >= MAX_MEMO) m.clear()
    m.set(lower, s)
  }
  return s
}

/** TF-IDF weights (sublinear tf, smoothed inverse sentence frequency) for counted sentences. */
export function weigh(counted: Counted, df: readonly number[], n: number): TermVector {
  const weights: number[] = []
  let sq = 0
  for (let k = 0; k < counted.ids.length; k++) {
    const idf = Math.log((n + 1) / ((df[counted.ids[k] as number] ?? 0) + 0.5))
    const w = (1 + Math.log(counted.counts[k] as number)) * idf
    weights.push(w)
    sq += w * w
  }
  return { ids: counted.ids, weights, norm: Math.sqrt(sq) }
}

/** Cosine of a sparse vector with a dense one whose norm is given. */
export function cosineDense(v: TermVector, dense: Float64Array, denseNorm: number): number {
  if (v.norm === 0 || denseNorm === 0) return 0
  let dot = 0
  for (let k = 0; k < v.ids.length; k++)
    dot += (v.weights[k] as number) * (dense[v.ids[k] as number] as number)
  return dot / (v.norm * denseNorm)
}

// French elided articles and pronouns ("d'un", "l'État"), English possessives ("Clinton's").
const ELISION = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu)'(?=\p{L})/u
const POSSESSIVE = /'s?$/

/** A lower-case word without apostrophe clitics, the form stop words and stems are looked up in. */
export function normalizeWord(lower: string, language: Language): string {
  if (!lower.includes("'") && !lower.includes('’')) return lower
  const w = lower.replace(/’/g, "'")
  if (language === 'fr') return w.replace(ELISION, '')
  if (language === 'en') return w.replace(POSSESSIVE, '')
  return w
}
