import { detectLanguage } from './lang/detect'
import { lexicons } from './lang/index'
import { extractQuotes } from './quotes/index'
import { summarize } from './summary/index'
import { buildDocument } from './text/document'
import { computeMeta } from './text/meta'
import type { Analysis, AnalyzeInput, AnalyzeOptions } from './types'

export type * from './types'
export { LANGUAGES } from './types'
export { ENGINE_VERSION } from './version'

/**
 * The one door into the engine: article text in, the analysis of API.md out (without the HTTP envelope).
 * Pure and synchronous; knows nothing of HTTP, KV or the Worker's environment.
 */
export function analyze(input: AnalyzeInput, options: AnalyzeOptions = {}): Analysis {
  const language = !input.language || input.language === 'auto' ? detectLanguage(input.text) : input.language
  const lex = lexicons[language]
  const doc = buildDocument(input.text, language)
  const { quotes, speakers } = extractQuotes(doc, lex)
  return {
    language,
    meta: computeMeta(doc, lex, input.title ?? null),
    summary: summarize(doc, lex, options),
    quotes,
    speakers,
  }
}
