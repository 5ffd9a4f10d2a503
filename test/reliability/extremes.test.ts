import { describe, expect, it } from 'vitest'
import { call, postJson, postText } from '../helpers'
import { analysisViolations, problemViolations } from './invariants'

/** A raw JSON body, sent as is. */
const rawJson = (body: string) =>
  call('/v1/analyze', { method: 'POST', headers: { 'content-type': 'application/json' }, body })

async function expectAnalysis(res: Response, input: string) {
  const text = await res.text()
  expect(res.status, text.slice(0, 300)).toBe(200)
  expect(analysisViolations(input, JSON.parse(text))).toEqual([])
}

async function expectProblem(res: Response, status: number) {
  const text = await res.text()
  expect(res.status, text.slice(0, 300)).toBe(status)
  expect(problemViolations(res, text)).toEqual([])
}

describe('extreme inputs through the real fetch handler', () => {
  it.each([
    ['a 100k-character single line of words', 'слово '.repeat(17_000)],
    ['a 100k-character single line without a space', 'ж'.repeat(100_000)],
    ['a 100k-character line of quotation marks', '«»„“"'.repeat(20_000)],
    ['100k characters of one deeply nested quotation', `${'«'.repeat(50_000)}Да${'»'.repeat(50_000)}`],
    ['4,000 paragraphs', 'Он сказал: «Да». Она ответила, что нет.\n\n'.repeat(4_000)],
    ['20,000 one-word lines', 'Слово\n'.repeat(20_000)],
    ['100k of emoji, combining marks and bidi controls', '👨‍👩‍👧\u0301\u202E\u200B'.repeat(10_000)],
    ['100k of control characters and lone surrogates', '\u0000\u0007\uD800\u001B\uDFFF'.repeat(20_000)],
  ])(
    '%s: 200, schema-valid, offsets exact, within seconds',
    async (_, text) => {
      const t0 = performance.now()
      await expectAnalysis(await postJson('/v1/analyze', { text }, {}, { CACHE: undefined }), text)
      expect(performance.now() - t0).toBeLessThan(15_000)
    },
    60_000,
  )

  it('the text limit is counted in UTF-16 code units, as offsets are, for JSON and text/plain', async () => {
    const limits = { MAX_TEXT_CHARS: '1000' }
    const emoji = '😀'.repeat(500) // 1000 code units
    await expectAnalysis(await postJson('/v1/analyze', { text: emoji }, {}, limits), emoji)
    await expectProblem(await postJson('/v1/analyze', { text: `${emoji}a` }, {}, limits), 413)
    await expectProblem(await postText('/v1/analyze', `${emoji}a`, {}, limits), 413)
  })

  it.each([
    [
      'arrays nested 200,000 deep in an extra field',
      `{"text":"Да.","x":${'['.repeat(200_000)}${']'.repeat(200_000)}}`,
      200,
    ],
    [
      'objects nested 100,000 deep in options',
      `{"text":"Да.","options":${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}}`,
      200,
    ],
    ['arrays nested 200,000 deep as the text', `{"text":${'['.repeat(200_000)}${']'.repeat(200_000)}}`, 422],
    ['nesting that never closes', `{"text":"Да.","x":${'['.repeat(300_000)}`, 400],
    [
      'a number of 100,000 digits',
      `{"text":"Да.","options":{"summarySentences":1${'0'.repeat(100_000)}}}`,
      422,
    ],
    ['1e999 (Infinity once parsed)', '{"text":"Да.","options":{"summarySentences":1e999}}', 422],
    ['a duplicated key (the last one wins)', '{"text":"","text":"Да."}', 200],
    ['__proto__ holding the options', '{"text":"Да.","__proto__":{"options":{"summarySentences":99}}}', 200],
    ['constructor.prototype', '{"text":"Да.","constructor":{"prototype":{"polluted":true}}}', 200],
    ['a string of 500k escaped characters', `{"text":"${'\\u0436'.repeat(100_000)}"}`, 200],
  ])(
    'JSON with %s: the expected status, never 5xx',
    async (_, body, status) => {
      const res = await rawJson(body)
      if (status === 200) expect(res.status, (await res.clone().text()).slice(0, 200)).toBe(200)
      else await expectProblem(res, status)
      expect(({} as Record<string, unknown>).polluted).toBeUndefined()
      expect(Object.keys(Object.prototype)).toEqual([])
    },
    60_000,
  )
})
