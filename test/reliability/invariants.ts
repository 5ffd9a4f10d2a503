import type { z } from 'zod'
import { AnalysisSchema } from '../../src/schemas/analysis'
import { ProblemSchema } from '../../src/schemas/problem'

type Analysis = z.infer<typeof AnalysisSchema>

/**
 * Everything API.md promises about a 200 analysis of `input`, as a list of violations (empty = fine).
 * `schema` is the route's result schema; the cross-field checks run on whichever parts the body has.
 */
export function analysisViolations(
  input: string,
  json: unknown,
  schema: z.ZodType = AnalysisSchema,
): string[] {
  const parsed = schema.safeParse(json)
  if (!parsed.success) return [`schema: ${JSON.stringify(parsed.error.issues).slice(0, 600)}`]
  const a = parsed.data as Partial<Analysis>
  const out: string[] = []
  const spans = [...(a.quotes ?? []), ...(a.summary?.sentences ?? [])]
  for (const x of spans) {
    if (!(x.start <= x.end && x.end <= input.length))
      out.push(`range [${x.start}, ${x.end}) outside the input`)
    else if (input.slice(x.start, x.end) !== x.text)
      out.push(
        `offsets [${x.start}, ${x.end}) slice ${JSON.stringify(input.slice(x.start, x.end).slice(0, 40))}`,
      )
  }
  for (const s of a.summary?.sections ?? [])
    if (!(s.start <= s.end && s.end <= input.length))
      out.push(`section [${s.start}, ${s.end}) outside the input`)
  const sentences = a.summary?.sentences ?? []
  for (let i = 1; i < sentences.length; i++)
    if ((sentences[i]?.index ?? 0) <= (sentences[i - 1]?.index ?? 0))
      out.push('summary sentences out of order')
  if (a.quotes && a.speakers) out.push(...referenceViolations(a.quotes, a.speakers))
  return out
}

/** Quotes and speakers point at each other consistently; counts and shares add up (API.md, speakers). */
function referenceViolations(quotes: Analysis['quotes'], speakers: Analysis['speakers']): string[] {
  const out: string[] = []
  const quoteIds = new Set(quotes.map((q) => q.id))
  const speakerIds = new Set(speakers.map((s) => s.id))
  if (quoteIds.size !== quotes.length) out.push('duplicate quote ids')
  if (speakerIds.size !== speakers.length) out.push('duplicate speaker ids')
  for (const q of quotes)
    if (q.speakerId !== null && !speakerIds.has(q.speakerId)) out.push(`${q.id} names unknown ${q.speakerId}`)
  for (const s of speakers) {
    const own = quotes.filter((q) => q.speakerId === s.id)
    // quoteIds lists the direct quotes (API.md's example: quoteIds.length === quoteCount).
    const direct = own.filter((q) => q.kind === 'direct').map((q) => q.id)
    if ([...s.quoteIds].sort().join() !== direct.sort().join())
      out.push(`${s.id}.quoteIds ${s.quoteIds} are not its direct quotes ${direct}`)
    if (s.quoteCount !== direct.length) out.push(`${s.id}.quoteCount is off`)
    if (s.statementCount !== own.filter((q) => q.kind === 'indirect').length)
      out.push(`${s.id}.statementCount is off`)
  }
  const total = speakers.reduce((n, s) => n + s.quotedWords, 0)
  const shares = speakers.reduce((n, s) => n + s.share, 0)
  if (total > 0 && Math.abs(shares - 1) > 0.02) out.push(`shares sum to ${shares}`)
  return out
}

/** What every non-2xx answer must be: an RFC 9457 problem naming the request, disclosing nothing internal. */
export function problemViolations(res: Response, text: string): string[] {
  const out: string[] = []
  if (res.status === 304 || res.status === 204) return out
  if (res.headers.get('content-type') !== 'application/problem+json') out.push('not application/problem+json')
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return [...out, `body is not JSON: ${text.slice(0, 80)}`]
  }
  const p = ProblemSchema.safeParse(json)
  if (!p.success) return [...out, 'body is not a problem']
  if (p.data.status !== res.status) out.push(`status ${p.data.status} in a ${res.status} answer`)
  const rid = res.headers.get('x-request-id')
  if (!rid || !p.data.instance?.endsWith(rid))
    out.push(`instance ${p.data.instance} is not the request id ${rid}`)
  if (STACK_TRACE.test(text)) out.push(`stack trace or internal path in ${text.slice(0, 200)}`)
  return out
}

// A V8 stack frame ("at fn (file.ts:3:9)"), a source path, or an error class name in a body.
const STACK_TRACE = /\bat [^\s]+ \(|:\d+:\d+\)|\/src\/|node_modules|\.ts:\d|TypeError|SyntaxError|RangeError/
