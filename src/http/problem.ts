import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'

/** One entry of `errors`: where in the request the problem is, and what is wrong there. */
export interface FieldError {
  path: string
  message: string
}

/** An RFC 9457 problem detail. */
export interface Problem {
  type: string
  title: string
  status: number
  detail: string
  instance?: string
  errors?: FieldError[]
}

/** The catalogue of problem types: each `type` URI is served as documentation at `/problems/<slug>`. */
export const PROBLEM_TYPES = {
  'malformed-request': { status: 400, title: 'Malformed request', about: 'The body is not valid JSON.' },
  unauthorized: {
    status: 401,
    title: 'Unauthorized',
    about: 'This deployment requires an API key: send `Authorization: Bearer <key>` or `X-API-Key: <key>`.',
  },
  'not-found': {
    status: 404,
    title: 'Not found',
    about: 'No resource at this path, or no cached analysis with this id.',
  },
  'method-not-allowed': {
    status: 405,
    title: 'Method not allowed',
    about: 'The path exists but not for this method; the `Allow` header lists the methods it accepts.',
  },
  'payload-too-large': {
    status: 413,
    title: 'Payload too large',
    about: 'The body exceeds MAX_BODY_BYTES, or the text exceeds MAX_TEXT_CHARS characters.',
  },
  'unsupported-media-type': {
    status: 415,
    title: 'Unsupported media type',
    about: 'Send the article as `application/json` or as `text/plain; charset=utf-8`.',
  },
  'validation-error': {
    status: 422,
    title: 'Validation failed',
    about: 'The request is well-formed but a field is invalid; `errors` lists each field and what is wrong.',
  },
  'rate-limited': {
    status: 429,
    title: 'Too many requests',
    about:
      'The rate limit of this deployment was reached; retry after the number of seconds in `Retry-After`.',
  },
  'internal-error': {
    status: 500,
    title: 'Internal error',
    about:
      'Something failed inside quotecast. Nothing about it is disclosed; the request id identifies it in the logs.',
  },
  'bad-gateway': {
    status: 502,
    title: 'Bad gateway',
    about: 'A service quotecast depends on failed to answer.',
  },
  'service-unavailable': {
    status: 503,
    title: 'Service unavailable',
    about: 'A capability is not configured on this deployment; `detail` says how to enable it.',
  },
} as const satisfies Record<string, { status: number; title: string; about: string }>

export type ProblemSlug = keyof typeof PROBLEM_TYPES

export function problemTypeUri(slug: ProblemSlug): string {
  return `/problems/${slug}`
}

/** Thrown anywhere in a request; `app.onError` turns it into an application/problem+json response. */
export class ProblemError extends Error {
  readonly slug: ProblemSlug
  readonly detail: string
  readonly errors: FieldError[] | undefined
  readonly headers: Record<string, string>

  constructor(
    slug: ProblemSlug,
    detail: string,
    options: { errors?: FieldError[]; headers?: Record<string, string> } = {},
  ) {
    super(detail)
    this.name = 'ProblemError'
    this.slug = slug
    this.detail = detail
    this.errors = options.errors
    this.headers = options.headers ?? {}
  }

  get status(): ContentfulStatusCode {
    return PROBLEM_TYPES[this.slug].status
  }
}

export function buildProblem(
  slug: ProblemSlug,
  detail: string,
  instance?: string,
  errors?: FieldError[],
): Problem {
  const t = PROBLEM_TYPES[slug]
  const p: Problem = { type: problemTypeUri(slug), title: t.title, status: t.status, detail }
  if (instance) p.instance = instance
  if (errors?.length) p.errors = errors
  return p
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/**
 * The request id as a URI. Ids we generate are UUIDs; a client may send its own X-Request-Id, which is not a UUID
 * and must not be labelled as one. Hono accepts only [A-Za-z0-9_=-] there, all valid in a URN as they are.
 */
export function instanceUri(requestId: string): string {
  return UUID.test(requestId) ? `urn:uuid:${requestId}` : `urn:quotecast:request:${requestId}`
}

/** Answers with a problem+json body; `instance` is the request id so a report can be found in the logs. */
export function problemResponse(c: Context, error: ProblemError): Response {
  const requestId = c.get('requestId' as never) as string | undefined
  const body = buildProblem(
    error.slug,
    error.detail,
    requestId ? instanceUri(requestId) : undefined,
    error.errors,
  )
  // c.body keeps the headers middleware already prepared (CORS, request id, security headers).
  return c.body(JSON.stringify(body), error.status, {
    ...error.headers,
    'content-type': 'application/problem+json',
  })
}
