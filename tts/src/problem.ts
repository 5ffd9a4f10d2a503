import type { FieldError } from './request'

/** RFC 9457 problem+json, the error shape of both quotecast Workers. */
export function problem(status: number, title: string, detail: string, errors: FieldError[] = []): Response {
  return new Response(JSON.stringify({ type: 'about:blank', title, status, detail, errors }), {
    status,
    headers: { 'content-type': 'application/problem+json' },
  })
}
