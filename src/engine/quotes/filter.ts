import { kindOfForm } from '../speakers/forms'
import { isTermMarker, type Vocabulary } from '../speakers/vocabulary'
import { countryOfWord, plainGap } from '../speakers/word-facts'
import { isElided } from '../text/tokens'
import type { Word } from './context'
import { isDashCharCode, isSpaceCharCode } from './marks'
import type { QuoteCandidate } from './scanner'
import { MAX_SOURCE_PHRASE, sourcePhraseAt } from './source-phrases'

/**
 * How a quoted stretch reads before any attribution: speech, a name or title, too short to tell, or an outlet's
 * name after a verb that relays («как сообщает «Украинская правда»»), which no attribution makes speech.
 */
export type Reading = 'speech' | 'title' | 'short' | 'outlet'

const MIN_SPEECH_WORDS = 3
const MAX_TITLE_WORDS = 6
/** The most words of an outlet's name in marks after a verb that relays («передает «Российская газета»»). */
const MAX_OUTLET_WORDS = 3

/**
 * Names, titles and brands in quotation marks («Дяоюйтай», «Газпром», "Hamlet", "The Steve Harvey Morning Show")
 * and scare quotes of one or two words are not speech — unless a verb of saying attributes them (decided later).
 * Signals: a noun before the marks that introduces a name (книгу «…», the show "…") or a word that makes them a
 * term (the so-called "…", так называемая «…»); capitalised words with no clause punctuation inside; fewer than
 * three words. Capitals say nothing in a headline written in Title Case.
 */
export function readQuoted(
  text: string,
  words: readonly Word[],
  inFrom: number,
  inTo: number,
  { open, close, start, end }: QuoteCandidate,
  v: Vocabulary,
  titleCaseLine: boolean,
): Reading {
  if (inTo === inFrom) return 'title'
  // Words, an elided one and the word after it counting as one ("l'identité bruxelloise" is two): counted only
  // where the language elides.
  let n = inTo - inFrom
  if (v.lex.elisions.size > 0) for (let i = inFrom; i < inTo; i++) if (isElided(words[i] as Word)) n--
  const first = words[inFrom] as Word
  const before = words[inFrom - 1]
  // The reporter's word right before the marks, on their line: what it is says what the marks hold.
  const lead =
    before &&
    before.quote < 0 &&
    !before.gap.includes('\n') &&
    /^[\s«“"„‘]*$/.test(text.slice(before.end, start))
      ? before
      : undefined
  // («Закону України «Про …»», «закона РФ «О полиции»»: the kind noun before the country whose it is.)
  const kind = lead && countryOfWord(v, lead) !== null && plainGap(lead.gap) ? words[inFrom - 2] : lead
  if (
    lead &&
    (isTermMarker(v, lead.lower) ||
      // A name opens with a capital: after the noun, words in lower case are what was said of it (что
      // компания «будет бороться до конца»).
      (kind !== undefined &&
        kind.quote < 0 &&
        kindOfForm(v, kind.form) &&
        (first.capitalized || n < MIN_SPEECH_WORDS)))
  ) {
    return 'title'
  }
  // «с фильмами «Брат» и «Война»», con “Luisa no está” y “Viaje al cuarto de una madre”: after a name in marks
  // and "and", another name.
  if (lead && v.speech.coordinators.has(lead.lower) && titleBefore(text, words, inFrom - 1)) return 'title'
  // «как сообщает «Украинская правда»», «передает «Интерфакс»»: an outlet's name after a verb that relays.
  if (lead && v.speech.relayVerbs.has(lead.lower) && first.capitalized && n <= MAX_OUTLET_WORDS)
    return 'outlet'
  if (inciseFollows(text, close) || sourceFollows(text, words, inTo, close, v)) return 'speech'
  if (n < MIN_SPEECH_WORDS) return 'short'
  const inner = text.slice(start, end - 1)
  const clausePunct = /[,;:!?…—–]|\.\s/.test(inner)
  if (clausePunct || !first.capitalized || titleCaseLine) return 'speech'
  let caps = 0
  let content = 0
  for (let i = inFrom; i < inTo; i++) {
    const w = words[i] as Word
    if (v.lex.stopWords.has(w.lower)) continue
    content++
    if (w.capitalized) caps++
  }
  // Russian and Ukrainian capitalise only the first word of a title or a name («Комитета солдатских матерей»);
  // elsewhere titles are in Title Case ("Fox and Friends"), and "I expected more" is speech.
  const titleCase = caps >= Math.max(1, Math.ceil(content * 0.6))
  if (n <= 4)
    return (/[.!?]$/.test(text.slice(start, end)) || standsAlone(text, open, close)) && caps < content
      ? 'speech'
      : v.inflected || titleCase
        ? 'title'
        : 'speech'
  // Where every noun has a capital, two of them in a short sentence are no sign of a title: „Das ist das Ende
  // der Debatte“.
  if (n <= MAX_TITLE_WORDS && caps >= Math.max(2, content * 0.6) && !v.speech.capitalisedNouns) return 'title'
  return 'speech'
}

/** Whether word `at` ("and") comes right after a name in marks: its word before is titled, only marks between. */
function titleBefore(text: string, words: readonly Word[], at: number): boolean {
  const before = words[at - 1]
  return (
    before?.titled === true &&
    before.sentence === (words[at] as Word).sentence &&
    /^[\s»“”"’]+$/.test(text.slice(before.end, (words[at] as Word).start))
  )
}

/**
 * Whether the marks hold a sentence of their own: a sentence end or the line's start (then a dash, maybe) before
 * the opening mark, a sentence end or the line's end after the closing one («…», — сказала она. «Мы будем
 * двигаться дальше».). A name or title in marks stands inside the reporter's sentence («акции „Газпрома“», «фильм
 * «Время первых» вышел»).
 */
function standsAlone(text: string, open: number, close: number): boolean {
  let i = open - 1
  // (A dash after the author's words opens the next replica: «…», — сказал Песков. — «Решение за президентом».)
  while (i >= 0 && (isInlineSpace(text.charCodeAt(i)) || isDashCharCode(text.charCodeAt(i)))) i--
  let j = close + 1
  while (j < text.length && isInlineSpace(text.charCodeAt(j))) j++
  return (
    (i < 0 || isLineOrSentenceEnd(text[i] as string)) &&
    (j >= text.length || isLineOrSentenceEnd(text[j] as string))
  )
}

/**
 * Whether the reporter's incise opens right after the closing mark: a comma and a dash («…», — сообщили в
 * пресс-службе), or a dash after a question or exclamation mark inside («…?» — спросил он). Only speech has one;
 * a name in marks goes on with the reporter's sentence.
 */
function inciseFollows(text: string, close: number): boolean {
  let j = close + 1
  while (j < text.length && isInlineSpace(text.charCodeAt(j))) j++
  if (text[j] === ',') j++
  else if (!/[?!…]/.test(text[close - 1] ?? '')) return false
  while (j < text.length && isInlineSpace(text.charCodeAt(j))) j++
  return j < text.length && isDashCharCode(text.charCodeAt(j))
}

/** «…», según Juan García / по словам Ивана Петрова / selon Jean Dupont: a source phrase right after the comma. */
function sourceFollows(
  text: string,
  words: readonly Word[],
  next: number,
  close: number,
  v: Vocabulary,
): boolean {
  const w = words[next]
  if (!w || w.quote >= 0 || !/^\s*,\s*$/.test(text.slice(close + 1, w.start))) return false
  return sourcePhraseAt(v, words, next, Math.min(words.length, next + MAX_SOURCE_PHRASE)) !== null
}

/** A space that is not a line break: the quotation marks' own test (marks.ts), a line end counting as an end. */
function isInlineSpace(code: number): boolean {
  return code !== 0x0a && code !== 0x0d && isSpaceCharCode(code)
}

function isLineOrSentenceEnd(c: string): boolean {
  return c === '\n' || c === '\r' || c === '.' || c === '!' || c === '?' || c === '…'
}

/** Whether the reporter's words of a line are mostly capitalised (a Title Case headline). */
export function isTitleCaseLine(words: readonly Word[], from: number, to: number): boolean {
  let caps = 0
  let n = 0
  for (let i = from; i < to; i++) {
    const w = words[i] as Word
    if (w.quote >= 0 || w.lower.length < 4) continue
    n++
    if (w.capitalized) caps++
  }
  return n >= 3 && caps / n >= 0.6
}
