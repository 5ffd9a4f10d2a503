import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi'
import type { Bindings } from '../env'
import { bodyCacheFor, jsonText } from '../http/body'
import { analysisKey, bodyPrefix, etagOf, matchesEtag } from '../http/content-address'
import { ProblemError } from '../http/problem'
import { AnalysisSchema } from '../schemas/analysis'
import { commonProblems, problem } from '../schemas/problem'

export const analysesRouter = new OpenAPIHono<{ Bindings: Bindings }>()

const getAnalysis = createRoute({
  method: 'get',
  path: '/v1/analyses/{id}',
  summary: 'A cached analysis by its id',
  description: 'Analyses stay cached for CACHE_TTL_SECONDS after they were last computed.',
  tags: ['analysis'],
  request: {
    params: z.object({
      id: z
        .string()
        .regex(/^[0-9a-f]{64}$/, 'must be 64 lower-case hex characters')
        .openapi({ param: { name: 'id', in: 'path' }, example: 'a3f1…' }),
    }),
  },
  responses: {
    200: { description: 'The analysis.', content: { 'application/json': { schema: AnalysisSchema } } },
    304: { description: 'Not modified.' },
    404: problem('No cached analysis with this id.'),
    422: problem('The id is not a SHA-256 hex string.'),
    503: problem('The cache (KV binding CACHE) is not available on this deployment.'),
    ...commonProblems,
  },
})

analysesRouter.openapi(getAnalysis, async (c) => {
  const { id } = c.req.valid('param')
  const etag = etagOf(id)
  c.header('ETag', etag)
  // Content-addressed: the analysis behind an id never changes, so clients may keep it.
  c.header('Cache-Control', 'private, max-age=86400, immutable')
  const { status, body } = await bodyCacheFor(c.env).get(analysisKey(id), bodyPrefix(id))
  c.header('X-Cache', status)
  if (status === 'BYPASS')
    throw new ProblemError('service-unavailable', 'The analysis cache is not available.')
  if (body === null)
    throw new ProblemError('not-found', `No cached analysis with id ${id}; POST the article to /v1/analyze.`)
  if (matchesEtag(c.req.header('if-none-match'), etag)) return c.body(null, 304)
  return jsonText(c, body)
})
