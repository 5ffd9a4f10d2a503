import type { Context } from 'hono'

/** The request's ExecutionContext, for `waitUntil`; undefined outside a real fetch event (plain `app.request`). */
export function executionContext(c: Context): Pick<ExecutionContext, 'waitUntil'> | undefined {
  try {
    return c.executionCtx
  } catch {
    return undefined
  }
}

/** `f`, called at most once: a body serialised only if something needs it, then shared. */
export function once<T>(f: () => T): () => T {
  let done = false
  let value: T
  return () => {
    if (!done) {
      value = f()
      done = true
    }
    return value
  }
}
