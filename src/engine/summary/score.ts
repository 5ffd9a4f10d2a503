import type { Lexicon } from '../lang'
import type { Document, Sentence } from '../text/document'
import { scratchFloat64, scratchInt32 } from '../text/scratch'
import { type Counts, cosineDense, inverseFrequencies, type Vectors, Vocabulary, weigh } from './terms'

/** Scored candidates of a document: every eligible sentence with its vector and score. */
export interface Scored {
  /** Indices into `doc.sentences` of eligible sentences, in document order. */
  order: Int32Array
  /** TF-IDF vectors of the eligible sentences (bag r is sentence `order[r]`), for redundancy checks. */
  vectors: Vectors
  /** Score per eligible sentence (parallel to `order`), 0..1. */
  scores: Float64Array
  /** Damping per eligible sentence (parallel to `order`) for quotations, questions and dangling openings, 0..1. */
  damp: Float64Array
  /** Similarity to the headline per eligible sentence (parallel to `order`), 0 without a headline. */
  titleSim: Float64Array
  /** Occurrences of each term id in the eligible sentences. */
  tf: Float64Array
  /** The sum of `tf`: the number of content-term occurrences in the eligible sentences. */
  tfTotal: number
  /** Centrality per eligible sentence (parallel to `order`), 0..1 (1 = the most central). */
  centrality: Float64Array
  vocabulary: Vocabulary
}

// Weights of the signals. News puts the gist early, so position counts; centrality finds the sentences made of
// the article's recurring words, which is where the gist is when it is not first; the headline, when the text
// has one, says outright what the article is about. Tuned on the dev XSum set, on a broad plateau
// (position 0.25–0.4 with centrality 0.35 all beat Lead-3 by 8–11% ROUGE-1), not on a single point.
const W_POSITION = 0.3
const W_CENTRALITY = 0.35
const W_TITLE = 0.15
/** The position prior halves every this many eligible sentences. */
const POSITION_HALF_LIFE = 4
/** A fully quoted sentence keeps this share of its score: quotes colour a story, its facts are reported. */
const QUOTE_PENALTY = 0.5
/** A sentence that needs the one before it to be understood loses this share of its score (see below). */
const DANGLING_PENALTY = 0.4
/** Questions and sentences ending in a colon lose this share of their score (see below). */
const QUESTION_PENALTY = 0.5

/**
 * Scores eligible sentences by a position prior, centrality and similarity to the headline, damped for quoted
 * sentences. Centrality is SumBasic's (Nenkova & Vanderwende 2005): the mean probability, in the rest of the
 * article, of the sentence's content stems. One pass over tokens and one over sentences: linear in the article,
 * with no sentence-pair matrix.
 */
export function scoreSentences(doc: Document, lex: Lexicon, eligible: ArrayLike<number>): Scored {
  const vocabulary = new Vocabulary(doc, lex)
  // Typed arrays rather than lists pushed to: per-sentence lists of a long text (16,384 entries and up in Node)
  // are V8 large objects, each one pages mapped in for one analysis and freed after it, and a list grown by
  // pushing makes two or three of them on its way.
  let n = 0
  for (let i = 0; i < eligible.length; i++) n += eligible[i] as number
  const order = scratchInt32(n)
  for (let i = 0, r = 0; i < eligible.length; i++) if (eligible[i]) order[r++] = i
  const counted = vocabulary.countEach(order)
  // The headline is counted after the sentences, as one more bag: its terms count in the sentence frequencies.
  const titleCounts = doc.title ? vocabulary.countTogether(...titleSentences(doc)) : null
  // The per-term, per-occurrence and per-sentence numbers, as views of one array cut from the analysis's scratch
  // buffer (text/scratch.ts; a typed array with memory of its own costs microseconds): idf, tf and the headline's
  // dense vector per term, the weights per occurrence, the norms, centralities, scores, damping and headline
  // similarities per sentence, the headline's own weights and norm.
  const size = vocabulary.df.length
  const capacity = counted.ids.length
  const titleCapacity = titleCounts ? titleCounts.ids.length : 0
  const floats = scratchFloat64(3 * size + capacity + 5 * n + titleCapacity + 1)
  let at = 0
  const take = (length: number) => {
    at += length
    return floats.subarray(at - length, at)
  }
  const idf = inverseFrequencies(vocabulary.df, n, take(size))
  const vectors = weigh(counted, idf, take(capacity), take(n))
  const tf = termFrequencies(counted, take(size))
  const title = titleCounts ? dense(weigh(titleCounts, idf, take(titleCapacity), take(1)), take(size)) : null
  let tfTotal = 0
  for (let id = 0; id < tf.length; id++) tfTotal += tf[id] as number
  const centrality = wordProbability(counted, tf, tfTotal, take(n))
  let maxCentrality = 1e-9
  for (let r = 0; r < n; r++)
    if ((centrality[r] as number) > maxCentrality) maxCentrality = centrality[r] as number
  for (let r = 0; r < n; r++) centrality[r] = (centrality[r] as number) / maxCentrality
  const wTitle = title ? W_TITLE : 0
  const total = W_POSITION + W_CENTRALITY + wTitle
  const quoted = vocabulary.quoted
  const scores = take(n)
  const damps = take(n)
  const titleSims = take(n)
  for (let r = 0; r < n; r++) {
    const position = positionPrior(r)
    const central = centrality[r] as number
    const titleSim = title ? cosineDense(vectors, r, title.vector, title.norm) : 0
    const s = doc.sentences[order[r] as number] as Sentence
    const last = doc.text.charCodeAt(s.end - 1)
    // A question asks rather than reports; a sentence ending in a colon only introduces what follows.
    const question = last === 63 /* ? */ || last === 58 /* : */ ? QUESTION_PENALTY : 0
    // After the first, a sentence opening with a pronoun or connective ("He added…", "However, …") leans on the
    // one before it and reads badly on its own.
    const opensLeaning =
      s.tokens.length > 0 ? vocabulary.factsAt(vocabulary.factsOf(s)).dangling : lex.danglingStarts.has('')
    const dangling = r > 0 && opensLeaning ? DANGLING_PENALTY : 0
    const damp = (1 - QUOTE_PENALTY * (quoted[s.index] as number)) * (1 - question) * (1 - dangling)
    scores[r] = (damp * (W_POSITION * position + W_CENTRALITY * central + wTitle * titleSim)) / total
    damps[r] = damp
    titleSims[r] = titleSim
  }
  return { order, vectors, scores, damp: damps, titleSim: titleSims, tf, tfTotal, centrality, vocabulary }
}

/** The position prior of the first eligible sentences, worked out once for the isolate as they are first needed. */
const positionPriors: number[] = []
const MAX_CACHED_POSITIONS = 1024

function positionPrior(r: number): number {
  if (r >= MAX_CACHED_POSITIONS) return 2 ** (-r / POSITION_HALF_LIFE)
  while (positionPriors.length <= r) positionPriors.push(2 ** (-positionPriors.length / POSITION_HALF_LIFE))
  return positionPriors[r] as number
}

/** Occurrences of each term id in the counted sentences. */
function termFrequencies(counted: Counts, tf: Float64Array): Float64Array {
  const { ids, counts, start } = counted
  const end = start[start.length - 1] as number
  for (let k = 0; k < end; k++) {
    const id = ids[k] as number
    tf[id] = (tf[id] as number) + (counts[k] as number)
  }
  return tf
}

/**
 * Mean probability of a sentence's content stems among all content stems of the other sentences (its own
 * occurrences are left out, so a sentence does not vote for itself).
 */
function wordProbability(counted: Counts, tf: Float64Array, total: number, out: Float64Array): Float64Array {
  const { ids, counts, start } = counted
  for (let r = 0; r + 1 < start.length; r++) {
    let sum = 0
    let len = 0
    for (let k = start[r] as number; k < (start[r + 1] as number); k++) {
      const own = counts[k] as number
      sum += own * ((tf[ids[k] as number] as number) - own)
      len += own
    }
    out[r] = len > 0 ? sum / len / Math.max(1, total) : 0
  }
  return out
}

/** The headline's vector as a dense array over the term ids, with its norm. */
function dense(v: Vectors, vector: Float64Array): { vector: Float64Array; norm: number } {
  for (let k = v.start[0] as number; k < (v.start[1] as number); k++)
    vector[v.ids[k] as number] = v.weights[k] as number
  return { vector, norm: v.norms[0] as number }
}

/** The range of sentences of the headline paragraph (empty when no paragraph is marked as the title). */
function titleSentences(doc: Document): [from: number, to: number] {
  const p = doc.paragraphs.find((x) => x.title)
  return p ? [p.firstSentence, p.lastSentence] : [0, 0]
}
