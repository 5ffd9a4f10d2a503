import { createExecutionContext, env, waitOnExecutionContext } from 'cloudflare:test'
import type { z } from 'zod'
import type { Bindings } from '../src/env'
import worker from '../src/index'
import seedText from './fixtures/seed-ru.txt?raw'

export { seedText }

export const BASE = 'http://quotecast.test'

/**
 * Calls the Worker's real fetch handler inside workerd, with the bindings of wrangler.toml (the real local KV)
 * overridden by `bindings`, and waits for everything it deferred with waitUntil (cache writes).
 */
export async function call(
  path: string,
  init: RequestInit = {},
  bindings: Partial<Bindings> = {},
): Promise<Response> {
  const ctx = createExecutionContext()
  const res = await worker.fetch(new Request(`${BASE}${path}`, init), { ...env, ...bindings }, ctx)
  await waitOnExecutionContext(ctx)
  return res
}

export function postJson(path: string, body: unknown, headers: Record<string, string> = {}, bindings = {}) {
  return call(
    path,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    },
    bindings,
  )
}

export function postText(
  path: string,
  text: string | Uint8Array,
  headers: Record<string, string> = {},
  bindings = {},
) {
  return call(
    path,
    { method: 'POST', headers: { 'content-type': 'text/plain; charset=utf-8', ...headers }, body: text },
    bindings,
  )
}

/** Parses the body and checks it against its zod schema; the failure message lists every mismatch. */
export async function validated<S extends z.ZodType>(res: Response, schema: S): Promise<z.infer<S>> {
  const json = await res.json()
  const parsed = schema.safeParse(json)
  if (!parsed.success)
    throw new Error(`response does not match its schema: ${JSON.stringify(parsed.error.issues)}`)
  return parsed.data
}

/** Every quote and summary sentence slices out of the input exactly. */
export function offsetViolations(
  input: string,
  items: readonly { text: string; start: number; end: number }[],
): string[] {
  return items
    .filter((x) => input.slice(x.start, x.end) !== x.text)
    .map((x) => `[${x.start}, ${x.end}) ${JSON.stringify(x.text.slice(0, 40))}`)
}
