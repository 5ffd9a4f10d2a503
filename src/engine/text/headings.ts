import type { Paragraph } from './document'

const MAX_HEADING_WORDS = 14
const MIN_LINK_RUN = 3
// Headings end without sentence punctuation; a closing bracket or a trailing comma means prose.
const SENTENCE_END = /[.!?…:;,)\]]$/u
const CLOSING_QUOTE = /["»”“]$/u
const OPENING_QUOTE = /^["«„“]/u

/** Whether one line reads as a section heading (not as a sentence of the body). */
export function isHeadingLine(line: string): boolean {
  const trimmed = line.trim()
  if (!trimmed || SENTENCE_END.test(trimmed)) return false
  // A line ending in a closing quote is a heading only when it is one quotation («Конор может посетить…»):
  // `… — сказал он «спасибо»` is prose.
  if (CLOSING_QUOTE.test(trimmed) && !OPENING_QUOTE.test(trimmed)) return false
  if (CLOSING_QUOTE.test(trimmed) && /[.!?…]["»”“]$/u.test(trimmed)) return false
  const first = trimmed.replace(OPENING_QUOTE, '')[0] ?? ''
  if (first === first.toLowerCase()) return false // headings start with a capital (or a digit, rejected here too)
  if (/^[—–-]/.test(trimmed)) return false // a dialogue line
  const words = trimmed.split(/\s+/).length
  return words >= 1 && words <= MAX_HEADING_WORDS
}

/**
 * Marks heading paragraphs and their level. A heading immediately followed by another heading is a parent
 * (level 1: "Заявления Путина" over "Президент РФ был рад…"); once such a parent is seen, single headings are its
 * children (level 2) until the next parent. Without any parent, every heading is level 1.
 * The first paragraph is the title's place (see title.ts) and the last one is never a heading: a heading
 * introduces body text.
 */
export function markHeadings(text: string, paragraphs: Paragraph[], from: number): void {
  for (let i = from; i < paragraphs.length - 1; i++) {
    const p = paragraphs[i] as Paragraph
    p.heading =
      !p.promo && p.lastSentence - p.firstSentence === 1 && isHeadingLine(text.slice(p.start, p.end))
  }
  // Three or more heading-like lines in a row are a list of links ("Related" stories), not headings: a heading
  // has at most one sub-heading right under it.
  for (let i = from; i < paragraphs.length; ) {
    let j = i
    while (j < paragraphs.length && (paragraphs[j] as Paragraph).heading) j++
    if (j - i >= MIN_LINK_RUN) {
      for (let k = i; k < j; k++) {
        const p = paragraphs[k] as Paragraph
        p.heading = false
        p.promo = true
      }
    }
    i = Math.max(j, i + 1)
  }
  let underParent = false
  for (let i = from; i < paragraphs.length; i++) {
    const p = paragraphs[i] as Paragraph
    if (!p.heading) continue
    const prev = paragraphs[i - 1]
    const next = paragraphs[i + 1]
    if (prev?.heading && prev.level === 1) p.level = 2
    else if (next?.heading) {
      p.level = 1
      underParent = true
    } else p.level = underParent ? 2 : 1
  }
}
