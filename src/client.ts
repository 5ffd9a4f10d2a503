import type { z } from '@hono/zod-openapi'
import type { Hono } from 'hono'
import type { Bindings } from './env'
import type {
  AnalysisSchema,
  QuotesResultSchema,
  SpeakersResultSchema,
  SummaryResultSchema,
} from './schemas/analysis'
import type { NarrationInputSchema, NarrationSchema } from './schemas/audio'
import type { ArticleInputSchema } from './schemas/input'
import type { ProblemSchema } from './schemas/problem'

/*
 * The route table as `hono/client` sees it, so that `hc<AppType>(url)` gives typed calls.
 *
 * Why spelled out here instead of inferred: Hono infers a client schema only from a chain of
 * `.openapi(...)` calls, and the routers in `routes/*.ts` register their handlers as separate statements,
 * so the inferred schema of `createApp()` is empty. Every type below is still derived from the zod schemas
 * that validate requests and answers, so a field renamed there is renamed here; only the list of paths and
 * status codes is repeated (test/client.test.ts checks each path against the Worker). When the routers
 * chain their calls, `AppType` can go back to `ReturnType<typeof createApp>` and this file can go.
 */

type Problem = z.infer<typeof ProblemSchema>

/** Status codes a /v1 route answers with problem+json (API.md, "Errors"). */
type ProblemStatus = 400 | 401 | 413 | 415 | 422 | 429 | 500

type Json<I, O, S extends 200 | 404 | 422 | 502 | 503 | ProblemStatus> = {
  input: I
  output: O
  outputFormat: 'json'
  status: S
}
/** A 304 carries no body. */
type NotModified<I> = { input: I; output: null; outputFormat: 'body'; status: 304 }

/** The article as JSON; query values arrive as strings, as in `?language=ru&summarySentences=5`. */
type ArticleInput = {
  json: z.input<typeof ArticleInputSchema>
  query?: { language?: string; summarySentences?: string; title?: string }
}

type ArticleRoute<O> = {
  $post: Json<ArticleInput, O, 200> | NotModified<ArticleInput> | Json<ArticleInput, Problem, ProblemStatus>
}

/** Narration and audio take the article plus `source` (summary | article | quotes) and `format` (mp3 | wav). */
type NarrationInput = {
  json: z.input<typeof NarrationInputSchema>
  query?: ArticleInput['query'] & { source?: string; format?: string }
}
/** The audio bytes: read them with `res.blob()` or `res.arrayBuffer()`; `Content-Type` says MP3 or WAV. */
type Audio = { input: NarrationInput; output: unknown; outputFormat: 'body'; status: 200 }

type Health = {
  status: 'ok'
  engine: string
  languages: string[]
  cache: 'kv' | 'none'
  auth: boolean
}

type ProblemType = { type: string; title: string; status: number; description: string }

type IdParam = { param: { id: string } }
type SlugParam = { param: { slug: string } }

export type ApiSchema = {
  '/healthz': { $get: Json<Record<never, never>, Health, 200> }
  '/problems/:slug': {
    $get: Json<SlugParam, ProblemType, 200> | Json<SlugParam, Problem, 404>
  }
  '/v1/analyze': ArticleRoute<z.infer<typeof AnalysisSchema>>
  '/v1/summary': ArticleRoute<z.infer<typeof SummaryResultSchema>>
  '/v1/quotes': ArticleRoute<z.infer<typeof QuotesResultSchema>>
  '/v1/speakers': ArticleRoute<z.infer<typeof SpeakersResultSchema>>
  '/v1/narration': {
    $post:
      | Json<NarrationInput, z.infer<typeof NarrationSchema>, 200>
      | NotModified<NarrationInput>
      | Json<NarrationInput, Problem, ProblemStatus>
  }
  '/v1/audio': {
    $post: Audio | NotModified<NarrationInput> | Json<NarrationInput, Problem, ProblemStatus | 502 | 503>
  }
  '/v1/analyses/:id': {
    $get:
      | Json<IdParam, z.infer<typeof AnalysisSchema>, 200>
      | NotModified<IdParam>
      | Json<IdParam, Problem, 404 | 422 | 503 | 401 | 429 | 500>
  }
}

/** What `hc<ApiType>` needs: a Hono app type carrying the route table. */
export type ApiType = Hono<{ Bindings: Bindings }, ApiSchema, '/'>
