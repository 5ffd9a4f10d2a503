import { describe, expect, it } from 'vitest'
import { call } from '../helpers'

describe('system routes', () => {
  it('GET /healthz', async () => {
    const res = await call('/healthz')
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ status: 'ok', cache: 'kv', auth: false })
  })

  it('GET /openapi.json is OpenAPI 3.1 with every route and the problem responses', async () => {
    const res = await call('/openapi.json')
    expect(res.status).toBe(200)
    const doc = (await res.json()) as {
      openapi: string
      paths: Record<
        string,
        Record<string, { responses: Record<string, { content?: Record<string, unknown> }> }>
      >
      components: { schemas: Record<string, unknown> }
    }
    expect(doc.openapi).toBe('3.1.0')
    for (const p of ['/v1/analyze', '/v1/summary', '/v1/quotes', '/v1/speakers']) {
      const op = doc.paths[p]?.post
      expect(op, p).toBeDefined()
      for (const status of ['400', '413', '415', '422', '429']) {
        expect(op?.responses[status]?.content?.['application/problem+json'], `${p} ${status}`).toBeDefined()
      }
    }
    expect(doc.paths['/v1/analyses/{id}']?.get).toBeDefined()
    expect(doc.paths['/healthz']?.get).toBeDefined()
    for (const s of ['Analysis', 'Quote', 'Speaker', 'Summary', 'Problem', 'ArticleInput'])
      expect(doc.components.schemas[s]).toBeDefined()
  })

  it('GET /docs is an interactive reference pointing at the document', async () => {
    const res = await call('/docs')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/text\/html/)
    expect(await res.text()).toContain('/openapi.json')
  })

  it('GET / is an HTML page', async () => {
    const res = await call('/')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/text\/html/)
  })
})
