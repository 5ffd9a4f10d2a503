import { z } from '@hono/zod-openapi'
import { LANGUAGES } from '../engine/index'

export const LanguageOptionSchema = z
  .enum(['auto', ...LANGUAGES])
  .openapi({ description: 'Language of the article, or auto to detect it.', example: 'auto' })

export const SummarySentencesSchema = z.number().int().min(1).max(20).openapi({
  description: 'Number of key sentences in the summary; default: a length that fits the article.',
})

export const OptionsSchema = z
  .object({ summarySentences: SummarySentencesSchema.optional() })
  .openapi('Options')

export const ArticleInputSchema = z
  .object({
    text: z
      .string()
      .refine((t) => t.trim().length > 0, 'must contain at least one non-space character')
      .openapi({ description: 'The article body. Offsets in the answer index into this exact string.' }),
    title: z.string().max(1000).nullable().optional().openapi({ description: 'Optional headline.' }),
    language: LanguageOptionSchema.optional(),
    options: OptionsSchema.optional(),
  })
  .openapi('ArticleInput')

export type ArticleInput = z.infer<typeof ArticleInputSchema>

/** Options in the query string: the text/plain path (`?language=ru&summarySentences=5`), also honoured for JSON. */
export const ArticleQuerySchema = z.object({
  language: LanguageOptionSchema.optional().openapi({ param: { name: 'language', in: 'query' } }),
  summarySentences: z.coerce
    .number()
    .int()
    .min(1)
    .max(20)
    .optional()
    .openapi({ param: { name: 'summarySentences', in: 'query' }, type: 'integer' }),
  title: z
    .string()
    .max(1000)
    .optional()
    .openapi({ param: { name: 'title', in: 'query' } }),
})

/** Both ways of sending an article, for the OpenAPI document and the media-type check. */
export const articleBody = {
  content: {
    'application/json': { schema: ArticleInputSchema },
    'text/plain': {
      schema: z.string().openapi({ description: 'The article text; options go in the query string.' }),
    },
  },
}
