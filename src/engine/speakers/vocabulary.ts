import type { Lexicon } from '../lang'
import type { Agreement, SpeechLexicon } from '../lang/speech'
import type { Form } from './forms'
import { scriptOf } from './word-facts'

/**
 * Look-up tables built once per language from its SpeechLexicon, so that every question asked per word
 * (is it a role? a country? a verb of saying?) is a few hash look-ups, never a scan of a list.
 */
export interface Vocabulary {
  lex: Lexicon
  speech: SpeechLexicon
  /** Role stems, and how many letters of inflection a word may add to one. */
  roleStems: ReadonlySet<string>
  leaderStems: ReadonlySet<string>
  institutionStems: ReadonlySet<string>
  roleSlack: number
  kindStems: ReadonlySet<string>
  /** Country forms → country id; adjective stems apart. */
  countryForms: ReadonlyMap<string, string>
  countryStems: ReadonlyMap<string, string>
  /** First words of multi-word country forms → the forms ("северной" → ["северной кореи"]). */
  countryHeads: ReadonlyMap<string, string[]>
  sourceHeads: ReadonlyMap<string, (readonly string[])[]>
  /**
   * The interview phrases of two words or more ("interview with", «интервью с»), which announce an interview printed
   * without marks anywhere in the text; a phrase of one word («интервью») is too common in news to, and only presents
   * the name right after it.
   */
  announcingPhrases: readonly (readonly string[])[]
  /** Every word of a source phrase ("nach", "angaben", "von"): none is a name ("Angaben von Anna Schmidt"). */
  sourceWords: ReadonlySet<string>
  inflected: boolean
  /** The script the language is written in (that of its lexicon's role words). */
  script: 'cyr' | 'lat'
  /** Where names decline: organisations' stems ("кремл") → their nominative ("кремль"). */
  organisationStems: ReadonlyMap<string, string>
  /** Organisations of several words (`organisationNames`), by the first three letters of their first word. */
  organisationNames: ReadonlyMap<string, readonly (readonly string[])[]>
  /**
   * Word forms met so far, with the lexicon's facts about each (speakers/forms.ts): the one memo of the answers
   * below, which are asked of a word through its form.
   */
  forms: Map<string, Form>
}

const cache = new WeakMap<Lexicon, Vocabulary>()

export function vocabularyOf(lex: Lexicon): Vocabulary {
  let v = cache.get(lex)
  if (!v) {
    v = build(lex)
    cache.set(lex, v)
  }
  return v
}

function build(lex: Lexicon): Vocabulary {
  const speech = lex.speech
  const countryForms = new Map<string, string>()
  const countryStems = new Map<string, string>()
  const countryHeads = new Map<string, string[]>()
  for (const c of speech.countries) {
    for (const f of c.forms) {
      if (f.endsWith('*')) countryStems.set(f.slice(0, -1), c.id)
      else {
        countryForms.set(f, c.id)
        const head = f.split(' ')[0] as string
        if (head !== f) countryHeads.set(head, [...(countryHeads.get(head) ?? []), f])
      }
    }
  }
  const sourceHeads = new Map<string, (readonly string[])[]>()
  for (const p of speech.sourcePhrases) {
    const head = p[0] as string
    sourceHeads.set(head, [...(sourceHeads.get(head) ?? []), p])
  }
  const inflected = speech.inflection !== null
  return {
    lex,
    speech,
    roleStems: new Set([
      ...speech.roles,
      ...speech.commonerRoles,
      ...speech.institutions,
      ...speech.companyNouns,
    ]),
    leaderStems: new Set(speech.leaderRoles),
    institutionStems: new Set([...speech.institutions, ...speech.companyNouns]),
    roleSlack: inflected ? 4 : 1,
    kindStems: new Set(speech.kindNouns),
    countryForms,
    countryStems,
    countryHeads,
    sourceHeads,
    announcingPhrases: speech.interviewPhrases.filter((p) => p.length > 1),
    sourceWords: new Set(speech.sourcePhrases.flat()),
    inflected,
    script: scriptOf(speech.roles[0] ?? ''),
    organisationStems: new Map(inflected ? [...speech.organisations].map((o) => [stemOf(o), o]) : []),
    organisationNames: byFirstLetters(speech.organisationNames),
    forms: new Map(),
  }
}

function byFirstLetters(names: readonly (readonly string[])[]): Map<string, (readonly string[])[]> {
  const out = new Map<string, (readonly string[])[]>()
  for (const name of names) {
    const key = (name[0] as string).slice(0, 3)
    out.set(key, [...(out.get(key) ?? []), name])
  }
  return out
}

/**
 * Whether the lower-case word is a form of the word of an organisation's name: the word itself, or where names
 * decline all of it but the last two letters (at least three) and a case ending («белом» of «белый», «доме» of
 * «дом», «федерации»).
 */
function nameWordForm(v: Vocabulary, lower: string, word: string): boolean {
  if (!v.inflected) return lower === word
  const stem = word.slice(0, Math.max(3, word.length - 2))
  return lower.startsWith(stem) && lower.length - stem.length <= 4
}

/** Whether the word can open an organisation's name of several words (a form of its first word). */
export function opensOrganisationName(v: Vocabulary, lower: string): boolean {
  for (const name of v.organisationNames.get(lower.slice(0, 3)) ?? [])
    if (nameWordForm(v, lower, name[0] as string)) return true
  return false
}

/**
 * The organisation of several words whose forms `lowers` are, from their start (`organisationNames`), in the
 * nominative («белом», «доме» → «белый дом»), else null.
 */
export function organisationNameOf(v: Vocabulary, lowers: readonly string[]): readonly string[] | null {
  const first = lowers[0]
  if (first === undefined) return null
  for (const name of v.organisationNames.get(first.slice(0, 3)) ?? []) {
    if (name.length > lowers.length) continue
    if (name.every((word, k) => nameWordForm(v, lowers[k] as string, word))) return name
  }
  return null
}

/** The stem of `set` that `word` is an inflected form of (at most `slack` letters added), else null. */
export function stemIn(word: string, set: ReadonlySet<string>, slack: number): string | null {
  // The whole word first: "porte-parole" is a role of its own, not a "parole".
  const head = lastPart(word)
  if (head !== word) {
    const whole = prefixIn(word, set, slack)
    if (whole !== null) return whole
  }
  return prefixIn(head, set, slack)
}

function prefixIn(w: string, set: ReadonlySet<string>, slack: number): string | null {
  for (let len = w.length; len >= Math.max(2, w.length - slack); len--) {
    const p = w.slice(0, len)
    if (set.has(p)) return p
  }
  return null
}

/** "экс-министр" → "министр", "vice-president" → "president": the head of a hyphenated compound. */
function lastPart(word: string): string {
  const i = word.lastIndexOf('-')
  return i > 0 && i < word.length - 2 ? word.slice(i + 1) : word
}

/** The role stem a word is a form of ("президента" → "президент"), else null. Kept on the word's form (forms.ts). */
export function roleOf(v: Vocabulary, lower: string): string | null {
  const stem = stemIn(lower, v.roleStems, v.roleSlack)
  if (
    stem !== null &&
    (v.inflected
      ? adjectiveOfRole(lower, stem) || surnameOfRole(lower, stem) || verbOfRole(lower, stem)
      : !roleEnding(v, endingAfterStem(lower, stem)))
  )
    return null
  return stem ?? deputyRole(v, lower) ?? compoundHead(v, lower)
}

/** What a role word adds to its stem where words do not decline: nothing, or an ending the lexicon allows. */
function roleEnding(v: Vocabulary, ending: string): boolean {
  const endings = v.speech.roleEndings
  return ending === '' || endings === null || ending === endings.plural || ending === endings.feminine
}

/** «замглавы», «замминистра»: a deputy's role, the prefix and the role's stem («замглав»), else null. */
function deputyRole(v: Vocabulary, lower: string): string | null {
  for (const prefix of v.speech.deputyPrefixes) {
    if (!lower.startsWith(prefix) || lower.length < prefix.length + 4) continue
    const rest = lower.slice(prefix.length)
    const stem = stemIn(rest, v.roleStems, v.roleSlack)
    if (stem !== null && !adjectiveOfRole(rest, stem) && !surnameOfRole(rest, stem)) return prefix + stem
  }
  return null
}

/**
 * «Голованов», «Главинова»: a surname made from a role word — a surname's suffix after the stem, more than a case
 * ending — is none itself (a case ending is at most three letters: «министров», «головами»).
 */
function surnameOfRole(lower: string, stem: string): boolean {
  const rest = endingAfterStem(lower, stem)
  return rest.length >= 4 && SURNAME_SUFFIX.test(rest)
}

/** What follows a role's stem in a form of it («журналистам» → «ам»; stemIn found the stem in the word). */
export function endingAfterStem(lower: string, stem: string): string {
  return lower.slice(lower.lastIndexOf(stem) + stem.length)
}

/**
 * «управлял», «судил», «судит»: a verb made on a role's stem (управа, суд) — what follows the stem has an л or a т,
 * which no case ending of a noun has (past tense, infinitive, present).
 */
function verbOfRole(lower: string, stem: string): boolean {
  return /[лт]/u.test(endingAfterStem(lower, stem))
}

/** A Russian or Ukrainian surname's suffix (-анов, -енин, -ов, -ин), opening what follows a role's stem. */
const SURNAME_SUFFIX = /^[аеиоуы]?н?(?:ов|ев|ёв|ин|ын)/u

/**
 * "главном", "генерального", "президентская": an adjective made from a role word — more than a case ending
 * after the stem, and an adjective's ending — qualifies a role ("Главное управление", "генеральный директор");
 * it is none itself.
 */
function adjectiveOfRole(lower: string, stem: string): boolean {
  return lower.length - (lower.lastIndexOf(stem) + stem.length) >= 3 && DERIVED_ADJECTIVE.test(lower)
}

/**
 * An adjective's -н-/-ск-/-цк- suffix and ending, in any case (главн-ом, президентск-ая, головн-ому), or its
 * -ов-/-ев- suffix (суд-ове, суд-овий) — not before -і, where «директор-ові» is a noun's dative.
 */
const DERIVED_ADJECTIVE =
  /(?:(?:н|ск|цк)(?:ий|ый|ой|ая|яя|ое|ее|ие|ые|ого|его|ому|ему|ым|им|ом|ем|ую|ых|их|ыми|ими|ій|ої|ою|ім|а|е|і|у)|(?:ов|ев)(?:ий|ый|ой|ая|ое|ие|ые|ого|ому|ым|им|ом|ую|ых|их|ыми|ими|ій|ої|ою|ім|а|е|у))$/u

/** German compounds put the role last: "Bundeskanzler" → kanzler, "Sportdirektor" → direktor. */
function compoundHead(v: Vocabulary, lower: string): string | null {
  if (!v.speech.capitalisedNouns) return null
  for (let i = 1; i <= lower.length - 5; i++) {
    const r = stemIn(lower.slice(i), v.roleStems, v.roleSlack)
    if (r && r.length >= 5) return r
  }
  return null
}

export function isKindNoun(v: Vocabulary, lower: string): boolean {
  return stemIn(lower, v.kindStems, v.roleSlack + 2) !== null
}

/** A word without the vowel or soft sign that ends its nominative ("кремль" → "кремл", "госдума" → "госдум"). */
function stemOf(lower: string): string {
  return lower.replace(/[аеиоуыьэюяйіїє]$/, '')
}

/**
 * The organisation the lexicon names, in the nominative, of one lower-case word or its case form ("минфина" →
 * "минфин", "кремле" → "кремль"), else null. Case forms only where names decline.
 */
export function organisationOf(v: Vocabulary, lower: string): string | null {
  if (v.speech.organisations.has(lower)) return lower
  for (let cut = 1; cut <= 2 && cut < lower.length - 2; cut++) {
    const nominative = v.organisationStems.get(lower.slice(0, -cut))
    if (nominative) return nominative
  }
  return null
}

/** A written organisation's name in the nominative, its capitals kept ("Минфина" → "Минфин", "МИДа" → "МИД"). */
export function organisationNominative(v: Vocabulary, written: string): string {
  const lower = written.toLowerCase()
  const nominative = organisationOf(v, lower)
  if (nominative === null || nominative === lower) return written
  const stem = stemOf(nominative)
  return written.slice(0, stem.length) + nominative.slice(stem.length)
}

/**
 * Whether the word makes what quotation marks right after it hold a term being named ("so-called", "the phrase"):
 * a marker's form, the marker and an ending as long as a role's may be ("phrases", «называемая»; not "terminal").
 */
export function isTermMarker(v: Vocabulary, lower: string): boolean {
  for (const start of v.speech.termMarkers)
    if (lower.startsWith(start) && lower.length <= start.length + v.roleSlack + 2) return true
  return false
}

/** The country a word names or qualifies ("россии", "рф", "российского", "north"), else null. */
export function countryOf(v: Vocabulary, lower: string): string | null {
  const exact = v.countryForms.get(lower)
  if (exact) return exact
  for (let len = Math.min(lower.length, 16); len >= 4; len--) {
    const id = v.countryStems.get(lower.slice(0, len))
    if (id) return id
  }
  return null
}

export function verbAgreement(v: Vocabulary, lower: string): Agreement | undefined {
  return v.speech.verbs.get(lower)
}
