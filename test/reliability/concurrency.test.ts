import { describe, expect, it } from 'vitest'
import { postJson, postText, seedText } from '../helpers'
import { analysisViolations } from './invariants'

const articles = [
  seedText,
  'He said: "We will win this race." She added that the team was ready.',
  '«Мы начнём работу завтра», — сказал министр Иван Петров. Он добавил, что сроки не изменятся.',
  'Die Kanzlerin sagte: „Wir schaffen das.“ Der Minister widersprach.',
  '« Nous allons gagner », a déclaré Emmanuel Macron. Le ministre a confirmé.',
  '"Vamos a ganar", dijo el presidente. El ministro confirmó que no habrá cambios.',
  '«Ми переможемо», — сказав Володимир Зеленський. Він додав, що терміни не зміняться.',
  `Title line\n\n${'Paragraph with "a quote" here. '.repeat(50)}`,
]

describe('concurrency inside one isolate', () => {
  it('50 identical requests at once → 50 identical 200s, whatever mix of MISS and HIT', async () => {
    const text = `${seedText}\n${crypto.randomUUID()}`
    const all = await Promise.all(Array.from({ length: 50 }, () => postText('/v1/analyze', text)))
    expect(all.map((r) => r.status)).toEqual(Array(50).fill(200))
    const bodies = await Promise.all(all.map((r) => r.text()))
    expect(new Set(bodies).size).toBe(1)
    expect(new Set(all.map((r) => r.headers.get('etag'))).size).toBe(1)
    expect(analysisViolations(text, JSON.parse(bodies[0] as string))).toEqual([])
  })

  it('different articles in parallel each get their own analysis, equal to the one computed alone', async () => {
    const alone = new Map<string, string>()
    for (const text of articles)
      alone.set(text, await (await postJson('/v1/analyze', { text }, {}, { CACHE: undefined })).text())
    // Interleave: every article several times, shuffled, some through the cache and some around it.
    const jobs = articles.flatMap((text) => [text, text, text]).sort(() => Math.random() - 0.5)
    const results = await Promise.all(
      jobs.map(async (text, i) => {
        const res = await postJson('/v1/analyze', { text }, {}, i % 2 ? { CACHE: undefined } : {})
        return { text, status: res.status, body: await res.text() }
      }),
    )
    for (const r of results) {
      expect(r.status).toBe(200)
      expect(r.body).toBe(alone.get(r.text))
      expect(analysisViolations(r.text, JSON.parse(r.body))).toEqual([])
    }
  })
})
