import type { Document, Paragraph } from '../text/document'
import { scratchInt32 } from '../text/scratch'
import type { Section } from '../types'
import type { Scored } from './score'

/**
 * One section per heading. A top heading (level 1) runs to the next top heading and so contains its sub-headings;
 * any other heading runs to the next heading. Each section's summary is its best-scored eligible sentence (by the
 * article-wide scores), or the first sentence of its body when it has no eligible one.
 * Linear: each heading's range is scanned once, and parents' ranges cover their children's once more.
 */
export function buildSections(doc: Document, scored: Scored): Section[] {
  const headings = doc.paragraphs.filter((p) => p.heading)
  if (headings.length === 0) return []
  // Scored-candidate position per sentence index (-1: not a candidate), for lookups by range. An array, not a
  // Map: it is filled for every eligible sentence, and a Map of that size costs more to build than the rest.
  const rankOf = scratchInt32(doc.sentences.length).fill(-1)
  for (let r = 0; r < scored.order.length; r++) rankOf[scored.order[r] as number] = r
  const last = doc.paragraphs.at(-1) as Paragraph
  const ranges = headings.map((p, h) => {
    let endParagraph = last
    for (let k = h + 1; k < headings.length; k++) {
      const next = headings[k] as Paragraph
      if (p.level !== 1 || next.level === 1) {
        endParagraph = doc.paragraphs[next.index - 1] as Paragraph
        break
      }
    }
    return { heading: p, endParagraph }
  })
  // Leaf sections pick first; a parent then takes its best sentence that no sub-section already shows, so that
  // "Заявления Путина" does not repeat the summary of its first sub-section.
  const used = new Set<number>()
  const picks = new Map<number, number>()
  const isParent = (h: number) => headings[h]?.level === 1 && headings[h + 1]?.level === 2
  for (const pass of [false, true]) {
    for (const [h, { heading, endParagraph }] of ranges.entries()) {
      if (isParent(h) !== pass) continue
      const pick = bestIn(
        doc,
        scored,
        rankOf,
        heading.lastSentence,
        endParagraph.lastSentence,
        pass ? used : null,
      )
      picks.set(h, pick)
      if (pick >= 0) used.add(pick)
    }
  }
  return ranges.map(({ heading, endParagraph }, h) => {
    const pick = doc.sentences[picks.get(h) ?? -1]
    return {
      heading: doc.text.slice(heading.start, heading.end),
      start: heading.start,
      end: Math.max(heading.end, endParagraph.end),
      summary: pick ? doc.text.slice(pick.start, pick.end) : '',
    }
  })
}

/**
 * The best-scored eligible sentence in sentences [from, to), skipping `used` ones when another is left; the first
 * body sentence when none is eligible; -1 for an empty range.
 */
function bestIn(
  doc: Document,
  scored: Scored,
  rankOf: Int32Array,
  from: number,
  to: number,
  used: ReadonlySet<number> | null,
): number {
  let best = -1
  let bestFresh = -1
  let fallback = -1
  for (let i = from; i < to; i++) {
    const para = doc.paragraphs[doc.sentences[i]?.paragraph ?? -1]
    if (fallback < 0 && para && !para.heading) fallback = i
    const r = rankOf[i] as number
    if (r < 0) continue
    const score = scored.scores[r] as number
    if (best < 0 || score > (scored.scores[rankOf[best] as number] as number)) best = i
    if (!used?.has(i) && (bestFresh < 0 || score > (scored.scores[rankOf[bestFresh] as number] as number))) {
      bestFresh = i
    }
  }
  if (bestFresh >= 0) return bestFresh
  return best >= 0 ? best : fallback
}
