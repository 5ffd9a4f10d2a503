import type { Language, Span } from '../types'

const segmenters = new Map<Language, Intl.Segmenter>()

function segmenterFor(language: Language): Intl.Segmenter {
  let s = segmenters.get(language)
  if (!s) {
    s = new Intl.Segmenter(language, { granularity: 'sentence' })
    segmenters.set(language, s)
  }
  return s
}

/** Sentences of `text[start, end)` (one paragraph), trimmed, with offsets into `text`. */
export function segmentSentences(text: string, start: number, end: number, language: Language): Span[] {
  const out: Span[] = []
  const slice = text.slice(start, end)
  for (const seg of segmenterFor(language).segment(slice)) {
    let s = start + seg.index
    let e = s + seg.segment.length
    while (s < e && /\s/.test(text[s] ?? '')) s++
    while (e > s && /\s/.test(text[e - 1] ?? '')) e--
    if (e > s) out.push({ start: s, end: e })
  }
  return out
}
