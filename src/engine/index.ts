import { detectLanguage } from './lang/detect'
import { lexicons } from './lang/index'
import { extractQuotes } from './quotes/index'
import { summarize } from './summary/index'
import { buildDocument } from './text/document'
import { computeMeta } from './text/meta'
import { beginScratch } from './text/scratch'
import { TOKEN_POOL_LIMIT, TokenPool } from './text/tokens'
import type { Analysis, AnalyzeInput, AnalyzeOptions } from './types'

export type * from './types'
export { LANGUAGES } from './types'
export { ENGINE_VERSION } from './version'

/**
 * The tokens of the analysis before, renewed for the next (see TokenPool). analyze() is synchronous, so one
 * analysis at a time uses them, and no token is part of its answer. They stay in memory between analyses, with the
 * last article's text (a long gap between two words is a slice of it): as many tokens as the longest article had
 * words, up to the limit, which covers a 100k-word article. In workerd a token takes about 44 bytes, so the pool
 * holds at most some 5.8 MB; the Worker's text limit (200,000 characters) keeps a real article near 35,000 tokens.
 */
const tokens = new TokenPool(TOKEN_POOL_LIMIT)

/**
 * The one door into the engine: article text in, the analysis of API.md out (without the HTTP envelope).
 * Synchronous, and pure to its callers (the answer depends on the input alone; the token objects it renews are
 * its own); knows nothing of HTTP, KV or the Worker's environment.
 */
export function analyze(input: AnalyzeInput, options: AnalyzeOptions = {}): Analysis {
  // The typed arrays of the analysis before are free for this one (text/scratch.ts): none is part of an answer.
  beginScratch()
  const language = !input.language || input.language === 'auto' ? detectLanguage(input.text) : input.language
  const lex = lexicons[language]
  const doc = buildDocument(input.text, language, tokens.begin())
  const { quotes, speakers } = extractQuotes(doc, lex)
  return {
    language,
    meta: computeMeta(doc, lex, input.title ?? null),
    summary: summarize(doc, lex, options),
    quotes,
    speakers,
  }
}
