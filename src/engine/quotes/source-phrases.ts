import type { Agreement } from '../lang/speech'
import { FORM_SOURCE_HEAD } from '../speakers/forms'
import type { Vocabulary } from '../speakers/vocabulary'
import type { Word } from './context'

/** A source phrase found in the reporter's words: where it ends, and the possessive inside it, if any. */
export interface SourcePhrase {
  /** The index of the word after the phrase. */
  end: number
  /** «по его словам»: the agreement of the possessive written after the phrase's first word; undefined if none. */
  possessive: Agreement | undefined
}

/** The most words of a source phrase, a possessive included ("nach angaben von", «по его словам»). */
export const MAX_SOURCE_PHRASE = 4

/** Whether a source phrase ends right before word `pos` («По словам | Алексея Белошицкого»). */
export function sourcePhraseEndsAt(v: Vocabulary, words: readonly Word[], pos: number): boolean {
  for (let i = Math.max(0, pos - MAX_SOURCE_PHRASE); i < pos; i++)
    if (sourcePhraseAt(v, words, i, pos)?.end === pos) return true
  return false
}

/**
 * The language's source phrase ("according to", «по словам», según) written from word `i`, within `to`, or null.
 * A possessive may follow its first word («по его словам», "according to his").
 */
export function sourcePhraseAt(
  v: Vocabulary,
  words: readonly Word[],
  i: number,
  to: number,
): SourcePhrase | null {
  const w = words[i] as Word
  // The form's bit first: most words open no phrase, and need no look-up.
  if (!(w.form.flags & FORM_SOURCE_HEAD)) return null
  const phrases = v.sourceHeads.get(w.lower)
  if (!phrases) return null
  const possessives = v.speech.possessives
  for (const p of phrases) {
    let j = i
    let k = 0
    let possessive: Agreement | undefined
    while (k < p.length && j < to) {
      const lw = (words[j] as Word).lower
      if (lw === p[k]) {
        k++
        j++
      } else if (k > 0 && possessive === undefined && possessives.has(lw)) {
        possessive = possessives.get(lw) ?? null
        j++
      } else break
    }
    if (k === p.length) return { end: j, possessive }
  }
  return null
}
