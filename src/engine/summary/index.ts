import type { Lexicon } from '../lang'
import type { Document, Sentence } from '../text/document'
import type { AnalyzeOptions, Summary, SummarySentence } from '../types'
import { eligibleSentences } from './eligible'
import { extractKeywords } from './keywords'
import { leadSentence } from './lead'
import { scoreSentences } from './score'
import { buildSections } from './sections'
import { defaultLength, selectSentences } from './select'

const MIN_SENTENCES = 1
const MAX_SENTENCES = 20

/**
 * The structured summary: key sentences chosen by position, centrality and novelty (MMR), returned in document
 * order with exact offsets; the lead (the gist, from the lede: see lead.ts); one summary sentence per section;
 * keywords.
 */
export function summarize(doc: Document, lex: Lexicon, options: AnalyzeOptions): Summary {
  const eligible = eligibleSentences(doc, lex)
  const scored = scoreSentences(doc, lex, eligible)
  const k = clampLength(options.summarySentences ?? defaultLength(doc.wordCount))
  const chosen = selectSentences(scored, k)
  const maxScore = Math.max(1e-9, ...chosen.map((r) => scored.scores[r] as number))
  const sentences: SummarySentence[] = chosen
    .map((r) => {
      const s = doc.sentences[scored.order[r] as number] as Sentence
      return {
        text: doc.text.slice(s.start, s.end),
        start: s.start,
        end: s.end,
        index: s.index,
        score: Math.round(((scored.scores[r] as number) / maxScore) * 1000) / 1000,
      }
    })
    .sort((a, b) => a.index - b.index)
  const lead = leadSentence(doc, scored)
  return {
    lead: lead ? doc.text.slice(lead.start, lead.end) : '',
    sentences,
    sections: buildSections(doc, scored),
    keywords: extractKeywords(doc, lex, eligible, scored.vocabulary),
  }
}

function clampLength(n: number): number {
  if (!Number.isFinite(n)) return 3
  return Math.max(MIN_SENTENCES, Math.min(MAX_SENTENCES, Math.round(n)))
}
