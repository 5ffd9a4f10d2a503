import { lexicons } from '../../../src/engine/lang/index'
import { extractQuotes } from '../../../src/engine/quotes/index'
import { summarize } from '../../../src/engine/summary/index'
import { buildDocument } from '../../../src/engine/text/document'
import { computeMeta } from '../../../src/engine/text/meta'
export function stages(text: string, language: 'ru' | 'en') {
  const lex = lexicons[language]
  const t: Record<string, number> = {}
  let t0 = performance.now()
  const doc = buildDocument(text, language)
  t.doc = performance.now() - t0
  t0 = performance.now()
  extractQuotes(doc, lex)
  t.quotes = performance.now() - t0
  t0 = performance.now()
  summarize(doc, lex, {})
  t.summary = performance.now() - t0
  t0 = performance.now()
  computeMeta(doc, lex, null)
  t.meta = performance.now() - t0
  return t
}
