import type { Lexicon } from '../lang'
import type { Document, Paragraph, Sentence } from '../text/document'
import type { AnalyzeOptions, Section, Summary } from '../types'

/** Lead-based summary: the first body sentences of the article, one per section for section summaries. */
export function summarize(doc: Document, lex: Lexicon, options: AnalyzeOptions): Summary {
  const body = bodySentences(doc)
  const n = options.summarySentences ?? defaultLength(doc.wordCount)
  const chosen = body.slice(0, n)
  const sentences = chosen.map((s, rank) => ({
    text: doc.text.slice(s.start, s.end),
    start: s.start,
    end: s.end,
    index: s.index,
    score: Math.round((1 - rank / Math.max(chosen.length, 1)) * 1000) / 1000,
  }))
  return {
    lead: sentences[0]?.text ?? '',
    sentences,
    sections: sections(doc),
    keywords: keywords(doc, lex),
  }
}

function defaultLength(words: number): number {
  return Math.max(3, Math.min(10, Math.round(words / 250)))
}

function bodySentences(doc: Document): Sentence[] {
  return doc.sentences.filter((s) => !(doc.paragraphs[s.paragraph] as Paragraph).heading)
}

/** Each heading opens a section running to the next heading; its summary is its first body sentence. */
function sections(doc: Document): Section[] {
  const out: Section[] = []
  const headings = doc.paragraphs.filter((p) => p.heading)
  for (const [i, h] of headings.entries()) {
    const next = headings[i + 1]
    const end = next ? (doc.paragraphs[next.index - 1] as Paragraph).end : (doc.paragraphs.at(-1) as Paragraph).end
    const first = doc.sentences.find(
      (s) => s.start > h.end && s.end <= end && !(doc.paragraphs[s.paragraph] as Paragraph).heading,
    )
    out.push({
      heading: doc.text.slice(h.start, h.end),
      start: h.start,
      end,
      summary: first ? doc.text.slice(first.start, first.end) : '',
    })
  }
  return out
}

/** Most frequent content words, capitalised names first. */
function keywords(doc: Document, lex: Lexicon): string[] {
  const counts = new Map<string, { form: string; n: number }>()
  for (const s of doc.sentences) {
    for (const t of s.tokens) {
      if (t.lower.length < 3 || lex.stopWords.has(t.lower) || /^\d/.test(t.lower)) continue
      const e = counts.get(t.lower) ?? { form: t.text, n: 0 }
      e.n += t.capitalized ? 2 : 1
      counts.set(t.lower, e)
    }
  }
  return [...counts.values()]
    .sort((a, b) => b.n - a.n)
    .slice(0, 10)
    .map((e) => e.form)
}
