import { OpenAPIHono } from '@hono/zod-openapi'
import type { Bindings } from '../env'

export const homeRouter = new OpenAPIHono<{ Bindings: Bindings }>()

// A short index until the playground page lands: what this is and where to go next.
homeRouter.get('/', (c) =>
  c.html(`<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>quotecast</title><main style="font-family:system-ui;max-width:40rem;margin:3rem auto;padding:0 1rem">
<h1>quotecast</h1><p>A news article in; a summary, its quotations with their speakers and a per-speaker breakdown out.</p>
<p><a href="/docs">API reference</a> · <a href="/openapi.json">OpenAPI document</a> · <a href="/healthz">health</a></p>
<pre>curl --data-binary @article.txt -H 'content-type: text/plain' ${new URL(c.req.url).origin}/v1/analyze</pre></main></html>`),
)
