import type { Agreement } from '../lang/speech'
import type { Word } from '../quotes/context'
import type { Mention } from './mentions'
import { isPatronymic } from './nominative'
import type { Vocabulary } from './vocabulary'

/** One person or organisation of the article: every mention that refers to it. */
export interface Cluster {
  index: number
  kind: 'person' | 'org' | 'description'
  /** Name words by slot, as written: first name(s) and surname (surname last). */
  first: string[]
  surname: string
  /** Surface forms of every name mention (for aliases and the nominative). */
  forms: Map<string, number>
  /** Surname forms seen where the grammar shows a nominative (subject of a verb of saying). */
  nominativeSurnames: Set<string>
  nominativeFirsts: Set<string>
  /** Role descriptions learned from the article ("президент России") with their role stem and country. */
  roles: { stem: string; country: string | null; text: string; pos: number }[]
  gender: Agreement
  mentions: number
  firstPos: number
  /** A description standing for a speaker the article does not name ("собеседник агентства"). */
  description: string | null
}

/** Ending-stripped form for comparing inflected names (Путина ~ Путин, Кривошея ~ Кривошей). */
const stems = new Map<string, string>()

export function nameStem(lower: string): string {
  const hit = stems.get(lower)
  if (hit !== undefined) return hit
  const out = computeStem(lower)
  if (stems.size > 20_000) stems.clear()
  stems.set(lower, out)
  return out
}

function computeStem(lower: string): string {
  let s = lower.replace(/['’]s$|['’]$/u, '').replace(/ё/g, 'е')
  if (/[\u0400-\u04ff]/.test(s)) {
    for (const e of ENDINGS) {
      if (s.endsWith(e) && s.length - e.length >= 2) {
        s = s.slice(0, -e.length)
        break
      }
    }
  }
  return s
}

const ENDINGS = [
  'ыми',
  'ими',
  'ого',
  'его',
  'ому',
  'ему',
  'ою',
  'ій',
  'ий',
  'ый',
  'ой',
  'ей',
  'ом',
  'ем',
  'ым',
  'им',
  'ові',
  'еві',
  'а',
  'я',
  'у',
  'ю',
  'е',
  'ы',
  'и',
  'о',
  'і',
  'ї',
  'є',
]

export function sameStem(a: string, b: string): boolean {
  if (a === b) return true
  const [s, l] = a.length <= b.length ? [a, b] : [b, a]
  return s.length >= 3 && l.startsWith(s) && l.length - s.length <= 2
}

/** Splits name words into first names and surname, dropping patronymics (Рудь Петро Володимирович → Петро Рудь). */
export function nameSlots(
  parts: string[],
  v: Vocabulary,
): { first: string[]; surname: string; patronymic: boolean } {
  const infl = v.speech.inflection
  const clean = parts.filter((p) => !v.speech.honorifics.has(p.toLowerCase().replace(/\.$/, '')))
  if (clean.length === 0) return { first: [], surname: parts.at(-1) ?? '', patronymic: false }
  if (
    infl &&
    clean.length === 3 &&
    isPatronymic((clean[2] as string).toLowerCase(), infl) &&
    !isPatronymic((clean[1] as string).toLowerCase(), infl)
  ) {
    // Surname first, as in official Ukrainian and Russian usage.
    return { first: [clean[1] as string], surname: clean[0] as string, patronymic: true }
  }
  if (infl && clean.length === 3 && isPatronymic((clean[1] as string).toLowerCase(), infl)) {
    return { first: [clean[0] as string], surname: clean[2] as string, patronymic: true }
  }
  // "Emmanuel De Bock", "Bill de Blasio": a particle belongs to the surname, not to the first names.
  let cut = clean.length - 1
  while (cut > 0 && v.speech.nameParticles.has((clean[cut - 1] as string).toLowerCase())) cut--
  return { first: clean.slice(0, cut), surname: clean.slice(cut).join(' '), patronymic: false }
}

export class Registry {
  readonly clusters: Cluster[] = []
  constructor(readonly v: Vocabulary) {}

  private create(kind: Cluster['kind'], first: string[], surname: string, pos: number): Cluster {
    const c: Cluster = {
      index: this.clusters.length,
      kind,
      first,
      surname,
      forms: new Map(),
      nominativeSurnames: new Set(),
      nominativeFirsts: new Set(),
      roles: [],
      gender: null,
      mentions: 0,
      firstPos: pos,
      description: null,
    }
    this.clusters.push(c)
    return c
  }

  /** The cluster of a full name (two words or more), created or merged by surname and first name. */
  addFullName(parts: string[], pos: number): Cluster {
    const { first, surname } = nameSlots(parts, this.v)
    const sk = nameStem(surname.toLowerCase())
    const fk = first.length ? nameStem((first[0] as string).toLowerCase()) : ''
    let best: Cluster | undefined
    for (const c of this.clusters) {
      if (c.kind !== 'person' || !sameStem(nameStem(c.surname.toLowerCase()), sk)) continue
      const cf = c.first.length ? nameStem((c.first[0] as string).toLowerCase()) : ''
      if (cf && fk && !sameStem(cf, fk)) continue
      best = c
      break
    }
    const c = best ?? this.create('person', first, surname, pos)
    c.gender ??= this.v.speech.firstNames.get((first[0] ?? '').toLowerCase()) ?? null
    if (!c.first.length && first.length) c.first = first
    if (first.length > c.first.length) c.first = first
    return c
  }

  /**
   * A one-word name: the person whose surname (or another name word: "Ким", "Hillary") it is — the one
   * mentioned most — else a new person.
   */
  addSingleName(word: string, pos: number): Cluster {
    const k = nameStem(word.toLowerCase())
    let best: Cluster | undefined
    let bestScore = -1
    for (const c of this.clusters) {
      if (c.kind === 'description') continue
      const bySurname = sameStem(nameStem(c.surname.toLowerCase()), k)
      const byOther = c.first.some((f) => sameStem(nameStem(f.toLowerCase()), k))
      if (!bySurname && !byOther) continue
      const score = (bySurname ? 1000 : 0) + c.mentions
      if (score > bestScore) {
        best = c
        bestScore = score
      }
    }
    return best ?? this.create('person', [], word, pos)
  }

  /** First name + patronymic ("Михайло Іванович"): the latest person with that first name before `pos`. */
  addFirstAndPatronymic(first: string, pos: number, latest: (c: Cluster) => number): Cluster | null {
    const k = nameStem(first.toLowerCase())
    let best: Cluster | null = null
    for (const c of this.clusters) {
      if (c.kind !== 'person' || !c.first.some((f) => sameStem(nameStem(f.toLowerCase()), k))) continue
      if (latest(c) < pos && (!best || latest(c) > latest(best))) best = c
    }
    return best
  }

  addOrg(text: string, pos: number): Cluster {
    const lower = text.toLowerCase()
    for (const c of this.clusters) {
      if ([...c.first, c.surname].join(' ').toLowerCase() === lower) return c
      // An acronym of a multi-word name: IMF = International Monetary Fund.
      if (c.first.length >= 2 && initials(c) === text) {
        c.kind = 'org'
        return c
      }
      if (c.kind === 'org' && !c.first.length && text.includes(' ') && initialsOf(text) === c.surname) {
        const words = text.split(' ')
        c.first = words.slice(0, -1)
        c.surname = words.at(-1) as string
        return c
      }
    }
    const words = text.split(' ')
    return this.create('org', words.slice(0, -1), words.at(-1) as string, pos)
  }

  /**
   * An institution named by a description ("Саратовского гарнизонного военного суда"): one cluster per head
   * and proper adjective, so "Саратовского военного суда" is the same court.
   */
  addInstitution(name: string, head: string, pos: number): Cluster {
    const words = name.split(' ')
    const proper = words.find((w) => /^\p{Lu}/u.test(w))
    for (const c of this.clusters) {
      if (c.kind !== 'description' || !c.description) continue
      const cw = c.description.split(' ')
      const cProper = cw.find((w) => /^\p{Lu}/u.test(w))
      if (
        sameStem(nameStem((cw.at(-1) ?? '').toLowerCase()), nameStem(head)) &&
        proper &&
        cProper &&
        sameStem(nameStem(cProper.toLowerCase()), nameStem(proper.toLowerCase()))
      ) {
        return c
      }
    }
    return this.addDescription(name, pos)
  }

  addDescription(text: string, pos: number): Cluster {
    for (const c of this.clusters) if (c.description === text) return c
    const c = this.create('description', [], text, pos)
    c.description = text
    return c
  }
}

function initials(c: Cluster): string {
  return [...c.first, c.surname].map((w) => w.charAt(0)).join('')
}

function initialsOf(text: string): string {
  return text
    .split(' ')
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w.charAt(0))
    .join('')
}

export function mentionText(
  words: readonly Word[],
  m: Mention,
  text: string,
  from = m.from,
  to = m.to,
): string {
  const a = words[from] as Word
  const b = words[to - 1] as Word
  return text.slice(a.start, b.end)
}
