import type { Lexicon } from '../lang'
import type { Meta } from '../types'
import type { Document } from './document'

/**
 * Article metadata. The title is the client's when given, else the headline line detected at the top of the text;
 * the date comes from a `date` header, else from a dateline that names the year.
 */
export function computeMeta(doc: Document, lex: Lexicon, title: string | null): Meta {
  const given = title?.trim() ? title.trim() : null
  return {
    title: given ?? (doc.title ? doc.text.slice(doc.title.start, doc.title.end) : null),
    date: doc.header.date ?? doc.dateline?.date ?? null,
    words: doc.wordCount,
    sentences: doc.sentences.length,
    paragraphs: doc.paragraphs.length,
    readingTimeSeconds: Math.round((doc.wordCount / lex.readingWordsPerMinute) * 60),
  }
}
