import { describe, expect, it } from 'vitest'
import { ProblemSchema } from '../../src/schemas/problem'
import { call, postJson, postText, validated } from '../helpers'

async function expectProblem(res: Response, status: number, type: string) {
  expect(res.status).toBe(status)
  expect(res.headers.get('content-type')).toBe('application/problem+json')
  const p = await validated(res, ProblemSchema)
  expect(p.status).toBe(status)
  expect(p.type).toBe(`/problems/${type}`)
  expect(p.detail.length).toBeGreaterThan(0)
  expect(p.instance).toMatch(/^urn:uuid:/)
  expect(JSON.stringify(p)).not.toMatch(/\bat .+:\d+:\d+|\.ts\b|node_modules/)
  return p
}

describe('errors are RFC 9457 problems', () => {
  it('400 for malformed JSON', async () => {
    const res = await call('/v1/analyze', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"text": ',
    })
    await expectProblem(res, 400, 'malformed-request')
  })

  it('404 for an unknown route', async () => {
    await expectProblem(await call('/v2/nothing'), 404, 'not-found')
  })

  it('404 and 405 details echo the path as sent, percent-encoded and cut when long', async () => {
    // Found by the request fuzzer: "/%20(" was echoed decoded as "/ (", prose the client never wrote.
    const odd = await expectProblem(await call('/%20(%3Cb%3E'), 404, 'not-found')
    expect(odd.detail).toContain('/%20(%3Cb%3E')
    const long = await expectProblem(await call(`/${'x'.repeat(5000)}`), 404, 'not-found')
    expect(long.detail.length).toBeLessThan(300)
    const wrong = await expectProblem(await call('/v1/analyze', { method: 'PUT' }), 405, 'method-not-allowed')
    expect(wrong.detail).toContain('/v1/analyze')
  })

  it('405 with Allow for a wrong method', async () => {
    const res = await call('/v1/analyze', { method: 'GET' })
    await expectProblem(res, 405, 'method-not-allowed')
    expect(res.headers.get('allow')).toBe('POST')
    const del = await call(`/v1/analyses/${'a'.repeat(64)}`, { method: 'DELETE' })
    await expectProblem(del, 405, 'method-not-allowed')
    expect(del.headers.get('allow')).toBe('GET, HEAD')
  })

  it('413 for a body over MAX_BODY_BYTES, with and without Content-Length', async () => {
    const big = 'слово '.repeat(200)
    await expectProblem(
      await postText('/v1/analyze', big, {}, { MAX_BODY_BYTES: '1000' }),
      413,
      'payload-too-large',
    )
    const chunks = [new TextEncoder().encode(big.slice(0, 300)), new TextEncoder().encode(big.slice(300))]
    const stream = new ReadableStream<Uint8Array>({
      pull(ctrl) {
        const next = chunks.shift()
        if (next) ctrl.enqueue(next)
        else ctrl.close()
      },
    })
    const res = await call(
      '/v1/analyze',
      {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: stream,
        duplex: 'half',
      } as RequestInit,
      { MAX_BODY_BYTES: '1000' },
    )
    await expectProblem(res, 413, 'payload-too-large')
  })

  it('413 for a text over MAX_TEXT_CHARS', async () => {
    const p = await expectProblem(
      await postJson('/v1/analyze', { text: 'a'.repeat(101) }, {}, { MAX_TEXT_CHARS: '100' }),
      413,
      'payload-too-large',
    )
    expect(p.detail).toContain('100')
  })

  it('415 for an unsupported content type', async () => {
    const res = await call('/v1/analyze', {
      method: 'POST',
      headers: { 'content-type': 'application/xml' },
      body: '<a/>',
    })
    await expectProblem(res, 415, 'unsupported-media-type')
  })

  it.each([
    ['empty text', { text: '   \n ' }, 'text'],
    ['missing text', { title: 'x' }, 'text'],
    ['text of the wrong type', { text: 42 }, 'text'],
    ['unknown language', { text: 'Hello there.', language: 'xx' }, 'language'],
    [
      'summarySentences out of range',
      { text: 'Hello there.', options: { summarySentences: 21 } },
      'options.summarySentences',
    ],
    [
      'summarySentences not an integer',
      { text: 'Hello there.', options: { summarySentences: 1.5 } },
      'options.summarySentences',
    ],
    ['a body that is not an object', [1, 2], '(body)'],
  ])('422 for %s', async (_, body, path) => {
    const p = await expectProblem(await postJson('/v1/analyze', body), 422, 'validation-error')
    expect(p.errors?.map((e) => e.path)).toContain(path)
  })

  it('422 for an empty text/plain body and for bad query options', async () => {
    await expectProblem(await postText('/v1/analyze', ''), 422, 'validation-error')
    const p = await expectProblem(
      await postText('/v1/analyze?summarySentences=0', 'Hello.'),
      422,
      'validation-error',
    )
    expect(p.errors?.[0]?.path).toBe('query.summarySentences')
    await expectProblem(await postText('/v1/analyze?language=klingon', 'Hello.'), 422, 'validation-error')
  })

  it('422 for a malformed analysis id', async () => {
    await expectProblem(await call('/v1/analyses/not-a-hash'), 422, 'validation-error')
  })

  it('documents every problem type at its type URI', async () => {
    const res = await call('/problems/validation-error')
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ status: 422, title: 'Validation failed' })
    await expectProblem(await call('/problems/nope'), 404, 'not-found')
  })
})

describe('character sets', () => {
  it('415 for a declared charset other than UTF-8', async () => {
    const res = await call('/v1/analyze', {
      method: 'POST',
      headers: { 'content-type': 'text/plain; charset=windows-1251' },
      body: new Uint8Array([0xcf, 0xf0, 0xe8]),
    })
    expect(res.status).toBe(415)
    expect(((await res.json()) as { detail: string }).detail).toContain('windows-1251')
  })
})

describe('problem instance', () => {
  it('labels a client-supplied request id as what it is, not as a UUID', async () => {
    const res = await call('/nowhere', { headers: { 'x-request-id': 'trace-42' } })
    expect(res.headers.get('x-request-id')).toBe('trace-42')
    expect(((await res.json()) as { instance: string }).instance).toBe('urn:quotecast:request:trace-42')
  })
})
