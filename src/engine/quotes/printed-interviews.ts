import { append } from '../text/append'
import { hasWordOf, letterOrDigitCode, UPPER, unitClass, wordsIn } from '../text/chars'
import type { Paragraph } from '../text/document'
import { CLOSERS, isDashCharCode, isSpaceCharCode, opensWithMarkDashOrBracket } from './marks'
import { type QuoteCandidate, unmarkedCandidate } from './scanner'
import { afterLabel } from './transcripts'

/** The words that tell an interview's questions and answers apart from an explainer's (lexicon, lower-case). */
export interface InterviewWords {
  /** Pronouns of address ("you", „Sie“, « vous », «вы»): a question put to the one interviewed. */
  address: ReadonlySet<string>
  /** Pronouns of the first person ("I", "we", „ich“, « je », «я»): an answer in the interviewee's own words. */
  self: ReadonlySet<string>
  /**
   * Phrases that announce an interview ("interview with", «entrevista a»; vocabulary `announcingPhrases`, lower-case
   * words): one before the questions makes them an interview without the pronouns, which a language that drops
   * them does not write («¿Sueles escuchar música…?» ⏎ «Siempre escribo con música.»).
   */
  announcing: readonly (readonly string[])[]
}

/** The fewest questions, each answered, that make a printed interview. */
const MIN_QUESTIONS = 2
/** The longest question paragraph, in words: a longer one is the reporter's prose that ends on a question. */
const MAX_QUESTION_WORDS = 70
/** How many paragraphs one answer may run to before the run ends. */
const MAX_ANSWER_PARAGRAPHS = 5

interface Pair {
  /** The question paragraph and where its words start (after a bullet or a label). */
  question: Paragraph
  questionStart: number
  answers: { paragraph: Paragraph; start: number }[]
  /** The answers open with a dash: replicas, which the dialogue scanner reads (`— Yes, the game was not bad.`). */
  dashed: boolean
  /** The answers open with a quotation mark: quotations, which the quotation scanner reads (`«Дякую…»`). */
  quoted: boolean
  /** A prompt that ends on no question mark: only a dash line answers it. */
  prompt: boolean
}

/**
 * An interview printed as questions and answers with neither marks nor labels on most lines (the questions were
 * in bold): a run of paragraphs where a short paragraph ending on a question mark is followed by one or more that
 * do not (`How do you explain the defeat?` ⏎ `During the game we were twice ahead…`). It is one when it has at least
 * two answered questions, two of them address someone ("you", „Sie“, « vous ») and an answer speaks in the first
 * person — what an explainer's questions and answers (`What is inflation?` ⏎ `Prices rise…`) do not. Each
 * question and each answer paragraph is a quotation; an answer's later paragraphs go on its first (`continues`).
 * The questions are an interviewer's and the answers the one interviewed's (interviews.ts). A bullet or a speaker
 * label ("Heiko Maas:", "SPIEGEL:") before the words is the reporter's. One look at each paragraph; adds to `out`.
 */
export function scanPrintedInterviews(
  text: string,
  paragraphs: readonly Paragraph[],
  words: InterviewWords,
  out: QuoteCandidate[],
): void {
  let run: Pair[] = []
  const found: QuoteCandidate[] = []
  // Where the text first announces an interview: looked for once, and only if some run lacks the pronouns.
  let announced: number | undefined
  const announcedBefore = (at: number) => {
    announced ??= firstPhrase(text, words.announcing)
    return announced >= 0 && announced < at
  }
  const end = () => {
    // (Most paragraphs end no run: no new list for them. 20,000 dialogue lines made 40,000 empty ones.)
    if (run.length === 0) return
    emit(text, run, words, announcedBefore, found)
    run = []
  }
  for (const p of paragraphs) {
    const start = wordsStart(text, p)
    const last = run.at(-1)
    // Questions without marks, answers as dialogue lines: the question is the reporter's line no scanner reads.
    if (last && isDashCharCode(text.charCodeAt(start)) && (last.dashed || last.answers.length === 0)) {
      last.dashed = true
      last.answers.push({ paragraph: p, start })
      continue
    }
    // …or answers in quotation marks («Розкажіть, які Ваші враження?» ⏎ «"Дякую за привітання…"»).
    if (
      last &&
      (text[start] as string) in CLOSERS &&
      (last.quoted || (last.answers.length === 0 && !hasMark(text, last.questionStart, last.question.end)))
    ) {
      last.quoted = true
      last.answers.push({ paragraph: p, start })
      continue
    }
    if (p.title || p.promo || p.heading || start >= p.end || opensWithMarkDashOrBracket(text, start)) {
      end()
      continue
    }
    // A vox pop names each one asked on a line of their own ("Ulrike Aman (55)") before the same questions: the
    // line is no answer, and the run goes on (interviews.ts gives each part to the one its line names).
    if (last && last.answers.length > 0 && nameLine(text, start, p.end)) continue
    // (Words counted last, only for a paragraph that could ask or prompt: most paragraphs of a text do neither.)
    if (endsOnQuestion(text, start, p.end) && questionSized(text, start, p.end)) {
      // Two questions in a row: the first went unanswered, and the run starts again at the second.
      if (last && last.answers.length === 0) end()
      run.push({
        question: p,
        questionStart: start,
        answers: [],
        dashed: false,
        quoted: false,
        prompt: false,
      })
    } else if (
      last?.dashed &&
      hasWordOf(text, start, p.end, words.address) &&
      questionSized(text, start, p.end)
    ) {
      // Between dash answers, a line that addresses the one answering prompts without asking («Співала уся зала, і
      // ти, напевно, долучилася до цього хору.» ⏎ «- Я взагалі була першою…»), if a dash line follows.
      run.push({ question: p, questionStart: start, answers: [], dashed: false, quoted: false, prompt: true })
    } else if (last && !last.dashed && !last.prompt && last.answers.length < MAX_ANSWER_PARAGRAPHS)
      // (After an answer in marks, a paragraph without one goes on the quotation: it is read with it.)
      last.answers.push({ paragraph: p, start })
    else end()
  }
  end()
  if (found.length > 0) append(out, notTaken(found, out))
}

/**
 * The candidates of `found` whose paragraph no other scanner read (a labelled transcript's turns, a block): those
 * are read as the other scanner reads them. Sorted once, only when an interview was found.
 */
function notTaken(found: QuoteCandidate[], out: readonly QuoteCandidate[]): QuoteCandidate[] {
  const taken = [...out].sort((a, b) => a.open - b.open)
  let t = 0
  return found.filter((c) => {
    while (t < taken.length && (taken[t] as QuoteCandidate).close < c.start) t++
    const other = taken[t]
    return other === undefined || other.open > c.end
  })
}

function emit(
  text: string,
  run: Pair[],
  words: InterviewWords,
  announcedBefore: (at: number) => boolean,
  out: QuoteCandidate[],
): void {
  const pairs = run.filter((pair) => pair.answers.length > 0)
  if (pairs.length < MIN_QUESTIONS) return
  let addressing = 0
  let selfSpoken = false
  for (const pair of pairs) {
    if (hasWordOf(text, pair.questionStart, pair.question.end, words.address)) addressing++
    selfSpoken ||= pair.answers.some((a) => hasWordOf(text, a.start, a.paragraph.end, words.self))
  }
  // Answers written as dialogue lines or in marks are someone's words already: one question that addresses someone
  // tells an interview from a story's questions to itself, each followed by a line of dialogue or a quotation.
  const dashed = pairs.every((pair) => pair.dashed || pair.quoted) && addressing > 0
  const pronouns = addressing >= MIN_QUESTIONS && selfSpoken
  if (!dashed && !pronouns && !announcedBefore((pairs[0] as Pair).question.start)) return
  for (const pair of pairs) {
    out.push(unmarkedCandidate(pair.questionStart, pair.question.end, pair.question.end, 'question'))
    if (pair.dashed || pair.quoted) continue
    let open = -1
    for (const a of pair.answers) {
      out.push(unmarkedCandidate(a.start, a.paragraph.end, a.paragraph.end, 'answer', open))
      open = a.start
    }
  }
}

/**
 * Where the first of `phrases` (lower-case words) stands in the text, its words separated by anything but letters
 * and digits ("Q&A with", "ENTREVISTA A"); -1 when none does. One search of the text.
 */
function firstPhrase(text: string, phrases: readonly (readonly string[])[]): number {
  if (phrases.length === 0) return -1
  const gap = '[^\\p{L}\\p{N}]+'
  const literal = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const any = phrases.map((p) => p.map(literal).join(gap)).join('|')
  return text.search(new RegExp(`(?<![\\p{L}\\p{N}])(?:${any})(?![\\p{L}\\p{N}])`, 'iu'))
}

/** Bullets that open a printed interview's questions ("• Que voulez-vous transmettre ?"). */
const BULLETS = new Set(['•', '·', '▪', '►', '*'])

/** Where a paragraph's words start: after a bullet or a speaker's label and the spaces after them. */
function wordsStart(text: string, p: Paragraph): number {
  let i = p.start
  if (BULLETS.has(text[i] as string)) {
    i++
    while (i < p.end && isSpaceCharCode(text.charCodeAt(i))) i++
    return i
  }
  const label = afterLabel(text, p)
  return label >= 0 ? label : i
}

/** The most words of a line that only names someone ("Regina Heilman-Thonn (62)"), brackets apart. */
const MAX_NAME_LINE_WORDS = 4

/**
 * Whether the line [from, to) only names someone: two to MAX_NAME_LINE_WORDS words, each with a capital, and
 * nothing else but what stands in brackets (an age, a town), with no full stop, question or colon at its end.
 */
export function nameLine(text: string, from: number, to: number): boolean {
  let words = 0
  let depth = 0
  let inWord = false
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x28 /* ( */) depth++
    else if (c === 0x29 /* ) */) depth = Math.max(0, depth - 1)
    if (depth > 0 || c === 0x29) {
      inWord = false
      continue
    }
    const letter = letterOrDigitCode(c)
    if (letter && !inWord) {
      if (++words > MAX_NAME_LINE_WORDS || !(unitClass(c) & UPPER)) return false
    } else if (!letter && !isSpaceCharCode(c) && c !== 0x2d /* - */ && c !== 0x27 && c !== 0x2019)
      return false
    inWord = letter || c === 0x2d || c === 0x27 || c === 0x2019
  }
  return words >= 2 && depth === 0
}

/** The words [from, to) are few enough for a question (MAX_QUESTION_WORDS). */
function questionSized(text: string, from: number, to: number): boolean {
  return wordsIn(text, from, to, MAX_QUESTION_WORDS + 1) <= MAX_QUESTION_WORDS
}

/** The words [from, to) end on a question mark, past closing marks and spaces. */
function endsOnQuestion(text: string, from: number, to: number): boolean {
  let i = to - 1
  while (i > from && (isSpaceCharCode(text.charCodeAt(i)) || (text[i] as string) in CLOSING_MARKS)) i--
  return text.charCodeAt(i) === 0x3f
}

/** Closing quotation marks, which may stand after a question's mark ("…„Vorratsdatenspeicherung“?" or "…?»"). */
const CLOSING_MARKS: Readonly<Record<string, true>> = Object.fromEntries(
  [...new Set(Object.values(CLOSERS).join(''))].map((c) => [c, true]),
)

/**
 * Whether [from, to) holds a quotation mark: a question that quotes someone ("… tweeting, “Coke user?”") is the
 * reporter's sentence about their words, not an interviewer's line.
 */
function hasMark(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (QUOTATION_MARKS.has(text[i] as string)) return true
  return false
}

/** Every opening and closing quotation mark. */
const QUOTATION_MARKS: ReadonlySet<string> = new Set([...Object.keys(CLOSERS), ...Object.keys(CLOSING_MARKS)])
