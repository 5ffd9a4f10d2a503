import type { Agreement } from '../lang/speech'
import type { Word } from '../quotes/context'
import { detach } from '../text/detach'
import { lowerCase } from '../text/tokens'
import type { Mention } from './mention'
import { isPatronymic } from './nominative'
import type { Vocabulary } from './vocabulary'
import { firstNameGender } from './word-facts'

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
  /**
   * Named as the subject of a verb of saying that is not plural: one speaker. (A plural verb's subject —
   * «Синоптики предупредили» — is a group, whatever its capital says.)
   */
  singularSubject: boolean
  /** Role descriptions learned from the article ("президент России") with their role stem and country. */
  roles: { stem: string; country: string | null; text: string; pos: number }[]
  gender: Agreement
  mentions: number
  firstPos: number
  /** A description standing for a speaker the article does not name ("собеседник агентства"). */
  description: string | null
  /**
   * A description the article brought in indefinitely ("a neighbour", «una vecina», „ein Zeuge“): it tells what
   * kind of person spoke, not who — no speaker (API: `speakerId` null when the article does not say who spoke).
   */
  unnamed: boolean
}

/** Ending-stripped form for comparing inflected names (Путина ~ Путин, Кривошея ~ Кривошей). */
const stems = new Map<string, string>()

export function nameStem(lower: string): string {
  const hit = stems.get(lower)
  if (hit !== undefined) return hit
  // Kept past this article: neither key nor stem a view into its text (see detach).
  const out = detach(computeStem(lower))
  if (stems.size > 20_000) stems.clear()
  stems.set(detach(lower), out)
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
  const clean = parts.filter((p) => !v.speech.honorifics.has(withoutFinalDot(lowerCase(p))))
  if (clean.length === 0) return { first: [], surname: parts.at(-1) ?? '', patronymic: false }
  if (
    infl &&
    clean.length === 3 &&
    isPatronymic(lowerCase(clean[2] as string), infl) &&
    !isPatronymic(lowerCase(clean[1] as string), infl)
  ) {
    // Surname first, as in official Ukrainian and Russian usage.
    return { first: [clean[1] as string], surname: clean[0] as string, patronymic: true }
  }
  if (infl && clean.length === 3 && isPatronymic(lowerCase(clean[1] as string), infl)) {
    return { first: [clean[0] as string], surname: clean[2] as string, patronymic: true }
  }
  // "Emmanuel De Bock", "Bill de Blasio": a particle belongs to the surname, not to the first names.
  let cut = clean.length - 1
  while (cut > 0 && v.speech.nameParticles.has(lowerCase(clean[cut - 1] as string))) cut--
  return { first: clean.slice(0, cut), surname: clean.slice(cut).join(' '), patronymic: false }
}

/** The word without one final full stop ("Mr." → "Mr"). */
function withoutFinalDot(word: string): string {
  return word.endsWith('.') ? word.slice(0, -1) : word
}

/**
 * The most clusters one key lists. Every mention under a key looks at all of its clusters, so a text of thousands
 * of people sharing one surname or one description's head ("John Smith", "Mary Smith", … "the resident") was
 * quadratic: 200,000 characters took seconds. An article names a handful of namesakes; past this many, a later
 * one is not found under the key and makes a cluster of its own. (The bearers of a role are listed so too.)
 */
const MAX_PER_KEY = 64

/**
 * Clusters listed under string keys. A list only grows: a cluster stays under every key it ever had, so a list
 * is a superset of the clusters that match now, and callers re-check their own condition on each candidate.
 */
export class KeyIndex {
  private readonly lists = new Map<string, Cluster[]>()

  add(key: string, c: Cluster): void {
    const list = this.lists.get(key)
    if (!list) this.lists.set(key, [c])
    // (Re-listed under the same key: inOrder drops repeats. Past MAX_PER_KEY the key lists no more: see there.)
    else if (list.at(-1) !== c && list.length < MAX_PER_KEY) list.push(c)
  }

  get(key: string): readonly Cluster[] | undefined {
    return this.lists.get(key)
  }
}

/**
 * Clusters by name stem, findable by any stem `sameStem` accepts: the stem itself, the stems it extends by one
 * or two letters, and those that extend it. Each stem is listed under itself (`exact`) and under its one- and
 * two-letter-shorter prefixes of three letters or more (`extended`), the two cases where it is the longer one.
 */
class StemIndex {
  private readonly exact = new KeyIndex()
  private readonly extended = new KeyIndex()

  add(stem: string, c: Cluster): void {
    this.exact.add(stem, c)
    for (let cut = 1; cut <= 2 && stem.length - cut >= 3; cut++) this.extended.add(stem.slice(0, -cut), c)
  }

  /** Every cluster listed under a stem that `sameStem` may pair with `k` (a superset). */
  candidates(k: string, out: Cluster[]): void {
    push(out, this.exact.get(k))
    if (k.length >= 3) push(out, this.extended.get(k))
    for (let cut = 1; cut <= 2 && k.length - cut >= 3; cut++) push(out, this.exact.get(k.slice(0, -cut)))
  }
}

function push(out: Cluster[], list: readonly Cluster[] | undefined): void {
  if (list) for (const c of list) out.push(c)
}

/** Candidates in creation order, each once: the order in which a scan of all clusters would meet them. */
export function inOrder(cands: Cluster[]): Cluster[] {
  if (cands.length < 2) return cands
  cands.sort((a, b) => a.index - b.index)
  let n = 1
  for (let i = 1; i < cands.length; i++) if (cands[i] !== cands[n - 1]) cands[n++] = cands[i] as Cluster
  cands.length = n
  return cands
}

/**
 * The clusters of one article and the rules that create or find them. Every rule is defined as a scan of all
 * clusters in creation order; the indexes below hand each rule only the clusters that can pass its test (by
 * name stem, full name, initials, description), still in creation order, so a mention costs the same in a
 * 100k-word article with thousands of people as in a short one, and the answer is that of the full scan.
 */
export class Registry {
  readonly clusters: Cluster[] = []
  /** Stems of surnames, of first names. */
  private readonly surnames = new StemIndex()
  private readonly firsts = new StemIndex()
  /** The whole name lower-cased ("international monetary fund"); initials of names of two words or more (IMF). */
  private readonly fullNames = new KeyIndex()
  private readonly initials = new KeyIndex()
  /** Surnames as written (an organisation named by its acronym keeps the acronym as its surname). */
  private readonly surnamesAsWritten = new KeyIndex()
  /** Descriptions: by their text (the first one wins) and by the stem of their head (last) word. */
  private readonly descriptions = new Map<string, Cluster>()
  private readonly descriptionHeads = new StemIndex()
  /**
   * Each cluster's `surnameKey`, worked out once per name (indexName), not per comparison; by cluster index, as a
   * map keyed by the cluster object made V8 create an identity hash for each new cluster.
   */
  private readonly surnameKeys: string[] = []

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
      singularSubject: false,
      roles: [],
      gender: null,
      mentions: 0,
      firstPos: pos,
      description: null,
      unnamed: false,
    }
    this.clusters.push(c)
    this.indexName(c)
    return c
  }

  /**
   * A surname's key for finding and comparing: its stem without the particles that open it, so that "Blasio"
   * and "De Blasio" find "Bill de Blasio", and "Leyen" finds "Ursula von der Leyen". A surname of particles
   * only keeps them.
   */
  private surnameKey(surname: string): string {
    const lower = lowerCase(surname)
    // Most surnames are one word: no particles to strip.
    if (!lower.includes(' ')) return nameStem(lower)
    const words = lower.split(' ')
    let k = 0
    while (k < words.length - 1 && this.v.speech.nameParticles.has(words[k] as string)) k++
    return nameStem(k === 0 ? lower : words.slice(k).join(' '))
  }

  /** Lists a cluster under its current name; called again whenever its first names or surname change. */
  private indexName(c: Cluster): void {
    const key = this.surnameKey(c.surname)
    this.surnameKeys[c.index] = key
    this.surnames.add(key, c)
    for (const f of c.first) this.firsts.add(nameStem(lowerCase(f)), c)
    this.fullNames.add(lowerFullNameOf(c), c)
    if (c.first.length >= 2) this.initials.add(initialsOfCluster(c), c)
    this.surnamesAsWritten.add(c.surname, c)
  }

  private setFirst(c: Cluster, first: string[]): void {
    if (c.first === first) return
    c.first = first
    this.indexName(c)
  }

  /** The cluster of a full name (two words or more), created or merged by surname and first name. */
  addFullName(parts: string[], pos: number): Cluster {
    const { first, surname } = nameSlots(parts, this.v)
    const sk = this.surnameKey(surname)
    const fk = first.length ? nameStem(lowerCase(first[0] as string)) : ''
    const cands: Cluster[] = []
    this.surnames.candidates(sk, cands)
    let best: Cluster | undefined
    for (const c of inOrder(cands)) {
      if (c.kind !== 'person' || !sameStem(this.surnameKeys[c.index] as string, sk)) continue
      const cf = c.first.length ? nameStem(lowerCase(c.first[0] as string)) : ''
      if (cf && fk && !sameStem(cf, fk)) continue
      best = c
      break
    }
    if (!best && this.v.speech.compoundSurnames) best = this.sameWithOtherSurname(first, surname)
    const c = best ?? this.create('person', first, surname, pos)
    // (In any case: «с Вероникой Саркисовой» is a woman.)
    c.gender ??= firstNameGender(this.v, lowerCase(first[0] ?? ''))
    if (!c.first.length && first.length) this.setFirst(c, first)
    if (first.length > c.first.length) this.setFirst(c, first)
    return c
  }

  /**
   * Where people carry two surnames (SpeechLexicon.compoundSurnames): the person named before with one surname
   * more or one fewer, the same first name and the first surname in common. «Martín Gómez» after «Martín Gómez
   * Rodríguez» is him; «María Esther Caero Silva» after «María Esther Caero» is her, now named in full.
   */
  private sameWithOtherSurname(first: string[], surname: string): Cluster | undefined {
    if (first.length === 0) return undefined
    const given = nameStem(lowerCase(first[0] as string))
    const sameGiven = (c: Cluster) =>
      c.kind === 'person' && c.first.length > 0 && sameStem(nameStem(lowerCase(c.first[0] as string)), given)
    const cands: Cluster[] = []
    if (first.length === 1) {
      // One surname: someone named before with it as the last of their first names' slots, and one more after.
      this.firsts.candidates(nameStem(lowerCase(surname)), cands)
      return inOrder(cands).find(
        (c) =>
          sameGiven(c) &&
          c.first.length === 2 &&
          sameStem(nameStem(lowerCase(c.first[1] as string)), nameStem(lowerCase(surname))),
      )
    }
    // Two surnames: someone named before with the first of them as their surname.
    const firstSurname = first.at(-1) as string
    const key = this.surnameKey(firstSurname)
    this.surnames.candidates(key, cands)
    const c = inOrder(cands).find(
      (x) =>
        sameGiven(x) &&
        x.first.length === first.length - 1 &&
        sameStem(this.surnameKeys[x.index] as string, key),
    )
    if (!c) return undefined
    c.first = first
    c.surname = surname
    this.indexName(c)
    return c
  }

  /**
   * A one-word name: the person whose surname (or another name word: "Ким", "Hillary") it is — the one
   * mentioned most — else a new person.
   */
  addSingleName(word: string, pos: number): Cluster {
    const k = nameStem(lowerCase(word))
    const cands: Cluster[] = []
    this.surnames.candidates(k, cands)
    this.firsts.candidates(k, cands)
    let best: Cluster | undefined
    let bestScore = -1
    for (const c of inOrder(cands)) {
      if (c.kind === 'description') continue
      const bySurname = sameStem(this.surnameKeys[c.index] as string, k)
      const byOther = c.first.some((f) => sameStem(nameStem(lowerCase(f)), k))
      if (!bySurname && !byOther) continue
      const score = (bySurname ? 1000 : 0) + c.mentions
      if (score > bestScore) {
        best = c
        bestScore = score
      }
    }
    if (best) return best
    const c = this.create('person', [], word, pos)
    // "John was angry. “…,” he says": a first name alone is a person of its gender, not a place or a thing.
    c.gender = firstNameGender(this.v, lowerCase(word))
    return c
  }

  /** First name + patronymic ("Михайло Іванович"): the latest person with that first name before `pos`. */
  addFirstAndPatronymic(first: string, pos: number, latest: (c: Cluster) => number): Cluster | null {
    const k = nameStem(lowerCase(first))
    const cands: Cluster[] = []
    this.firsts.candidates(k, cands)
    let best: Cluster | null = null
    for (const c of inOrder(cands)) {
      if (c.kind !== 'person' || !c.first.some((f) => sameStem(nameStem(lowerCase(f)), k))) continue
      if (latest(c) < pos && (!best || latest(c) > latest(best))) best = c
    }
    return best
  }

  /** The one person whose surname `word` is, whatever its case ("EHRENBERG" → Herbert Ehrenberg), else null. */
  personWithSurname(word: string): Cluster | null {
    const k = nameStem(lowerCase(word))
    return this.onePerson(this.surnames, k, (c) => sameStem(this.surnameKeys[c.index] as string, k))
  }

  /** The one person whose first name `word` is, in any case form (vocative «Оксано» → Оксана Лівач), else null. */
  personWithFirstName(word: string): Cluster | null {
    const k = nameStem(lowerCase(word))
    return this.onePerson(this.firsts, k, (c) => c.first.some((f) => sameStem(nameStem(lowerCase(f)), k)))
  }

  private onePerson(index: StemIndex, k: string, named: (c: Cluster) => boolean): Cluster | null {
    const cands: Cluster[] = []
    index.candidates(k, cands)
    let found: Cluster | null = null
    for (const c of cands) {
      if (c.kind !== 'person' || c === found || !named(c)) continue
      if (found) return null
      found = c
    }
    return found
  }

  /** The organisation named exactly so (lower-cased), if the article has one. */
  orgNamed(lower: string): Cluster | null {
    for (const c of this.fullNames.get(lower) ?? []) if (c.kind === 'org') return c
    return null
  }

  addOrg(text: string, pos: number): Cluster {
    const lower = text.toLowerCase()
    const acronym = text.includes(' ') ? initialsOf(text) : null
    const cands: Cluster[] = []
    push(cands, this.fullNames.get(lower))
    push(cands, this.initials.get(text))
    if (acronym !== null) push(cands, this.surnamesAsWritten.get(acronym))
    for (const c of inOrder(cands)) {
      if (lowerFullNameOf(c) === lower) return c
      // An acronym of a multi-word name: IMF = International Monetary Fund.
      if (c.first.length >= 2 && initialsOfCluster(c) === text) {
        c.kind = 'org'
        return c
      }
      if (c.kind === 'org' && !c.first.length && acronym !== null && acronym === c.surname) {
        const words = text.split(' ')
        c.first = words.slice(0, -1)
        c.surname = words.at(-1) as string
        this.indexName(c)
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
    const cands: Cluster[] = []
    if (proper) this.descriptionHeads.candidates(nameStem(head), cands)
    for (const c of inOrder(cands)) {
      if (c.kind !== 'description' || !c.description) continue
      const cw = c.description.split(' ')
      const cProper = cw.find((w) => /^\p{Lu}/u.test(w))
      if (
        sameStem(nameStem(lowerCase(cw.at(-1) ?? '')), nameStem(head)) &&
        proper &&
        cProper &&
        sameStem(nameStem(lowerCase(cProper)), nameStem(lowerCase(proper)))
      ) {
        return c
      }
    }
    return this.addDescription(name, pos)
  }

  /** The latest description whose head (last word) has this word's stem ("local resident" for "resident"), or null. */
  descriptionWithHead(head: string): Cluster | null {
    const k = nameStem(head)
    const cands: Cluster[] = []
    this.descriptionHeads.candidates(k, cands)
    let latest: Cluster | null = null
    for (const c of inOrder(cands)) {
      const last = (c.description ?? '').split(' ').at(-1) ?? ''
      if (c.kind === 'description' && sameStem(nameStem(lowerCase(last)), k)) latest = c
    }
    return latest
  }

  addDescription(text: string, pos: number, unnamed = false): Cluster {
    const known = this.descriptions.get(text)
    if (known) return known
    const c = this.create('description', [], text, pos)
    c.description = text
    c.unnamed = unnamed
    this.descriptions.set(text, c)
    this.descriptionHeads.add(nameStem(lowerCase(text.split(' ').at(-1) ?? '')), c)
    return c
  }
}

/**
 * Someone unnamed whom a gendered pronoun can find: their role or a verb told their gender, and it agrees ("…,"
 * said his mother. She added: "…"). Descriptions of no known gender are left to no pronoun.
 */
export function knownGender(c: Cluster, agreement: Agreement): boolean {
  return (agreement === 'm' || agreement === 'f') && c.gender === agreement
}

/** First names and surname, as written, in one string. */
export function fullNameOf(c: Cluster): string {
  return c.first.length ? `${c.first.join(' ')} ${c.surname}` : c.surname
}

/**
 * `fullNameOf(c).toLowerCase()`, word by word through the words' lexemes (lowerCase): the same string, as lower
 * case looks across no space (only a final sigma depends on its neighbours, and a space ends a word), without a
 * pass through ICU for every name outside ASCII.
 */
function lowerFullNameOf(c: Cluster): string {
  let out = ''
  for (const f of c.first) out += `${lowerCase(f)} `
  return out + lowerCase(c.surname)
}

function initialsOfCluster(c: Cluster): string {
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
  return text.slice(a.start, pastClosingMarks(text, a.start, b.end))
}

/**
 * `end`, moved past the closing marks of names in marks that text[start, end) opens and leaves open («тренер
 * «Шахтера» — the mention's last word is a word of the name, its closing mark not).
 */
export function pastClosingMarks(text: string, start: number, end: number): number {
  // Most mentions hold no mark: the list of closers awaited is made only at the first opener.
  let expected: number[] | null = null
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i)
    // “ closes „ (German, Russian) or opens “…” (English).
    if ((c === RIGHT_GUILLEMET || c === RIGHT_QUOTE || c === LEFT_QUOTE) && expected?.at(-1) === c) {
      expected.pop()
      continue
    }
    const closer =
      c === LEFT_GUILLEMET
        ? RIGHT_GUILLEMET
        : c === LOW_QUOTE
          ? LEFT_QUOTE
          : c === LEFT_QUOTE
            ? RIGHT_QUOTE
            : 0
    if (closer === 0) continue
    expected ??= []
    expected.push(closer)
  }
  while (expected && expected.length > 0 && text.charCodeAt(end) === expected.at(-1)) {
    expected.pop()
    end++
  }
  return end
}

const LEFT_GUILLEMET = 0xab // «
const RIGHT_GUILLEMET = 0xbb // »
const LOW_QUOTE = 0x201e // „
const LEFT_QUOTE = 0x201c // “
const RIGHT_QUOTE = 0x201d // ”
