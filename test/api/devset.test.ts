import { describe, expect, it } from 'vitest'
import { AnalysisSchema } from '../../src/schemas/analysis'
import { offsetViolations, postJson, validated } from '../helpers'

// The dev set lives beside the repository (../shared/eval/dev); it is not redistributed with quotecast.
const devSet = import.meta.glob<{ id: string; text: string }>('../../../shared/eval/dev/*.json', {
  eager: true,
  import: 'default',
})
const articles = Object.values(devSet).filter((d) => typeof d.text === 'string')

describe.skipIf(articles.length === 0)('offsets on every dev-set article', () => {
  it.each(articles.map((a) => [a.id, a] as const))('%s', async (_, a) => {
    const res = await postJson('/v1/analyze', { text: a.text })
    expect(res.status).toBe(200)
    const body = await validated(res, AnalysisSchema)
    expect(offsetViolations(a.text, [...body.quotes, ...body.summary.sentences])).toEqual([])
  })
})
