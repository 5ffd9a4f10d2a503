import { append } from '../text/append'
import { LOWER, unitClass } from '../text/chars'
import type { Paragraph } from '../text/document'
import { authorsDashAt, replica } from './dialogue'
import { finalColon, isDashCharCode, opensWithMarkDashOrBracket } from './marks'
import type { QuoteCandidate } from './scanner'
import { labelColon } from './transcripts'

/** How many paragraphs without a dash one replica may run on to. */
const MAX_MORE_PARAGRAPHS = 4

/**
 * A dialogue replica that goes on over paragraphs with no dash of their own, as long answers in interviews do:
 * `— Конечно, я это понимаю…⏎⏎Игроки теперь разъезжаются…, — сказал Тухель.` The paragraphs after a replica that
 * runs to its paragraph's end (an answer, not a question) go on it when one of them ends the speech with the
 * author's words (`, — сказал…`: the replica stops there), or when the next dialogue line after them asks a
 * question (the interview goes on, so the words between were the answer). Each such paragraph is a candidate
 * linked to the one before (`continues`); they count as dialogue, so an interview reads them as one turn. Without
 * either, the paragraphs that speak in the first person (`firstPerson`: «Встречали Новый год…, я подготовила…») go
 * on it up to the first that does not: a reporter rarely writes "I" or "we", a coach after a match always does. A
 * paragraph that `narrates` is the reporter's and ends the answer («После игры … Хулен Лопетеги ответил на вопросы
 * журналистов.» between two press conferences), and so does one that ends on a colon, presenting the next speaker,
 * or opens on a speaker's label (`labelColon`: «Оксана Лівач: …»).
 * Adds to `replicas` (sorted by `open`, as scanDialogue leaves them); one pass over the paragraphs and the replicas.
 */
export function scanAnswerParagraphs(
  text: string,
  paragraphs: readonly Paragraph[],
  replicas: QuoteCandidate[],
  narrates: (p: Paragraph) => boolean,
  firstPerson: (p: Paragraph) => boolean,
): void {
  const found: QuoteCandidate[] = []
  let r = 0
  for (let k = 0; k < paragraphs.length; k++) {
    const p = paragraphs[k] as Paragraph
    let last: QuoteCandidate | null = null
    while (r < replicas.length && (replicas[r] as QuoteCandidate).open < p.end) {
      if ((replicas[r] as QuoteCandidate).open >= p.start) last = replicas[r] as QuoteCandidate
      r++
    }
    if (!last || last.close !== p.end || !isDashCharCode(text.charCodeAt(p.start)) || asks(text, last))
      continue
    const more: QuoteCandidate[] = []
    let j = k + 1
    let closed = false
    for (; j < paragraphs.length && j - k <= MAX_MORE_PARAGRAPHS; j++) {
      const q = paragraphs[j] as Paragraph
      if (!plain(text, q) || narrates(q) || presents(text, q) || labelColon(text, q) >= 0) break
      const author = authorsWords(text, q)
      const c = replica(text, q.start, author < 0 ? q.end : author, q.start)
      if (!c) break
      more.push(c)
      if (author >= 0) {
        closed = true
        j++
        break
      }
    }
    const next = paragraphs[j]
    if (!(closed || (next && opensWithQuestion(text, next)))) {
      // (Only after a replica that ends a sentence: "- Thomas BARON" over a report is its byline.)
      let spoken = 0
      if (!endsSentence(text, last)) more.length = 0
      while (spoken < more.length && firstPerson(paragraphs[k + 1 + spoken] as Paragraph)) spoken++
      more.length = spoken
      j = k + 1 + spoken
    }
    if (more.length === 0) continue
    let open = last.open
    for (const c of more) {
      c.continues = open
      open = c.open
      found.push(c)
    }
    k = j - 1
  }
  append(replicas, found)
}

/** The paragraph ends on a colon: it presents the next one to speak («Наталья Васильевна, жительница Броваров:»). */
function presents(text: string, p: Paragraph): boolean {
  return finalColon(text, p.start, p.end) >= 0
}

/** The replica ends a sentence: a full stop, an exclamation or an ellipsis, perhaps before a closing mark. */
function endsSentence(text: string, c: QuoteCandidate): boolean {
  let e = c.end - 1
  while (e > c.start && /[»"”“’)\s]/.test(text[e] as string)) e--
  return /[.!…]/.test(text[e] as string)
}

/** The replica ends on a question mark. */
function asks(text: string, c: QuoteCandidate): boolean {
  return text.charCodeAt(c.end - 1) === 0x3f /* ? */
}

/** A paragraph of prose: not a heading or display line, and opened by no dash, mark or bracket. */
function plain(text: string, p: Paragraph): boolean {
  return !p.heading && !p.title && !p.promo && !opensWithMarkDashOrBracket(text, p.start)
}

/** Where the author's words start in the paragraph (the dash of `…, — сказал он`), else -1. */
function authorsWords(text: string, p: Paragraph): number {
  for (let i = p.start + 1; i < p.end - 2; i++) {
    if (authorsDashAt(text, i) && unitClass(text.charCodeAt(i + 2)) & LOWER) return i
  }
  return -1
}

/** A dialogue line whose first sentence is a question: `— А зарплаты? — …`. */
function opensWithQuestion(text: string, p: Paragraph): boolean {
  if (!isDashCharCode(text.charCodeAt(p.start))) return false
  for (let i = p.start + 1; i < p.end; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x3f /* ? */) return true
    if (c === 0x2e || c === 0x21 || c === 0x2026) return false // . ! …
  }
  return false
}
