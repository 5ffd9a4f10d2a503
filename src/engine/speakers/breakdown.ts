import { lowerCase } from '../text/tokens'
import type { Quote, Speaker } from '../types'
import type { Cluster } from './clusters'
import { nameStem, sameStem } from './clusters'
import { looksFeminineOblique, nominativeWord } from './nominative'
import type { Vocabulary } from './vocabulary'
import { firstNameGender, firstNameNominative } from './word-facts'

/**
 * The per-speaker breakdown of API.md: one entry per cluster with at least one quotation, named by the
 * fullest nominative form, with every other form as an alias; sorted by quoted words, then statements.
 */
export function breakdown(
  quotes: Quote[],
  clusterOf: Map<Quote, Cluster>,
  v: Vocabulary,
): { speakers: Speaker[]; idOf: Map<Cluster, string> } {
  const stats = new Map<Cluster, { words: number; direct: string[]; indirect: number; first: number }>()
  for (const q of quotes) {
    const c = clusterOf.get(q)
    if (!c) continue
    let s = stats.get(c)
    if (!s) {
      s = { words: 0, direct: [], indirect: 0, first: q.start }
      stats.set(c, s)
    }
    if (q.kind === 'direct') {
      s.words += countWords(q.text)
      s.direct.push(q.id)
    } else s.indirect++
  }
  const total = [...stats.values()].reduce((a, s) => a + s.words, 0)
  const ordered = [...stats.entries()].sort(
    (a, b) => b[1].words - a[1].words || b[1].indirect - a[1].indirect || a[1].first - b[1].first,
  )
  const idOf = new Map<Cluster, string>()
  const speakers: Speaker[] = ordered.map(([c, s], i) => {
    idOf.set(c, `s${i + 1}`)
    const name = canonicalName(c, v)
    const aliases: string[] = []
    const forms = [...c.forms.entries(), ...c.roles.map((r) => [r.text, r.pos] as [string, number])]
    for (const form of forms.sort((a, b) => a[1] - b[1]).map(([f]) => f)) {
      const clean = form.replace(/['’]s$/u, '')
      if (
        clean !== name &&
        withInitialStops(clean) !== name &&
        !aliases.includes(clean) &&
        !v.speech.pronouns.has(clean.toLowerCase())
      )
        aliases.push(clean)
    }
    return {
      id: `s${i + 1}`,
      name,
      aliases,
      role: roleOf(c),
      quoteCount: s.direct.length,
      statementCount: s.indirect,
      quotedWords: s.words,
      share: total ? Math.round((s.words / total) * 1000) / 1000 : 0,
      quoteIds: s.direct,
    }
  })
  fixShares(speakers, total)
  return { speakers, idOf }
}

/** Rounded shares sum to exactly 1: the rounding error goes to the largest share. */
function fixShares(speakers: Speaker[], total: number): void {
  if (!total || !speakers.length) return
  const sum = speakers.reduce((a, s) => a + s.share, 0)
  const top = speakers[0] as Speaker
  top.share = Math.round((top.share + 1 - sum) * 1000) / 1000
}

function roleOf(c: Cluster): string | null {
  const r = c.roles[0]
  if (!r) return null
  const t = r.text.trim()
  const firstWord = t.split(/\s+/)[0] ?? ''
  // "Президент России" opening a sentence is "президент России" (but "IMF chief economist" keeps its capitals).
  return firstWord.length > 1 &&
    firstWord.slice(1) === firstWord.slice(1).toLowerCase() &&
    c.roles.some((x) => x.text.startsWith(firstWord.toLowerCase()))
    ? t.charAt(0).toLowerCase() + t.slice(1)
    : lowerSentenceCase(t)
}

function lowerSentenceCase(t: string): string {
  const first = t.split(/\s+/)[0] ?? ''
  if (
    first.length > 1 &&
    first.slice(1) === first.slice(1).toLowerCase() &&
    /^\p{Lu}/u.test(first) &&
    /[а-яёіїєґ]/i.test(first)
  ) {
    return t.charAt(0).toLowerCase() + t.slice(1)
  }
  return t
}

/**
 * The fullest name, in the nominative for Russian and Ukrainian; capitals-only surnames in normal case; a person's
 * initials keep their full stops («Анастасия А.», "Susan R. Greenway", «И. Петров»).
 */
export function canonicalName(c: Cluster, v: Vocabulary): string {
  const name = fullestName(c, v)
  return c.kind === 'person' && c.first.length > 0 ? withInitialStops(name) : name
}

/** A name with a full stop after each initial, a word of one capital letter ("Susan R Greenway" → "Susan R. Greenway"). */
export function withInitialStops(name: string): string {
  // Asked of every form of every speaker: the expression runs only on a name that can hold an initial.
  return mayHoldInitial(name) ? name.replace(INITIAL, '$1.') : name
}

const INITIAL = /(?<=^|\s)(\p{Lu})(?=\s|$)/gu

/**
 * Whether `name` has a word of one or two code units (an initial is one code point, which may take two) between
 * characters that may be white space: a superset of the names INITIAL matches in. (Every character `\s` matches
 * counts as a break here, and some that it does not, in U+2000–U+3000: more words, never fewer.)
 */
function mayHoldInitial(name: string): boolean {
  let start = 0
  for (let i = 0; i <= name.length; i++) {
    if (i < name.length && !mayBeSpace(name.charCodeAt(i))) continue
    if (i - start === 1 || i - start === 2) return true
    start = i + 1
  }
  return false
}

function mayBeSpace(c: number): boolean {
  return c <= 0x20 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x3000) || c === 0xfeff
}

function fullestName(c: Cluster, v: Vocabulary): string {
  if (c.description) return c.description
  const infl = v.speech.inflection
  if (c.kind === 'org') return [...c.first, c.surname].join(' ')
  const words = [...c.first, c.surname].map(normalCase)
  if (!infl) return words.join(' ')
  // A first name written in the nominative ("Дмитро Кулеба", "Сергей Лавров") puts its surname there too: a
  // surname in -а is then a nominative (Кулеба), not a genitive to undo (Петрова → Петров).
  if (v.speech.firstNames.has(lowerCase(c.first[0] ?? ''))) return words.join(' ')
  // (The lexicon's first name before the endings' guess: «Сергея» is a man's genitive, not a woman's.)
  const gender = c.gender ?? firstNameGender(v, lowerCase(c.first[0] ?? '')) ?? guessGender(c)
  const attested = [...c.nominativeFirsts, ...c.nominativeSurnames].map(normalCase)
  return words
    .map((w, i) => {
      const k = nameStem(lowerCase(w))
      const seen = attested.find((a) => sameStem(nameStem(lowerCase(a)), k) && a.length <= w.length + 1)
      // A first name the lexicon knows goes to its own nominative («Тоні» → «Тоня», not «Тона»).
      const first = i < c.first.length ? firstNameNominative(v, w) : null
      return seen ?? first ?? nominativeWord(w, gender, infl)
    })
    .join(' ')
}

/**
 * Gender from the name's own forms when no verb showed it: a feminine oblique first name (Ольги, Ольгою); a
 * first name in -а/-я before a surname without a case ending (Ольга Блажкевич — a man's genitive would
 * inflect both: Михайла Шуневича); or a surname that is a feminine adjective (Бобровская, Толстая, Вишневська —
 * a man's would end in -ого or -ому).
 */
function guessGender(c: Cluster): 'f' | null {
  if (c.first.some((f) => looksFeminineOblique(f.toLowerCase()))) return 'f'
  const first = c.first[0]?.toLowerCase() ?? ''
  const surname = c.surname.toLowerCase()
  if (c.first.length > 0 && /(?:ая|[сцз]ька)$/.test(surname)) return 'f'
  return /[ая]$/.test(first) && /[бвгджзклмнпрстфхцчшщь]$/.test(surname) ? 'f' : null
}

/** A surname in capitals in normal case ("NEWMAN" → "Newman"); one without a vowel is an acronym ("BLLV"). */
function normalCase(w: string): string {
  return w.length > 1 && w === w.toUpperCase() && /\p{Lu}/u.test(w) && !/\d/.test(w) && VOWEL.test(w)
    ? w.charAt(0) + w.slice(1).toLowerCase()
    : w
}

const VOWEL = /[AEIOUYÀ-ÆÈ-ÏÒ-ÖØ-ÝАЕЁИОУЫЭЮЯІЇЄ]/u

export function countWords(s: string): number {
  let n = 0
  let inWord = false
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    let letter: boolean
    if (c < 128) letter = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
    // А–я: the bulk of Russian and Ukrainian text.
    else if (c >= 0x410 && c <= 0x44f) letter = true
    else {
      // Anything else by its Unicode category, a whole code point at a time (as `for…of` would).
      const cp = s.codePointAt(i) as number
      letter = LETTER_OR_DIGIT.test(String.fromCodePoint(cp))
      if (cp > 0xffff) i++
    }
    if (letter && !inWord) n++
    inWord = letter || (inWord && (c === 39 || c === 0x2019 || c === 45))
  }
  return n
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u
