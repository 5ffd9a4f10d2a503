import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi'
import { Scalar } from '@scalar/hono-api-reference'
import { ENGINE_VERSION, LANGUAGES } from '../engine/index'
import type { Bindings } from '../env'
import { readConfig } from '../env'
import { PROBLEM_TYPES, ProblemError, type ProblemSlug, problemTypeUri } from '../http/problem'
import { problem } from '../schemas/problem'

export const systemRouter = new OpenAPIHono<{ Bindings: Bindings }>()

const HealthSchema = z
  .object({
    status: z.literal('ok'),
    engine: z.string(),
    languages: z.array(z.string()),
    cache: z.enum(['kv', 'none']).openapi({ description: 'Whether the KV binding CACHE is configured.' }),
    auth: z.boolean().openapi({ description: 'Whether /v1 requires an API key.' }),
  })
  .openapi('Health')

systemRouter.openapi(
  createRoute({
    method: 'get',
    path: '/healthz',
    summary: 'Liveness and configuration',
    tags: ['system'],
    responses: { 200: { description: 'Up.', content: { 'application/json': { schema: HealthSchema } } } },
  }),
  (c) =>
    c.json(
      {
        status: 'ok' as const,
        engine: ENGINE_VERSION,
        languages: [...LANGUAGES],
        cache: c.env?.CACHE ? ('kv' as const) : ('none' as const),
        auth: readConfig(c.env).apiKeys.length > 0,
      },
      200,
    ),
)

const ProblemTypeSchema = z
  .object({ type: z.string(), title: z.string(), status: z.number().int(), description: z.string() })
  .openapi('ProblemType')

systemRouter.openapi(
  createRoute({
    method: 'get',
    path: '/problems/{slug}',
    summary: 'What a problem type means',
    description: 'Every problem `type` URI resolves here.',
    tags: ['system'],
    request: { params: z.object({ slug: z.string().openapi({ param: { name: 'slug', in: 'path' } }) }) },
    responses: {
      200: {
        description: 'The problem type.',
        content: { 'application/json': { schema: ProblemTypeSchema } },
      },
      404: problem('Unknown problem type.'),
    },
  }),
  (c) => {
    const { slug } = c.req.valid('param')
    if (!Object.hasOwn(PROBLEM_TYPES, slug)) throw new ProblemError('not-found', `No problem type "${slug}".`)
    const t = PROBLEM_TYPES[slug as ProblemSlug]
    return c.json(
      { type: problemTypeUri(slug as ProblemSlug), title: t.title, status: t.status, description: t.about },
      200,
    )
  },
)

/** The OpenAPI 3.1 document, generated on request from the same zod schemas that validate requests. */
export function mountDocs(app: OpenAPIHono<{ Bindings: Bindings }>): void {
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', { type: 'http', scheme: 'bearer' })
  app.openAPIRegistry.registerComponent('securitySchemes', 'apiKeyHeader', {
    type: 'apiKey',
    in: 'header',
    name: 'X-API-Key',
  })
  app.doc31('/openapi.json', (c) => ({
    openapi: '3.1.0',
    info: {
      title: 'quotecast',
      version: ENGINE_VERSION,
      description:
        'A news article in; a structured summary, its quotations with who said each one, a per-speaker breakdown ' +
        'and a narrated audio version out. Errors are RFC 9457 problem details. API keys are required only when ' +
        'the deployment sets API_KEYS.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: new URL(c.req.url).origin }],
    security: [{}, { bearerAuth: [] as string[] }, { apiKeyHeader: [] as string[] }] as Record<
      string,
      string[]
    >[],
  }))
  // The reference UI loads its script from jsDelivr in the reader's browser; the Worker itself makes no request.
  app.get('/docs', Scalar({ url: '/openapi.json', pageTitle: 'quotecast API reference' }))
}
