import { createRoute, OpenAPIHono, type z } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { type Analysis, analyze, ENGINE_VERSION } from '../engine/index'
import type { Bindings } from '../env'
import { cachedJson, jsonText, refreshRequested } from '../http/body'
import { analysisId, analysisKey, etagOf, matchesEtag } from '../http/content-address'
import { readArticle } from '../http/input'
import {
  type AnalysisBody,
  AnalysisSchema,
  QuotesResultSchema,
  SpeakersResultSchema,
  SummaryResultSchema,
} from '../schemas/analysis'
import { cacheHeaders } from '../schemas/headers'
import { ArticleQuerySchema, articleBody } from '../schemas/input'
import { inputProblems } from '../schemas/problem'

type Env = { Bindings: Bindings }

const resultHeaders = cacheHeaders('the analysis id')

function analysisRoute<S extends z.ZodType>(path: string, summary: string, schema: S, description: string) {
  return createRoute({
    method: 'post',
    path,
    summary,
    description,
    tags: ['analysis'],
    request: { body: articleBody, query: ArticleQuerySchema },
    responses: {
      200: {
        description: 'The analysis.',
        headers: resultHeaders,
        content: { 'application/json': { schema } },
      },
      304: { description: 'Not modified: If-None-Match named this analysis.', headers: resultHeaders },
      ...inputProblems,
    },
  })
}

const inputNote =
  'Send the article as JSON `{text, title?, language?, options?}` or as `text/plain` with options in the query ' +
  'string. `Cache-Control: no-cache` recomputes and refreshes the cached entry.'

/** What a route answers with: the exact JSON text of the whole analysis, and its value for the part routes. */
export interface FoundAnalysis {
  id: string
  notModified: false
  /** The body of `POST /v1/analyze`, byte for byte the same whether computed now or read from the cache. */
  json(): string
  value(): AnalysisBody
}

/** The analysis with its HTTP envelope, computed or read from the cache under its content address. */
export async function analysisFor(
  c: Context<Env>,
  json: unknown,
  query: z.infer<typeof ArticleQuerySchema>,
): Promise<{ id: string; notModified: true } | FoundAnalysis> {
  const { input, options } = await readArticle(c, json as never, query)
  const id = await analysisId(input, options)
  const etag = etagOf(id)
  c.header('ETag', etag)
  if (!refreshRequested(c) && matchesEtag(c.req.header('if-none-match'), etag))
    return { id, notModified: true as const }
  const found = await cachedJson(c, analysisKey(id), id, () => envelope(id, analyze(input, options)))
  c.header('X-Cache', found.status)
  return { id, notModified: false, json: found.json, value: found.value }
}

function envelope(id: string, a: Analysis): AnalysisBody {
  return { id, engine: ENGINE_VERSION, ...a }
}

export const analyzeRouter = new OpenAPIHono<Env>()

const routes = {
  analyze: analysisRoute(
    '/v1/analyze',
    'Summary, quotes and speakers of an article',
    AnalysisSchema,
    `Everything at once. ${inputNote} The answer is also available at \`GET /v1/analyses/{id}\` while cached.`,
  ),
  summary: analysisRoute(
    '/v1/summary',
    'The structured summary of an article',
    SummaryResultSchema,
    inputNote,
  ),
  quotes: analysisRoute('/v1/quotes', 'The quotations of an article', QuotesResultSchema, inputNote),
  speakers: analysisRoute(
    '/v1/speakers',
    'The per-speaker breakdown of an article',
    SpeakersResultSchema,
    inputNote,
  ),
}

const base = (b: AnalysisBody) => ({ id: b.id, engine: b.engine, language: b.language, meta: b.meta })

analyzeRouter.openapi(routes.analyze, async (c) => {
  const r = await analysisFor(c, c.req.valid('json'), c.req.valid('query'))
  if (r.notModified) return c.body(null, 304)
  c.header('Content-Location', `/v1/analyses/${r.id}`)
  return jsonText(c, r.json())
})

analyzeRouter.openapi(routes.summary, async (c) => {
  const r = await analysisFor(c, c.req.valid('json'), c.req.valid('query'))
  if (r.notModified) return c.body(null, 304)
  const a = r.value()
  return c.json({ ...base(a), summary: a.summary }, 200)
})

analyzeRouter.openapi(routes.quotes, async (c) => {
  const r = await analysisFor(c, c.req.valid('json'), c.req.valid('query'))
  if (r.notModified) return c.body(null, 304)
  const a = r.value()
  return c.json({ ...base(a), quotes: a.quotes }, 200)
})

analyzeRouter.openapi(routes.speakers, async (c) => {
  const r = await analysisFor(c, c.req.valid('json'), c.req.valid('query'))
  if (r.notModified) return c.body(null, 304)
  const a = r.value()
  return c.json({ ...base(a), speakers: a.speakers }, 200)
})
