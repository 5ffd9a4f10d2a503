import type { Language, Span } from '../types'
import { type BoundaryRules, keepTogether } from './boundaries'

const segmenters = new Map<Language, Intl.Segmenter>()

function segmenterFor(language: Language): Intl.Segmenter {
  let s = segmenters.get(language)
  if (!s) {
    s = new Intl.Segmenter(language, { granularity: 'sentence' })
    segmenters.set(language, s)
  }
  return s
}

/**
 * Sentences of `text[start, end)` (one paragraph), trimmed, with offsets into `text`.
 * Intl.Segmenter proposes the breaks (UAX #29); `keepTogether` then vetoes the ones it gets wrong for news text
 * (abbreviations, initials, ordinals, a quotation's attribution). Each break is judged once: linear time.
 */
export function segmentSentences(
  text: string,
  start: number,
  end: number,
  language: Language,
  rules: BoundaryRules,
): Span[] {
  const raw: Span[] = []
  const slice = text.slice(start, end)
  for (const seg of segmenterFor(language).segment(slice)) {
    let s = start + seg.index
    let e = s + seg.segment.length
    while (s < e && isSpaceCode(text.charCodeAt(s))) s++
    while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--
    if (e > s) raw.push({ start: s, end: e })
  }
  const out: Span[] = []
  for (const next of raw) {
    const prev = out.at(-1)
    if (!prev) {
      out.push({ ...next })
      continue
    }
    const moved = leadingClosers(text, next)
    if (moved > next.start) {
      // « Nous partons. » Puis… — the segmenter left the closing mark (after a space) to the next sentence.
      prev.end = moved
      let s = moved
      while (s < next.end && isSpaceCode(text.charCodeAt(s))) s++
      if (s >= next.end) continue
      next.start = s
    }
    if (keepTogether(text, prev, next, rules)) prev.end = next.end
    else out.push({ ...next })
  }
  return out
}

const CLOSERS = new Set(['»', '”', '’', '"', ')', ']', '›'])

/** End of a run of closing marks at the start of `span` that is followed by a space or the end; else span.start. */
function leadingClosers(text: string, span: Span): number {
  let i = span.start
  while (i < span.end && CLOSERS.has(text[i] as string)) i++
  if (i === span.start) return span.start
  // A straight quote followed by a letter opens a quotation instead.
  if (i < span.end && !isSpaceCode(text.charCodeAt(i))) return span.start
  return i
}

export function isSpaceCode(code: number): boolean {
  return (
    code === 32 ||
    code === 9 ||
    code === 10 ||
    code === 13 ||
    code === 0xa0 ||
    code === 0x2009 ||
    code === 0x202f ||
    code === 0xfeff
  )
}
