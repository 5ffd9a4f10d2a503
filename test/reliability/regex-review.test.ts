import { describe, expect, it } from 'vitest'
import { findRegexes, superlinearInputs } from './regex-probe'

// The engine's source as text, at test time: expressions added tomorrow are probed too.
const sources = import.meta.glob<string>('../../src/**/*.ts', {
  query: '?raw',
  import: 'default',
  eager: true,
})
const found = findRegexes(
  Object.fromEntries(Object.entries(sources).map(([f, t]) => [f.replace('../../', ''), t])),
)

describe('every regular expression in src/ runs in linear time on pumped input', () => {
  it('finds the expressions (the extractor itself works)', () => {
    expect(found.length).toBeGreaterThan(40)
    expect(found.some((r) => r.file === 'src/engine/text/title.ts')).toBe(true)
  })

  it.each(found.map((r) => [`${r.file}:${r.line}`, r.re.source, r] as const))('%s /%s/', (_, __, r) => {
    expect(superlinearInputs(r.re)).toEqual([])
  })
})
