import { FORM_STOP, invertedVerb } from '../speakers/forms'
import type { Vocabulary } from '../speakers/vocabulary'
import type { Word } from './context'
import { isDashCharCode, isSpaceCharCode, isSpacedDashAt } from './marks'

/** The longest incise set off by dashes inside one pair of marks, in characters (an apposition with a clause). */
const MAX_INSET_CHARS = 200
/** The longest insert that may close on a dash with no comma before it: a verb and its subject. */
const MAX_BARE_INSET_CHARS = 40

/**
 * An attribution inserted inside one pair of marks: «…, — объясняет юрист. — …» / « …, dit-il, … ». Returns
 * the offsets of the inserted words [from, to), or null. Only a dash-delimited insert whose first word is in
 * lower case qualifies; the caller checks that it starts with a verb of saying. Linear in the quote.
 */
export function findInset(text: string, start: number, end: number): { from: number; to: number } | null {
  for (let i = start + 1; i < end - 2; i++) {
    if (!insetDashAt(text, i)) continue
    const p = prevNonSpace(text, i - 1)
    if (p !== ',' && p !== '.' && p !== '!' && p !== '?' && p !== '…') continue
    const first = text[i + 2]
    if (!first || first === first.toUpperCase()) continue
    // The insert runs to the next ". —" or ", —".
    for (let j = i + 2; j < Math.min(end - 1, i + MAX_INSET_CHARS); j++) {
      if (!insetDashAt(text, j)) continue
      const q = prevNonSpace(text, j - 1)
      // (A short insert may close on a spaced dash without its comma: «…, — рассказывает он — …».)
      if (q === ',' || q === '.' || (j - i <= MAX_BARE_INSET_CHARS && isSpacedDashAt(text, j)))
        return { from: i, to: j + 1 }
      break
    }
  }
  return null
}

/** A dash that sets an incise off: spaced, or written against the comma or full stop before it («телескопе,— …»). */
function insetDashAt(text: string, i: number): boolean {
  if (isSpacedDashAt(text, i)) return true
  const before = text.charCodeAt(i - 1)
  return (
    isDashCharCode(text.charCodeAt(i)) &&
    (before === 0x2c || before === 0x2e) &&
    isSpaceCharCode(text.charCodeAt(i + 1))
  )
}

function prevNonSpace(text: string, i: number): string | undefined {
  let k = i
  while (k > 0 && isSpaceCharCode(text.charCodeAt(k))) k--
  return text[k]
}

/** The most words of an incise inside the marks without dashes (« …, explique le maire de la ville Jean Dupont. »). */
const MAX_INSET_WORDS = 16

/**
 * The incise inside one pair of marks where the language sets none off by dashes (`insetsWithoutDashes`):
 * « Nous sommes déçus, explique le maire. Nous allons faire appel. », « …, dit-il, mais … », « …, a-t-il
 * ajouté. ». In words [from, to) of the quotation, which ends at offset `end`: a comma, then in lower case a verb
 * of saying (inverted, or after an inverted auxiliary), then the words that end the clause — at the next comma
 * after a verb that carries its subject ("dit-il,"), else at the sentence's end, so that an apposition stays in
 * the incise (« …, confie Sébastien Mériot, 19 ans de maison. Vu le contexte… »). Returns the offsets of the
 * inserted words [from, to) as findInset does (from: the comma; to: past the clause's end, `end` when the clause
 * closes the quotation), or null. One pass over the quotation's words.
 */
export function findVerbInset(
  words: readonly Word[],
  from: number,
  to: number,
  end: number,
  v: Vocabulary,
): { from: number; to: number } | null {
  if (!v.speech.insetsWithoutDashes) return null
  for (let k = from + 1; k < to - 1; k++) {
    const w = words[k] as Word
    if (w.capitalized || gapMarks(w.gap) !== ',' || insetVerb(words, k, v) < 0) continue
    const comma = w.start - w.gap.length + w.gap.indexOf(',')
    // A comma after the subject ends the incise only when the quotation's sentence goes on to its close (« Le
    // club, dit la rumeur, va être vendu »); before a sentence end it opens an apposition.
    let atComma = -1
    for (let j = k + 1; j <= Math.min(to, k + MAX_INSET_WORDS); j++) {
      const next = words[j]
      if (j === to || !next) return { from: comma, to: atComma >= 0 ? atComma : end }
      const gap = gapMarks(next.gap)
      const last = words[j - 1] as Word
      if (/[.!?;]/.test(gap)) return { from: comma, to: last.end + 1 }
      if (gap !== ',') continue
      if (j - 1 === k && last.lower.includes('-')) return { from: comma, to: last.end + 1 }
      if (atComma < 0) atComma = last.end + 1
    }
    if (atComma >= 0) return { from: comma, to: atComma }
  }
  return null
}

/** The gap's characters other than spaces, '' when none: a word's gap is a space or two, a comma or a dot. */
function gapMarks(gap: string): string {
  return gap === ' ' ? '' : gap.trim()
}

/**
 * The verb of saying that opens an incise at word k: the word itself, listed or inverted ("dit-il"), or the next
 * after an auxiliary — inverted ("a-t-il ajouté") or a function word ("a reconnu") — or, where verbs show their
 * subject, after an adverb («— задумчиво произносит X»), as the incise after closing marks allows (attribution.ts
 * inciseAfter). Its index, or -1.
 */
export function insetVerb(words: readonly Word[], k: number, v: Vocabulary): number {
  const sp = v.speech
  const w = words[k] as Word
  if (sp.verbs.has(w.lower) || invertedVerb(sp, w.lower) !== null) return k
  const next = words[k + 1]
  const before = w.lower.includes('-t-') || (w.form.flags & FORM_STOP) !== 0 || v.inflected
  return before && next !== undefined && next.gap === ' ' && sp.verbs.has(next.lower) ? k + 1 : -1
}
