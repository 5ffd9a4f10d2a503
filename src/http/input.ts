import type { Context, MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import type { z } from 'zod'
import type { AnalyzeInput, AnalyzeOptions } from '../engine/index'
import type { Bindings } from '../env'
import { readConfig } from '../env'
import type { ArticleQuerySchema } from '../schemas/input'
import { ArticleInputSchema } from '../schemas/input'
import { type FieldError, ProblemError } from './problem'

// Non-fatal: invalid UTF-8 bytes become U+FFFD instead of failing the request. A leading BOM is dropped.
const utf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false })

/**
 * Caps the body at MAX_BODY_BYTES (also for chunked bodies without Content-Length, counted while streaming),
 * then decodes it once as UTF-8 with replacement, so the JSON validator and the text/plain path both read the
 * same well-formed string.
 */
export const readBody: MiddlewareHandler<{ Bindings: Bindings }> = async (c, next) => {
  const maxSize = readConfig(c.env).maxBodyBytes
  const limit = bodyLimit({
    maxSize,
    onError: () => {
      throw new ProblemError('payload-too-large', `The body is larger than ${maxSize} bytes.`)
    },
  })
  return limit(c, async () => {
    const charset = /;\s*charset\s*=\s*"?([\w-]+)/i
      .exec(c.req.header('content-type') ?? '')?.[1]
      ?.toLowerCase()
    if (charset && charset !== 'utf-8' && charset !== 'utf8' && charset !== 'us-ascii') {
      throw new ProblemError(
        'unsupported-media-type',
        `The body must be UTF-8; charset=${charset} is not supported.`,
      )
    }
    if (c.req.raw.body) {
      const text = utf8.decode(await c.req.raw.arrayBuffer())
      // Hono's validators read the body through this cache (c.req.json() parses the cached text).
      c.req.bodyCache.text = Promise.resolve(text) as unknown as string
    }
    await next()
  })
}

export interface ArticleRequest {
  input: AnalyzeInput
  options: AnalyzeOptions
}

type Query = z.infer<typeof ArticleQuerySchema>

/**
 * The article of a request, from validated JSON (`json`) or from the text/plain body, with options from the
 * body first and the query string second. Enforces MAX_TEXT_CHARS.
 */
export async function readArticle(
  c: Context<{ Bindings: Bindings }>,
  json: z.infer<typeof ArticleInputSchema> | Record<string, never>,
  query: Query,
): Promise<ArticleRequest> {
  let body: z.infer<typeof ArticleInputSchema>
  if ('text' in json) body = json as z.infer<typeof ArticleInputSchema>
  else {
    // text/plain: the whole body is the article; validate it with the same schema as JSON.
    const text = (await c.req.bodyCache.text) ?? ''
    const parsed = ArticleInputSchema.safeParse({ text })
    if (!parsed.success) throw validationProblem(parsed.error.issues)
    body = parsed.data
  }
  const max = readConfig(c.env).maxTextChars
  if (body.text.length > max) {
    throw new ProblemError(
      'payload-too-large',
      `The text has ${body.text.length} characters; the limit is ${max}.`,
    )
  }
  const summarySentences = body.options?.summarySentences ?? query.summarySentences
  return {
    input: {
      text: body.text,
      title: body.title ?? query.title ?? null,
      language: body.language ?? query.language ?? 'auto',
    },
    options: summarySentences === undefined ? {} : { summarySentences },
  }
}

/** A 422 problem listing every failed field, from zod issues. */
export function validationProblem(issues: readonly z.core.$ZodIssue[], prefix = ''): ProblemError {
  const errors: FieldError[] = issues.map((i) => ({
    path: [prefix, ...i.path.map(String)].filter(Boolean).join('.') || '(body)',
    message: i.message,
  }))
  const detail = errors.map((e) => `${e.path}: ${e.message}`).join('; ')
  return new ProblemError('validation-error', detail, { errors })
}
