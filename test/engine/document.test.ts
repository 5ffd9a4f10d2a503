import { describe, expect, it } from 'vitest'
import { buildDocument } from '../../src/engine/text/document'
import { readHeader } from '../../src/engine/text/header'

describe('document model', () => {
  it('reads a leading date header and keeps it out of every sentence', () => {
    const text =
      ' date 2025-09-03 Президент России Владимир Путин прибыл в Пекин. Встреча длилась час.\nИтоги\nОни договорились.'
    const doc = buildDocument(text, 'ru')
    expect(doc.header.date).toBe('2025-09-03')
    expect(doc.sentences[0] && text.slice(doc.sentences[0].start, doc.sentences[0].end)).toBe(
      'Президент России Владимир Путин прибыл в Пекин.',
    )
    for (const s of doc.sentences) expect(s.start).toBeGreaterThanOrEqual(doc.header.end)
    expect(doc.paragraphs.map((p) => p.heading)).toEqual([false, true, false])
  })

  it('rejects an impossible date', () => {
    expect(readHeader('date 2025-02-30 text').date).toBeNull()
  })
})
