import type { Agreement } from '../lang/speech'
import type { Word } from '../quotes/context'
import {
  agencyOfForm,
  countryOfForm,
  FORM_AGENCY,
  FORM_COUNTRY_HEAD,
  FORM_DETERMINER,
  FORM_HONORIFIC,
  FORM_NAME_PARTICLE,
  FORM_NEVER_NAME,
  FORM_ORGANISATION,
  FORM_ORGANISATION_HEAD,
  FORM_ORGANISATION_NAME,
  FORM_PREPOSITION,
  FORM_STOP,
  FORM_VERB,
  kindOfForm,
  roleOfForm,
} from './forms'
import { isPatronymic } from './nominative'
import { organisationNameOf, type Vocabulary } from './vocabulary'
import {
  countryOfWord,
  ENDS_ADJECTIVE,
  ENDS_NAME_ADJECTIVE,
  ENDS_PROPER_ADJECTIVE,
  endingsOf,
  is,
  isAbbreviationWord,
  isAcronym,
  isDigit,
  isFirstName,
  kindNounWord,
  POSSESSIVE,
  plainGap,
  roleGap,
  roleOfWord,
  scriptOf,
  stemKey,
  trimmed,
} from './word-facts'

export type MentionKind = 'name' | 'role' | 'pronoun' | 'org'

/** A way the text refers to a possible speaker: words [from, to) of the word list. */
export interface Mention {
  kind: MentionKind
  from: number
  to: number
  /** For a role followed by a name ("президент России Владимир Путин"): where the name starts, else -1. */
  nameFrom: number
  agreement: Agreement
  /** "Trump's", "Clinton’s": the owner of something, not the subject. */
  possessive: boolean
  /** Right after a preposition ("в Пекине", "with Obama"): a place or an object, not the subject. */
  governed: boolean
  country: string | null
  /** The role stem of a role mention ("президент"). */
  role: string | null
}

/** What the article as a whole says about capitalisation: which capitalised words are names here. */
export interface NameEvidence {
  /** Lower-case words seen capitalised inside a sentence, by `stemKey`. */
  capitalisedInside: ReadonlySet<string>
  /**
   * Words the lexicon says are no names (months, weekdays) that the article writes capitalised right after a
   * first name ("Theresa May", "Keith May"): here they are a surname too ("…," May said). Lower case.
   */
  surnames: ReadonlySet<string>
  /** This reading's mark on the forms (speakers/forms.ts) seen written in lower case; see `writtenLowercase`. */
  stamp: number
}

/** Function words that no first name before them makes a surname. */
const NOT_A_SURNAME = FORM_STOP | FORM_VERB | FORM_PREPOSITION | FORM_DETERMINER

/** Numbers the readings, so that a form's `lowercaseIn` from an earlier article means nothing in this one. */
let readings = 0

export function nameEvidence(words: readonly Word[], v: Vocabulary): NameEvidence {
  const capitalisedInside = new Set<string>()
  const surnames = new Set<string>()
  const stamp = ++readings
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word
    if (w.quote >= 0) continue
    // Marked on the shared form rather than added to a set: one store instead of a hash insert per word.
    if (!w.capitalized) w.form.lowercaseIn = stamp
    else if (!w.initial) capitalisedInside.add(stemKey(w.lower))
    if (w.capitalized && is(w, FORM_NEVER_NAME) && !is(w, NOT_A_SURNAME) && v.speech.notNames.has(w.lower)) {
      const prev = words[i - 1]
      if (prev?.capitalized && prev.sentence === w.sentence && plainGap(w.gap) && isFirstName(v, prev))
        surnames.add(w.lower)
    }
  }
  return { capitalisedInside, surnames, stamp }
}

/** Whether the article writes the word's form in lower case somewhere (outside quotations). */
export function writtenLowercase(ev: NameEvidence, w: Word): boolean {
  return w.form.lowercaseIn === ev.stamp
}

/** Whether a capitalised word can start or continue a person's name in this article. */
export function nameLike(w: Word, v: Vocabulary, ev: NameEvidence, inside = false): boolean {
  if (!w.capitalized || w.quote >= 0 || w.titled) return false
  const lower = w.lower
  if (is(w, FORM_NEVER_NAME) && (ev.surnames.size === 0 || !ev.surnames.has(lower))) return false
  if (countryOfWord(v, w) !== null && !w.text.includes(' ')) return false
  if (roleOfWord(v, w) !== null) return false
  if (isAcronym(w)) return false
  if (w.initial && !inside) {
    // A capital at the start of a sentence proves nothing: the word must be capitalised elsewhere too and
    // never written in lower case (or open a run of names: see initialName).
    if (writtenLowercase(ev, w) || !ev.capitalisedInside.has(stemKey(lower))) return false
  }
  return true
}

/** "Владимир Путин прибыл…", "Warren said…": a first word that opens a run of names, or a verb of saying's subject. */
function initialName(r: MentionReader, i: number): boolean {
  const w = r.words[i] as Word
  const next = r.words[i + 1]
  if (!w.initial || !next || next.sentence !== w.sentence || !plainGap(next.gap)) return false
  if (writtenLowercase(r.ev, w) || !nameLike(w, r.v, r.ev, true)) return false
  // "Warren said …": the subject of a verb of saying.
  if (!next.capitalized && is(next, FORM_VERB)) return true
  return nameLike(next, r.v, r.ev, true) && !isAcronym(next)
}

export interface MentionReader {
  words: readonly Word[]
  v: Vocabulary
  ev: NameEvidence
}

/**
 * Reads the mention that starts at word i (bounded by `limit`), or null. Names are runs of name-like words
 * (with particles: de, van, bin); roles are a role word with its modifiers, possibly followed by a name.
 */
export function readMention(r: MentionReader, i: number, limit: number): Mention | null {
  const { words, v, ev } = r
  const w = words[i]
  if (!w || w.quote >= 0) return null
  const sp = v.speech
  const prev = i > 0 ? (words[i - 1] as Word) : undefined
  const gap = trimmed(w.gap)
  const sameClause = prev !== undefined && prev.sentence === w.sentence && (gap === '' || gap === '.')
  const governed = sameClause && (!prev.capitalized || prev.initial) && governs(words, i - 1)
  const pron = w.form.pronoun
  if (pron !== undefined) return mention('pronoun', i, i + 1, pron, governed)
  if (sp.ageDescriptor && isDigit(w.text.charCodeAt(0)) && sp.ageDescriptor.test(w.lower)) {
    // "the 45-year-old said": a description with no role of its own, resolved to the person named before it.
    const m = mention('role', i, i + 1, null, governed)
    m.role = AGE_ROLE
    return m
  }
  if (w.titled) {
    const titled = titledSubject(r, i, limit)
    if (titled) return titled
  }
  if (multiWordCountry(r, i)) return null
  // "in May": a surname that is also a month (NameEvidence `surnames`) is the month after a preposition.
  if (governed && ev.surnames.size > 0 && ev.surnames.has(w.lower)) return null
  // «в Белом доме», «Совета Федерации»: an organisation of several words the lexicon names.
  if (w.capitalized && is(w, FORM_ORGANISATION_NAME)) {
    const name = organisationNameAt(r, i, limit)
    if (name) return mention('org', i, i + name.length, null, governed)
  }
  // "РИА Новости", "Интерфаксу": an agency relays; a capitalised word right after one in its sentence is part of
  // its name (a paragraph's first word has no gap: "…told Reuters.¶John Smith" is two names), unless it is a
  // first name ("a assuré à l'AFP Jean Dupont"). "A BBC spokesman said": then the broadcaster speaks for itself.
  if (agencyOfForm(v, w.form) && unnamedSpokesperson(r, i + 1, limit))
    return mention('org', i, i + 2, null, governed)
  if (
    agencyOfForm(v, w.form) ||
    (prev &&
      w.capitalized &&
      prev.sentence === w.sentence &&
      !trimmed(w.gap) &&
      agencyOfForm(v, prev.form) &&
      !isFirstName(v, w))
  )
    return null
  if (w.capitalized && prev && prev.sentence === w.sentence && !thingBefore(r, i)) {
    // «Van Gaal», "De Bock", "Von der Leyen": a capitalised particle opens the name.
    const name = is(w, FORM_NAME_PARTICLE) ? afterParticles(r, i + 1) : -1
    if (name > i) return nameOrOrganisation(r, i, nameEnd(r, name, limit), governed)
  }
  if (
    w.capitalized &&
    !w.titled &&
    !isAcronym(w) &&
    prev &&
    prev.sentence === w.sentence &&
    is(prev, FORM_DETERMINER) &&
    plainGap(w.gap) &&
    roleOfWord(v, w) === null &&
    !demonymBeforeRole(r, i, limit)
  ) {
    // "the Chicago Police Department", "la Flandre", "des Chores": a capitalised run after an article names a
    // thing or an organisation (one word where every noun has a capital).
    let end = i + 1
    while (
      !sp.capitalisedNouns &&
      end < limit &&
      (words[end] as Word).capitalized &&
      (words[end] as Word).sentence === w.sentence && // "for the Ton. Laura Jensen said": two sentences
      plainGap((words[end] as Word).gap)
    )
      end++
    // "a Tesco spokesperson", "a White House official": someone unnamed speaking for the organisation, which is
    // the speaker (the model names it without the role): a spokesperson's, or any role's of an organisation the
    // lexicon knows. Not a nationality: "a Russian official" is no one's; nor another role of someone named only
    // by a capitalised word ("the Leicester striker" is a player, not the club).
    const after = words[end]
    const role = after ? roleOfWord(v, after) : null
    if (
      sp.headFinal &&
      after &&
      end < limit &&
      !after.capitalized &&
      plainGap(after.gap) &&
      role !== null &&
      (countryOfWord(v, words[end - 1] as Word) === null || is(words[end - 1] as Word, FORM_ORGANISATION))
    ) {
      const speaksFor = sp.spokespersons.includes(role) || is(w, FORM_ORGANISATION)
      if (!speaksFor) return readRole(r, i, limit, governed)
      end++
    }
    return mention('org', i, end, null, governed)
  }
  // "Саратовского гарнизонного военного суда", "Главного управления": an adjective from a place name, or one
  // that opens an institution's name, before a role.
  if (
    v.inflected &&
    w.capitalized &&
    (endingsOf(w) & (ENDS_PROPER_ADJECTIVE | ENDS_NAME_ADJECTIVE)) !== 0 &&
    adjectiveBeforeRole(r, i, limit)
  )
    return readRole(r, i, limit, governed)
  if (w.capitalized && (opensTitle(r, i, limit) || demonymBeforeRole(r, i, limit)))
    return readRole(r, i, limit, governed)
  if (dottedAbbreviation(r, i)) return null
  if ((nameLike(w, v, ev) || initialName(r, i)) && !thingBefore(r, i))
    return nameOrOrganisation(r, i, nameEnd(r, i, limit), governed)
  if (roleOfWord(v, w) !== null || countryOfWord(v, w) !== null || adjectiveBeforeRole(r, i, limit)) {
    const role = readRole(r, i, limit, governed)
    // «Кремль», "the Kremlin": a seat of power that qualifies roles («глава Кремля») speaks as the organisation
    // when no role follows it.
    if (role || !knownOrganisation(v, w)) return role
  }
  // An acronym of a thing (ДТП, GDP: `notNames`) is no organisation.
  if (w.capitalized && isAcronym(w) && !is(w, FORM_AGENCY) && !acronymOfThing(v, w)) {
    // "EL PAÍS", "LE MONDE": an article in capitals opens a name written in capitals, one organisation.
    let end = i + 1
    if (is(w, FORM_DETERMINER))
      while (end < limit && isAcronym(words[end] as Word) && plainGap((words[end] as Word).gap)) end++
    // "A BBC spokesman said": as "a Tesco spokesperson", the organisation speaks (not "BBC spokesman Tim Smith").
    else if (unnamedSpokesperson(r, end, limit)) end++
    return mention('org', i, end, null, governed)
  }
  if (knownOrganisation(v, w)) return mention('org', i, i + 1, null, governed)
  return null
}

/** ДТП, GDP (`notNames`): an acronym of a thing; not an article in capitals ("EL PAÍS"). */
function acronymOfThing(v: Vocabulary, w: Word): boolean {
  return !is(w, FORM_DETERMINER) && v.speech.notNames.has(w.lower)
}

/**
 * "U.S.", "U.N.": single capitals joined by full stops with no space, and no name after them, are an abbreviation,
 * not a person's initials ("Two U.S. officials said"; "J.K. Rowling" has her surname after).
 */
function dottedAbbreviation(r: MentionReader, i: number): boolean {
  const { words } = r
  let k = i
  while (k + 1 < words.length) {
    const w = words[k] as Word
    const next = words[k + 1] as Word
    if (
      w.text.length !== 1 ||
      !w.capitalized ||
      next.gap !== '.' ||
      next.text.length !== 1 ||
      !next.capitalized
    )
      break
    k++
  }
  if (k === i) return false
  const after = words[k + 1]
  return !(after && nameLike(after, r.v, r.ev, true))
}

/**
 * A capitalised word the lexicon knows as an organisation («Минфин», "the Kremlin"). Opening a sentence too where
 * names decline (Минфин опубликовал данные); not in English, where "White" opens sentences of its own.
 */
function knownOrganisation(v: Vocabulary, w: Word): boolean {
  return w.capitalized && (!w.initial || v.inflected) && is(w, FORM_ORGANISATION)
}

/** The organisation of several words (`organisationNames`) that words [i, limit) open with, or null. */
function organisationNameAt(r: MentionReader, i: number, limit: number): readonly string[] | null {
  const lowers: string[] = []
  for (let k = i; k < Math.min(limit, i + MAX_ORGANISATION_NAME); k++) {
    const w = r.words[k] as Word
    if (k > i && (w.sentence !== (r.words[i] as Word).sentence || !plainGap(w.gap))) break
    lowers.push(w.lower)
  }
  return organisationNameOf(r.v, lowers)
}

const MAX_ORGANISATION_NAME = 3

/** The most words of a name in marks that can be an organisation's («Российские железные дороги»). */
const MAX_TITLED_NAME = 4

/**
 * A name in quotation marks as the subject of a verb of saying: «Газпром» заявил, компания «Газпром» сообщила,
 * «…», — заявил «Газпром» / сообщила компания «Газпром». An organisation, named in the nominative it has there.
 * Only next to the verb, and after it only where the clause ends with the name: «…», — сообщил «Известиям» Иван
 * Петров is Петров's. Elsewhere a title is a work's or a thing's.
 */
function titledSubject(r: MentionReader, i: number, limit: number): Mention | null {
  const { words, v } = r
  const w = words[i] as Word
  if (!w.capitalized || !OPENING_MARK.test(w.gap)) return null
  const end = titleEnd(words, i, limit)
  if (end - i > MAX_TITLED_NAME) return null
  const after = words[end]
  const sameSentence = (x: Word | undefined) => x !== undefined && x.sentence === w.sentence
  // The noun that says what the name is («компания «Газпром»») goes with it.
  const kind = sameSentence(words[i - 1]) && kindOfForm(v, (words[i - 1] as Word).form)
  const lead = kind ? i - 1 : i
  const before = words[lead - 1]
  // «Газпром» заявил: the verb right after the closing mark, the name opening its clause.
  const opensClause = !sameSentence(before) || /[,;:—–(]/.test((words[lead] as Word).gap)
  if (
    opensClause &&
    sameSentence(after) &&
    is(after as Word, FORM_VERB) &&
    /^[»"”“]\s*$/.test((after as Word).gap)
  )
    return mention('org', i, end, null, false)
  // — заявил «Газпром» / сообщила компания «Газпром», where the clause ends with the name.
  const closesClause = !sameSentence(after) || /[,;.!?]/.test((after as Word).gap)
  if (sameSentence(before) && is(before as Word, FORM_VERB) && closesClause)
    return mention('org', i, end, null, false)
  return null
}

const OPENING_MARK = /[«“„"]/
const ANY_MARK = /[«»"“”„]/

/** Where the words in quotation marks that open at word `start` end: the next mark or an untitled word. */
export function titleEnd(words: readonly Word[], start: number, limit: number): number {
  let end = start + 1
  while (end < limit && (words[end] as Word).titled && !ANY_MARK.test((words[end] as Word).gap)) end++
  return end
}

/**
 * Whether the word at `at` puts the next word in a preposition's phrase: it is a preposition, or an article or
 * possessive right after one («в своем Telegram-канале», "in its Moscow office"), which is not a subject either.
 */
function governs(words: readonly Word[], at: number): boolean {
  const w = words[at] as Word
  if (is(w, FORM_PREPOSITION)) return true
  const before = words[at - 1]
  return (
    is(w, FORM_DETERMINER) &&
    before !== undefined &&
    before.sentence === w.sentence &&
    plainGap(w.gap) &&
    !before.capitalized &&
    is(before, FORM_PREPOSITION)
  )
}

/**
 * The name in words [from, end): a person's, or an organisation's when its last word is one that ends such
 * names ("Manchester City", "the Premier League", "Welsh Labour": not Mr City, Mr League or Mr Labour).
 */
function nameOrOrganisation(r: MentionReader, from: number, end: number, governed: boolean): Mention {
  const last = r.words[end - 1] as Word
  const possessive = POSSESSIVE.test(last.text)
  // «Кремль», «Минфина»: one word the lexicon knows as an organisation.
  // «Генштабі ЗСУ», «МИД РФ»: one with the acronym of whose it is.
  const known = is(r.words[from] as Word, FORM_ORGANISATION) && (end - from === 1 || isAcronym(last))
  const org = endsOrganisation(r, end) || known
  const m = mention(org ? 'org' : 'name', from, end, null, governed)
  m.possessive = possessive
  return m
}

/** Whether the word before `end` ends an organisation's name ("League", "League's"). */
function endsOrganisation(r: MentionReader, end: number): boolean {
  const last = r.words[end - 1] as Word | undefined
  if (!last) return false
  if (is(last, FORM_ORGANISATION_HEAD)) return true
  const possessive = last.lower.match(POSSESSIVE)
  return possessive !== null && r.v.speech.organisationHeads.has(last.lower.slice(0, possessive.index))
}

/**
 * Whether the word before a capitalised word shows it is a thing, not a person: an article or possessive
 * ("la Flandre", "des Chores"), a noun that introduces a title ("book, Living History"), or — where all nouns
 * are capitalised — an inflected adjective ("seinen deutschen Landsmann").
 */
function thingBefore(r: MentionReader, at: number): boolean {
  const sp = r.v.speech
  const w = r.words[at] as Word
  const prev = r.words[at - 1]
  if (!prev) return false
  if (prev.sentence !== w.sentence || (w.gap !== ' ' && /[.!?;:«»"“”]/.test(w.gap))) return false
  if (!prev.capitalized && is(prev, FORM_DETERMINER)) return true
  // "the book, Living History": unmarked titles follow such nouns where titles are not put in guillemets.
  if (!r.v.inflected && kindNounWord(r.v, prev)) return true
  const before = at > 1 ? (r.words[at - 2] as Word) : undefined
  const afterAgency = agencyOfForm(r.v, prev.form) && isFirstName(r.v, w)
  if (!sp.capitalisedNouns && prev.capitalized && !w.gap.includes(',') && !afterAgency) {
    // "des Travaux Publics": a capitalised run that started after an article is one thing to its end (a comma
    // ends it: "la République, Emmanuel Macron"; so does a first name after an agency: "à l'AFP Jean Dupont").
    let k = at - 1
    while (k > 0 && at - k < 5 && (r.words[k] as Word).capitalized && !trimmed((r.words[k] as Word).gap)) k--
    const start = r.words[k] as Word
    if (k < at - 1 && !start.capitalized && start.sentence === w.sentence && is(start, FORM_DETERMINER))
      return true
  }
  if (
    sp.capitalisedNouns &&
    !prev.capitalized &&
    before &&
    (!before.capitalized || before.initial) &&
    is(before, FORM_DETERMINER) &&
    /(?:e|en|er|es|em)$/.test(prev.lower)
  ) {
    return true
  }
  return false
}

function mention(
  kind: MentionKind,
  from: number,
  to: number,
  agreement: Agreement,
  governed: boolean,
): Mention {
  return { kind, from, to, nameFrom: -1, agreement, possessive: false, governed, country: null, role: null }
}

function nameEnd(r: MentionReader, i: number, limit: number): number {
  const { words, v, ev } = r
  const first = words[i] as Word
  let end = i + 1
  // A name does not run on past a possessive ("Trump's").
  if (POSSESSIVE.test(first.text)) return end
  // "explique au Monde Marie Martin": after a preposition, a first name after the first word starts the subject.
  const governedFirst = i > 0 && is(words[i - 1] as Word, FORM_PREPOSITION) && !isFirstName(v, first)
  while (end < limit) {
    const w = words[end] as Word
    const prev = words[end - 1] as Word
    if (!plainGap(w.gap) || (w.gap.includes('.') && !isAbbreviationWord(prev))) break
    if (scriptOf(w.text) !== scriptOf(first.text)) break
    if (governedFirst && end === i + 1 && isFirstName(v, w)) break
    if (
      nameLike(w, v, ev, true) ||
      (isAcronym(w) &&
        w.text.length > 2 &&
        w.sentence === first.sentence &&
        !is(w, FORM_AGENCY) &&
        end - i === 1 &&
        /\p{Ll}/u.test(first.text))
    ) {
      end++
      if (POSSESSIVE.test(w.text)) break
      continue
    }
    // "Bill de Blasio", "Ursula von der Leyen", "Lula da Silva": particles between name words. Where every noun
    // has a capital, a particle after a first name and a surname says where the person is from ("Anna Schmidt von
    // der Commerzbank").
    // Where every noun has a capital, an article opens no particle run ("sagte Grieder der Mitteilung zufolge"):
    // it goes on one only ("von der Leyen", "Van der Bellen").
    const article = v.speech.capitalisedNouns && is(w, FORM_DETERMINER) && !is(prev, FORM_NAME_PARTICLE)
    const particle = is(w, FORM_NAME_PARTICLE) && !article
    const affiliation = particle && v.speech.capitalisedNouns && end - i >= 2 && isFirstName(v, first)
    const name = particle && !affiliation ? afterParticles(r, end + 1) : -1
    if (name > end && name < limit) {
      end = name + 1
      continue
    }
    break
  }
  return end
}

/**
 * After a name particle, at word j: the index of the capitalised name word that follows it and at most two
 * more particles ("von der Leyen", "de la Cruz"), all with plain gaps; -1 when there is none.
 */
function afterParticles(r: MentionReader, j: number): number {
  const { words, v, ev } = r
  // A particle written with a capital inside a sentence ("Bruno Le Maire", "Marine Le Pen") is a surname's: an
  // article there is written in lower case. The capitalised word after it is then the surname even when it is
  // also a common noun of a role or place ("maire").
  const particle = words[j - 1]
  const surnameParticle = particle?.capitalized === true && !particle.initial
  for (let k = j; k < j + 3; k++) {
    const w = words[k]
    if (!w || !plainGap(w.gap)) return -1
    if (w.capitalized)
      return nameLike(w, v, ev, true) || (surnameParticle && k === j && surnameAfterParticle(w)) ? k : -1
    if (!is(w, FORM_NAME_PARTICLE)) return -1
  }
  return -1
}

/** A capitalised word that can be a surname right after a capitalised particle: any but a function word or acronym. */
function surnameAfterParticle(w: Word): boolean {
  return w.quote < 0 && !w.titled && !is(w, FORM_NEVER_NAME) && !isAcronym(w)
}

/** "российский президент", "северокорейский лидер", "former campaign strategist": modifiers before a role. */
function adjectiveBeforeRole(r: MentionReader, i: number, limit: number): boolean {
  const { words, v } = r
  for (let j = i; j < Math.min(limit, i + 4); j++) {
    const w = words[j] as Word
    if (j > i && !plainGap(w.gap)) return false
    if (w.quote >= 0) return false
    if (roleOfWord(v, w) !== null) return j > i
    if (!isModifier(r, w)) return false
  }
  return false
}

/**
 * „der Berliner Trainer“, „sein Gocher Kollege“: where every noun has a capital, a place's adjective in -er right
 * before a role word says where the role is, and is no one's name.
 */
function demonymBeforeRole(r: MentionReader, i: number, limit: number): boolean {
  const w = r.words[i] as Word
  const next = r.words[i + 1]
  return (
    r.v.speech.capitalisedNouns &&
    w.lower.endsWith('er') &&
    next !== undefined &&
    i + 1 < limit &&
    plainGap(next.gap) &&
    roleOfWord(r.v, next) !== null
  )
}

/**
 * Where nouns pile up head last, a capitalised word opens a title when capitalised words lead from it to a
 * capitalised role word: "Senior Station Officer Collin Wright", "Deputy Prime Minister Najib", "Detective Chief
 * Inspector". They qualify the role and are no one's name. An organisation the lexicon knows stays one ("White
 * House Press Secretary"), and a lower-case role after a name is that name's ("a Tesco spokesperson").
 */
function opensTitle(r: MentionReader, i: number, limit: number): boolean {
  if (!r.v.speech.headFinal) return false
  for (let j = i; j < Math.min(limit, i + 4); j++) {
    const w = r.words[j] as Word
    if (j > i && !plainGap(w.gap)) return false
    if (!w.capitalized || w.quote >= 0 || w.titled || isAcronym(w) || POSSESSIVE.test(w.text)) return false
    if (is(w, FORM_NEVER_NAME | FORM_ORGANISATION)) return false
    if (roleOfWord(r.v, w) !== null) return j > i
  }
  return false
}

/**
 * Where nouns pile up head last, capitalised words right before a role in lower case say whose or of what the
 * role is: "the Leicester striker", "the Manchester City manager" (a person; an organisation's spokesperson speaks
 * for it instead: see readMention).
 */
function qualifiesRole(r: MentionReader, i: number, limit: number): boolean {
  if (!r.v.speech.headFinal) return false
  for (let j = i; j < Math.min(limit, i + 4); j++) {
    const w = r.words[j] as Word
    if (j > i && !plainGap(w.gap)) return false
    if (!w.capitalized) return j > i && roleOfWord(r.v, w) !== null
    if (w.quote >= 0 || w.titled || POSSESSIVE.test(w.text)) return false
  }
  return false
}

/**
 * A word that can qualify a role from the left: an adjective (Russian/Ukrainian endings), or a plain word.
 * Asked of each word up to four times (by the role readers of the words before it): kept on the word.
 */
function isModifier(r: MentionReader, w: Word): boolean {
  let m = w.modifier
  if (m === undefined) {
    m = modifierWord(r.v, w)
    w.modifier = m
  }
  return m
}

function modifierWord(v: Vocabulary, w: Word): boolean {
  if (is(w, FORM_STOP | FORM_VERB | FORM_PREPOSITION)) return false
  if (countryOfWord(v, w) !== null) return true
  if (w.capitalized && !POSSESSIVE.test(w.text) && !isAcronym(w))
    return v.inflected && (endingsOf(w) & (ENDS_PROPER_ADJECTIVE | ENDS_NAME_ADJECTIVE)) !== 0
  if (v.inflected) return (endingsOf(w) & ENDS_ADJECTIVE) !== 0
  return true
}

/** Russian/Ukrainian words a role's complement can be (genitive nouns and adjectives), not verbs. */
const GENITIVE = /(?:а|я|ы|и|і|ї|ого|его|ой|ей|ої|ів|их|ых|ов|ев|ей|ства|ння|ння)$/u
const VERB_FORM = /(?:л|ла|ло|ли|лся|лась|лось|лись|ть|ться|ет|ит|ют|ят|ут|ать|ить)$/u

/**
 * Whether the word at j reads as a genitive complement of a role ("министр спорта", "глава отдела"). An ending
 * that is also a verb's past tense («отдела», «посетила») counts only when another genitive or a first name
 * follows: «глава аналитического отдела банка Анна Иванова», not «глава компании посетила выставку».
 */
function genitiveComplement(r: MentionReader, j: number): boolean {
  const w = r.words[j] as Word
  // Ukrainian masculine nouns in -у/-ю after an adjective in -ого: «міжрайонного відділу», «Печерського суду».
  if (!GENITIVE.test(w.lower))
    return /[ую]$/u.test(w.lower) && j > 0 && /ього|ого$/u.test((r.words[j - 1] as Word).lower)
  if (!VERB_FORM.test(w.lower)) return true
  // Only the masculine genitive in -ла is also a past tense (отдела, стола); «потребовали» is a verb.
  if (!w.lower.endsWith('ла')) return false
  const next = r.words[j + 1]
  if (!next || next.sentence !== w.sentence || !plainGap(next.gap)) return false
  return next.capitalized ? isFirstName(r.v, next) : GENITIVE.test(next.lower) && !VERB_FORM.test(next.lower)
}

const OBLIQUE_ADJECTIVE = /(?:ого|ому|ой|ых|их|ым|им|ом|ої|ою|ім)$/u

/**
 * «поліцейський групи реагування Вознесенівського міжрайонного відділу … Роман Брусленко», «инспектор ДПС
 * Центрального районного отдела полиции … Иван Петров»: a capitalised adjective of a place or an institution in
 * an oblique case, before a lower-case genitive, opens what the role is of, not its bearer's name.
 */
function capitalisedAdjectiveComplement(r: MentionReader, j: number): boolean {
  const w = r.words[j] as Word
  const next = r.words[j + 1]
  return (
    w.capitalized &&
    (endingsOf(w) & (ENDS_PROPER_ADJECTIVE | ENDS_NAME_ADJECTIVE)) !== 0 &&
    OBLIQUE_ADJECTIVE.test(w.lower) &&
    next !== undefined &&
    next.sentence === w.sentence &&
    plainGap(next.gap) &&
    !next.capitalized &&
    GENITIVE.test(next.lower) &&
    !VERB_FORM.test(next.lower)
  )
}

/** The role stem of a person named by age alone (see `ageDescriptor`). */
const AGE_ROLE = 'age'

const CONNECTORS = new Set([
  'of',
  'de',
  'del',
  'des',
  'du',
  'der',
  'la',
  "l'",
  'l’',
  "d'",
  'd’',
  'for',
  'für',
  'з',
  'по',
])
/** A word that says what a role is of ("for", "of", «de»), as `readRole` reads them. */
export function isRoleConnector(w: Word | undefined): boolean {
  return w !== undefined && CONNECTORS.has(w.lower)
}

/** Conjunctions that join two roles of one person. */
const COORDINATORS = new Set(['and', 'y', 'e', 'et', 'und', 'и', 'і', 'та'])

/**
 * The run of capitalised words at `from`, right after a role's connector ("of", "de", "für", "по"), and where the
 * role's bearer's name starts in it, or -1. The run opens with what the role is of ("Secretary of State",
 * "ministro de Economía", "président de la République", "abogado de Puigdemont"); a known first name after that,
 * with a word after it, opens the bearer's name ("ministro de Economía Carlos Cuerpo"); without one, a run of three
 * words or more ends with a two-word name ("Secretary of Homeland Security Alejandro Mayorkas"). A first name at
 * the run's start is a person the role is of ("the wife of John Smith"): the name then starts at `from` itself, and
 * the caller's role ends before its connector, as it did before such runs were read.
 */
function complementRun(r: MentionReader, from: number, limit: number): { end: number; name: number } {
  const { words, v, ev } = r
  const first = words[from] as Word
  let end = from + 1
  while (end < limit) {
    const w = words[end] as Word
    if (!w.capitalized || !plainGap(w.gap) || w.sentence !== first.sentence || w.quote >= 0) break
    end++
  }
  // A name after a complement has a surname after its first name: in "campaigns of Rand Paul" Paul ends the run.
  for (let k = from; k + 1 < end; k++) {
    const w = words[k] as Word
    if (isFirstName(v, w) && nameLike(w, v, ev, true)) return { end, name: k }
  }
  const last = words[end - 1] as Word
  const beforeLast = words[end - 2] as Word
  if (end - from >= 3 && nameLike(beforeLast, v, ev, true) && nameLike(last, v, ev, true))
    return { end, name: end - 2 }
  // "de l'Économie Bruno Le Maire": a capitalised particle opens the surname, and the name starts before it.
  if (end - from >= 4 && is(beforeLast, FORM_NAME_PARTICLE) && nameLike(words[end - 3] as Word, v, ev, true))
    return { end, name: end - 3 }
  return { end, name: -1 }
}

/** A role description: modifiers, the role word, its complements (of state, России, UFC), then maybe a name. */
function readRole(r: MentionReader, i: number, limit: number, governed: boolean): Mention | null {
  const { words, v, ev } = r
  let role: string | null = null
  let country: string | null = null
  let j = i
  let afterConnector = false
  // Where a run after a connector showed the bearer's name to start (see complementRun), else -1.
  let bearer = -1
  for (; j < limit; j++) {
    const w = words[j] as Word
    if (j > i && !plainGap(w.gap) && !(roleGap(w.gap) && (w.titled || (words[j - 1] as Word).titled))) break
    if (j > i && w.gap.includes('.') && !isAbbreviationWord(words[j - 1] as Word)) break
    if (w.quote >= 0 && !w.titled) break
    const c = countryOfWord(v, w) ?? multiWordCountry(r, j)
    if (c) {
      country ??= c
      if (multiWordCountry(r, j)) j++
      afterConnector = false
      continue
    }
    if (afterConnector && role !== null && w.capitalized && !w.initial && !is(w, FORM_AGENCY)) {
      // Capitalised words after "of", "de", "für": what the role is of, then perhaps its bearer's name.
      const run = complementRun(r, j, limit)
      if (run.name >= 0) {
        j = run.name
        bearer = j
        break
      }
      j = run.end - 1
      afterConnector = false
      continue
    }
    if (role !== null && v.inflected && capitalisedAdjectiveComplement(r, j)) continue
    // «…отдела полиции старший лейтенант полиции Иван Петров»: a rank set after the post, with its modifiers.
    if (role !== null && v.inflected && !w.capitalized && adjectiveBeforeRole(r, j, limit)) continue
    // «пресс-служба Минфина»: an organisation the lexicon knows is what the role is of, not its bearer's name.
    if (j > i && nameLike(w, v, ev, true) && role !== null && !thingBefore(r, j) && !is(w, FORM_ORGANISATION))
      break
    const ro = roleOfWord(v, w)
    if (ro) {
      const compound = j > i && roleOfWord(v, words[j - 1] as Word) !== null
      // Head last: "Ministry of Defence spokesman" is a spokesman, the capitalised words before what he is of.
      const afterName = j > i && !w.capitalized && (words[j - 1] as Word).capitalized
      role = role === null || (v.speech.headFinal && (compound || afterName)) ? ro : role
      afterConnector = false
      continue
    }
    if (is(w, FORM_AGENCY)) break
    if (w.titled || isAcronym(w) || POSSESSIVE.test(w.text)) continue
    if (CONNECTORS.has(w.lower) && role !== null) {
      afterConnector = true
      continue
    }
    // "the Office of the Police Ombudsman": an article between the connector and a capitalised complement.
    if (
      afterConnector &&
      is(w, FORM_DETERMINER) &&
      words[j + 1]?.capitalized &&
      plainGap((words[j + 1] as Word).gap)
    )
      continue
    // Two roles of one person: "vicepresidenta y ministra de Trabajo", "president and chief executive".
    if (role !== null && COORDINATORS.has(w.lower) && j + 1 < limit && plainGap((words[j + 1] as Word).gap)) {
      const next = words[j + 1] as Word
      if (roleOfWord(v, next) !== null || adjectiveBeforeRole(r, j + 1, limit)) {
        afterConnector = false
        continue
      }
    }
    if (is(w, FORM_STOP | FORM_VERB | FORM_PREPOSITION)) break
    if (role === null) {
      if (
        isModifier(r, w) ||
        (w.capitalized &&
          (opensTitle(r, j, limit) || qualifiesRole(r, j, limit) || demonymBeforeRole(r, j, limit)))
      )
        continue
      break
    }
    // After the role word: its complement (министр спорта, глава российского государства, secretary of state).
    if (w.capitalized && !w.initial && !writtenLowercase(ev, w)) continue
    if (afterConnector || (v.inflected && genitiveComplement(r, j))) {
      afterConnector = false
      continue
    }
    break
  }
  // Trailing connectors are not part of the role.
  while (j > i && CONNECTORS.has((words[j - 1] as Word).lower)) j--
  if (role === null) return null
  const m = mention('role', i, j, null, governed)
  m.role = role
  m.country = country
  const next = words[j]
  // The name after a role is in its sentence: "…встречу с чемпионом. Мария Волкова подчеркнула" is two.
  const gapOk =
    next !== undefined &&
    next.sentence === (words[i] as Word).sentence &&
    (plainGap(next.gap) || (roleGap(next.gap) && (words[j - 1] as Word).titled))
  // «с министром Иваном Петровым» is one mention; in «заявил на встрече с министром Иван Петров» the name, in the
  // nominative after a role governed by a preposition, is the verb's subject, not the minister.
  const caseBreak = governed && v.inflected && next !== undefined && v.speech.firstNames.has(next.lower)
  if (
    next &&
    j < limit &&
    gapOk &&
    !caseBreak &&
    nameLike(next, v, ev, true) &&
    !is(next, FORM_ORGANISATION) &&
    (j === bearer || !thingBefore(r, j))
  ) {
    // "председатель Центробанка Эльвира Набиуллина": a capitalised complement before a known first name.
    const after = words[j + 1]
    const third = words[j + 2]
    // …unless the name is written surname first: "голова правління Рудь Петро Володимирович".
    const surnameFirst =
      third !== undefined && v.speech.inflection !== null && isPatronymic(third.lower, v.speech.inflection)
    if (
      !surnameFirst &&
      v.inflected &&
      after &&
      plainGap(after.gap) &&
      !isFirstName(v, next) &&
      isFirstName(v, after)
    )
      j++
    m.to = nameEnd(r, j, limit)
    // „die Staatsanwaltschaft Dresden“, „Polizei Berlin“: where every noun has a capital, the capitalised words
    // right after an institution are part of its name (where it is), not a bearer: institutions have none.
    if (
      v.speech.capitalisedNouns &&
      role !== null &&
      v.institutionStems.has(role) &&
      roleOfWord(v, words[j - 1] as Word) === role
    )
      return m
    m.nameFrom = j
    m.possessive = POSSESSIVE.test((words[m.to - 1] as Word).text)
    // "the Premier League", "Labour leader … Welsh Labour": the "name" after the role word ends an organisation's.
    if (endsOrganisation(r, m.to)) {
      const org = mention('org', i, m.to, null, governed)
      org.possessive = m.possessive
      return org
    }
  }
  return m
}

/** Word `j` is a spokesperson's role in lower case, with no name after it ("BBC spokesman said"). */
function unnamedSpokesperson(r: MentionReader, j: number, limit: number): boolean {
  const w = r.words[j]
  if (!r.v.speech.headFinal || !w || j >= limit || w.capitalized || !plainGap(w.gap)) return false
  const role = roleOfWord(r.v, w)
  if (role === null || !r.v.speech.spokespersons.includes(role)) return false
  const next = r.words[j + 1]
  return !next || next.sentence !== w.sentence || !next.capitalized || !plainGap(next.gap)
}

/** "Северной Кореи", "North Korea": a country named by two words. */
function multiWordCountry(r: MentionReader, j: number): string | null {
  const w = r.words[j] as Word
  if (!is(w, FORM_COUNTRY_HEAD)) return null
  const forms = r.v.countryHeads.get(w.lower)
  const next = r.words[j + 1]
  if (!forms || !next) return null
  return forms.includes(`${w.lower} ${next.lower}`)
    ? (r.v.countryForms.get(`${w.lower} ${next.lower}`) ?? null)
    : null
}

/** All mentions in words [from, to), left to right, each word in at most one mention. */
export function mentionsIn(r: MentionReader, from: number, to: number, out: Mention[] = []): Mention[] {
  for (let i = from; i < to; ) {
    if (multiWordCountry(r, i)) {
      i += 2
      continue
    }
    const m = readMention(r, i, to)
    if (m) {
      // "at York Magistrates' Court": what a governed possessor owns is governed too.
      const owner = out.at(-1)
      if (owner?.governed && owner.to === m.from && (owner.possessive || /^['’]/.test(r.words[i]?.gap ?? '')))
        m.governed = true
      out.push(m)
      i = Math.max(m.to, i + 1)
    } else i++
  }
  return out
}
