import { OpenAPIHono } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { LANGUAGES } from '../engine/index'
import type { Bindings } from '../env'
import { assetVersion } from '../playground/assets'
import { CSS } from '../playground/css'
import { pageHtml } from '../playground/html'
import { JS } from '../playground/js'

export const homeRouter = new OpenAPIHono<{ Bindings: Bindings }>()

/**
 * The page may load only its own script and stylesheet and talk only to this origin: article text that
 * somehow reached the DOM as markup still could not run or call anywhere. `blob:` media is the narration.
 */
const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "media-src 'self' blob:",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ')

let html: string | undefined

// The playground: paste an article, see its summary, quotes by speaker and narration (src/playground/).
homeRouter.get('/', (c) => {
  html ??= pageHtml(LANGUAGES, assetVersion())
  c.header('Content-Security-Policy', CSP)
  c.header('Cache-Control', 'no-cache')
  return c.html(html)
})

homeRouter.get('/playground.js', (c) => asset(c, JS, 'text/javascript; charset=utf-8'))
homeRouter.get('/playground.css', (c) => asset(c, CSS, 'text/css; charset=utf-8'))

/** Assets are addressed by a hash of their content (`?v=`), so a matching request may be cached for good. */
function asset(c: Context, body: string, type: string): Response {
  const versioned = c.req.query('v') === assetVersion()
  c.header('Cache-Control', versioned ? 'public, max-age=31536000, immutable' : 'no-cache')
  c.header('Content-Type', type)
  return c.body(body, 200)
}
