import type { Agreement, SpeechLexicon } from '../lang/speech'
import { detach } from '../text/detach'
import type { Lexeme } from '../text/tokens'
import {
  countryOf,
  isKindNoun,
  opensOrganisationName,
  organisationOf,
  roleOf,
  type Vocabulary,
} from './vocabulary'

/**
 * What the lexicon says of one lower-case word form ("сказал", "президента", "the"), looked up once per form and
 * shared by every word written so. The mention reader asks a dozen questions of each word (is it a pronoun, a
 * verb of saying, a preposition, an agency…); asked of the form, each is a bit test instead of a hash look-up
 * per word per question. The set look-ups are done when the form is first met; the answers that cut the word
 * into candidate stems (role, country, kind noun, agency case forms) only when first asked.
 */
export interface Form {
  readonly lower: string
  /** The FORM_* bits below. */
  readonly flags: number
  /** A personal pronoun ("он", "she"), or a French inversion carrying one ("a-t-il"): its agreement. */
  readonly pronoun: Agreement | undefined
  /** A demonstrative that stands for a person before a verb of saying (lexicon `demonstrativePronouns`). */
  readonly demonstrative: Agreement | undefined
  /** Lazily: `roleOf`, `countryOf`, `isKindNoun`, `isAgency` of the form (undefined until asked). */
  role: string | null | undefined
  country: string | null | undefined
  kind: boolean | undefined
  agency: boolean | undefined
  /** Lazily: whether the form is a first name of the lexicon or a case form of one (mentions.ts `isFirstName`). */
  firstName: boolean | undefined
  /** Lazily: which Russian/Ukrainian adjective endings the form has (mentions.ts `endingsOf`). */
  endings: number | undefined
  /** Lazily: the form's `stemKey` (word-facts.ts), asked of every capitalised word by the name evidence. */
  stemKey: string | undefined
  /** Lazily: the lexicon's first name the form is a case form of (word-facts.ts `inflectedFirstName`), or null. */
  inflectedFirstName: string | null | undefined
  /** The last reading of an article that saw the form written in lower case (speakers/mentions.ts). */
  lowercaseIn: number
}

export const FORM_STOP = 1
export const FORM_VERB = 1 << 1
export const FORM_PREPOSITION = 1 << 2
export const FORM_DETERMINER = 1 << 3
/** An agency or outlet as listed (ТАСС, reuters); case forms of one are `agency`. */
export const FORM_AGENCY = 1 << 4
export const FORM_HONORIFIC = 1 << 5
export const FORM_NAME_PARTICLE = 1 << 6
export const FORM_ORGANISATION = 1 << 7
/** The first word of a multi-word country form ("северной" of "северной кореи"). */
export const FORM_COUNTRY_HEAD = 1 << 8
/** A word that never starts or continues a person's name (see `nameLike`): stop words, verbs, pronouns… */
export const FORM_NEVER_NAME = 1 << 9
/** A noun that ends an organisation's name ("league" of "Premier League"; `organisationHeads`). */
export const FORM_ORGANISATION_HEAD = 1 << 10
/** A form of the first word of an organisation named by several words («белом» of «белый дом»). */
export const FORM_ORGANISATION_NAME = 1 << 11
/** The first word of a source phrase («по» of «по словам», "according"): `Vocabulary.sourceHeads` has it. */
export const FORM_SOURCE_HEAD = 1 << 12
/** A postposition that makes the mention before it a source (lexicon `sourcePostpositions`). */
export const FORM_SOURCE_POSTPOSITION = 1 << 13
/** A noun of saying ("claim", "statement"; lexicon `speechNouns`). */
export const FORM_SPEECH_NOUN = 1 << 14

/** Forms kept per vocabulary between articles; past this the memo starts afresh (bounded memory). */
const FORMS_LIMIT = 50_000

/**
 * Called before an article's words are read: the memo is only ever emptied between articles, so that within one
 * every word written alike shares one form (marks such as `lowercaseIn` rely on it). One article adds at most its
 * own distinct words, which the input size limit bounds.
 */
export function beginArticle(v: Vocabulary): void {
  // A new map rather than clear(): the lexemes' slots name the map their form came from (formOfLexeme).
  if (v.forms.size >= FORMS_LIMIT) v.forms = new Map()
}

/** The form of a token's lexeme, from the lexeme's slot when it was read from `v`'s current memo (see Lexeme). */
export function formOfLexeme(v: Vocabulary, lx: Lexeme): Form {
  if (lx.formOwner === v.forms) return lx.form as Form
  const form = formOf(v, lx.lower)
  lx.form = form
  lx.formOwner = v.forms
  return form
}

export function formOf(v: Vocabulary, lower: string): Form {
  const hit = v.forms.get(lower)
  if (hit !== undefined) return hit
  // Kept past this article: not a view into its text (see detach).
  const key = detach(lower)
  const form = readForm(v, key)
  v.forms.set(key, form)
  return form
}

function readForm(v: Vocabulary, lower: string): Form {
  const sp = v.speech
  let flags = 0
  if (v.lex.stopWords.has(lower)) flags |= FORM_STOP
  if (sp.verbs.has(lower) || invertedVerb(sp, lower) !== null) flags |= FORM_VERB
  if (sp.prepositions.has(lower)) flags |= FORM_PREPOSITION
  if (sp.determiners.has(lower)) flags |= FORM_DETERMINER
  if (sp.agencies.has(lower)) flags |= FORM_AGENCY
  if (sp.honorifics.has(lower)) flags |= FORM_HONORIFIC
  if (sp.nameParticles.has(lower)) flags |= FORM_NAME_PARTICLE
  if (organisationOf(v, lower) !== null) flags |= FORM_ORGANISATION
  if (sp.organisationHeads.has(lower)) flags |= FORM_ORGANISATION_HEAD
  if (v.countryHeads.has(lower)) flags |= FORM_COUNTRY_HEAD
  if (v.organisationNames.size > 0 && opensOrganisationName(v, lower)) flags |= FORM_ORGANISATION_NAME
  if (v.sourceHeads.has(lower)) flags |= FORM_SOURCE_HEAD
  if (sp.sourcePostpositions.has(lower)) flags |= FORM_SOURCE_POSTPOSITION
  if (sp.speechNouns.has(lower)) flags |= FORM_SPEECH_NOUN
  if (
    flags & (FORM_STOP | FORM_VERB | FORM_PREPOSITION | FORM_AGENCY | FORM_HONORIFIC) ||
    sp.notNames.has(lower) ||
    sp.pronouns.has(lower) ||
    v.sourceWords.has(lower) ||
    flags & FORM_SOURCE_POSTPOSITION
  )
    flags |= FORM_NEVER_NAME
  return {
    lower,
    flags,
    pronoun: sp.pronouns.get(lower) ?? invertedPronoun(lower, sp.pronouns),
    demonstrative: sp.demonstrativePronouns.get(lower),
    role: undefined,
    country: undefined,
    kind: undefined,
    agency: undefined,
    endings: undefined,
    stemKey: undefined,
    inflectedFirstName: undefined,
    firstName: undefined,
    lowercaseIn: 0,
  }
}

/**
 * French inversion of a verb of saying: "dit-il", "indique-t-on" are the verb with its subject — the pronoun's
 * agreement, or 'p' for a pronoun of no one in particular (impersonal, as a plural with no subject is); else null.
 */
export function invertedVerb(sp: SpeechLexicon, lower: string): Agreement | null {
  const dash = lower.indexOf('-')
  if (dash <= 0 || !sp.verbs.has(lower.slice(0, dash))) return null
  const last = lower.lastIndexOf('-')
  if (last !== dash && lower.slice(dash, last + 1) !== '-t-') return null
  const pronoun = lower.slice(last + 1)
  const agreement = sp.pronouns.get(pronoun)
  if (agreement !== undefined) return agreement
  return sp.impersonalPronouns.has(pronoun) ? 'p' : null
}

/** French inversion: "a-t-il", "dit-elle", "explique-t-on" carry the subject pronoun. */
function invertedPronoun(lower: string, pronouns: ReadonlyMap<string, Agreement>): Agreement | undefined {
  const dash = lower.lastIndexOf('-')
  if (dash <= 0) return undefined
  return pronouns.get(lower.slice(dash + 1))
}

export function roleOfForm(v: Vocabulary, f: Form): string | null {
  if (f.role === undefined) f.role = roleOf(v, f.lower)
  return f.role
}

export function countryOfForm(v: Vocabulary, f: Form): string | null {
  if (f.country === undefined) f.country = countryOf(v, f.lower)
  return f.country
}

export function kindOfForm(v: Vocabulary, f: Form): boolean {
  if (f.kind === undefined) f.kind = isKindNoun(v, f.lower)
  return f.kind
}

/** A news agency, in any case form where names decline (ТАСС, «Интерфаксу», РИА). */
export function agencyOfForm(v: Vocabulary, f: Form): boolean {
  if (f.agency === undefined)
    f.agency = (f.flags & FORM_AGENCY) !== 0 || (v.inflected && agencyCaseForm(v, f.lower))
  return f.agency
}

function agencyCaseForm(v: Vocabulary, lower: string): boolean {
  for (let cut = 1; cut <= 2 && cut < lower.length - 2; cut++)
    if (v.speech.agencies.has(lower.slice(0, -cut))) return true
  return false
}
