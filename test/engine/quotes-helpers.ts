import { analyze } from '../../src/engine/index'
import type { Language } from '../../src/engine/types'

/** Direct quotes of a text as [quoted words, speaker name or null, method]. */
export function direct(text: string, language: Language): [string, string | null, string][] {
  const a = analyze({ text, language })
  const name = (id: string | null) => a.speakers.find((s) => s.id === id)?.name ?? null
  return a.quotes.filter((q) => q.kind === 'direct').map((q) => [q.text, name(q.speakerId), q.method])
}

/** Reported statements as [clause, speaker name]. */
export function reported(text: string, language: Language): [string, string | null][] {
  const a = analyze({ text, language })
  const name = (id: string | null) => a.speakers.find((s) => s.id === id)?.name ?? null
  return a.quotes.filter((q) => q.kind === 'indirect').map((q) => [q.text, name(q.speakerId)])
}

export function speakers(text: string, language: Language) {
  return analyze({ text, language }).speakers
}
