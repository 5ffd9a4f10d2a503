import { z } from '@hono/zod-openapi'

export const ProblemSchema = z
  .object({
    type: z.string().openapi({ example: '/problems/validation-error' }),
    title: z.string().openapi({ example: 'Validation failed' }),
    status: z.number().int().openapi({ example: 422 }),
    detail: z.string().openapi({ example: 'text: must contain at least one non-space character' }),
    instance: z.string().optional().openapi({ example: 'urn:uuid:6f1c…' }),
    errors: z
      .array(z.object({ path: z.string(), message: z.string() }))
      .optional()
      .openapi({ description: 'One entry per invalid field.' }),
  })
  .openapi('Problem', { description: 'RFC 9457 problem details (application/problem+json).' })

const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ProblemSchema } },
})

/** The problem responses every /v1 route can give, for the OpenAPI document. */
export const commonProblems = {
  401: problem('Missing or invalid API key (only when API_KEYS is configured).'),
  429: problem('Rate limited; see Retry-After.'),
  500: problem('Internal error; never carries a stack trace.'),
} as const

/** Problem responses of routes that take an article in the body. */
export const inputProblems = {
  400: problem('Malformed JSON.'),
  413: problem('Body larger than MAX_BODY_BYTES or text longer than MAX_TEXT_CHARS.'),
  415: problem('Content type other than application/json or text/plain.'),
  422: problem('Validation failed: empty text, unknown language, option out of range.'),
  ...commonProblems,
} as const

export { problem }
