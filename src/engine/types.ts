/** Languages the engine has a lexicon for. */
export const LANGUAGES = ['ru', 'en', 'uk', 'de', 'fr', 'es'] as const
export type Language = (typeof LANGUAGES)[number]

/** A half-open range of UTF-16 code-unit indices into the input text. */
export interface Span {
  start: number
  end: number
}

export interface AnalyzeInput {
  text: string
  title?: string | null
  /** A language code, or 'auto' / undefined to detect it. */
  language?: Language | 'auto'
}

export interface AnalyzeOptions {
  /** Number of key sentences in the summary (1..20); default: a length that fits the article. */
  summarySentences?: number
}

export interface Meta {
  title: string | null
  date: string | null
  words: number
  sentences: number
  paragraphs: number
  readingTimeSeconds: number
}

export interface SummarySentence extends Span {
  text: string
  index: number
  score: number
}

export interface Section extends Span {
  heading: string
  summary: string
}

export interface Summary {
  lead: string
  sentences: SummarySentence[]
  sections: Section[]
  keywords: string[]
}

export type QuoteKind = 'direct' | 'indirect'

export interface Quote extends Span {
  id: string
  kind: QuoteKind
  text: string
  speakerId: string | null
  cue: string | null
  method: string
  confidence: number
}

export interface Speaker {
  id: string
  name: string
  aliases: string[]
  role: string | null
  quoteCount: number
  statementCount: number
  quotedWords: number
  share: number
  quoteIds: string[]
}

/** The engine's answer: the contract object of API.md without the HTTP envelope (id, engine). */
export interface Analysis {
  language: Language
  meta: Meta
  summary: Summary
  quotes: Quote[]
  speakers: Speaker[]
}
