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
