import type { RouterRoute } from 'hono/types'

/** Methods registered for a path other than via middleware (`ALL`), for 405 answers with an Allow header. */
export function methodsAllowed(routes: readonly RouterRoute[], path: string): string[] {
  const methods = new Set<string>()
  for (const r of routes) {
    if (r.method === 'ALL' || !patternOf(r.path).test(path)) continue
    methods.add(r.method)
    if (r.method === 'GET') methods.add('HEAD')
  }
  return [...methods]
}

const patterns = new Map<string, RegExp>()

// Hono paths such as /v1/analyses/:id → ^/v1/analyses/[^/]+$ (cached; the route table is fixed).
function patternOf(routePath: string): RegExp {
  let re = patterns.get(routePath)
  if (!re) {
    const body = routePath
      .split('/')
      .map((seg) =>
        seg.startsWith(':') ? '[^/]+' : seg === '*' ? '.*' : seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
      )
      .join('/')
    re = new RegExp(`^${body}/?$`)
    patterns.set(routePath, re)
  }
  return re
}

const MAX_ECHOED_PATH = 120

/**
 * The path as the client sent it, still percent-encoded, for error details. Echoing the decoded form
 * would put whatever bytes a client chose (spaces, brackets, control characters) into our own prose;
 * the encoded form is exactly what they can search their logs for. Long paths are cut with an ellipsis.
 */
export function pathAsSent(url: string): string {
  const path = new URL(url).pathname
  return path.length > MAX_ECHOED_PATH ? `${path.slice(0, MAX_ECHOED_PATH)}…` : path
}
