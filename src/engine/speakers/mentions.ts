// The mention reader: at a word, a name, a role, an organisation, a title's subject or nothing; and every
// mention of a stretch of words.
import type { Agreement } from '../lang/speech'
import type { Word } from '../quotes/context'
import { interviewLabel } from '../quotes/labels'
import {
  agencyOfForm,
  FORM_AGENCY,
  FORM_DETERMINER,
  FORM_NAME_PARTICLE,
  FORM_ORGANISATION,
  FORM_ORGANISATION_NAME,
  FORM_PREPOSITION,
  FORM_VERB,
  kindOfForm,
} from './forms'
import { type Mention, type MentionReader, mention } from './mention'
import {
  afterParticles,
  initialName,
  nameEnd,
  nameLike,
  nameOrOrganisation,
  organisationNameAt,
  thingBefore,
} from './names'
import { isPatronymic } from './nominative'
import {
  AGE_ROLE,
  adjectiveBeforeRole,
  demonymBeforeRole,
  multiWordCountry,
  opensTitle,
  readRole,
  unnamedSpokesperson,
} from './roles'
import type { Vocabulary } from './vocabulary'
import {
  countryOfWord,
  ENDS_NAME_ADJECTIVE,
  ENDS_PROPER_ADJECTIVE,
  endingsOf,
  is,
  isAcronym,
  isDigit,
  isFirstName,
  kindNounWord,
  letterAfterNumber,
  plainGap,
  roleOfWord,
  scriptOf,
  trimmed,
} from './word-facts'

/**
 * „Der sagte: …“, «Тот заявил»: a demonstrative (lexicon `demonstrativePronouns`) opening its sentence right before
 * a verb of saying is its subject — its agreement; else undefined.
 */
function demonstrativeSubject(r: MentionReader, i: number): Agreement | undefined {
  const w = r.words[i] as Word
  const agreement = w.form.demonstrative
  const next = r.words[i + 1]
  if (agreement === undefined || !w.initial || !next || next.sentence !== w.sentence) return undefined
  return is(next, FORM_VERB) && plainGap(next.gap) ? agreement : undefined
}

/**
 * Reads the mention that starts at word i (bounded by `limit`), or null. Names are runs of name-like words
 * (with particles: de, van, bin); roles are a role word with its modifiers, possibly followed by a name.
 */
export function readMention(r: MentionReader, i: number, limit: number): Mention | null {
  const { words, v, ev } = r
  const w = words[i]
  if (!w || w.quote >= 0) return null
  if (!w.capitalized && !w.titled && opensNoLowerCaseMention(r, w, i, limit)) return null
  const sp = v.speech
  const prev = i > 0 ? (words[i - 1] as Word) : undefined
  const gap = trimmed(w.gap)
  const sameClause = prev !== undefined && prev.sentence === w.sentence && (gap === '' || gap === '.')
  // (A capital letter and a dot before the name is its initial, not a preposition: «В.Чайка», "A. Smith".)
  const letterAndDot = gap === '.' && prev?.text.length === 1 && prev.capitalized
  // (A capitalised article after a preposition is a name's, and the name is governed: «aseguró a El Faro».)
  const governed =
    sameClause &&
    !letterAndDot &&
    (!prev.capitalized || prev.initial || is(prev, FORM_DETERMINER)) &&
    governs(words, i - 1)
  const pron = w.form.pronoun ?? demonstrativeSubject(r, i)
  if (pron !== undefined) return mention('pronoun', i, i + 1, pron, governed)
  // "Q:", «Ответ:»: a transcript's label, no one's name (quotes/interviews.ts reads it).
  if (w.capitalized && interviewLabel(v, words, i) !== null) return null
  // «РЭУ им. Г. В. Плеханова», «університет імені Тараса Шевченка»: whom an institution is named after, governed.
  if (w.capitalized && sameClause && sp.namesakeWords.has(prev.lower))
    return mention('name', i, namesakeEnd(r, i, limit), null, true)
  if (
    (sp.ageDescriptor && isDigit(w.text.charCodeAt(0)) && sp.ageDescriptor.test(w.lower)) ||
    nationalityAlone(r, i)
  ) {
    // "the 45-year-old said", "said the Argentine", „sagte der Österreicher“: a description with no role of its
    // own, resolved to the person named before it.
    const m = mention('role', i, i + 1, null, governed)
    m.role = AGE_ROLE
    m.country = countryOfWord(v, w)
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
      plainGap((words[end] as Word).gap) &&
      // «у своєму Telegram Гончаренко»: another script starts another name.
      scriptOf((words[end] as Word).text) === scriptOf(w.text) &&
      // «dijo a la Agencia EFE Fernando Novas»: a first name after an agency starts a person's name.
      !(agencyOfForm(v, (words[end - 1] as Word).form) && isFirstName(v, words[end] as Word))
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
    return mention('org', i, end, null, governed || kindGoverned(r, i - 1))
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
  if (
    dottedAbbreviation(r, i) ||
    letterAfterNumber(words, i) ||
    nounAfterNumber(r, i) ||
    nounBeforeFullName(r, i)
  )
    return null
  if ((nameLike(w, v, ev) || initialName(r, i)) && !thingBefore(r, i))
    return nameOrOrganisation(r, i, nameEnd(r, i, limit), governed)
  if (roleOfWord(v, w) !== null || countryOfWord(v, w) !== null || adjectiveBeforeRole(r, i, limit)) {
    const role = readRole(r, i, limit, governed)
    // «Кремль», "the Kremlin": a seat of power that qualifies roles («глава Кремля») speaks as the organisation
    // when no role follows it.
    if (role || !knownOrganisation(v, w)) return role
  }
  // "И. ИЗМАЙЛОВ:", «Ю.СУХОВ»: a word in capitals after an initial is a surname, a person's. (Not inside a title
  // in marks, whose words are no one's name.)
  const acronym = isAcronym(w)
  const capitals = acronym && !w.titled
  if (capitals && w.text.length >= MIN_INITIALLED_CAPITALS && prev && initialBefore(prev, w))
    return mention('name', i, i + 1, null, governed)
  // "ENTREVISTA A PILAR G. CORTÉS": a first name the lexicon knows, in capitals, with more of the name after it.
  const capitalsName = capitals && isFirstName(v, w) ? nameInCapitals(words, i, limit) : i
  if (capitalsName > i + 1) return mention('name', i, capitalsName, null, governed)
  // An acronym of a thing (ДТП, GDP: `notNames`) is no organisation.
  if (w.capitalized && acronym && !is(w, FORM_AGENCY) && !acronymOfThing(v, w)) {
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

/**
 * Whether a word in lower case, outside a title in marks, can open no mention: the rules below that read one from
 * such a word start from a pronoun, a number (an age), a country, an agency, a role, or a modifier of a role — all
 * facts of the word's form. Most words of an article are none of these, and the reader asks about every word.
 */
function opensNoLowerCaseMention(r: MentionReader, w: Word, i: number, limit: number): boolean {
  const { v } = r
  return (
    w.form.pronoun === undefined &&
    w.form.demonstrative === undefined &&
    !(v.speech.ageDescriptor && isDigit(w.text.charCodeAt(0))) &&
    countryOfWord(v, w) === null &&
    !agencyOfForm(v, w.form) &&
    roleOfWord(v, w) === null &&
    !adjectiveBeforeRole(r, i, limit)
  )
}

/**
 * ДТП, GDP (`notNames`): an acronym of a thing; not an article in capitals ("EL PAÍS"). So is a Roman numeral
 * of I, V and X («оргкомитет XIX фестиваля», «I рівень небезпечності»).
 */
function acronymOfThing(v: Vocabulary, w: Word): boolean {
  return (!is(w, FORM_DETERMINER) && v.speech.notNames.has(w.lower)) || SMALL_ROMAN_NUMERAL.test(w.text)
}

/** I to XXXIX, as written. */
const SMALL_ROMAN_NUMERAL = /^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})$/

/**
 * "U.S.", "U.N.": single capitals joined by full stops with no space, and no name after them, are an abbreviation,
 * not a person's initials ("Two U.S. officials said"; "J.K. Rowling" has her surname after).
 */
function dottedAbbreviation(r: MentionReader, i: number): boolean {
  const { words } = r
  const run = r.dottedRun
  // Inside a run already walked the walk ends where it did ("B.C.D.E.…" of 100,000 letters was quadratic).
  let k = run.from <= i && i <= run.to ? run.to : i
  if (k === i) {
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
    run.from = i
    run.to = k
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
/**
 * "en el diario La Nación", "dans le journal Le Monde": the name after an article that follows a noun introducing a
 * title is governed as that noun is, by the preposition before it. Where names do not decline.
 */
function kindGoverned(r: MentionReader, article: number): boolean {
  const kind = r.words[article - 1]
  return (
    !r.v.inflected &&
    kind !== undefined &&
    kind.sentence === (r.words[article] as Word).sentence &&
    !kind.capitalized &&
    kindNounWord(r.v, kind) &&
    article >= 2 &&
    governs(r.words, article - 2)
  )
}

/**
 * "Berne Union Board of Education President John Garber said": where a role's head comes last, "of" between
 * capitalised words is inside an organisation's name, and a role with its bearer's name after it is no object of a
 * preposition (the caller asks only of those: "Felipe Braga Ribas of Brazil's National Observatory" is governed).
 */
function ofInTitle(r: MentionReader, i: number): boolean {
  const before = r.words[i - 2]
  return (
    r.v.speech.headFinal &&
    (r.words[i - 1] as Word).lower === 'of' &&
    before?.capitalized === true &&
    !before.initial &&
    before.sentence === (r.words[i] as Word).sentence &&
    plainGap((r.words[i - 1] as Word).gap)
  )
}

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

/** The shortest word in capitals read as a surname after an initial (not "А. ТАСС"-like agencies of two letters). */
const MIN_INITIALLED_CAPITALS = 4

/** Word `prev`, right before `w` in its paragraph, is an initial: one capital letter and a dot («И. ИЗМАЙЛОВ»). */
function initialBefore(prev: Word, w: Word): boolean {
  return (
    prev.text.length === 1 && prev.capitalized && prev.paragraph === w.paragraph && trimmed(w.gap) === '.'
  )
}

/** The most words a name written in capitals takes after its first name ("PILAR G. CORTÉS", "JOHN F. KENNEDY"). */
const MAX_CAPITALS_NAME_WORDS = 3

/**
 * The end of a name written in capitals that opens at word i: the words in capitals after it in its sentence, an
 * initial's dot between them.
 */
function nameInCapitals(words: readonly Word[], i: number, limit: number): number {
  let end = i + 1
  while (end < limit && end - i <= MAX_CAPITALS_NAME_WORDS) {
    const w = words[end] as Word
    const gap = trimmed(w.gap)
    const initialDot = gap === '.' && (words[end - 1] as Word).text.length === 1
    const capitals = !w.titled && (isAcronym(w) || (w.text.length === 1 && w.capitalized))
    if (!capitals || w.sentence !== (words[i] as Word).sentence || (gap !== '' && !initialDot)) break
    end++
  }
  return end
}

/** „die turbulenten 60 Minuten“: where every noun has a capital, one counted by a number is no name. */
function nounAfterNumber(r: MentionReader, i: number): boolean {
  const prev = r.words[i - 1]
  return (
    r.v.speech.capitalisedNouns &&
    prev !== undefined &&
    prev.sentence === (r.words[i] as Word).sentence &&
    plainGap((r.words[i] as Word).gap) &&
    isDigit(prev.text.charCodeAt(prev.text.length - 1))
  )
}

/**
 * «Українка Марія Винник поділилася…», «Россиянин Олег Петров заявил»: where names decline, a word that opens the
 * sentence before a first name and a surname is a noun telling who the person is (nationality, trade), not a name
 * — unless a patronymic follows, as an official writes the surname first («Петренко Олег Сергійович»).
 */
function nounBeforeFullName(r: MentionReader, i: number): boolean {
  const { words, v } = r
  const w = words[i] as Word
  // (Most words stand inside their sentence: one comparison leaves them.)
  if (words[i - 1]?.sentence === w.sentence) return false
  const infl = v.speech.inflection
  const first = words[i + 1]
  const surname = words[i + 2]
  if (!infl || !first || !surname) return false
  if (isFirstName(v, w) || roleOfWord(v, w) !== null || countryOfWord(v, w) !== null) return false
  if (!isFirstName(v, first) || !surname.capitalized || isAcronym(surname)) return false
  if (first.sentence !== w.sentence || surname.sentence !== w.sentence) return false
  return plainGap(first.gap) && plainGap(surname.gap) && !isPatronymic(surname.lower, infl)
}

/** A nationality noun after a definite article, with no noun or name after it ("the Argentine said"). */
function nationalityAlone(r: MentionReader, i: number): boolean {
  const { words, v } = r
  const w = words[i] as Word
  const prev = words[i - 1]
  // (In lower case where the language writes nationalities so: «explicó el italiano».)
  if (!prev || prev.sentence !== w.sentence || trimmed(w.gap) !== '') return false
  // A capital proves nothing on the sentence's first word ("Der Österreicher lobte: …"); elsewhere it is a name's.
  if (
    !is(prev, FORM_DETERMINER) ||
    v.speech.indefiniteArticles.has(prev.lower) ||
    (prev.capitalized && !prev.initial)
  )
    return false
  if (countryOfWord(v, w) === null || v.speech.possessives.has(prev.lower)) return false
  const next = words[i + 1]
  // (A preposition after it too: «relató el uruguayo en la sala de prensa».)
  return (
    !next ||
    next.sentence !== w.sentence ||
    trimmed(next.gap) !== '' ||
    v.speech.verbs.has(next.lower) ||
    is(next, FORM_PREPOSITION)
  )
}

/**
 * The end of a namesake's name that opens at word i (see SpeechLexicon `namesakeWords`): initials, a first name, a
 * surname — not the person named right after it («им. Плеханова Леонид Брагин»).
 */
function namesakeEnd(r: MentionReader, i: number, limit: number): number {
  const { words, v } = r
  const first = words[i] as Word
  const part = (k: number) => {
    const w = words[k]
    return k < limit && w !== undefined && w.capitalized && w.sentence === first.sentence ? w : undefined
  }
  let k = i
  while (part(k)?.text.length === 1) k++
  const name = part(k)
  if (name && isFirstName(v, name) && part(k + 1)) k++
  return part(k) ? k + 1 : Math.max(k, i + 1)
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
      // «le explicó a BBC Mundo»: one word right after a governed organisation is more of its name, governed too —
      // not a person's name that opens on a first name («dijo a la Agencia EFE Fernando Novas») or in another
      // script («у своєму Telegram Гончаренко»).
      if (
        owner?.governed &&
        owner.kind === 'org' &&
        m.kind === 'name' &&
        m.to === m.from + 1 &&
        owner.to === m.from &&
        trimmed(r.words[i]?.gap ?? '') === '' &&
        !isFirstName(r.v, r.words[i] as Word) &&
        scriptOf((r.words[owner.to - 1] as Word).text) === scriptOf((r.words[i] as Word).text)
      )
        m.governed = true
      if (m.governed && m.kind === 'role' && m.nameFrom >= 0 && ofInTitle(r, i)) m.governed = false
      out.push(m)
      i = Math.max(m.to, i + 1)
    } else i++
  }
  return out
}
