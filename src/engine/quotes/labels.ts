import { FORM_VERB } from '../speakers/forms'
import type { SpeakerModel } from '../speakers/model'
import type { Vocabulary } from '../speakers/vocabulary'
import type { Word } from './context'
import type { Frame } from './frames'

/**
 * The interview label at word `i` — the first word of its paragraph, a colon (or a full stop where the language
 * writes one: "P. ¿…?") right after it ("Q: “…”", «Ответ: «…»») — 'q' for a question's, 'a' for an answer's (the
 * lexicon's `questionLabels`, `answerLabels`); else null.
 */
export function interviewLabel(v: Vocabulary, words: readonly Word[], i: number): 'q' | 'a' | null {
  const w = words[i]
  const next = words[i + 1]
  if (!w?.capitalized || !next || words[i - 1]?.paragraph === w.paragraph) return null
  const gap = next.gap.trimStart()
  if (!gap.startsWith(':') && !(v.speech.labelsEndWithPeriod && gap.startsWith('.'))) return null
  if (v.speech.questionLabels.has(w.lower)) return 'q'
  return v.speech.answerLabels.has(w.lower) ? 'a' : null
}

/** The most words a topic label before a colon may have. */
const MAX_LABEL_WORDS = 6

/**
 * Words that open the paragraph and end in a colon before the quotation, with no verb of saying: a topic, where
 * interviews and press conferences are written as one answer per topic («Victoria: “…”», «Primer gol: “…”»,
 * «Про роботу суддівської бригади: «…»») — when they name no one (the caller checks): „Der Trainer war
 * zufrieden: „…““ brings in a new speaker.
 */
export function topicLabel(model: SpeakerModel, f: Frame): boolean {
  const first = model.words[f.beforeFrom]
  if (!first || f.beforeTo - f.beforeFrom > MAX_LABEL_WORDS || !f.beforeGap.includes(':')) return false
  if (model.words[f.beforeFrom - 1]?.paragraph === first.paragraph) return false
  for (let i = f.beforeFrom; i < f.beforeTo; i++)
    if ((model.words[i] as Word).form.flags & FORM_VERB) return false
  return true
}
