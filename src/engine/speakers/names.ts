// Names: which capitalised words are names in this article, and where a name (with its particles) ends.
import type { Word } from '../quotes/context'
import { NUMBER, unitClass } from '../text/chars'
import {
  agencyOfForm,
  FORM_AGENCY,
  FORM_DETERMINER,
  FORM_NAME_PARTICLE,
  FORM_NEVER_NAME,
  FORM_ORGANISATION,
  FORM_ORGANISATION_HEAD,
  FORM_PREPOSITION,
  FORM_STOP,
  FORM_VERB,
} from './forms'
import { type Mention, type MentionReader, mention, type NameEvidence } from './mention'
import { organisationNameOf, type Vocabulary } from './vocabulary'
import {
  capitalsBeforeLower,
  countryOfWord,
  is,
  isAbbreviationWord,
  isAcronym,
  isFirstName,
  isPossessive,
  kindNounWord,
  obliqueSurname,
  POSSESSIVE,
  plainGap,
  roleOfWord,
  scriptOf,
  stemKey,
  stemKeyOf,
  trimmed,
} from './word-facts'

/** The most words a nickname in marks may have inside a name. */
const MAX_NICKNAME_WORDS = 3
/** Nothing but a quotation mark and spaces. */
export const MARK_GAP = /^\s*["“”«»„]\s*$/u

/**
 * «Eduardo “Chacho” Coudet», "Dwayne “The Rock” Johnson": after a first name, a nickname of capitalised words in
 * marks, then a word that goes on the name. Returns the index after that word, the nickname's words marked as
 * `titled` (no part of the name: see nameParts in model.ts); else `at`.
 */
function nicknameEnd(r: MentionReader, at: number, limit: number): number {
  const { words, v, ev } = r
  const first = words[at] as Word
  if (!MARK_GAP.test(first.gap) || !isFirstName(v, words[at - 1] as Word)) return at
  for (let k = at; k < limit && k < at + MAX_NICKNAME_WORDS; k++) {
    const w = words[k] as Word
    if (!w.capitalized || w.sentence !== first.sentence || (k > at && !plainGap(w.gap))) return at
    const after = words[k + 1]
    if (!after || k + 1 >= limit || !MARK_GAP.test(after.gap)) continue
    if (after.sentence !== first.sentence || !nameLike(after, v, ev, true)) return at
    for (let j = at; j <= k; j++) (words[j] as Word).titled = true
    return k + 2
  }
  return at
}

/** Function words that no first name before them makes a surname. */
const NOT_A_SURNAME = FORM_STOP | FORM_VERB | FORM_PREPOSITION | FORM_DETERMINER

/** Numbers the readings, so that a form's `lowercaseIn` from an earlier article means nothing in this one. */
let readings = 0

export function nameEvidence(words: readonly Word[], v: Vocabulary): NameEvidence {
  const capitalisedInside = new Set<string>()
  const surnames = new Set<string>()
  const firstNamed = new Set<string>()
  const stamp = ++readings
  let labels: string[] | null = null
  const ampersanded = new Set<Word>()
  const titles = v.inflected || v.speech.capitalisedNouns ? null : new TitleCase()
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word
    if (w.gap === '&') {
      ampersanded.add(w)
      if (i > 0) ampersanded.add(words[i - 1] as Word)
    }
    if (w.quote >= 0) continue
    if (speakerLabel(words, i)) {
      labels ??= []
      labels.push(stemKeyOf(w))
    }
    titles?.word(w)
    // Marked on the shared form rather than added to a set: one store instead of a hash insert per word.
    if (!w.capitalized) w.form.lowercaseIn = stamp
    else if (!w.initial) {
      const key = stemKeyOf(w)
      if (titles) titles.capitalised(key, capitalisedInside.has(key))
      capitalisedInside.add(key)
    }
    if (w.capitalized && v.speech.capitalisedNouns && i > 0 && plainGap(w.gap)) {
      const prev = words[i - 1] as Word
      if (prev.capitalized && prev.sentence === w.sentence && isFirstName(v, prev)) firstNamed.add(w.lower)
    }
    if (w.capitalized && is(w, FORM_NEVER_NAME) && !is(w, NOT_A_SURNAME) && v.speech.notNames.has(w.lower)) {
      const prev = words[i - 1]
      if (prev?.capitalized && prev.sentence === w.sentence && plainGap(w.gap) && isFirstName(v, prev))
        surnames.add(w.lower)
    }
  }
  // Two labelled lines or more are a transcript or a list of captioned reactions, and their labels name people
  // («Тюлькин: "…"» ⏎ «Рогозин: "…"»); one alone may be a heading's word («Итог: «…»»).
  if (labels && labels.length >= MIN_LABELLED_LINES) for (const key of labels) capitalisedInside.add(key)
  titles?.end()
  return {
    capitalisedInside,
    surnames,
    firstNamed,
    stamp,
    ampersanded,
    titleCase: titles?.paragraphs ?? NONE,
    titleOnly: titles?.only ?? NO_KEYS,
  }
}

const NONE: ReadonlySet<number> = new Set()
const NO_KEYS: ReadonlySet<string> = new Set()

/** The fewest words, and words of four letters or more, of a line read as written in title case. */
const MIN_TITLE_WORDS = 4
const MIN_TITLE_LONG_WORDS = 3

/**
 * Finds the lines written in title case ("Tom Coughlin Post-Game Transcript") as nameEvidence reads the words, in
 * the same pass: per paragraph, whether every word of four letters or more is capitalised (as headlines in the
 * style of the AP capitalise them), and the capitalised words it shows for the first time — which, in a title-case
 * line, are capitalised only there until a line of prose capitalises them too.
 */
class TitleCase {
  readonly paragraphs = new Set<number>()
  readonly only = new Set<string>()
  private paragraph = -1
  private words = 0
  private long = 0
  private capitalisedLong = 0
  private fresh: string[] = []
  private seenAgain: string[] = []

  word(w: Word): void {
    if (w.paragraph !== this.paragraph) this.end(w.paragraph)
    this.words++
    if (w.text.length < 4) return
    this.long++
    if (w.capitalized) this.capitalisedLong++
  }

  /** A capitalised word inside its sentence, by key; `known`: capitalised before in the text. */
  capitalised(key: string, known: boolean): void {
    if (!known) this.fresh.push(key)
    else if (this.only.size > 0 && this.only.has(key)) this.seenAgain.push(key)
  }

  /** Closes the paragraph being read (and starts `next`). */
  end(next = -1): void {
    const title =
      this.words >= MIN_TITLE_WORDS && this.long >= MIN_TITLE_LONG_WORDS && this.capitalisedLong === this.long
    if (title) {
      this.paragraphs.add(this.paragraph)
      for (const key of this.fresh) this.only.add(key)
    } else for (const key of this.seenAgain) this.only.delete(key)
    this.paragraph = next
    this.words = this.long = this.capitalisedLong = 0
    this.fresh.length = 0
    this.seenAgain.length = 0
  }
}

/** How many lines opened by a one-word label make their labels names. */
const MIN_LABELLED_LINES = 2

/**
 * A one-word label before the words of its line: a capitalised word opening the paragraph, a colon, then a
 * quotation — in marks, or a transcript's turn (quotes/transcripts.ts).
 */
function speakerLabel(words: readonly Word[], i: number): boolean {
  const w = words[i] as Word
  const next = words[i + 1]
  return (
    w.capitalized &&
    (i === 0 || (words[i - 1] as Word).paragraph !== w.paragraph) &&
    next !== undefined &&
    next.quote >= 0 &&
    next.paragraph === w.paragraph &&
    /^:\s*[«"„“”‘‹»]?\s*$/u.test(next.gap)
  )
}

/** A word of a headline written in title case that no line of prose capitalises (see `TitleCase`). */
function titleWord(w: Word, ev: NameEvidence): boolean {
  return ev.titleOnly.size > 0 && ev.titleCase.has(w.paragraph) && ev.titleOnly.has(stemKeyOf(w))
}

/** Whether the article writes the word's form in lower case somewhere (outside quotations). */
export function writtenLowercase(ev: NameEvidence, w: Word): boolean {
  return w.form.lowercaseIn === ev.stamp
}

/** Whether a capitalised word can start or continue a person's name in this article. */
export function nameLike(
  w: Word,
  v: Vocabulary,
  ev: NameEvidence,
  inside = false,
  afterFirstName = false,
): boolean {
  if (!w.capitalized || w.quote >= 0 || w.titled) return false
  // «ГРУшников», «НАТОвский»: a word made from an acronym is no one's name.
  if (capitalsBeforeLower(w.text) >= 2) return false
  const lower = w.lower
  // (A word the lexicon lists both as no name and as a first name — es «julio», a month written in lower case — is
  // the name inside a sentence: «El entrenador del Real España, Julio Rodríguez, …».)
  if (
    is(w, FORM_NEVER_NAME) &&
    (ev.surnames.size === 0 || !ev.surnames.has(lower)) &&
    (w.initial || !isFirstName(v, w))
  )
    return false
  if (countryOfWord(v, w) !== null && !w.text.includes(' ')) return false
  if (roleOfWord(v, w) !== null) return false
  if (isAcronym(w)) return false
  if (ev.ampersanded.size > 0 && ev.ampersanded.has(w)) return false
  // In a headline written in title case a capitalised word proves no name: one that no line of prose capitalises is
  // none there ("Chief Harteau Releases Statement", "Local Voters Are Angry") — but a first name and the surname
  // after it ("Tom Coughlin Post-Game Transcript").
  if (!afterFirstName && titleWord(w, ev) && !isFirstName(v, w)) return false
  if (w.initial && !inside) {
    // A capital at the start of a sentence proves nothing: the word must be capitalised elsewhere too and
    // never written in lower case (or open a run of names: see initialName).
    if (writtenLowercase(ev, w) || !capitalisedInside(ev, w, v.inflected)) return false
  }
  return true
}

/**
 * Whether the article capitalises the word inside a sentence. Where names decline, a case form one letter longer
 * counts too: the nominative opening a headline, «Костишин: «…»», is «Руслана Костишина» in the body, and the two
 * keys (stemKey cuts two letters) differ by that letter.
 */
function capitalisedInside(ev: NameEvidence, w: Word, inflected: boolean): boolean {
  const lower = w.lower
  const key = stemKeyOf(w)
  if (ev.capitalisedInside.has(key)) return true
  return inflected && lower.length > 4 && ev.capitalisedInside.has(lower.slice(0, key.length + 1))
}

/** "Владимир Путин прибыл…", "Warren said…": a first word that opens a run of names, or a verb of saying's subject. */
export function initialName(r: MentionReader, i: number): boolean {
  const w = r.words[i] as Word
  const next = r.words[i + 1]
  if (!w.initial || !next || next.sentence !== w.sentence) return false
  if (writtenLowercase(r.ev, w) || !nameLike(w, r.v, r.ev, true)) return false
  if (!plainGap(next.gap)) {
    // «Игорь, водитель а/м…:»: a first name the lexicon knows, then a comma and a word in lower case (what the
    // person is, what they did).
    return trimmed(next.gap) === ',' && !next.capitalized && isFirstName(r.v, w)
  }
  // "Warren said …": the subject of a verb of saying — not of one in the plural («Українців закликали: …» is no
  // one's name), and where every noun has a capital only a first name (the verb comes second there, and an
  // adverb may be first: „Dabei sagte einer der beiden“).
  if (!next.capitalized && is(next, FORM_VERB))
    return r.v.speech.verbs.get(next.lower) !== 'p' && (!r.v.speech.capitalisedNouns || isFirstName(r.v, w))
  // « Céline vit depuis… »: a first name the lexicon knows, never written in lower case in the article, before a
  // word in lower case that is no function word ("Hope is fading" is no one).
  if (!next.capitalized && isFirstName(r.v, w) && !is(next, FORM_STOP)) return true
  // «Александр СТАРКОВ, главный тренер «Спартака»:», "Paul NEWMAN said": a first name the lexicon knows before a
  // surname in capitals, as the run of names reads it (nameEnd).
  if (isAcronym(next)) return isFirstName(r.v, w) && next.text.length > 2 && !is(next, FORM_AGENCY)
  return nameLike(next, r.v, r.ev, true, isFirstName(r.v, w))
}

/**
 * The name in words [from, end): a person's, or an organisation's when its last word is one that ends such
 * names ("Manchester City", "the Premier League", "Welsh Labour": not Mr City, Mr League or Mr Labour).
 */
export function nameOrOrganisation(r: MentionReader, from: number, end: number, governed: boolean): Mention {
  const last = r.words[end - 1] as Word
  const possessive = isPossessive(last.text) || genitiveBefore(r, end - 1)
  // «Кремль», «Минфина»: one word the lexicon knows as an organisation.
  // «Генштабі ЗСУ», «МИД РФ»: one with the acronym of whose it is.
  const known = is(r.words[from] as Word, FORM_ORGANISATION) && (end - from === 1 || isAcronym(last))
  const org = endsOrganisation(r, end) || known || numbered(r, end)
  const m = mention(org ? 'org' : 'name', from, end, null, governed)
  m.possessive = possessive
  return m
}

/**
 * Where every noun has a capital, a name in the genitive right before a role owns it: „sagte Bayerns Trainer Thomas
 * Tuchel“, „Borussia Dortmunds Trainer“ — or before any noun when the article writes the name without its -s
 * inside a sentence („hat Biersching Sitzungstag … Bierschings Verhandlungsstil ist straff“), or before an inflected
 * adjective and a noun („warnte Bayerns größter Lehrerverband BLLV“). Not a first name
 * (Thomas, Hans), nor a name that ends in -s of its own (Pistorius, Davis); nor before a surname (an unknown first
 * name: „Ernes Tiganj“).
 */
export function genitiveBefore(r: MentionReader, k: number): boolean {
  if (!r.v.speech.capitalisedNouns) return false
  const w = r.words[k] as Word
  const next = r.words[k + 1]
  if (
    w.lower.length < 4 ||
    !/[^aiosuxyzß]s$/u.test(w.lower) ||
    !next ||
    next.sentence !== w.sentence ||
    !plainGap(next.gap) ||
    isFirstName(r.v, w)
  )
    return false
  if (next.capitalized)
    return roleOfWord(r.v, next) !== null || r.ev.capitalisedInside.has(stemKey(w.lower.slice(0, -1)))
  // „Bayerns größter Lehrerverband“, „Merkels engster Berater“: an inflected adjective between it and a noun.
  const noun = r.words[k + 2]
  return (
    /(?:e|em|en|er|es)$/u.test(next.lower) &&
    noun?.capitalized === true &&
    noun.sentence === w.sentence &&
    plainGap(noun.gap)
  )
}

/**
 * A number right after the name, nothing between: a thing's name and its number ("House Bill 2", "Boeing 737"),
 * never a person's ("Bill" of "House Bill 2" is no first name there). Not where names decline: Russian and
 * Ukrainian put a date right after the subject («Дмитрий Бивол 11 декабря одержал победу»).
 */
function numbered(r: MentionReader, end: number): boolean {
  const next = r.words[end]
  return (
    !r.v.inflected &&
    next !== undefined &&
    next.sentence === (r.words[end - 1] as Word).sentence &&
    next.gap === ' ' &&
    (unitClass(next.text.charCodeAt(0)) & NUMBER) !== 0
  )
}

/** Whether the word before `end` ends an organisation's name ("League", "League's"). */
export function endsOrganisation(r: MentionReader, end: number): boolean {
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
export function thingBefore(r: MentionReader, at: number): boolean {
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
    // ends it: "la République, Emmanuel Macron"; so does a first name after an agency: "à l'AFP Jean Dupont", and
    // a change of script: «у своєму Telegram Гончаренко»).
    let k = at - 1
    while (
      k > 0 &&
      at - k < 5 &&
      (r.words[k] as Word).capitalized &&
      !trimmed((r.words[k] as Word).gap) &&
      scriptOf((r.words[k] as Word).text) === scriptOf(w.text)
    )
      k--
    const start = r.words[k] as Word
    // (Not a person's role written in capitals: "le PDG Carlos Ghosn"; "la Policía Nacional" is one thing. After
    // a noun that introduces a title too: "el diario La Nación".)
    const role = roleOfWord(r.v, r.words[k + 1] as Word)
    if (
      k < at - 1 &&
      !start.capitalized &&
      start.sentence === w.sentence &&
      (is(start, FORM_DETERMINER) || (!r.v.inflected && kindNounWord(r.v, start))) &&
      (role === null || r.v.institutionStems.has(role))
    )
      return true
  }
  if (
    sp.capitalisedNouns &&
    !prev.capitalized &&
    before &&
    (!before.capitalized || before.initial) &&
    is(before, FORM_DETERMINER) &&
    /(?:e|en|er|es|em)$/.test(prev.lower) &&
    !r.ev.firstNamed.has(w.lower)
  ) {
    return true
  }
  return false
}

/**
 * Word k is one capital letter with a full stop after it and no name word after that: a surname's initial
 * («Анастасия А. рассказала»), not a middle one ("Susan R. Greenway").
 */
function surnameInitial(words: readonly Word[], k: number): boolean {
  const w = words[k] as Word
  const next = words[k + 1]
  if (w.text.length !== 1 || !w.capitalized) return false
  return next === undefined || next.sentence !== w.sentence || (next.gap.startsWith('.') && !next.capitalized)
}

export function nameEnd(r: MentionReader, i: number, limit: number): number {
  const { words, v, ev } = r
  const first = words[i] as Word
  let end = i + 1
  // A name does not run on past a possessive ("Trump's", "Bayerns Trainer").
  if (isPossessive(first.text) || genitiveBefore(r, i)) return end
  // "explique au Monde Marie Martin": after a preposition, a first name after the first word starts the subject.
  const governedFirst = i > 0 && is(words[i - 1] as Word, FORM_PREPOSITION) && !isFirstName(v, first)
  while (end < limit) {
    const w = words[end] as Word
    const prev = words[end - 1] as Word
    const nickname = nicknameEnd(r, end, limit)
    if (nickname > end) {
      end = nickname
      continue
    }
    if (!plainGap(w.gap) || (w.gap.includes('.') && !isAbbreviationWord(prev))) break
    if (scriptOf(w.text) !== scriptOf(first.text)) break
    if (governedFirst && end === i + 1 && isFirstName(v, w)) break
    // «сотрудника ГРУ Евгения Ерофеева Оксана Соколовская»: where names decline, a first name after a first name
    // and a surname opens the next person's name (the first was the complement of a role before).
    if (v.inflected && end - i >= 2 && v.speech.firstNames.has(w.lower) && !isFirstName(v, prev)) break
    // «сказав Деркаченко Райковичу»: a surname in the dative or instrumental after a surname is whom the first
    // spoke to or with, another person.
    if (v.inflected && end === i + 1 && !isFirstName(v, first) && obliqueSurname(w)) break
    // «пожаловалась Анастасия А.», "Mehmet I.": a surname cut to its initial after a first name, though the letter
    // is a word of its own too (the Russian conjunction «а»).
    if (end === i + 1 && surnameInitial(words, end) && isFirstName(v, first)) {
      end++
      break
    }
    if (
      nameLike(w, v, ev, true, end === i + 1 && isFirstName(v, first)) ||
      (isAcronym(w) &&
        w.text.length > 2 &&
        w.sentence === first.sentence &&
        !is(w, FORM_AGENCY) &&
        end - i === 1 &&
        // ("Paul NEWMAN"; «Ю.СУХОВ»: a surname in capitals after a first name or its initial.)
        (/\p{Ll}/u.test(first.text) || first.text.length === 1))
    ) {
      end++
      if (isPossessive(w.text) || genitiveBefore(r, end - 1)) break
      continue
    }
    // "Bill de Blasio", "Ursula von der Leyen", "Lula da Silva": particles between name words. Where every noun
    // has a capital, a particle after a first name and a surname says where the person is from ("Anna Schmidt von
    // der Commerzbank").
    // Where every noun has a capital, an article opens no particle run ("sagte Grieder der Mitteilung zufolge"):
    // it goes on one only ("von der Leyen", "Van der Bellen").
    const article = v.speech.capitalisedNouns && is(w, FORM_DETERMINER) && !is(prev, FORM_NAME_PARTICLE)
    const particle = is(w, FORM_NAME_PARTICLE) && !article
    // (Not after a capitalised particle, which opened the surname: "Alexander Van der Bellen".) A first name the
    // lexicon does not know will do before a particle and an article: "Gisbert Asinus von der Universität Iserlohn".
    const affiliation =
      particle &&
      v.speech.capitalisedNouns &&
      end - i >= 2 &&
      (isFirstName(v, first) || (end + 1 < limit && is(words[end + 1] as Word, FORM_DETERMINER))) &&
      !is(prev, FORM_NAME_PARTICLE)
    // ("Badalona y Lleida": an "and" joins a double surname only after a first name and a surname. Two first names
    // stay together, "Margarita y Arturo", as one couple: neither alone said the words.)
    const coordination =
      particle && end - i < 2 && v.speech.nameConjunctions.has(w.lower) && !isFirstName(v, first)
    const name = particle && !affiliation && !coordination ? afterParticles(r, end + 1) : -1
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
export function afterParticles(r: MentionReader, j: number): number {
  const { words, v, ev } = r
  // A particle written with a capital inside a sentence ("Bruno Le Maire", "Marine Le Pen") is a surname's: an
  // article there is written in lower case. The capitalised word after it is then the surname even when it is
  // also a common noun of a role or place ("maire").
  const particle = words[j - 1]
  const surnameParticle = particle?.capitalized === true && !particle.initial
  for (let k = j; k < j + 3; k++) {
    const w = words[k]
    if (!w || !plainGap(w.gap)) return -1
    // «Cecilia de La Cerda», "Jan van Der Berg": a capitalised particle after one in lower case goes on the run.
    const next = words[k + 1]
    if (w.capitalized && is(w, FORM_NAME_PARTICLE) && is(words[k - 1] as Word, FORM_NAME_PARTICLE)) {
      if (next?.capitalized && plainGap(next.gap) && surnameAfterParticle(next)) return k + 1
      return -1
    }
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

/** The organisation of several words (`organisationNames`) that words [i, limit) open with, or null. */
export function organisationNameAt(r: MentionReader, i: number, limit: number): readonly string[] | null {
  const lowers: string[] = []
  for (let k = i; k < Math.min(limit, i + MAX_ORGANISATION_NAME); k++) {
    const w = r.words[k] as Word
    if (k > i && (w.sentence !== (r.words[i] as Word).sentence || !plainGap(w.gap))) break
    lowers.push(w.lower)
  }
  return organisationNameOf(r.v, lowers)
}

const MAX_ORGANISATION_NAME = 3
