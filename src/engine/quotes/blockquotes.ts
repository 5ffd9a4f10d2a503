import { LOWER, unitClass } from '../text/chars'
import type { Span } from '../types'
import { CLOSERS, isDashCharCode, isSpaceCharCode } from './marks'
import { type QuoteCandidate, unmarkedCandidate } from './scanner'

/**
 * Paragraphs quoted as a block, without marks — a page's blockquote copied as text — whose attribution is the
 * paragraph below: `Я полагаю, что … открывает эту тему,⏎⏎– рассказал источник.` A sentence never ends in a
 * comma, and the next paragraph opening with a dash and a word in lower case is the reporter's words after a
 * quotation. The candidate's `close` is that dash, so the attribution rules read the words after it as they read
 * those after a closing mark; extractQuotes keeps it only when they hold a verb of saying. Adds to `out`.
 */
export function scanBlockquotes(text: string, paragraphs: readonly Span[], out: QuoteCandidate[]): void {
  for (let k = 0; k + 1 < paragraphs.length; k++) {
    const p = paragraphs[k] as Span
    const below = paragraphs[k + 1] as Span
    if (text.charCodeAt(p.end - 1) !== 0x2c /* , */ || !attributionBelow(text, below)) continue
    // A dialogue line or a quotation in marks is read as such.
    const first = text[p.start] as string
    if (isDashCharCode(text.charCodeAt(p.start)) || first in CLOSERS) continue
    let end = p.end - 1
    while (end > p.start && isSpaceCharCode(text.charCodeAt(end - 1))) end--
    if (end <= p.start) continue
    out.push(unmarkedCandidate(p.start, end, below.start, 'block'))
  }
}

/** `– рассказал источник.`: a dash, a space, a word in lower case. */
function attributionBelow(text: string, p: Span): boolean {
  if (!isDashCharCode(text.charCodeAt(p.start))) return false
  let i = p.start + 1
  if (!isSpaceCharCode(text.charCodeAt(i))) return false
  while (i < p.end && isSpaceCharCode(text.charCodeAt(i))) i++
  return (unitClass(text.charCodeAt(i)) & LOWER) !== 0
}
