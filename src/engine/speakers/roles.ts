// Roles: a role word with its modifiers and what it is of («президент России», "Ministry of Defence spokesman",
// „der Berliner Trainer“), then perhaps its bearer's name.
import type { Word } from '../quotes/context'
import {
  FORM_AGENCY,
  FORM_COUNTRY_HEAD,
  FORM_DETERMINER,
  FORM_NAME_PARTICLE,
  FORM_NEVER_NAME,
  FORM_ORGANISATION,
  FORM_ORGANISATION_NAME,
  FORM_PREPOSITION,
  FORM_STOP,
  FORM_VERB,
} from './forms'
import { type Mention, type MentionReader, mention } from './mention'
import {
  endsOrganisation,
  nameEnd,
  nameLike,
  organisationNameAt,
  thingBefore,
  writtenLowercase,
} from './names'
import { isPatronymic } from './nominative'
import { endingAfterStem, roleOf, type Vocabulary } from './vocabulary'
import {
  countryOfWord,
  ENDS_ADJECTIVE,
  ENDS_NAME_ADJECTIVE,
  ENDS_PROPER_ADJECTIVE,
  endingsOf,
  is,
  isAbbreviationWord,
  isAcronym,
  isFirstName,
  isPossessive,
  letterAfterNumber,
  plainGap,
  roleGap,
  roleOfWord,
  trimmed,
} from './word-facts'

/** "российский президент", "северокорейский лидер", "former campaign strategist": modifiers before a role. */
export function adjectiveBeforeRole(r: MentionReader, i: number, limit: number): boolean {
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
export function demonymBeforeRole(r: MentionReader, i: number, limit: number): boolean {
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
export function opensTitle(r: MentionReader, i: number, limit: number): boolean {
  if (!r.v.speech.headFinal) return false
  for (let j = i; j < Math.min(limit, i + 4); j++) {
    const w = r.words[j] as Word
    if (j > i && !plainGap(w.gap)) return false
    if (!w.capitalized || w.quote >= 0 || w.titled || isAcronym(w) || isPossessive(w.text)) return false
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
    if (w.quote >= 0 || w.titled || isPossessive(w.text)) return false
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
  if (w.capitalized && !isPossessive(w.text) && !isAcronym(w))
    return v.inflected && (endingsOf(w) & (ENDS_PROPER_ADJECTIVE | ENDS_NAME_ADJECTIVE)) !== 0
  if (v.inflected) return (endingsOf(w) & ENDS_ADJECTIVE) !== 0
  return true
}

/** Russian/Ukrainian words a role's complement can be (genitive nouns and adjectives), not verbs. */
const GENITIVE = /(?:а|я|ы|и|і|ї|ого|его|ой|ей|ої|ів|их|ых|ов|ев|ей|ства|ння|ння)$/u
const VERB_FORM = /(?:л|ла|ло|ли|лся|лась|лось|лись|ть|ться|тся|ет|ит|ют|ят|ут|ать|ить)$/u

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

/** «жительница дома», «очевидцы аварии»: a word in lower case after a role that reads as its genitive complement. */
export function genitiveAfterRole(w: Word | undefined): boolean {
  return (
    w !== undefined &&
    !w.capitalized &&
    !is(w, FORM_STOP | FORM_PREPOSITION) &&
    GENITIVE.test(w.lower) &&
    !VERB_FORM.test(w.lower)
  )
}

const OBLIQUE_ADJECTIVE = /(?:ого|ому|ой|ых|их|ым|им|ом|ої|ою|ім)$/u

/**
 * Any adjective's oblique endings that no nominative name has: «Высшего совета», «Верхней палаты». (Nominative
 * surnames end in -ой, -ий and -ых too, so those are read as above, only for place and institution adjectives.)
 */
const SOFT_OBLIQUE_ADJECTIVE = /(?:его|ему|ей|ього|ьому|ої)$/u

/**
 * «поліцейський групи реагування Вознесенівського міжрайонного відділу … Роман Брусленко», «инспектор ДПС
 * Центрального районного отдела полиции … Иван Петров»: a capitalised adjective of a place or an institution in
 * an oblique case, before a lower-case genitive or an acronym («голова Львівської ОВА Максим Козицький»), opens
 * what the role is of, not its bearer's name.
 */
function capitalisedAdjectiveComplement(r: MentionReader, j: number): boolean {
  const w = r.words[j] as Word
  const next = r.words[j + 1]
  return (
    w.capitalized &&
    ((endingsOf(w) & (ENDS_PROPER_ADJECTIVE | ENDS_NAME_ADJECTIVE)) !== 0
      ? OBLIQUE_ADJECTIVE.test(w.lower)
      : SOFT_OBLIQUE_ADJECTIVE.test(w.lower) && !isFirstName(r.v, w)) &&
    next !== undefined &&
    next.sentence === w.sentence &&
    plainGap(next.gap) &&
    ((!next.capitalized && GENITIVE.test(next.lower) && !VERB_FORM.test(next.lower)) || isAcronym(next))
  )
}

/** "chief’s" → "chief", "members’" → "members". */
function withoutPossessive(lower: string): string {
  return lower.endsWith('s') && lower.length > 2 ? lower.slice(0, -2) : lower.slice(0, -1)
}

/** The role stem of a person named by age alone (see `ageDescriptor`). */
export const AGE_ROLE = 'age'

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

/**
 * Where nouns decline (ru, uk), whether the word at j, after a role word, still belongs to the role rather than
 * opening its bearer's name:
 * - a capitalised place or institution adjective in an oblique case (`capitalisedAdjectiveComplement`);
 * - «пресслужба ГУ Нацполіції Київщини»: a place in the genitive right after an institution, naming which one it
 *   is (an institution has no bearer; a first name would start a person's: «речниця поліції Олена Петренко»);
 * - «…отдела полиции старший лейтенант полиции Иван Петров»: a rank set after the post, with its modifiers.
 */
function inflectedComplement(r: MentionReader, j: number, limit: number): boolean {
  const { words, v } = r
  const w = words[j] as Word
  if (!w.capitalized) return adjectiveBeforeRole(r, j, limit)
  if (capitalisedAdjectiveComplement(r, j)) return true
  return (
    GENITIVE.test(w.lower) &&
    !isFirstName(v, w) &&
    v.institutionStems.has(roleOfWord(v, words[j - 1] as Word) ?? '')
  )
}

/** «журналистам», «експертами»: the role word is in a case of the plural only, a group's (see NameInflection). */
export function pluralOblique(v: Vocabulary, w: Word, role: string): boolean {
  const endings = v.speech.inflection?.pluralObliqueEndings
  if (!endings) return false
  return endings.includes(endingAfterStem(w.lower, role))
}

/**
 * «художній керівник театру ім. Івана Франка»: a role word in the nominative (the bare stem) is not borne by a name
 * that opens with a first name in another case; that name is what the role's complement is of.
 */
function nominativeBeforeOblique(v: Vocabulary, w: Word, role: string, next: Word | undefined): boolean {
  return (
    v.inflected &&
    next !== undefined &&
    w.lower === role &&
    isFirstName(v, next) &&
    !v.speech.firstNames.has(next.lower)
  )
}

/** How many words a list inside a role's complement may run to its conjunction ("Industria, Comercio y Turismo"). */
const MAX_LIST_WORDS = 3

/** The most words before a role word: "the former Russian deputy foreign minister" has four. */
const MAX_WORDS_BEFORE_ROLE = 8

/**
 * «ministra de Industria, Comercio y Turismo», "Secretary of Business, Energy and Industrial Strategy": a comma
 * between capitalised words of what a role is of, in a list that a conjunction closes before a capitalised word —
 * not a first name after the comma (the bearer's, in apposition).
 */
function listInComplement(r: MentionReader, j: number, limit: number): boolean {
  const { words, v } = r
  const w = words[j] as Word
  if (trimmed(w.gap) !== ',' || !w.capitalized || !(words[j - 1] as Word).capitalized || isFirstName(v, w))
    return false
  for (let k = j + 1; k < Math.min(limit, j + 1 + MAX_LIST_WORDS); k++) {
    const next = words[k] as Word
    if (!plainGap(next.gap) || next.sentence !== w.sentence) return false
    if (COORDINATORS.has(next.lower)) return words[k + 1]?.capitalized === true && k + 1 < limit
    if (!next.capitalized) return false
  }
  return false
}

/** The word after word `j` is name-like, capitalised, in the same sentence and the mention's reach. */
function nameFollows(r: MentionReader, j: number, limit: number): boolean {
  const next = r.words[j + 1]
  return (
    next !== undefined &&
    j + 1 < limit &&
    next.capitalized &&
    plainGap(next.gap) &&
    next.sentence === (r.words[j] as Word).sentence &&
    nameLike(next, r.v, r.ev, true)
  )
}

/** A role description: modifiers, the role word, its complements (of state, России, UFC), then maybe a name. */
export function readRole(r: MentionReader, i: number, limit: number, governed: boolean): Mention | null {
  const { words, v, ev } = r
  let role: string | null = null
  /** The word that gave `role`. */
  let head = -1
  let country: string | null = null
  let j = i
  let afterConnector = false
  // Where a run after a connector showed the bearer's name to start (see complementRun), else -1.
  let bearer = -1
  for (; j < limit; j++) {
    // No role word among the first few: modifiers and countries do not pile up further before one, and the words
    // after the first are read again as a role of their own ('РФ РФ РФ …' in one sentence was quadratic).
    if (role === null && j - i >= MAX_WORDS_BEFORE_ROLE) break
    const w = words[j] as Word
    if (j > i && !plainGap(w.gap) && !(roleGap(w.gap) && (w.titled || (words[j - 1] as Word).titled))) {
      if (role === null || !listInComplement(r, j, limit)) break
      // The list goes on what the role is of, as after "de" / "of".
      afterConnector = true
    }
    if (j > i && w.gap.includes('.') && !isAbbreviationWord(words[j - 1] as Word)) break
    if (w.quote >= 0 && !w.titled) break
    const c = countryOfWord(v, w) ?? multiWordCountry(r, j)
    if (c) {
      country ??= c
      if (multiWordCountry(r, j)) j++
      // „Präsident des Deutschen Bauernverbands“: where every noun has a capital, a country's adjective after the
      // connector opens what the role is of, and the noun after it goes on it.
      if (!v.speech.capitalisedNouns) afterConnector = false
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
    if (role !== null && v.inflected && inflectedComplement(r, j, limit)) continue
    // «заступник голови Верховної Ради Руслан Стефанчук»: an organisation of several words the lexicon names is
    // what the role is of.
    if (j > i && role !== null && w.capitalized && is(w, FORM_ORGANISATION_NAME)) {
      const name = organisationNameAt(r, j, limit)
      if (name) {
        j += name.length - 1
        afterConnector = false
        continue
      }
    }
    // «пресс-служба Минфина»: an organisation the lexicon knows is what the role is of, not its bearer's name.
    if (j > i && nameLike(w, v, ev, true) && role !== null && !thingBefore(r, j) && !is(w, FORM_ORGANISATION))
      break
    const ro = roleOfWord(v, w)
    if (ro) {
      // «рассказал журналистам сосед»: a group in an oblique case of the plural is whom the words were told;
      // the role after it is someone else's.
      if (role !== null && v.inflected && pluralOblique(v, words[head] as Word, role)) break
      const compound = j > i && roleOfWord(v, words[j - 1] as Word) !== null
      // Head last: "Ministry of Defence spokesman" is a spokesman, the capitalised words before what he is of.
      const afterName = j > i && !w.capitalized && (words[j - 1] as Word).capitalized
      if (role === null || (v.speech.headFinal && (compound || afterName))) {
        role = ro
        head = j
      }
      afterConnector = false
      continue
    }
    if (is(w, FORM_AGENCY)) break
    // "police chief’s message": a possessive role word heads the compound and ends it.
    if (role !== null && v.speech.headFinal && isPossessive(w.text)) {
      const owner = roleOf(v, withoutPossessive(w.lower))
      if (owner !== null) {
        role = owner
        head = j
        j++
        break
      }
    }
    if (w.titled || isAcronym(w) || isPossessive(w.text)) continue
    if (CONNECTORS.has(w.lower) && role !== null) {
      // «acusado de violar»: what the person did, not what the role is of.
      const next = words[j + 1]
      if (next && v.speech.infinitive?.test(next.lower) && plainGap(next.gap)) break
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
    // "de Salud y Familias", "of Health and Human Services": a conjunction inside what the role is of, between
    // capitalised words (not before a first name: "the Department of Health and John Smith").
    if (
      role !== null &&
      COORDINATORS.has(w.lower) &&
      j > i &&
      (words[j - 1] as Word).capitalized &&
      j + 1 < limit &&
      (words[j + 1] as Word).capitalized &&
      plainGap((words[j + 1] as Word).gap) &&
      !isFirstName(v, words[j + 1] as Word) &&
      roleOfWord(v, words[j + 1] as Word) === null
    ) {
      afterConnector = true
      continue
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
    if (j === head + 1 && v.speech.rankAdjectives.has(w.lower)) continue
    // «el cantante puertorriqueño Luis Fonsi»: an adjective after a person's role word, before its bearer's name.
    if (
      v.speech.postnominalAdjectives &&
      j === head + 1 &&
      !v.institutionStems.has(role) &&
      nameFollows(r, j, limit)
    )
      continue
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
  const caseBreak =
    (governed && v.inflected && next !== undefined && v.speech.firstNames.has(next.lower)) ||
    pluralOblique(v, words[head] as Word, role) ||
    nominativeBeforeOblique(v, words[head] as Word, role, next)
  if (
    next &&
    j < limit &&
    gapOk &&
    !caseBreak &&
    nameLike(next, v, ev, true) &&
    !letterAfterNumber(words, j) &&
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
    // «Адвокат … сотрудника ГРУ Евгения Ерофеева Оксана Соколовская»: a second name right after the first (nameEnd
    // stops at its first name) is the bearer's; the first was what a complement is of.
    const second = words[m.to]
    if (
      v.inflected &&
      second &&
      m.to < limit &&
      plainGap(second.gap) &&
      second.sentence === (words[m.to - 1] as Word).sentence &&
      v.speech.firstNames.has(second.lower)
    ) {
      const end = nameEnd(r, m.to, limit)
      if (end - m.to >= 2) {
        j = m.to
        m.to = end
      }
    }
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
    m.possessive = isPossessive((words[m.to - 1] as Word).text)
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
export function unnamedSpokesperson(r: MentionReader, j: number, limit: number): boolean {
  const w = r.words[j]
  if (!r.v.speech.headFinal || !w || j >= limit || w.capitalized || !plainGap(w.gap)) return false
  const role = roleOfWord(r.v, w)
  if (role === null || !r.v.speech.spokespersons.includes(role)) return false
  const next = r.words[j + 1]
  return !next || next.sentence !== w.sentence || !next.capitalized || !plainGap(next.gap)
}

/** "Северной Кореи", "North Korea": a country named by two words. */
export function multiWordCountry(r: MentionReader, j: number): string | null {
  const w = r.words[j] as Word
  if (!is(w, FORM_COUNTRY_HEAD)) return null
  const forms = r.v.countryHeads.get(w.lower)
  const next = r.words[j + 1]
  if (!forms || !next) return null
  return forms.includes(`${w.lower} ${next.lower}`)
    ? (r.v.countryForms.get(`${w.lower} ${next.lower}`) ?? null)
    : null
}
