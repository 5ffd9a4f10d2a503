import type { Agreement } from '../lang/speech'
import type { Word } from '../quotes/context'
import { lowerCase } from '../text/tokens'
import { countryOfForm, FORM_HONORIFIC, formOf, kindOfForm, roleOfForm } from './forms'
import type { Vocabulary } from './vocabulary'

/*
 * What one word of the article is, asked of the word alone: its case, its shape (an acronym, a possessive), the
 * lexicon's facts kept on its form (a role, a country, a first name, an adjective's ending) and what the gap
 * before it holds. The mention reader (mentions.ts) builds on these; none looks at the words around.
 */

/** A short prefix that inflected forms of one name share (Путин / Путина / Путину). */
export function stemKey(lower: string): string {
  const base = lower.replace(/['’]s$/, '')
  return base.length > 5 ? base.slice(0, base.length - 2) : base.slice(0, Math.max(3, base.length - 1))
}

/** `stemKey` of the word's lower-case form, kept on the form: a regex replace and a slice saved per word. */
export function stemKeyOf(w: Word): string {
  const f = w.form
  if (f.stemKey === undefined) f.stemKey = stemKey(f.lower)
  return f.stemKey
}

export const POSSESSIVE = /['’]s?$/

/**
 * Whether `text` matches POSSESSIVE (ends in an apostrophe, or in 's or ’s), read from its last char codes: asked
 * of words in every role and name reader, where a regex run per word cost more than the answer.
 */
export function isPossessive(text: string): boolean {
  const n = text.length
  const last = text.charCodeAt(n - 1)
  const mark = last === 0x73 /* s */ && n >= 2 ? text.charCodeAt(n - 2) : last
  return mark === 0x27 || mark === 0x2019
}

/**
 * All capitals, with at least one cased letter ("NATO", "ФСБ", "5G"): the text is its own upper case and not its
 * own lower case. Decided from the char codes where that is certain (ASCII, a lower-case Cyrillic letter), so
 * most words need no case-mapped copies; otherwise by the case mappings themselves.
 */
export function isAcronym(w: Word): boolean {
  const t = w.text
  if (t.length < 2) return false
  if (acronymEnding(t) > 0) return true
  // « L'opérateur », « D'après »: an elided article or preposition opening a sentence is no acronym.
  if (t.length === 2 && (t[1] === "'" || t[1] === '’')) return false
  let upper = false
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i)
    if ((c >= 97 && c <= 122) || (c >= 0x430 && c <= 0x45f) || c === 0x491) return false
    if ((c >= 65 && c <= 90) || (c >= 0x400 && c <= 0x42f) || c === 0x490) upper = true
    else if (c > 127) return t === t.toUpperCase() && t !== t.toLowerCase()
  }
  return upper
}

/** Case endings a Russian or Ukrainian acronym takes when declined as a noun («в ЦИКе», «МИДа», «в НАКу»). */
const ACRONYM_ENDINGS = new Set(['а', 'у', 'е', 'і', 'ы', 'ом', 'ов', 'ам', 'ах', 'ів', 'ові', 'ами'])

/**
 * The length of the case ending of a declined Cyrillic acronym («ЦИКа», «в МИДе», «в НАКу»: two capitals or more,
 * then one of ACRONYM_ENDINGS in lower case), else 0. Such a word is the acronym, as «ЦИК» undeclined is.
 */
export function acronymEnding(t: string): number {
  const capitals = cyrillicCapitals(t)
  if (capitals < 2 || capitals === t.length || t.length - capitals > 3) return 0
  return ACRONYM_ENDINGS.has(t.slice(capitals)) ? t.length - capitals : 0
}

/** How many Cyrillic capitals open a word that goes on in lower case («ГРУшников» 3, «Путин» 1), else 0. */
export function capitalsBeforeLower(t: string): number {
  const k = cyrillicCapitals(t)
  const next = t.charCodeAt(k)
  const lower =
    (next >= 0x430 && next <= 0x44f) || next === 0x451 || next === 0x454 || next === 0x456 || next === 0x457
  return k < t.length && lower ? k : 0
}

/** How many Cyrillic capitals (Russian and Ukrainian: А–Я, Ё, Є, І, Ї) the word opens with. */
function cyrillicCapitals(t: string): number {
  let k = 0
  while (k < t.length) {
    const c = t.charCodeAt(k)
    if (!((c >= 0x410 && c <= 0x42f) || c === 0x401 || c === 0x404 || c === 0x406 || c === 0x407)) break
    k++
  }
  return k
}

/** A gap without its spaces; most gaps are the one shared " ", which needs no new string. */
export function trimmed(gap: string): string {
  return gap === ' ' ? '' : gap.trim()
}

/** `roleOf`, `isKindNoun` and `countryOf` of a word of the article, asked of its form (kept there once asked). */
export function roleOfWord(v: Vocabulary, w: Word): string | null {
  const role = roleOfForm(v, w.form)
  // "Nestlé Purina PetCare Company": a company noun with a capital, where only names have one, ends a name.
  if (role !== null && w.capitalized && !v.speech.capitalisedNouns && v.speech.companyNouns.includes(role))
    return null
  return role
}

export function kindNounWord(v: Vocabulary, w: Word): boolean {
  return kindOfForm(v, w.form)
}

export function countryOfWord(v: Vocabulary, w: Word): string | null {
  return countryOfForm(v, w.form)
}

/** Whether the lexicon puts the word's form in one of the FORM_* classes of `bits`. */
export function is(w: Word, bits: number): boolean {
  return (w.form.flags & bits) !== 0
}

export function scriptOf(s: string): 'cyr' | 'lat' {
  const c = s.charCodeAt(0)
  return c >= 0x400 && c <= 0x52f ? 'cyr' : 'lat'
}

/** Adverbs between a subject and its verb ("Smith also said", "Vitolo also spoke"). */
export const SUBJECT_ADVERBS: ReadonlySet<string> = new Set('also then также тоже також'.split(' '))

export function isAbbreviationWord(w: Word): boolean {
  return w.text.length === 1 || is(w, FORM_HONORIFIC)
}

/** A gap inside a role description may hold quotation marks around a name («ТОВ «БВК» Віталій»). */
export function roleGap(gap: string): boolean {
  for (let i = 0; i < gap.length; i++) {
    const c = gap[i]
    if (
      c !== ' ' &&
      c !== '\u00a0' &&
      c !== '«' &&
      c !== '»' &&
      c !== '"' &&
      c !== '“' &&
      c !== '”' &&
      c !== '„'
    )
      return false
  }
  return true
}

export function plainGap(gap: string): boolean {
  for (let i = 0; i < gap.length; i++) {
    const c = gap[i]
    if (c !== ' ' && c !== '\u00a0' && c !== '.') return false
  }
  return !gap.includes('..')
}

export const ENDS_ADJECTIVE = 1

export const ENDS_PROPER_ADJECTIVE = 2

export const ENDS_NAME_ADJECTIVE = 4

/**
 * Which adjective endings (ADJECTIVE, PROPER_ADJECTIVE below) the word's form has: tested once per form and kept
 * on it, not once per word (each is a regex run, and most of a Russian article's words are asked).
 */
export function endingsOf(w: Word): number {
  const f = w.form
  if (f.endings === undefined)
    f.endings =
      (ADJECTIVE.test(f.lower) ? ENDS_ADJECTIVE : 0) |
      (PROPER_ADJECTIVE.test(f.lower) ? ENDS_PROPER_ADJECTIVE : 0) |
      (NAME_ADJECTIVE.test(f.lower) ? ENDS_NAME_ADJECTIVE : 0)
  return f.endings
}

/** Adjectives made from place names (Саратовского, Челябинский, Житомирська) open institution names. */
const PROPER_ADJECTIVE =
  /(?:ск|цк|ськ|цьк)(?:ий|ого|ому|им|ом|ая|ой|ую|ое|ие|их|ими|а|у|ій|ої|ою|ім|ому|ого|е|і)$/u

/**
 * Adjectives in -н- that open institutions' names with a capital (Главного, Верховный, Федеральной). Not after
 * и/ы: Ильиной, Путиным are surnames.
 */
const NAME_ADJECTIVE = /(?<![иы])н(?:ый|ий|ого|ому|ым|ом|ая|ой|ую|ое|ые|ых|ыми|ої|ою|ій|ім)$/u

const ADJECTIVE =
  /(?:ий|ый|ой|ая|яя|ое|ее|ие|ые|ого|его|ому|ему|ым|им|ую|юю|ых|их|ыми|ими|ій|ої|ою|ім|ська|цька|зька|на|ня)$/u

export function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39
}

/** «la propietaria del 2º C», "Flat 4 B", «корпус 3 А»: a letter after a number is part of an address, no name. */
export function letterAfterNumber(words: readonly Word[], i: number): boolean {
  const w = words[i] as Word
  const prev = words[i - 1]
  return (
    w.text.length === 1 &&
    prev !== undefined &&
    prev.sentence === w.sentence &&
    plainGap(w.gap) &&
    isDigit(prev.text.charCodeAt(0))
  )
}

/** A first name of the lexicon, in any case form (Эльвира, Эльвиры, Михайла): asked of a word, kept on its form. */
export function isFirstName(v: Vocabulary, w: Word): boolean {
  const f = w.form
  if (f.firstName === undefined) f.firstName = firstNameForm(v, f.lower)
  return f.firstName
}

function firstNameForm(v: Vocabulary, lower: string): boolean {
  return firstNameEntry(v, lower) !== null
}

/** The gender of a first name of the lexicon in a case ending («Сергея» → m, «Ольги» → f), else null. */
export function firstNameGender(v: Vocabulary, lower: string): Agreement {
  const entry = inflectedFirstName(v, lower)
  return entry === null ? null : (v.speech.firstNames.get(entry) ?? null)
}

/** A first name of the lexicon written with a case ending, in its nominative («Тоні» → «Тоня»), else null. */
export function firstNameNominative(v: Vocabulary, written: string): string | null {
  const entry = inflectedFirstName(v, lowerCase(written))
  return entry === null ? null : written.charAt(0) + entry.slice(1)
}

/**
 * `firstNameEntry(v, lower, true)`, kept on the form: the speaker stages ask it of the same name words again and
 * again, and each answer costs up to sixteen look-ups in the lexicon's first names.
 */
function inflectedFirstName(v: Vocabulary, lower: string): string | null {
  const f = formOf(v, lower)
  if (f.inflectedFirstName === undefined) f.inflectedFirstName = firstNameEntry(v, lower, true)
  return f.inflectedFirstName
}

/**
 * The lexicon's first name that a word is a form of (itself, or its stem with a nominative ending), else null.
 * `inflected`: only a stem and one of the case endings (not «Маркета» as a form of Марк, nor «Джен» of Джо).
 */
function firstNameEntry(v: Vocabulary, lower: string, inflected = false): string | null {
  const names = v.speech.firstNames
  if (names.has(lower)) return lower
  for (let cut = 1; cut <= 3 && cut < lower.length - 1; cut++) {
    if (inflected && !CASE_ENDINGS.has(lower.slice(-cut))) continue
    const stem = lower.slice(0, -cut)
    for (const ending of FIRST_NAME_ENDINGS) if (names.has(stem + ending)) return stem + ending
  }
  return null
}

/** Endings of a first name's oblique cases and vocative in Russian and Ukrainian (Сергея, Ольги, Тоні, Сергеем, Андрієві, Оксано). */
const CASE_ENDINGS = new Set('а я у ю ы и і ї е є о ом ем ём єм ой ей ою ею єю ові еві єві'.split(' '))

/** What follows a first name's stem in its nominative: nothing (Ивана → Иван), а, я, о or й (Сергея → Сергей). */
const FIRST_NAME_ENDINGS = ['', 'а', 'я', 'о', 'й']

/**
 * A Russian or Ukrainian surname in the dative or instrumental (Федорову, Путину, Зеленскому, Петровым): never
 * a verb's subject. (The genitive in -ова, -ина is also a woman's nominative; the endings here are no one's.)
 */
export function obliqueSurname(w: Word): boolean {
  return w.capitalized && OBLIQUE_SURNAME.test(w.lower)
}

const OBLIQUE_SURNAME = /(?:(?:ов|ев|єв|ин|ін)(?:у|ым|им)|(?:ськ|цьк|ск|цк)(?:ому|им|ым)|ич(?:у|ем|еві))$/

/** Russian and Ukrainian adjectives made from place names (Ачинского, Красноярском): places, not people. */
export function placeAdjective(w: Word): boolean {
  return (endingsOf(w) & ENDS_PROPER_ADJECTIVE) !== 0 && !/(?:ий|ій|ая|а)$/.test(w.lower)
}
