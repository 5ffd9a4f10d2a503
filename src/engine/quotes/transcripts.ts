import { hasWordOf, LETTER, NUMBER, UPPER, unitClass } from '../text/chars'
import type { Paragraph } from '../text/document'
import type { Span } from '../types'
import { CLOSERS, finalColon, isSpaceCharCode, opensWithMarkDashOrBracket } from './marks'
import { type QuoteCandidate, unmarkedCandidate } from './scanner'

/** The longest speaker label read at a paragraph's start ("Konstantin Kerschbaumer", "Q"). */
const MAX_LABEL_CHARS = 40
const MAX_LABEL_WORDS = 4
/** How many paragraphs one turn may run to (an answer of several paragraphs) before the run ends. */
const MAX_TURN_PARAGRAPHS = 6
/** Fewer labelled turns than this are no transcript ("Note: …", "Photo: …"). */
const MIN_TURNS = 3

interface Turn {
  /** The paragraph of the words; `from`: of the label, the one before when the label stands alone ("Marc Fascher:"). */
  paragraph: number
  from: number
  /** Where the words after the label start. */
  start: number
  /** The label's last word, lower-case: the same speaker in "Joachim Scholl:" and "Scholl:". */
  key: string
  /** How many words the label has. */
  words: number
  /** The words after the label make a statement: a paragraph of prose (no heading) of MIN_STATEMENT_WORDS or more. */
  states: boolean
}

/** A language's interview labels (lexicon `questionLabels`, `answerLabels`, `labelsEndWithPeriod`). */
export interface InterviewLabels {
  question: ReadonlySet<string>
  answer: ReadonlySet<string>
  endWithPeriod: boolean
  /** First-person pronouns: a paragraph with one after a statement goes on it (`emit`). */
  self: ReadonlySet<string>
}

/** The fewest words after a label that make a statement of its own ("Im Interview: Heiko Maas" makes none). */
const MIN_STATEMENT_WORDS = 5

/**
 * Interview transcripts written with speaker labels and no marks: `Klaus Töpfer: Einen schönen guten Tag!`,
 * `Q: What inspired you to write XO?` / `A: Great question…`. A run of such paragraphs is a transcript when its
 * labels alternate — at least two speakers, one of them labelled again — and has at least three turns. Each turn's
 * words are a quotation, and so are the unlabelled paragraphs between two turns (an answer of several paragraphs),
 * linked to the turn they go on (`continues`). The label is the reporter's words before the quotation, so the
 * colon rule reads the speaker from it (Q and A: interviews.ts). The language's question labels are one speaker
 * ("Pregunta." and "P."), its answer labels another; where its press ends them with a full stop, they may
 * (`Pregunta.Diego, una primera valoración…` ⏎ `Respuesta.Primero…`). Adds to `out`; one look at each paragraph's
 * start.
 */
export function scanTranscripts(
  text: string,
  paragraphs: readonly Paragraph[],
  labels: InterviewLabels,
  out: QuoteCandidate[],
): void {
  let run: Turn[] = []
  // Stage directions since the last turn ("(Beifall bei den GRÜNEN)"): no paragraph of a turn's words.
  let asides = 0
  for (let k = 0; k < paragraphs.length; k++) {
    const p = paragraphs[k] as Paragraph
    // (A headline's label is a topic: «Fünf Antworten: 14 Stunden Schlusswort …».)
    if (p.title) continue
    if (text.charCodeAt(p.start) === 0x28 /* ( */) asides++
    // Each paragraph's label is read once; the one below a label alone too.
    const colon = labelColon(text, p)
    const afterColon = wordsAfter(text, p, colon)
    let start = afterColon >= 0 || !labels.endWithPeriod ? afterColon : afterPeriodLabel(text, p, labels)
    // A label alone on its line, the words in the paragraph below ("Marc Fascher:" ⏎ "Es gab heute zwei …").
    const below = start < 0 && labelAlone(text, p, colon) ? paragraphs[k + 1] : undefined
    const belowColon = below ? labelColon(text, below) : -1
    // (Not a line in marks or a dialogue line, read as such, nor another label.)
    const words =
      below &&
      !below.heading &&
      !opensWithMarkDashOrBracket(text, below.start) &&
      wordsAfter(text, below, belowColon) < 0 &&
      !labelAlone(text, below, belowColon)
        ? below
        : p
    if (words !== p) start = words.start
    if (start < 0) continue
    const last = run.at(-1)
    if (last && k - last.paragraph - asides > MAX_TURN_PARAGRAPHS) {
      emit(text, paragraphs, run, labels.self, out)
      run = []
    }
    asides = 0
    const label = (
      words === p ? labelOf(text, p.start, start, afterColon >= 0) : labelOf(text, p.start, p.end, true)
    ).split(' ')
    const lastWord = (label.at(-1) ?? '').toLowerCase()
    run.push({
      paragraph: words === p ? k : k + 1,
      from: k,
      start,
      key: labels.question.has(lastWord) ? 'q' : labels.answer.has(lastWord) ? 'a' : lastWord,
      words: label.length,
      states: !words.heading && hasWords(text, start, words.end, MIN_STATEMENT_WORDS),
    })
    if (words !== p) k++
  }
  emit(text, paragraphs, run, labels.self, out)
}

/**
 * A run's turns as candidates: a transcript's (`turn`), or statements — each of a run of two or more labels naming
 * someone else by a name of two words or more ("Marc Fascher: Bis zur 70. Minute …" ⏎ "Rico Schmitt: Wir haben
 * …", coaches' words after a match), kept only if the label names a person (quotes/index.ts).
 */
function emit(
  text: string,
  paragraphs: readonly Span[],
  run: Turn[],
  self: ReadonlySet<string>,
  out: QuoteCandidate[],
): void {
  const speakers = new Set(run.map((t) => t.key))
  const transcript = run.length >= MIN_TURNS && speakers.size >= 2 && speakers.size < run.length
  const statements =
    !transcript &&
    run.length >= 2 &&
    speakers.size === run.length &&
    run.every((t) => t.words >= 2 && t.states)
  if (!transcript && !statements) return
  const kind = transcript ? 'turn' : 'statement'
  run.forEach((turn, i) => {
    const p = paragraphs[turn.paragraph] as Span
    let open = turn.start
    out.push(unmarkedCandidate(turn.start, p.end, p.end, kind))
    const next = run[i + 1]
    // (A statement is its label's paragraph and those after it in the first person, «Wir hatten eine aufregende
    // Rückrunde …», up to the first that is not: the paragraphs after it may well be the reporter's again. Not
    // under a label alone on its line, which heads the speaker's paragraphs up to the next one.)
    if (statements && turn.from === turn.paragraph) {
      const end = Math.min(next?.from ?? paragraphs.length, turn.paragraph + 1 + MAX_TURN_PARAGRAPHS)
      for (let k = turn.paragraph + 1; k < end; k++) {
        const q = paragraphs[k] as Span
        if (opensWithMarkDashOrBracket(text, q.start) || !hasWordOf(text, q.start, q.end, self)) return
        out.push(unmarkedCandidate(q.start, q.end, q.end, kind, open))
        open = q.start
      }
      return
    }
    if (!next) return
    for (let k = turn.paragraph + 1; k < next.from; k++) {
      const q = paragraphs[k] as Span
      // A paragraph in marks or a dialogue line is read as such; a stage direction "(Laughter.)" is no one's words.
      if (opensWithMarkDashOrBracket(text, q.start)) continue
      out.push(unmarkedCandidate(q.start, q.end, q.end, kind, open))
      open = q.start
    }
  })
}

/** The fewest words after a headline's label that make a statement («Песков: Кремль не планирует …»). */
const MIN_HEADLINE_WORDS = 3

/**
 * A headline written as a name, a colon and the words, with no marks («Олег Знарок: В раздевалке был серьёзный
 * разговор»), where the language quotes so (`labelledHeadlines`; the caller asks): the words are a quotation, kept
 * only if the label names a person the article names again (quotes/index.ts), so that «СМИ: …» or «Вбивство
 * Захарченка: …» stay the reporter's. Adds to `out`.
 */
export function scanLabelledHeadline(text: string, title: Span, out: QuoteCandidate[]): void {
  const start = afterLabel(text, title)
  if (start < 0) return
  let words = 0
  let inWord = false
  for (let i = start; i < title.end; i++) {
    const c = text.charCodeAt(i)
    // Marks anywhere in the words: the marks are the quotation (headlines.ts reads «Лавров: «…»»).
    if ((text[i] as string) in CLOSERS || c === 0x201d || c === 0x201c) return
    const letter = (unitClass(c) & (LETTER | NUMBER)) !== 0
    if (letter && !inWord) words++
    inWord = letter
  }
  if (words >= MIN_HEADLINE_WORDS) out.push(unmarkedCandidate(start, title.end, title.end, 'label'))
}

/**
 * Where a paragraph's words start after a speaker label — up to four capitalised words (or a label like "Q",
 * "LAOLA1") and a colon — else -1. Words after it that open with a quotation mark are left to the marks.
 */
export function afterLabel(text: string, p: Span): number {
  return wordsAfter(text, p, labelColon(text, p))
}

/** Where the words after the label's colon at `colon` (labelColon, -1 for none) start, as afterLabel says. */
function wordsAfter(text: string, p: Span, colon: number): number {
  if (colon < 0 || !isSpaceCharCode(text.charCodeAt(colon + 1))) return -1
  let j = colon + 1
  while (j < p.end && isSpaceCharCode(text.charCodeAt(j))) j++
  const first = text[j]
  return j < p.end && first !== undefined && !(first in CLOSERS) ? j : -1
}

/** The paragraph is a speaker's label and its colon (at `colon`, labelColon's), nothing after ("Pavel Dotchev:"). */
function labelAlone(text: string, p: Span, colon: number): boolean {
  // (Two characters at least before the colon: "Q:" alone is no one's label line.)
  return colon - p.start >= 2 && finalColon(text, p.start, p.end) === colon
}

/** Where the colon of a speaker label opening the paragraph stands (see afterLabel), else -1. */
export function labelColon(text: string, p: Span): number {
  const limit = Math.min(p.end, p.start + MAX_LABEL_CHARS)
  let words = 0
  let wordStart = true
  for (let i = p.start; i < limit; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x3a /* : */) {
      // (French puts a space before the colon: "Sarah : …".)
      const frenchSpace = wordStart && words > 0 && text.charCodeAt(i - 1) === 0x20
      return wordStart && !frenchSpace ? -1 : i
    }
    if (c === 0x20) {
      if (wordStart) return -1
      wordStart = true
      continue
    }
    if (wordStart && c === 0x28 /* ( */ && words > 0) {
      // A party or a place in brackets after the name ("Cornelia Lüddemann (GRÜNE):", "Chuck Schumer (D-NY):").
      // (Looked for within the label's reach only: a search to the text's end would be one per paragraph.)
      let close = i + 1
      while (close < limit && text.charCodeAt(close) !== 0x29 /* ) */) close++
      if (close >= limit) return -1
      i = close
      wordStart = false
      continue
    }
    const cls = unitClass(c)
    if (wordStart) {
      // Every word of a label opens with a capital or a digit ("Joachim Scholl", "LAOLA1"), not "Le plus remonté".
      if (!(cls & (UPPER | NUMBER)) || ++words > MAX_LABEL_WORDS) return -1
      wordStart = false
    } else if (!(cls & (LETTER | NUMBER)) && c !== 0x2d && c !== 0x2e && c !== 0x27 && c !== 0x2019) return -1
  }
  return -1
}

/** text[from, to) holds `n` words or more (runs of characters between spaces); looks no further than the n-th. */
function hasWords(text: string, from: number, to: number, n: number): boolean {
  let words = 0
  let inWord = false
  for (let i = from; i < to; i++) {
    const space = isSpaceCharCode(text.charCodeAt(i))
    if (!space && !inWord && ++words >= n) return true
    inWord = !space
  }
  return false
}

/**
 * An interview label ended by a full stop at the paragraph's start ("P. ¿Qué…?", "Respuesta.Primero…": the page
 * may have lost the space after the bold label): where the words after it start, else -1.
 */
function afterPeriodLabel(text: string, p: Span, labels: InterviewLabels): number {
  let i = p.start
  while (i < p.end && unitClass(text.charCodeAt(i)) & LETTER) i++
  if (i === p.start || text.charCodeAt(i) !== 0x2e /* . */ || !(unitClass(text.charCodeAt(p.start)) & UPPER))
    return -1
  const word = text.slice(p.start, i).toLowerCase()
  if (!labels.question.has(word) && !labels.answer.has(word)) return -1
  let j = i + 1
  while (j < p.end && isSpaceCharCode(text.charCodeAt(j))) j++
  return j < p.end ? j : -1
}

/** The label: what comes before the colon (or, `colon` false, the full stop) that ends it. */
function labelOf(text: string, from: number, wordsStart: number, colon: boolean): string {
  return text.slice(from, text.lastIndexOf(colon ? ':' : '.', wordsStart)).trimEnd()
}
