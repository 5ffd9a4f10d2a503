import type { Lexicon } from '../lang'
import type { Document, Sentence } from '../text/document'
import type { Token } from '../text/tokens'
import type { Quote, Speaker } from '../types'
import { scanQuotes } from './scanner'

export interface QuotesAndSpeakers {
  quotes: Quote[]
  speakers: Speaker[]
}

const MIN_WORDS_WITHOUT_CUE = 4

/** Direct quotations of the document with their speakers (first engine: adjacency of a speech verb and a name). */
export function extractQuotes(doc: Document, lex: Lexicon): QuotesAndSpeakers {
  const { text, sentences } = doc
  const candidates = scanQuotes(text, doc.header.end)
  const clusters = new Map<string, { name: string; forms: Set<string>; quoteIds: string[]; words: number }>()
  const quotes: Quote[] = []
  let s = 0
  for (const c of candidates) {
    while (s < sentences.length && (sentences[s] as Sentence).end <= c.close) s++
    const sentence = sentences[Math.min(s, sentences.length - 1)]
    if (!sentence) continue
    const words = countWords(text.slice(c.start, c.end))
    const after = sentence.tokens.filter((t) => t.start > c.close).slice(0, 5)
    const before = sentence.tokens.filter((t) => t.end < c.open).slice(-5)
    const found = speakerAfter(after, lex) ?? speakerBefore(before, lex)
    if (!found && words < MIN_WORDS_WITHOUT_CUE) continue
    let speakerId: string | null = null
    if (found) {
      const key = found.name.split(' ').at(-1) as string
      let cl = clusters.get(key)
      if (!cl) {
        cl = { name: found.name, forms: new Set(), quoteIds: [], words: 0 }
        clusters.set(key, cl)
      }
      if (found.name.length > cl.name.length) cl.name = found.name
      cl.forms.add(found.name)
      speakerId = key
    }
    const id = `q${quotes.length + 1}`
    quotes.push({
      id,
      kind: 'direct',
      text: text.slice(c.start, c.end),
      start: c.start,
      end: c.end,
      speakerId,
      cue: found?.cue ?? null,
      method: found ? found.method : 'unattributed',
      confidence: found ? 0.8 : 0.5,
    })
    if (found) {
      const cl = clusters.get(speakerId as string)
      cl?.quoteIds.push(id)
      if (cl) cl.words += words
    }
  }
  const totalWords = [...clusters.values()].reduce((a, c) => a + c.words, 0)
  const ids = new Map<string, string>()
  const speakers: Speaker[] = [...clusters.entries()]
    .sort((a, b) => b[1].words - a[1].words)
    .map(([key, cl], i) => {
      const id = `s${i + 1}`
      ids.set(key, id)
      return {
        id,
        name: cl.name,
        aliases: [...cl.forms].filter((f) => f !== cl.name),
        role: null,
        quoteCount: cl.quoteIds.length,
        statementCount: 0,
        quotedWords: cl.words,
        share: totalWords ? Math.round((cl.words / totalWords) * 1000) / 1000 : 0,
        quoteIds: cl.quoteIds,
      }
    })
  for (const q of quotes) if (q.speakerId) q.speakerId = ids.get(q.speakerId) ?? null
  return { quotes, speakers }
}

interface Found {
  name: string
  cue: string
  method: string
}

function speakerAfter(tokens: Token[], lex: Lexicon): Found | null {
  const v = tokens.findIndex((t) => lex.speechVerbs.has(t.lower))
  if (v < 0) return null
  const cue = (tokens[v] as Token).text
  const afterVerb = nameRun(tokens, v + 1)
  if (afterVerb) return { name: afterVerb, cue, method: 'quote-verb-speaker' }
  const beforeVerb = nameRun(tokens.slice(0, v), 0)
  if (beforeVerb) return { name: beforeVerb, cue, method: 'quote-speaker-verb' }
  return null
}

function speakerBefore(tokens: Token[], lex: Lexicon): Found | null {
  const v = tokens.findLastIndex((t) => lex.speechVerbs.has(t.lower))
  if (v < 0) return null
  let i = v - 1
  const parts: string[] = []
  while (i >= 0 && (tokens[i] as Token).capitalized) parts.unshift((tokens[i--] as Token).text)
  if (!parts.length) return null
  return { name: parts.join(' '), cue: (tokens[v] as Token).text, method: 'speaker-verb-quote' }
}

function nameRun(tokens: Token[], from: number): string | null {
  const parts: string[] = []
  for (let i = from; i < tokens.length && (tokens[i] as Token).capitalized; i++) parts.push((tokens[i] as Token).text)
  return parts.length ? parts.join(' ') : null
}

function countWords(s: string): number {
  return s.match(/[\p{L}\p{N}]+/gu)?.length ?? 0
}
