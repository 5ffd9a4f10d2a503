import { maxOf } from '../text/append'
import type { Document, Sentence } from '../text/document'
import type { Token } from '../text/tokens'
import type { Scored } from './score'

/** Within the lede, a sentence's claim to be the lead halves every this many sentences. */
const LEDE_HALF_LIFE = 3

/**
 * The lead, the gist in one sentence, comes from the lede: the first paragraph that has prose. Among its
 * sentences it is the one that best says what happened — whose common words (names aside) recur most in the
 * article, or which is most like the headline. A first sentence that only sets the scene (the leaders "were
 * invited to Beijing for the parade") then gives way to the one with the article's subject ("they held talks").
 * A one-sentence lede is the lead.
 */
export function leadSentence(doc: Document, scored: Scored): Sentence | null {
  const first = scored.order[0]
  if (first === undefined) return null
  const paragraph = (doc.sentences[first] as Sentence).paragraph
  const total = scored.tfTotal
  const common: number[] = []
  for (let r = 0; r < scored.order.length; r++) {
    const s = doc.sentences[scored.order[r] as number] as Sentence
    if (s.paragraph !== paragraph) break
    common.push(commonWordProbability(s, scored, total))
  }
  // Both signals relative to their best in the lede, so that neither drowns the other; a slight preference for
  // the earlier sentence, since a news lede states the gist first.
  const maxCommon = maxOf(1e-12, common)
  const maxTitle = maxOf(1e-12, scored.titleSim.subarray(0, common.length))
  let best = 0
  let bestValue = Number.NEGATIVE_INFINITY
  for (let r = 0; r < common.length; r++) {
    const signal = (common[r] as number) / maxCommon + (scored.titleSim[r] as number) / maxTitle
    const value = (scored.damp[r] as number) * signal * 2 ** (-r / LEDE_HALF_LIFE)
    if (value > bestValue) {
      bestValue = value
      best = r
    }
  }
  return doc.sentences[scored.order[best] as number] as Sentence
}

/** Mean probability, elsewhere in the article, of the sentence's lower-case content words (names left out). */
function commonWordProbability(s: Sentence, scored: Scored, total: number): number {
  const { vocabulary, tf } = scored
  // Counts by term id in order of first occurrence (the order the sum below adds them in).
  const own = new Map<number, number>()
  const at = vocabulary.factsOf(s)
  for (let i = 0; i < s.tokens.length; i++) {
    if ((s.tokens[i] as Token).capitalized) continue
    const id = vocabulary.termAt(at + i)
    if (id >= 0 && id < tf.length) own.set(id, (own.get(id) ?? 0) + 1)
  }
  let sum = 0
  let len = 0
  for (const [id, n] of own) {
    sum += n * ((tf[id] as number) - n)
    len += n
  }
  return len > 0 && total > 0 ? sum / len / total : 0
}
