import type { Lexicon } from '../lang'
import type { Meta } from '../types'
import type { Document } from './document'

export function computeMeta(doc: Document, lex: Lexicon, title: string | null): Meta {
  return {
    title,
    date: doc.header.date,
    words: doc.wordCount,
    sentences: doc.sentences.length,
    paragraphs: doc.paragraphs.length,
    readingTimeSeconds: Math.round((doc.wordCount / lex.readingWordsPerMinute) * 60),
  }
}
