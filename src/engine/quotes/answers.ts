import { LOWER, unitClass } from '../text/chars'
import type { Paragraph } from '../text/document'
import { authorsDashAt, replica } from './dialogue'
import { finalColon, isDashCharCode, opensWithMarkDashOrBracket } from './marks'
import type { QuoteCandidate } from './scanner'

/** How many paragraphs without a dash one replica may run on to. */
const MAX_MORE_PARAGRAPHS = 4

/**
 * A dialogue replica that goes on over paragraphs with no dash of their own, as long answers in interviews do:
 * `— Конечно, я это понимаю…⏎⏎Игроки теперь разъезжаются…, — сказал Тухель.` The paragraphs after a replica that
 * runs to its paragraph's end (an answer, not a question) go on it when one of them ends the speech with the
 * author's words (`, — сказал…`: the replica stops there), or when the next dialogue line after them asks a
 * question (the interview goes on, so the words between were the answer). Each such paragraph is a candidate
 * linked to the one before (`continues`); they count as dialogue, so an interview reads them as one turn. A
 * paragraph that `narrates` is the reporter's and ends the answer («После игры … Хулен Лопетеги ответил на вопросы
 * журналистов.» between two press conferences), and so does one that ends on a colon, presenting the next speaker.
 * Adds to `replicas` (sorted by `open`, as scanDialogue leaves them); one pass over the paragraphs and the replicas.
 */
export function scanAnswerParagraphs(
  text: string,
  paragraphs: readonly Paragraph[],
  replicas: QuoteCandidate[],
  narrates: (p: Paragraph) => boolean,
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
      if (!plain(text, q) || narrates(q) || presents(text, q)) break
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
    if (more.length === 0 || !(closed || (next && opensWithQuestion(text, next)))) continue
    let open = last.open
    for (const c of more) {
      c.continues = open
      open = c.open
      found.push(c)
    }
    k = j - 1
  }
  if (found.length) replicas.push(...found)
}

/** The paragraph ends on a colon: it presents the next one to speak («Наталья Васильевна, жительница Броваров:»). */
function presents(text: string, p: Paragraph): boolean {
  return finalColon(text, p.start, p.end) >= 0
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
