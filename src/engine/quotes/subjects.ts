import type { Agreement } from '../lang/speech'
import type { Cluster } from '../speakers/clusters'
import type { Mention } from '../speakers/mentions'
import type { SpeakerModel } from '../speakers/model'
import type { Word } from './context'

/** A verb of saying found in the reporter's words. */
export interface Cue {
  index: number
  word: Word
  agreement: Agreement
  relay: boolean
}

/** The first verb of saying in words [from, to), or null. */
export function firstCue(model: SpeakerModel, from: number, to: number): Cue | null {
  for (let i = from; i < to; i++) {
    const c = cueAt(model, i)
    if (c) return c
  }
  return null
}

/** The last verb of saying in words [from, to), or null. */
export function lastCue(model: SpeakerModel, from: number, to: number): Cue | null {
  for (let i = to - 1; i >= from; i--) {
    const c = cueAt(model, i)
    if (c) return c
  }
  return null
}

export function cueAt(model: SpeakerModel, i: number): Cue | null {
  const w = model.words[i]
  if (!w || w.quote >= 0 || w.titled) return null
  const sp = model.v.speech
  const lower = w.lower.startsWith("s'") || w.lower.startsWith('s’') ? w.lower.slice(2) : w.lower
  const agreement = sp.verbs.get(lower)
  if (agreement === undefined) return null
  // German "so" is a cue only as the first word after a quotation ("…", so Schlotmann).
  if (lower === 'so' && !/["“”»«]/.test(w.gap)) return null
  if (w.cap && !w.initial) return null
  return { index: i, word: w, agreement, relay: sp.relayVerbs.has(lower) }
}

/** A chosen speaker mention with the cluster it refers to. */
export interface Subject {
  mention: Mention | null
  cluster: Cluster | null
}

/** Mentions starting in words [from, to), skipping those that cannot be a subject. */
function subjectMentions(model: SpeakerModel, from: number, to: number): Mention[] {
  const out: Mention[] = []
  for (let i = from; i < to; i++) {
    const m = model.at[i]
    if (!m || m.possessive || m.governed) continue
    out.push(m)
    i = m.to - 1
  }
  return out
}

const RANK: Record<Mention['kind'], number> = { name: 4, role: 3, pronoun: 2, org: 1 }

function rank(m: Mention): number {
  return m.kind === 'role' && m.nameFrom >= 0 ? RANK.name : RANK[m.kind]
}

/**
 * The subject written before a verb, in words [from, verb): commas split appositions off ("Flynn, a top
 * Trump surrogate, said" → Flynn; "Asked about Trump's declaration, Clinton said" → Clinton), so the first
 * comma-segment holding a mention wins; inside it, the best kind of mention nearest the verb.
 */
export function subjectBefore(model: SpeakerModel, from: number, verb: number): Mention | null {
  const ms = subjectMentions(model, from, verb)
  if (!ms.length) return null
  let segStart = 0
  const segments: Mention[][] = [[]]
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k] as Mention
    if (k > segStart && hasComma(model, (ms[k - 1] as Mention).to, m.from + 1)) {
      segments.push([])
      segStart = k
    }
    ;(segments.at(-1) as Mention[]).push(m)
  }
  for (const seg of segments) {
    let best: Mention | null = null
    for (const m of seg) if (!best || rank(m) >= rank(best)) best = m
    if (best && best.kind !== 'org') return best
  }
  return ms.find((m) => m.kind === 'org') ?? null
}

/** The subject after a verb (inversion: «…», — сказал Путин / said Caddell / a témoigné une cliente, Rosina Rusin). */
export function subjectAfter(model: SpeakerModel, verb: Cue, to: number): Mention | null {
  const ms = subjectMentions(model, verb.index + 1, to)
  let best: Mention | null = null
  for (const m of ms) {
    // After a relay verb («приводит ТАСС слова Кудрина») the organisation relays; the person spoke.
    if (verb.relay && m.kind !== 'name' && !(m.kind === 'role' && m.nameFrom >= 0)) {
      best ??= m
      continue
    }
    if (m.kind === 'role' && m.nameFrom < 0) {
      // «une cliente, Rosina Rusin»: a name set off right after the description is the same person.
      const next = ms[ms.indexOf(m) + 1]
      if (next && next.kind === 'name' && next.from - m.to <= 1) return next
    }
    if (!verb.relay) return m
    return m
  }
  return best
}

function hasComma(model: SpeakerModel, from: number, to: number): boolean {
  for (let i = from; i < to && i < model.words.length; i++) if ((model.words[i] as Word).gap.includes(',')) return true
  return false
}
