import type { Lexicon } from '../lang'
import { detach } from '../text/detach'
import type { Document, Sentence } from '../text/document'
import { scratchFloat64, scratchInt32 } from '../text/scratch'
import type { Lexeme, Token } from '../text/tokens'
import type { Language } from '../types'
import type { KeyNode } from './keywords'
import { QuoteTracker } from './quoted'

/**
 * A stem, interned: one object per distinct stem of a lexicon's word table, so that the summary compares stems
 * by identity and keeps its per-document bookkeeping in fields of the stem instead of in maps keyed by strings
 * (on a long article those look-ups, not the arithmetic, were what the summary spent its time on). Every field
 * but `text` is scratch of one document at a time; a stamp in it says whose it is, so that stale values from an
 * earlier document are never read.
 */
export class Stem implements KeyNode {
  /** Term id in the vocabulary numbered `owner`, while that vocabulary numbers the document's terms. */
  id = -1
  owner = 0
  /** The stem as the root of the keyword key trie of the extraction numbered `keywordRun` (see keywords.ts). */
  keywordRun = 0
  keywordEntry: KeyNode['keywordEntry'] = null
  longerKeys: KeyNode['longerKeys'] = null
  /** A term seen once so far in that extraction: its written form and place (see keywords.ts); null otherwise. */
  pendingForm: string | null = null
  pendingSeen = 0

  constructor(readonly text: string) {}
}

/** What the summary needs to know of a lower-case word; the same in every article of the language. */
export interface WordFacts {
  /** Position in its word table's list (see Vocabulary.factsAt). */
  readonly index: number
  /** The word without apostrophe clitics (see normalizeWord): the form stop words and stems are looked up in. */
  readonly norm: string
  /** Stem of `norm` (Snowball; digits and mixed tokens such as "80-й", "covid-19" kept whole). */
  readonly stem: Stem
  /** A content word for sentence similarity: two letters or more, not a stop word. */
  readonly content: boolean
  /** A keyword term: a longer content word that is no adjective, verb of saying or number (see keywords.ts). */
  readonly keyword: boolean
  /** The lower-case form is a stop word or starts with a digit, so the word never belongs to a name. */
  readonly notName: boolean
  /** The lower-case form opens a sentence that leans on the one before ("He added…", "However, …"). */
  readonly dangling: boolean
  /** Scratch of keyword extraction: the number of the last extraction that saw the word capitalised mid-sentence. */
  midCapitalRun: number
}

// A news article is a thousand tokens of a few hundred words, and news vocabularies repeat from article to
// article: what a word is (its normal form, stem, stop-word and term status; Snowball stemming alone costs a few
// microseconds) is worked out once per distinct word and lexicon for the isolate's life, so that the summary
// does one map look-up per token. Bounded, so that a stream of unusual texts cannot grow it without end: a full
// table is replaced when the next document starts, never during one, so that one document's words always share
// one set of interned stems.
const MAX_MEMO = 50_000

class WordTable {
  /** Every word's facts, by `WordFacts.index`. */
  readonly list: WordFacts[] = []
  private readonly words = new Map<string, WordFacts>()
  private readonly stems = new Map<string, Stem>()

  constructor(private readonly lex: Lexicon) {}

  get full(): boolean {
    return this.words.size >= MAX_MEMO
  }

  /** The facts of a token's lexeme, from the lexeme's slot when this table put them there (see Lexeme). */
  factsOfLexeme(lx: Lexeme): WordFacts {
    if (lx.factsOwner === this) return lx.facts as WordFacts
    const f = this.facts(lx.lower)
    lx.facts = f
    lx.factsOwner = this
    return f
  }

  facts(lower: string): WordFacts {
    let f = this.words.get(lower)
    if (f === undefined) {
      const lex = this.lex
      // Kept past this article, so none of them a view into its text (see detach).
      const norm = detach(normalizeWord(lower, lex.language))
      const text = detach(stemOf(norm, lex))
      let stem = this.stems.get(text)
      if (stem === undefined) {
        stem = new Stem(text)
        this.stems.set(text, stem)
      }
      f = {
        index: this.list.length,
        norm,
        stem,
        content: norm.length >= 2 && !lex.stopWords.has(norm),
        keyword: isKeywordTerm(norm, lex),
        notName: lex.stopWords.has(lower) || startsWithDigit(lower),
        dangling: lex.danglingStarts.has(lower),
        midCapitalRun: 0,
      }
      this.words.set(detach(lower), f)
      this.list.push(f)
    }
    return f
  }
}

const tables = new WeakMap<Lexicon, WordTable>()

function tableFor(lex: Lexicon): WordTable {
  let table = tables.get(lex)
  if (!table || table.full) {
    table = new WordTable(lex)
    tables.set(lex, table)
  }
  return table
}

/**
 * Raw term counts of bags of words (a sentence, or the headline's sentences together): bag b's distinct term ids,
 * in order of first occurrence, and their counts are at [start[b], start[b + 1]) of the flat arrays.
 */
export interface Counts {
  ids: Int32Array
  counts: Int32Array
  start: Int32Array
}

/** TF-IDF vectors of bags: the weights parallel to `Counts.ids`, and each bag's norm. */
export interface Vectors {
  ids: Int32Array
  weights: Float64Array
  start: Int32Array
  norms: Float64Array
}

/** Numbers the vocabularies, so that a stem's `owner` names one without holding on to it. */
let vocabularies = 0

/**
 * The words of one document: the facts of its tokens, looked up once and shared by scoring, the lead and the
 * keywords; the term id of each token, numbering the document's content stems in order of first occurrence; and
 * the sentence frequencies of the terms.
 */
export class Vocabulary {
  /** Number of bags counted (eligible sentences, the headline) that each term id occurs in. */
  readonly df: Int32Array
  private readonly table: WordTable
  /** Share of each sentence's characters inside quotation marks (see quoted.ts). */
  readonly quoted: Float64Array
  /**
   * Every token of the document, in order: the index of its word's facts in the table's list, shifted left by
   * two, with bit 0 set when it is capitalised and bit 1 when one character separates it from the word before
   * in its sentence (see factsAt, capitalizedAt, adjacentAt). Later passes read this compact array instead of
   * the token objects, which on a long article are spread over more memory than the caches hold.
   */
  private readonly words: Int32Array
  /** The term id of every token, -1 for a stop word, a one-letter word or a lone digit. */
  private readonly terms: Int32Array
  private readonly firstToken: Int32Array
  // Per term id: the last bag counted that contained it and its slot in that bag's arrays.
  private readonly seenIn: Int32Array
  private readonly slot: Int32Array
  private bags = 0

  constructor(
    doc: Document,
    readonly lex: Lexicon,
  ) {
    const table = tableFor(lex)
    this.table = table
    const sentences = doc.sentences
    let count = 0
    // (Indexed rather than for…of: code run once per analysis is often not yet optimised, and there each for…of
    // step makes an object.)
    for (let i = 0; i < sentences.length; i++) {
      const s = sentences[i] as Sentence
      count += s.tokens.length
    }
    // Flat typed arrays for the document rather than arrays per sentence: on a long article thousands of small
    // arrays would all live until the summary is done and be copied into the old generation on the way (and one
    // JS array of 100,000 holes or more is made a slow dictionary by V8). Views of one array, itself cut from the
    // analysis's scratch buffer (text/scratch.ts), since a typed array with memory of its own costs microseconds.
    const tokenData = scratchInt32(2 * count + sentences.length + 1)
    const words = tokenData.subarray(0, count)
    const terms = tokenData.subarray(count, 2 * count)
    const firstToken = tokenData.subarray(2 * count)
    // The one pass over the token objects: everything the summary reads of them is taken here, the quoted
    // shares too, while each token is in the cache.
    const quoted = scratchFloat64(sentences.length)
    const quotes = new QuoteTracker(doc.text)
    // Term ids are numbered in the stems themselves while this loop runs (no map keyed by stem strings); nothing
    // reads `Stem.id` afterwards, so vocabularies made one after another do not disturb each other.
    const serial = ++vocabularies
    let size = 0
    let k = 0
    for (let si = 0; si < sentences.length; si++) {
      const s = sentences[si] as Sentence
      firstToken[s.index] = k
      quotes.sentence(s)
      let gapStart = s.start
      let previousEnd = -2
      for (let ti = 0; ti < s.tokens.length; ti++) {
        const t = s.tokens[ti] as Token
        gapStart = quotes.word(gapStart, t.start, t.end)
        const f = table.factsOfLexeme(t.lexeme)
        words[k] = (f.index << 2) | (t.start - previousEnd === 1 ? 2 : 0) | (t.capitalized ? 1 : 0)
        previousEnd = t.end
        let id = -1
        if (f.content) {
          const stem = f.stem
          if (stem.owner !== serial) {
            stem.owner = serial
            stem.id = size++
          }
          id = stem.id
        }
        terms[k++] = id
      }
      quoted[s.index] = quotes.share(gapStart)
    }
    firstToken[sentences.length] = k
    this.quoted = quoted
    this.firstToken = firstToken
    this.words = words
    this.terms = terms
    const termData = scratchInt32(3 * size)
    this.df = termData.subarray(0, size)
    this.seenIn = termData.subarray(size, 2 * size)
    this.slot = termData.subarray(2 * size)
  }

  /** Where the facts of `sentence`'s tokens start among the document's tokens: token i's are `factsAt(at + i)`. */
  factsOf(sentence: Sentence): number {
    return this.firstToken[sentence.index] as number
  }

  /** The facts of the document's token `k` (see factsOf). */
  factsAt(k: number): WordFacts {
    return this.table.list[(this.words[k] as number) >> 2] as WordFacts
  }

  /** Whether the document's token `k` starts with an upper-case letter (`Token.capitalized`). */
  capitalizedAt(k: number): boolean {
    return ((this.words[k] as number) & 1) === 1
  }

  /** Whether one character (a space) separates the document's token `k` from the one before it in its sentence. */
  adjacentAt(k: number): boolean {
    return ((this.words[k] as number) & 2) === 2
  }

  /** The term id of the document's token `k`, or -1 for a stop word, a one-letter word or a lone digit. */
  termAt(k: number): number {
    return this.terms[k] as number
  }

  /**
   * Counts each of the sentences `order` (indices into the document's sentences, ascending) as its own bag,
   * counting document frequency too. Indices rather than the sentence objects: a list of 20,000 sentences is one
   * more large object for V8 to map in and free on every analysis.
   */
  countEach(order: ArrayLike<number>): Counts {
    const firstToken = this.firstToken
    let capacity = 0
    for (let b = 0; b < order.length; b++) {
      const s = order[b] as number
      capacity += (firstToken[s + 1] as number) - (firstToken[s] as number)
    }
    const out = countsOf(capacity, order.length)
    let pos = 0
    for (let b = 0; b < order.length; b++) {
      out.start[b] = pos
      const s = order[b] as number
      pos = this.countBag(s, s + 1, out, pos)
    }
    out.start[order.length] = pos
    return out
  }

  /** Counts the document's sentences [from, to) as one bag (the headline), counting document frequency too. */
  countTogether(from: number, to: number): Counts {
    const out = countsOf((this.firstToken[to] as number) - (this.firstToken[from] as number), 1)
    out.start[1] = this.countBag(from, to, out, 0)
    return out
  }

  /** Counts the tokens of the document's sentences [from, to) as one bag into `out` from `pos`; returns its end. */
  private countBag(from: number, to: number, out: Counts, pos: number): number {
    const bag = ++this.bags
    const { df, seenIn, slot, terms } = this
    let end = pos
    // The tokens of consecutive sentences are consecutive: one run from the first's to past the last's.
    const last = this.firstToken[to] as number
    for (let k = this.firstToken[from] as number; k < last; k++) {
      const id = terms[k] as number
      if (id < 0) continue
      if (seenIn[id] !== bag) {
        seenIn[id] = bag
        slot[id] = end
        out.ids[end] = id
        out.counts[end] = 1
        end++
        df[id] = (df[id] as number) + 1
      } else out.counts[slot[id] as number] = (out.counts[slot[id] as number] as number) + 1
    }
    return end
  }
}

/** Counts of `capacity` token occurrences in `bags` bags, as views of one buffer. */
function countsOf(capacity: number, bags: number): Counts {
  const data = scratchInt32(2 * capacity + bags + 1)
  return {
    ids: data.subarray(0, capacity),
    counts: data.subarray(capacity, 2 * capacity),
    start: data.subarray(2 * capacity),
  }
}

function stemOf(lower: string, lex: Lexicon): string {
  // Digits and mixed tokens ("80-й", "covid-19") are kept whole.
  return /\d/.test(lower) ? lower : lex.stem(lower)
}

/** The first character is an ASCII digit (as `/^\d/` would say). */
function startsWithDigit(s: string): boolean {
  const c = s.charCodeAt(0)
  return c >= 48 && c <= 57
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

/**
 * Inverse sentence frequency of each term id (smoothed), once per term rather than once per occurrence; `n` is the
 * number of sentences.
 */
export function inverseFrequencies(df: Int32Array, n: number, idf = scratchFloat64(df.length)): Float64Array {
  // Most terms occur in one sentence or a few: one logarithm per frequency, not per term.
  const byFrequency: number[] = []
  for (let id = 0; id < df.length; id++) {
    const f = df[id] as number
    if (f >= MAX_CACHED_FREQUENCY) {
      idf[id] = Math.log((n + 1) / (f + 0.5))
      continue
    }
    while (byFrequency.length <= f) byFrequency.push(Number.NaN)
    let x = byFrequency[f] as number
    if (Number.isNaN(x)) {
      x = Math.log((n + 1) / (f + 0.5))
      byFrequency[f] = x
    }
    idf[id] = x
  }
  return idf
}

const MAX_CACHED_FREQUENCY = 64

/** TF-IDF weights (sublinear tf, smoothed inverse sentence frequency) of counted bags. */
export function weigh(
  counted: Counts,
  idf: Float64Array,
  weights = scratchFloat64(counted.ids.length),
  norms = scratchFloat64(counted.start.length - 1),
): Vectors {
  const { ids, counts, start } = counted
  const bagCount = start.length - 1
  for (let b = 0; b < bagCount; b++) {
    let sq = 0
    for (let k = start[b] as number; k < (start[b + 1] as number); k++) {
      const n = counts[k] as number
      // A term seen once (most of them) has tf 1 + log 1 = 1 exactly.
      const w = (n === 1 ? 1 : 1 + Math.log(n)) * (idf[ids[k] as number] as number)
      weights[k] = w
      sq += w * w
    }
    norms[b] = Math.sqrt(sq)
  }
  return { ids, weights, start, norms }
}

/** Cosine of bag `b` of `v` with a dense vector whose norm is given. */
export function cosineDense(v: Vectors, b: number, dense: Float64Array, denseNorm: number): number {
  const norm = v.norms[b] as number
  if (norm === 0 || denseNorm === 0) return 0
  let dot = 0
  for (let k = v.start[b] as number; k < (v.start[b + 1] as number); k++)
    dot += (v.weights[k] as number) * (dense[v.ids[k] as number] as number)
  return dot / (norm * denseNorm)
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
