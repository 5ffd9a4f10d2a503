import type { Lexicon } from '../lang'
import type { Sentence } from '../text/document'
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
  // Per term id: the last `count` call that saw it and its slot in that call's arrays (dedupes without a Map).
  private readonly seenIn: number[] = []
  private readonly slot: number[] = []
  private calls = 0

  // The facts of each sentence's tokens, looked up once per document and shared by scoring and keywords. On a
  // long article the look-ups in the word memo (a big map, keyed by strings spread over the heap), not the
  // arithmetic, are what the summary spends its time on.
  private readonly sentenceFacts: Array<readonly WordFacts[] | undefined> = []

  constructor(readonly lex: Lexicon) {}

  /** The facts of a sentence's tokens (parallel to `sentence.tokens`). */
  factsOf(sentence: Sentence): readonly WordFacts[] {
    let facts = this.sentenceFacts[sentence.index]
    if (!facts) {
      facts = this.factsOfTokens(sentence.tokens)
      this.sentenceFacts[sentence.index] = facts
    }
    return facts
  }

  factsOfTokens(tokens: readonly Token[]): WordFacts[] {
    const facts: WordFacts[] = []
    for (const t of tokens) facts.push(wordFacts(t.lower, this.lex))
    return facts
  }

  /** The term id of a token, or -1 for a stop word, a one-letter word or a lone digit. */
  termOf(token: Token): number {
    return this.idOf(wordFacts(token.lower, this.lex))
  }

  private idOf(facts: WordFacts): number {
    if (!facts.content) return -1
    let id = this.ids.get(facts.stem)
    if (id === undefined) {
      id = this.df.length
      this.ids.set(facts.stem, id)
      this.df.push(0)
      this.seenIn.push(-1)
      this.slot.push(0)
    }
    return id
  }

  /** Raw term counts of one sentence, from its tokens' facts (ids unique), counting document frequency too. */
  count(facts: readonly WordFacts[]): Counted {
    const ids: number[] = []
    const counts: number[] = []
    const call = this.calls++
    for (const f of facts) {
      const id = this.idOf(f)
      if (id < 0) continue
      if (this.seenIn[id] !== call) {
        this.seenIn[id] = call
        this.slot[id] = ids.length
        ids.push(id)
        counts.push(1)
        this.df[id] = (this.df[id] ?? 0) + 1
      } else {
        const k = this.slot[id] as number
        counts[k] = (counts[k] as number) + 1
      }
    }
    return { ids, counts }
  }
}

/** What the summary needs to know of a lower-case word; the same in every article of the language. */
export interface WordFacts {
  /** The word without apostrophe clitics (see normalizeWord): the form stop words and stems are looked up in. */
  norm: string
  /** Stem of `norm` (Snowball; digits and mixed tokens such as "80-й", "covid-19" kept whole). */
  stem: string
  /** A content word for sentence similarity: two letters or more, not a stop word. */
  content: boolean
  /** A keyword term: a longer content word that is no adjective, verb of saying or number (see keywords.ts). */
  keyword: boolean
}

// A news article is a thousand tokens of a few hundred words, and news vocabularies repeat from article to
// article: what a word is (its normal form, stem, stop-word and term status; Snowball stemming alone costs a few
// microseconds) is worked out once per distinct word and lexicon for the isolate's life, so that the summary
// does one map look-up per token. Bounded, so that a stream of unusual texts cannot grow it without end.
const MAX_MEMO = 50_000
const memo = new WeakMap<Lexicon, Map<string, WordFacts>>()

export function wordFacts(lower: string, lex: Lexicon): WordFacts {
  let m = memo.get(lex)
  if (!m) {
    m = new Map()
    memo.set(lex, m)
  }
  let f = m.get(lower)
  if (f === undefined) {
    const norm = normalizeWord(lower, lex.language)
    const content = norm.length >= 2 && !lex.stopWords.has(norm)
    f = { norm, stem: stemOf(norm, lex), content, keyword: isKeywordTerm(norm, lex) }
    if (m.size >= MAX_MEMO) m.clear()
    m.set(lower, f)
  }
  return f
}

function stemOf(lower: string, lex: Lexicon): string {
  // Digits and mixed tokens ("80-й", "covid-19") are kept whole.
  return /\d/.test(lower) ? lower : lex.stem(lower)
}

const MIN_TERM_LENGTH = 4
// Russian and Ukrainian adjective endings: keywords are things (people, places, terms), and an adjective on its
// own ("двусторонних", "северокорейским") names none of them.
const ADJECTIVE: Partial<Record<Language, RegExp>> = {
  ru: /(?:ого|его|ому|ему|ыми|ими|ых|ым|ая|яя|ое|ее|ые|ие|ый|ий|ую|юю)$/u,
  uk: /(?:ого|ому|ими|ий|ій|ої|ою|ім)$/u,
}

function isKeywordTerm(word: string, lex: Lexicon): boolean {
  return (
    word.length >= MIN_TERM_LENGTH &&
    !ADJECTIVE[lex.language]?.test(word) &&
    !lex.stopWords.has(word) &&
    !lex.speechVerbs.has(word) &&
    !/\d/.test(word)
  )
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
