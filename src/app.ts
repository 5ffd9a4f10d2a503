import { OpenAPIHono } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { cors } from 'hono/cors'
import { HTTPException } from 'hono/http-exception'
import { requestId } from 'hono/request-id'
import { secureHeaders } from 'hono/secure-headers'
import type { ApiType } from './client'
import type { Bindings } from './env'
import { readConfig } from './env'
import { apiKeyAuth } from './http/auth'
import { readBody, validationProblem } from './http/input'
import { methodsAllowed, pathAsSent } from './http/methods'
import { ProblemError, type ProblemSlug, problemResponse } from './http/problem'
import { rateLimit } from './http/rate-limit'
import { analysesRouter } from './routes/analyses'
import { analyzeRouter } from './routes/analyze'
import { audioRouter } from './routes/audio'
import { homeRouter } from './routes/home'
import { mountDocs, systemRouter } from './routes/system'

export type AppEnv = { Bindings: Bindings }

/**
 * The whole service: middleware chain, routes, docs and error mapping. Every non-2xx answer is
 * application/problem+json; nothing thrown inside escapes as a stack trace.
 */
export function createApp() {
  const app = new OpenAPIHono<AppEnv>({
    // Request validation failures (body, query, path) become 422 problems listing each field.
    defaultHook: (result) => {
      if (!result.success)
        throw validationProblem(result.error.issues, result.target === 'json' ? '' : result.target)
    },
  })

  app.use(requestId())
  app.use(secureHeaders())
  app.use((c, next) => {
    const origins = readConfig(c.env).corsOrigins
    return cors({
      origin: origins,
      allowMethods: ['GET', 'HEAD', 'POST', 'OPTIONS'],
      allowHeaders: [
        'Content-Type',
        'Authorization',
        'X-API-Key',
        'If-None-Match',
        'Cache-Control',
        'Accept',
      ],
      exposeHeaders: [
        'ETag',
        'X-Cache',
        'X-Request-Id',
        'Retry-After',
        'Content-Location',
        'WWW-Authenticate',
      ],
      maxAge: 86400,
    })(c, next)
  })
  app.use('/v1/*', apiKeyAuth, rateLimit, readBody)

  const routes = app
    .route('/', systemRouter)
    .route('/', homeRouter)
    .route('/', analyzeRouter)
    .route('/', analysesRouter)
    .route('/', audioRouter)
  mountDocs(app)

  app.notFound((c) => {
    const allowed = methodsAllowed(app.routes, c.req.path)
    if (allowed.length > 0) {
      return problemResponse(
        c,
        new ProblemError(
          'method-not-allowed',
          `${c.req.method} is not allowed on ${pathAsSent(c.req.url)}; use ${allowed.join(', ')}.`,
          {
            headers: { Allow: allowed.join(', ') },
          },
        ),
      )
    }
    return problemResponse(
      c,
      new ProblemError('not-found', `Nothing at ${pathAsSent(c.req.url)}. The API is described at /docs.`),
    )
  })

  app.onError((err, c) => problemResponse(c, toProblem(err, c)))
  return routes
}

const HTTP_STATUS_SLUGS: Record<number, ProblemSlug> = {
  400: 'malformed-request',
  401: 'unauthorized',
  404: 'not-found',
  413: 'payload-too-large',
  415: 'unsupported-media-type',
}

/** Maps anything thrown to a problem; unknown errors are logged with the request id and disclosed as nothing. */
function toProblem(err: unknown, c: Context): ProblemError {
  if (err instanceof ProblemError) return err
  if (err instanceof HTTPException && HTTP_STATUS_SLUGS[err.status]) {
    const slug = HTTP_STATUS_SLUGS[err.status] as ProblemSlug
    const detail = err.status === 400 ? 'The body is not valid JSON.' : err.message || slug
    return new ProblemError(slug, detail)
  }
  console.error(`request ${c.get('requestId')} failed:`, err)
  return new ProblemError('internal-error', 'The request could not be completed.')
}

// The inferred schema of createApp() is empty (routers register routes as statements); src/client.ts
// spells out the route table from the zod schemas so that hc<AppType> gives typed calls.
export type AppType = ApiType
