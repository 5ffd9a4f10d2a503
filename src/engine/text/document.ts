import type { Language, Span } from '../types'
import { type Header, readHeader } from './header'
import { isHeadingLine } from './headings'
import { segmentSentences } from './sentences'
import { type Token, tokenize } from './tokens'

export interface Sentence extends Span {
  /** Position of the sentence in the article (0-based, over all sentences). */
  index: number
  paragraph: number
  tokens: Token[]
}

export interface Paragraph extends Span {
  index: number
  /** A heading line (section title): short, no closing punctuation, followed by body text. */
  heading: boolean
  /** The range of `Document.sentences` indices of this paragraph, half-open. */
  firstSentence: number
  lastSentence: number
}

/** The article as layers of spans over the input, built once; later steps never rescan the raw text. */
export interface Document {
  text: string
  header: Header
  paragraphs: Paragraph[]
  sentences: Sentence[]
  wordCount: number
}

/** Builds the document model. `language` only tunes sentence segmentation. */
export function buildDocument(text: string, language: Language): Document {
  const header = readHeader(text)
  const paragraphs: Paragraph[] = []
  const sentences: Sentence[] = []
  let wordCount = 0
  for (const range of paragraphRanges(text, header.end)) {
    const index = paragraphs.length
    const firstSentence = sentences.length
    for (const s of segmentSentences(text, range.start, range.end, language)) {
      const tokens = tokenize(text, s.start, s.end)
      wordCount += tokens.length
      sentences.push({ start: s.start, end: s.end, index: sentences.length, paragraph: index, tokens })
    }
    paragraphs.push({
      ...range,
      index,
      heading: false,
      firstSentence,
      lastSentence: sentences.length,
    })
  }
  markHeadings(text, paragraphs)
  return { text, header, paragraphs, sentences, wordCount }
}

/** Non-empty lines after `from`, trimmed, as spans. A blank line and a single newline both end a paragraph. */
function* paragraphRanges(text: string, from: number): Generator<Span> {
  let lineStart = from
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart)
    if (lineEnd < 0) lineEnd = text.length
    let s = lineStart
    let e = lineEnd
    while (s < e && isSpace(text.charCodeAt(s))) s++
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--
    if (e > s) yield { start: s, end: e }
    lineStart = lineEnd + 1
  }
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 13 || code === 0xa0 || code === 0x2009 || code === 0x202f || code === 0xfeff
}

function markHeadings(text: string, paragraphs: Paragraph[]): void {
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i] as Paragraph
    const next = paragraphs[i + 1]
    // A heading introduces body text: the last paragraph of an article is never one.
    if (!next) continue
    p.heading = p.lastSentence - p.firstSentence === 1 && isHeadingLine(text.slice(p.start, p.end))
  }
}
