import { UPPER, unitClass } from '../text/chars'
import { authorsDashAt, codeBeforeSpaces, replica } from './dialogue'
import { CLOSERS, isDashCharCode, isSpaceCharCode } from './marks'
import type { QuoteCandidate } from './scanner'

/** How many characters a speaker's label may take before its colon («Семен Альтман (главный тренер «Черноморца»)»). */
const MAX_LABEL_CHARS = 90

/**
 * A press conference printed as one paragraph: a speaker's label and a colon, then dialogue dashes — `Семен Альтман
 * (главный тренер «Черноморца»): — Сегодня мы играли … утверждение. — Почему …? — Потому что …` — with perhaps a
 * second label further on (`… Замены освежили игру. Роман ГРИГОРЧУК (главный тренер «Металлурга»): - Комментария
 * …`). Every dash after a sentence's end opens a new replica (with no author's words between, the lines alternate
 * between the one asked and those asking, as in an interview); a dash after a comma opens the author's words, up
 * to the next dash. A label is the reporter's words: the replica before it ends at the sentence before the label.
 * Only paragraphs that open on such a label; adds the replicas to `out`. Linear in the paragraph.
 */
export function scanLabelledDialogue(text: string, start: number, end: number, out: QuoteCandidate[]): void {
  const first = labelledDash(text, start, Math.min(end, start + MAX_LABEL_CHARS + 4))
  if (first < 0) return
  let speech = true
  let segStart = first + 1
  for (let i = first + 2; i <= end; i++) {
    const boundary = i === end || authorsDashAt(text, i)
    const labelled =
      !boundary && isDashCharCode(text.charCodeAt(i)) ? labelledDashBack(text, i, segStart) : -1
    if (!boundary && labelled < 0) continue
    if (speech) {
      const c = replica(text, segStart, labelled >= 0 ? labelled : i, segStart - 1)
      if (c) out.push(c)
    }
    // After the author's words, or a sentence's end before a capital, a replica; after a comma, the author's words.
    speech = labelled >= 0 || !speech || (i < end && afterSentenceEnd(text, i) && capitalAfter(text, i))
    segStart = i + 1
  }
}

/** The dash that ends a label opening text[from, to) (`Имя (роль): —`), or -1. */
function labelledDash(text: string, from: number, to: number): number {
  for (let i = from + 1; i < to; i++) {
    if (text.charCodeAt(i) !== 0x3a /* : */) continue
    let k = i + 1
    while (k < to && isSpaceCharCode(text.charCodeAt(k))) k++
    return k > i + 1 && isDashCharCode(text.charCodeAt(k)) && isSpaceCharCode(text.charCodeAt(k + 1)) ? k : -1
  }
  return -1
}

/**
 * For a dash at `dash` after a colon (`… игру. Роман ГРИГОРЧУК (…): - Комментария …`): where the replica before the
 * label ends — the end of the sentence the label follows, within MAX_LABEL_CHARS, after `from` — else -1.
 */
function labelledDashBack(text: string, dash: number, from: number): number {
  if (!isSpaceCharCode(text.charCodeAt(dash + 1)) || !isSpaceCharCode(text.charCodeAt(dash - 1))) return -1
  let colon = dash - 1
  while (colon > from && isSpaceCharCode(text.charCodeAt(colon))) colon--
  if (text.charCodeAt(colon) !== 0x3a /* : */) return -1
  for (let i = colon - 1; i > from && i >= colon - MAX_LABEL_CHARS; i--) {
    const c = text.charCodeAt(i)
    if (c !== 0x2e && c !== 0x21 && c !== 0x3f && c !== 0x2026) continue // . ! ? …
    if (!isSpaceCharCode(text.charCodeAt(i + 1))) continue
    // The label opens on a capital: a name.
    return capitalAfter(text, i) ? i + 1 : -1
  }
  return -1
}

/** The dash at `i` follows . ! ? … (then spaces). */
function afterSentenceEnd(text: string, i: number): boolean {
  const c = codeBeforeSpaces(text, i - 1)
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026
}

/** The first character after `i` and its spaces is a capital letter, perhaps after an opening mark («Таврия»). */
function capitalAfter(text: string, i: number): boolean {
  let k = i + 1
  while (k < text.length && isSpaceCharCode(text.charCodeAt(k))) k++
  if ((text[k] as string) in CLOSERS) k++
  return (unitClass(text.charCodeAt(k)) & UPPER) !== 0
}
