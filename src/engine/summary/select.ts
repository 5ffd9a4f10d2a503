import { scratchFloat64, scratchUint8 } from '../text/scratch'
import type { Scored } from './score'

/** Trade-off of maximal marginal relevance: 1 = scores only, 0 = novelty only. */
const MMR_LAMBDA = 0.7
/** MMR looks only at the best-scored candidates, so selection stays O(k · MAX_POOL) whatever the length. */
const MAX_POOL = 40

/**
 * Picks `k` sentences by maximal marginal relevance: each step takes the candidate with the best
 * λ·score − (1−λ)·(its highest similarity to a sentence already taken). Returns positions in `scored.order`,
 * in the order they were chosen (the first is the gist).
 */
export function selectSentences(scored: Scored, k: number): number[] {
  const pool = bestCandidates(scored.scores, Math.max(MAX_POOL, k))
  const maxSim = scratchFloat64(pool.length)
  const taken = scratchUint8(pool.length)
  const scratch = scratchFloat64(scored.vocabulary.df.length)
  const chosen: number[] = []
  while (chosen.length < Math.min(k, pool.length)) {
    let best = -1
    let bestValue = Number.NEGATIVE_INFINITY
    for (let j = 0; j < pool.length; j++) {
      if (taken[j]) continue
      const value =
        MMR_LAMBDA * (scored.scores[pool[j] as number] as number) - (1 - MMR_LAMBDA) * (maxSim[j] as number)
      if (value > bestValue) {
        bestValue = value
        best = j
      }
    }
    if (best < 0) break
    taken[best] = 1
    const r = pool[best] as number
    chosen.push(r)
    // Update every remaining candidate's similarity to the chosen set with one sparse pass each.
    const { ids, weights, start, norms } = scored.vectors
    const norm = norms[r] as number
    if (norm === 0) continue
    const from = start[r] as number
    const to = start[r + 1] as number
    for (let k2 = from; k2 < to; k2++) scratch[ids[k2] as number] = (weights[k2] as number) / norm
    for (let j = 0; j < pool.length; j++) {
      if (taken[j]) continue
      const u = pool[j] as number
      const uNorm = norms[u] as number
      if (uNorm === 0) continue
      let dot = 0
      for (let k2 = start[u] as number; k2 < (start[u + 1] as number); k2++)
        dot += (weights[k2] as number) * (scratch[ids[k2] as number] as number)
      const sim = dot / uNorm
      if (sim > (maxSim[j] as number)) maxSim[j] = sim
    }
    for (let k2 = from; k2 < to; k2++) scratch[ids[k2] as number] = 0
  }
  return chosen
}

/**
 * Positions of the `size` best scores, best first, ties to the earlier position: the head of all positions sorted
 * by (score desc, position asc), found by insertion into a list of at most `size` instead of sorting every
 * sentence of a long article (O(n · size), with size a small constant).
 */
function bestCandidates(scores: Float64Array, size: number): number[] {
  // A NaN score would make that order inconsistent; the sort then decides as it always has.
  if (scores.some(Number.isNaN)) {
    return Array.from(scores, (score, r) => ({ r, score }))
      .sort((a, b) => b.score - a.score || a.r - b.r)
      .slice(0, size)
      .map((c) => c.r)
  }
  const top: number[] = []
  for (let r = 0; r < scores.length; r++) {
    const score = scores[r] as number
    // Positions come in increasing order, so a tie never beats a position already taken.
    if (top.length === size && !(score > (scores[top[size - 1] as number] as number))) continue
    let j = top.length < size ? top.length : size - 1
    while (j > 0 && score > (scores[top[j - 1] as number] as number)) {
      top[j] = top[j - 1] as number
      j--
    }
    top[j] = r
  }
  return top
}

/** A length that fits the article: about 3 sentences for a short news item, one more per ~300 words beyond. */
export function defaultLength(words: number): number {
  return Math.max(3, Math.min(10, 3 + Math.floor(Math.max(0, words - 500) / 300)))
}
