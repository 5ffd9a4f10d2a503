import type { Vocabulary } from '../speakers/vocabulary'
import type { Word } from './context'

/**
 * The interview label at word `i` — the first word of its paragraph, a colon right after it ("Q: “…”", «Ответ:
 * «…»») — 'q' for a question's, 'a' for an answer's (the lexicon's `questionLabels`, `answerLabels`); else null.
 */
export function interviewLabel(v: Vocabulary, words: readonly Word[], i: number): 'q' | 'a' | null {
  const w = words[i]
  const next = words[i + 1]
  if (!w?.capitalized || !next || words[i - 1]?.paragraph === w.paragraph) return null
  if (!next.gap.trimStart().startsWith(':')) return null
  if (v.speech.questionLabels.has(w.lower)) return 'q'
  return v.speech.answerLabels.has(w.lower) ? 'a' : null
}
