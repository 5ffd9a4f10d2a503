import type { Document, Paragraph } from '../text/document'
import type { Section } from '../types'
import type { Scored } from './score'

/**
 * One section per heading. A top heading (level 1) runs to the next top heading and so contains its sub-headings;
 * any other heading runs to the next heading. Each section's summary is its best-scored eligible sentence (by the
 * article-wide scores), or the first sentence of its body when it has no eligible one.
 */
export function buildSections(doc: Document, scored: Scored): Section[] {
  const headings = doc.paragraphs.filter((p) => p.heading)
  if (headings.length === 0) return []
  // Best scored-candidate position per sentence index, for lookups by range.
  const rankOf = new Map<number, number>()
  for (const [r, i] of scored.order.entries()) rankOf.set(i, r)
  const last = doc.paragraphs.at(-1) as Paragraph
  const out: Section[] = []
  for (const [h, p] of headings.entries()) {
    let endParagraph = last
    for (let k = h + 1; k < headings.length; k++) {
      const next = headings[k] as Paragraph
      if (p.level === 1 ? next.level === 1 : true) {
        endParagraph = doc.paragraphs[next.index - 1] as Paragraph
        break
      }
    }
    const firstSentence = p.lastSentence
    const lastSentence = endParagraph.lastSentence
    let best = -1
    let bestScore = Number.NEGATIVE_INFINITY
    let fallback = -1
    for (let i = firstSentence; i < lastSentence; i++) {
      const para = doc.paragraphs[doc.sentences[i]?.paragraph ?? -1]
      if (fallback < 0 && para && !para.heading) fallback = i
      const r = rankOf.get(i)
      if (r === undefined) continue
      const score = scored.scores[r] as number
      if (score > bestScore) {
        bestScore = score
        best = i
      }
    }
    const pick = doc.sentences[best >= 0 ? best : fallback]
    out.push({
      heading: doc.text.slice(p.start, p.end),
      start: p.start,
      end: Math.max(p.end, endParagraph.end),
      summary: pick ? doc.text.slice(pick.start, pick.end) : '',
    })
  }
  return out
}
