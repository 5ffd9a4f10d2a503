import fc from 'fast-check'
import { type AnalyzeInput, analyze, ENGINE_VERSION } from '../../../src/engine/index'
import { anyText, articleText, language, onlyQuoteMarks } from '../arbitraries'
import { analysisViolations } from '../invariants'

/**
 * The engine-level fuzzer: the same generators and contract checks as the workerd suite, run straight against
 * `analyze()` in Node, where 100,000 cases take a minute or two instead of a quarter of an hour through workerd.
 * Properties: never throws; the result satisfies the contract (schema, offsets, references); the same input
 * always gives the same result.
 */
export async function fuzzEngine(numRuns: number, seed?: number): Promise<void> {
  const input = fc.record({
    text: fc.oneof({ weight: 6, arbitrary: articleText }, { weight: 3, arbitrary: anyText }, onlyQuoteMarks),
    language,
    summarySentences: fc.option(fc.integer({ min: 1, max: 20 }), { nil: undefined }),
  })
  const property = fc.property(input, ({ text, language, summarySentences }) => {
    const args: AnalyzeInput = { text, language: language as AnalyzeInput['language'] }
    const options = summarySentences === undefined ? {} : { summarySentences }
    const first = JSON.stringify(analyze(args, options))
    const body = { id: '0'.repeat(64), engine: ENGINE_VERSION, ...JSON.parse(first) }
    const violations = analysisViolations(text, body)
    if (violations.length > 0) throw new Error(violations.join('\n'))
    if (JSON.stringify(analyze(args, options)) !== first) throw new Error('a second run gave another result')
  })
  const t0 = performance.now()
  await fc.assert(property, { numRuns, ...(seed === undefined ? {} : { seed }) })
  const s = (performance.now() - t0) / 1000
  console.log(`engine fuzz: ${numRuns} cases passed in ${s.toFixed(0)} s (${(numRuns / s) | 0} cases/s)`)
}
