import type { Agreement } from '../lang/speech'
import type { Word } from '../quotes/context'
import { sourcePhraseEndsAt } from '../quotes/source-phrases'
import { firstAtOrAfter } from '../text/lower-bound'
import { scratchInt32, scratchUint8 } from '../text/scratch'
import { lowerCase } from '../text/tokens'
import {
  type Cluster,
  fullNameOf,
  inOrder,
  KeyIndex,
  knownGender,
  mentionText,
  nameSlots,
  pastClosingMarks,
  Registry,
} from './clusters'
import { FORM_HONORIFIC, FORM_VERB, kindOfForm, roleOfForm } from './forms'
import { SpeakerHistory } from './history'
import { type Mention, type MentionReader, mentionFrom } from './mention'
import { mentionsIn, titleEnd } from './mentions'
import { nameEvidence } from './names'
import {
  derivedFeminineNominative,
  headNominative,
  isPatronymic,
  NOMINATIVE_ENDINGS,
  nominativePhrase,
  titledNominative,
} from './nominative'
import { AGE_ROLE, genitiveAfterRole, isRoleConnector, pluralOblique } from './roles'
import { endingAfterStem, organisationNameOf, organisationNominative, type Vocabulary } from './vocabulary'
import {
  acronymEnding,
  countryOfWord,
  isAcronym,
  isFirstName,
  placeAdjective,
  plainGap,
  SUBJECT_ADVERBS,
  scriptOf,
} from './word-facts'

const PRONOUN_WINDOW = 6
/**
 * How many mentions of one sentence a search for what a pronoun refers to looks at: a sentence of news names a
 * handful of people, but a run-on line (cut into sentences of up to 3,000 characters) can hold hundreds of mentions,
 * and every pronoun in it walked them all (200,000 characters of 'he said "a" ' took 1.4 s).
 */
const MAX_SENTENCE_MENTIONS = 24
/** The shortest word in capitals read as a surname (not "AFP", "BBC", "SPD"). */
const MIN_CAPITALS_SURNAME = 4
const DESCRIPTION_WINDOW = 2
/** How many sentences back «ведомство» looks for the organisation it refers to. */
const REFERENCE_WINDOW = 4
/** A pronoun may refer to the speaker of a quotation this many sentences back at most. */
const SPEAKER_WINDOW = 3
/** How many sentences back "a spokesperson" alone may speak for an organisation quoted before. */
const ORGANISATION_SPEAKER_WINDOW = 8
/** How many sentences on a text that opens on quotations may name its speaker. */
const OPENING_WINDOW = 12

/**
 * The clusters that bear each role stem and each country of a role, so that finding the bearer of a role looks
 * at the few people with that role, not at every cluster of the article. Clusters are listed in the order their
 * roles were learned; readers put the candidates back in creation order (`inOrder`).
 */
class RoleIndex {
  readonly byStem = new KeyIndex()
  readonly byCountry = new KeyIndex()

  /** Each distinct role once, so that looking roles up stays proportional to the people, not to the text. */
  add(c: Cluster, stem: string, country: string | null, text: string, pos: number): void {
    if (c.roles.some((r) => r.text === text)) return
    if (c.roles.length >= 12) return
    c.roles.push({ stem, country, text, pos })
    this.byStem.add(stem, c)
    if (country !== null) this.byCountry.add(country, c)
  }
}

function paragraphBounds(words: readonly Word[], i: number): [number, number] {
  const p = (words[i] as Word).paragraph
  let a = i
  let b = i
  while (a > 0 && (words[a - 1] as Word).paragraph === p) a--
  while (b < words.length && (words[b] as Word).paragraph === p) b++
  return [a, b]
}

/** A headline in Title Case: most words of four letters or more capitalised, quotations included. */
function titleCase(words: readonly Word[], [from, to]: [number, number]): boolean {
  if (to - from > 30) return false
  let n = 0
  let caps = 0
  for (let i = from; i < to; i++) {
    const w = words[i] as Word
    if (w.lower.length < 4) continue
    n++
    if (w.capitalized) caps++
  }
  return n >= 4 && caps / n >= 0.7
}

/** `index`: the sentences with a word of the reporter's, in order; `rank[s]`: how many of them come before s. */
interface ReporterSentences {
  index: Int32Array
  rank: Int32Array
}

function reporterSentences(words: readonly Word[], sentences: number): ReporterSentences {
  const has = scratchUint8(sentences)
  // Indexed, not for…of: this runs once per analysis, so V8 may not have optimised it yet, and unoptimised code
  // makes an iterator result per element (4 MB a run at 100k words).
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word
    if (w.quote < 0) has[w.sentence] = 1
  }
  const rank = scratchInt32(sentences + 1)
  let n = 0
  for (let s = 0; s < sentences; s++) {
    rank[s] = n
    n += has[s] as number
  }
  rank[sentences] = n
  const index = scratchInt32(n)
  n = 0
  for (let s = 0; s < sentences; s++) if (has[s]) index[n++] = s
  return { index, rank }
}

/**
 * Every mention of a possible speaker in the article, read once, outside the quotations, and clustered into
 * people and organisations. Attribution asks it which cluster a mention refers to.
 */
export class SpeakerModel {
  readonly registry: Registry
  /** Every mention, in text order (`mentionAt` finds the one starting at a word). */
  readonly mentions: Mention[] = []
  /**
   * For each word, 1 + the index in `mentions` of the mention starting there, or 0. Numbers rather than a list of
   * objects as long as the text: V8 charges much more for a very large array of pointers to new objects.
   */
  private readonly startsAt: Int32Array
  /** Names introduced with a demonym, by country (nationalOf), gathered on first use. */
  private nationals: Map<string, Mention[]> | undefined
  /**
   * The mentions of sentence s are mentions[sentenceStart[s], sentenceStart[s + 1]): mentions are in text order,
   * so each sentence's are one run. Offsets rather than a map of small lists: thousands of lists made and kept
   * for one analysis were, in a dialogue of 20,000 lines, the most expensive lines of the stage.
   */
  private readonly sentenceStart: Int32Array
  /** Sentences with words of the reporter's (not all inside quotations), counted: see `sentencesBack`. */
  private readonly reporterSentences: ReporterSentences
  private readonly cluster = new Map<Mention, Cluster>()
  private readonly reader: MentionReader
  /** Where each cluster was last mentioned by name (word index), for "the latest Михайло". */
  private readonly lastNamed = new Map<Cluster, number>()
  private readonly roles = new RoleIndex()
  /** The quotations attributed so far and their speakers. */
  private readonly history: SpeakerHistory

  constructor(
    readonly words: readonly Word[],
    readonly text: string,
    readonly v: Vocabulary,
  ) {
    this.registry = new Registry(v)
    this.history = new SpeakerHistory(words)
    this.reader = { words, v, ev: nameEvidence(words, v), dottedRun: { from: -1, to: -1 } }
    this.startsAt = scratchInt32(words.length)
    const all = this.mentions
    // Whether the paragraph is a Title Case headline, for the paragraph of the last run only: words come in order.
    let headlinePara = -1
    let headline = false
    let i = 0
    while (i < words.length) {
      if ((words[i] as Word).quote >= 0) {
        i++
        continue
      }
      let j = i
      const para = (words[i] as Word).paragraph
      while (j < words.length && (words[j] as Word).quote < 0 && (words[j] as Word).paragraph === para) j++
      if (para !== headlinePara) {
        headlinePara = para
        headline = !v.speech.capitalisedNouns && titleCase(words, paragraphBounds(words, i))
      }
      const first = all.length
      mentionsIn(this.reader, i, j, all)
      // In a Title Case headline a run of capitals is not one name: "Gold Star Mom Corners Obama" → Obama.
      for (let k = first; headline && k < all.length; k++) {
        const m = all[k] as Mention
        if (m.kind === 'name' && m.to - m.from > 2) m.from = m.to - 1
      }
      i = j
    }
    const sentences = words.length > 0 ? (words[words.length - 1] as Word).sentence + 1 : 0
    this.sentenceStart = scratchInt32(sentences + 1)
    for (let k = 0; k < all.length; k++) {
      const m = all[k] as Mention
      this.startsAt[m.from] = k + 1
      const next = (words[m.from] as Word).sentence + 1
      this.sentenceStart[next] = (this.sentenceStart[next] as number) + 1
    }
    for (let s = 0; s < sentences; s++)
      this.sentenceStart[s + 1] = (this.sentenceStart[s + 1] as number) + (this.sentenceStart[s] as number)
    this.reporterSentences = reporterSentences(words, sentences)
    this.clusterNames(all)
    this.learnAppositions(all)
  }

  /**
   * The sentence `n` sentences of the reporter's before sentence s: sentences wholly inside quotations do not
   * count, as a reader looking back for whom "he" or "the forward" means skips the quoted words ("He said the
   * feeling was a high point. "…⏎"…⏎"…" The forward said that…"). At most 4n sentences back.
   */
  private sentencesBack(s: number, n: number): number {
    const { rank, index } = this.reporterSentences
    const k = (rank[s] ?? 0) - n
    return Math.max(0, s - 4 * n, k >= 0 ? (index[k] as number) : 0)
  }

  /** The first index in `mentions` of sentence s's mentions; they end at `sentenceEnd(s)`. */
  sentenceFirst(s: number): number {
    return s >= 0 && s + 1 < this.sentenceStart.length ? (this.sentenceStart[s] as number) : 0
  }

  sentenceEnd(s: number): number {
    return s >= 0 && s + 1 < this.sentenceStart.length ? (this.sentenceStart[s + 1] as number) : 0
  }

  /** The end of sentence s's first MAX_SENTENCE_MENTIONS mentions: where a search for its subject stops. */
  private firstMentionsEnd(s: number): number {
    return Math.min(this.sentenceEnd(s), this.sentenceFirst(s) + MAX_SENTENCE_MENTIONS)
  }

  /** The index of sentence s's first mention that starts at word `pos` or after (its end when none does). */
  private firstMentionFrom(s: number, pos: number): number {
    return firstAtOrAfter(this.mentions, pos, mentionFrom, this.sentenceFirst(s), this.sentenceEnd(s))
  }

  /** The mention that starts at word i, if any. */
  mentionAt(i: number): Mention | undefined {
    const k = this.startsAt[i]
    return k ? this.mentions[k - 1] : undefined
  }

  /** The mention that ends right before word i, if any: the nearest one starting in the four words before. */
  mentionEndingAt(i: number): Mention | undefined {
    for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
      const m = this.mentionAt(k)
      if (m) return m.to === i ? m : undefined
    }
    return undefined
  }

  /** Full names first, so that a surname alone finds the person even when it comes first in the text. */
  private clusterNames(all: Mention[]): void {
    const nameParts = (m: Mention) => {
      const from = m.nameFrom >= 0 ? m.nameFrom : m.from
      const parts: string[] = []
      for (let k = from; k < m.to; k++) {
        const w = this.words[k] as Word
        // A nickname in marks inside the name (names.ts, nicknameEnd) is no part of it.
        if (!w.titled) parts.push(withoutPossessive(w.text))
      }
      return parts
    }
    const infl = this.v.speech.inflection
    const isFirstPatronymic = (p: string[]) =>
      infl !== null && p.length === 2 && isPatronymic(lowerCase(p[1] as string), infl)
    // Where every noun has a capital, a capitalised run after a preposition is more often a thing than a name,
    // unless a first name opens it ("nach Ansicht von Anna Schmidt", "mit Olaf Scholz") or a role follows it as an
    // apposition ("Für Rudy Pevenage, persönlicher Berater von Jan Ullrich, war …").
    const skip = (m: Mention) =>
      this.v.speech.capitalisedNouns &&
      m.governed &&
      m.kind === 'name' &&
      !isFirstName(this.v, this.words[m.from] as Word) &&
      !this.roleInApposition(m)
    // (Indexed rather than for…of: code run once per analysis is often not yet optimised, and there each for…of
    // step makes an object.)
    for (let k = 0; k < all.length; k++) {
      const m = all[k] as Mention
      if (m.kind !== 'name' && !(m.kind === 'role' && m.nameFrom >= 0)) continue
      if (skip(m)) continue
      const parts = nameParts(m)
      if (parts.length < 2 || isFirstPatronymic(parts)) continue
      this.bind(m, this.registry.addFullName(parts, m.from))
    }
    for (let k = 0; k < all.length; k++) {
      const m = all[k] as Mention
      if (m.kind === 'org') {
        this.bind(m, this.registry.addOrg(this.nameOfOrganisation(m), m.from))
        continue
      }
      if (m.kind !== 'name' && !(m.kind === 'role' && m.nameFrom >= 0)) continue
      if (this.cluster.has(m) || skip(m)) continue
      const parts = nameParts(m)
      // (A name whose every word is inside a title in marks names no one.)
      if (parts.length === 0) continue
      if (isFirstPatronymic(parts)) {
        const c = this.registry.addFirstAndPatronymic(
          parts[0] as string,
          m.from,
          (x) => this.lastNamed.get(x) ?? -1,
        )
        if (c) {
          this.bind(m, c)
          continue
        }
        this.bind(m, this.registry.addFullName(parts, m.from))
        continue
      }
      this.bind(m, this.registry.addSingleName(parts[0] as string, m.from))
    }
    const titles = this.v.speech.genderedHonorifics
    for (let k = 0; k < all.length; k++) {
      const m = all[k] as Mention
      const c = this.cluster.get(m)
      // "Mr Trump", «г-жа Матвиенко», "Mme Borne": the courtesy title tells the gender.
      const title = this.words[m.from - 1]
      if (c && title && title.sentence === (this.words[m.from] as Word).sentence) {
        const gender = titles.get(title.lower)
        if (gender) c.gender ??= gender
      }
      if (c && m.kind === 'role' && m.role)
        this.roles.add(
          c,
          m.role,
          m.country,
          mentionText(this.words, m, this.text, m.from, m.nameFrom),
          m.from,
        )
      // "the rights group Trans Action", « le constructeur Renault »: a name after a company noun is no person's.
      if (
        c?.kind === 'person' &&
        m.kind === 'role' &&
        m.role !== null &&
        this.v.speech.companyNouns.includes(m.role) &&
        !isFirstName(this.v, this.words[m.nameFrom] as Word)
      )
        c.kind = 'org'
    }
  }

  private bind(m: Mention, c: Cluster): void {
    this.cluster.set(m, c)
    c.mentions++
    c.forms.set(mentionText(this.words, m, this.text), m.from)
    this.lastNamed.set(c, m.from)
  }

  /** Whether a role without a name of its own follows the mention, set off by a comma ("X, persönlicher Berater"). */
  private roleInApposition(m: Mention): boolean {
    const next = this.words[m.to]
    const role = next?.gap.includes(',') ? this.mentionAt(m.to) : undefined
    return role !== undefined && role.kind === 'role' && role.nameFrom < 0
  }

  /**
   * The mention `next` when it stands in a short complement of the bare role `role` («en el País Vasco»): governed,
   * a few words on, nothing between but words in lower case with no comma, mark or verb. Else null.
   */
  private roleComplement(role: Mention, next: Mention): Mention | null {
    if (role.kind !== 'role' || role.nameFrom >= 0 || !next.governed || next.kind === 'pronoun') return null
    if (next.from - role.to > MAX_COMPLEMENT_LEAD) return null
    for (let i = role.to; i < next.to; i++) {
      const w = this.words[i] as Word
      if (!plainGap(w.gap) || w.form.flags & FORM_VERB || (i < next.from && w.capitalized)) return null
    }
    return next
  }

  /** "Flynn, a top Trump surrogate," / "une cliente, Rosina Rusin," — a role next to a name, set off by commas. */
  private learnAppositions(all: Mention[]): void {
    for (let k = 0; k + 1 < all.length; k++) {
      const a = all[k] as Mention
      // «la delegada del Gobierno en el País Vasco, Marisol Garmendia»: a complement the role did not take may
      // hold a name of its own; the bearer's comes after it.
      const complement = this.roleComplement(a, all[k + 1] as Mention)
      const b = all[k + (complement ? 2 : 1)]
      if (!b) continue
      const lead = complement ? complement.to : a.to
      // (The comma may stand before the titles that open a name, "der Leiter der Studie, Prof. Dr. Dr. Gisbert
      // Asinus", or before an article and adjectives the role did not take, "Paul Long, a former City Council
      // candidate,".)
      let comma = b.from
      let lowerLead = false
      while (
        comma > lead &&
        b.from - comma < MAX_APPOSITION_LEAD &&
        !(this.words[comma] as Word).gap.includes(',')
      ) {
        const w = this.words[comma - 1] as Word
        if (w.form.flags & FORM_HONORIFIC) comma--
        // (Not a clause: «Сергей Бадамшин, заявил, что будет обжаловать решение суда» is no apposition.)
        else if (
          !w.capitalized &&
          !(w.form.flags & FORM_VERB) &&
          !this.v.speech.complementizers.has(w.lower)
        ) {
          lowerLead = true
          comma--
        } else break
      }
      if (comma - lead > 2 || !(this.words[comma] as Word).gap.includes(',')) continue
      // Words in lower case before the role only after a person's full name, not a place ("At a press conference
      // in Chelsea, the mayor also said").
      if (lowerLead && !(a.kind === 'name' && !a.governed && isFirstName(this.v, this.words[a.from] as Word)))
        continue
      if ((this.words[a.from] as Word).sentence !== (this.words[b.from] as Word).sentence) continue
      const [name, role] =
        a.kind === 'name' && b.kind === 'role' && b.nameFrom < 0
          ? [a, b]
          : b.kind === 'name' && a.kind === 'role' && a.nameFrom < 0
            ? [b, a]
            : [null, null]
      if (!name || !role?.role) continue
      const c = this.cluster.get(name)
      if (!c) continue
      const text = mentionText(this.words, role, this.text)
      this.roles.add(c, role.role, role.country, text, role.from)
      this.cluster.set(role, c)
      c.forms.set(text, role.from)
    }
  }

  /** Role descriptions the article uses for known people ("российский президент") become their aliases. */
  collectRoleAliases(): void {
    // (Indexed rather than for…of: code run once per analysis is often not yet optimised, and there each for…of
    // step makes an object.)
    for (let k = 0; k < this.mentions.length; k++) {
      const m = this.mentions[k] as Mention
      if (m.kind !== 'role' || m.nameFrom >= 0 || this.cluster.has(m)) continue
      const c = this.roleBearer(m)
      if (c) c.forms.set(mentionText(this.words, m, this.text), m.from)
    }
  }

  clusterOfName(m: Mention): Cluster | undefined {
    return this.cluster.get(m)
  }

  /**
   * Who a mention names, without reading pronouns: a name's cluster, or a role's with its bearer's name in it, or
   * the bearer the article has named for a bare role («la ministre» after «la ministre Brigitte Grouwels»).
   */
  namedBy(m: Mention): Cluster | null {
    return m.kind === 'name' || (m.kind === 'role' && m.nameFrom >= 0)
      ? (this.cluster.get(m) ?? null)
      : this.bearerOf(m)
  }

  /** The person a bare role refers to, when the article has named its bearer («la ministre» → Grouwels). */
  bearerOf(m: Mention): Cluster | null {
    if (m.kind !== 'role' || m.nameFrom >= 0) return null
    return this.cluster.get(m) ?? this.roleBearer(m)
  }

  /**
   * The cluster a mention refers to at word `pos`: a name's own cluster; a role's bearer learned from the
   * article (same role and country, or any leader title of that country for "лидер", "глава"); a pronoun's
   * antecedent by agreement and recency. Null when the article does not say.
   */
  resolve(m: Mention, agreement: Agreement = m.agreement): Cluster | null {
    const known = this.cluster.get(m)
    if (known) return known
    if (m.kind === 'pronoun')
      return (this.words[m.from] as Word).form.demonstrative !== undefined
        ? this.demonstrativeAntecedent(m.from, m.agreement ?? agreement)
        : this.pronounAntecedent(m.from, m.agreement ?? agreement)
    if (m.role !== null && this.namesInstitution(m) && m.nameFrom < 0) {
      const c = this.v.speech.companyNouns.includes(m.role)
        ? this.referredCompany(m)
        : (this.roleBearer(m) ?? this.referredOrganisation(m) ?? this.institution(m))
      if (!c) return null
      c.forms.set(mentionText(this.words, m, this.text), m.from)
      this.cluster.set(m, c)
      return c
    }
    if (m.kind === 'role') {
      // (In the plural by its verb, or where a verb does not tell, by its own ending: "officials said".)
      const staff = (agreement === 'p' || this.pluralRole(m)) && m.nameFrom < 0 ? this.staffOf(m) : null
      if (staff) {
        staff.forms.set(mentionText(this.words, m, this.text), m.from)
        this.cluster.set(m, staff)
        return staff
      }
      const indefinite = this.indefinite(m)
      const principal = indefinite ? this.principalOf(m) : null
      if (principal) {
        principal.forms.set(mentionText(this.words, m, this.text), m.from)
        this.cluster.set(m, principal)
        return principal
      }
      // "his mother", "their lawyer": someone of the possessor's, never the possessor or anyone named before. Nor
      // is a group ("neighbours said", «говорят жители Первомайской улицы») anyone named before: no one in
      // particular. (The plural shows in the role's ending, or where words decline, in its verb's.)
      const plural = this.pluralRole(m) || agreement === 'p'
      const c =
        indefinite || plural || this.owned(m) || this.v.speech.anonymousRoles.includes(m.role ?? '')
          ? null
          : (this.roleBearer(m) ??
            this.nationalOf(m) ??
            // (Someone presented as a person: „Anwohner:“ is no „Nacht“ named before.)
            this.antecedent(
              this.addresseeBefore(m)?.from ?? m.from,
              agreement,
              false,
              DESCRIPTION_WINDOW,
              false,
              true,
            ) ??
            this.speakerRedescribed(m, agreement))
      // "the resident" after "a local resident": a definite description is the one described before with its head.
      const resolved =
        c ??
        (indefinite ? null : this.registry.descriptionWithHead((this.words[this.headOf(m)] as Word).lower)) ??
        this.registry.addDescription(
          this.describe(m, agreement === 'p'),
          m.from,
          indefinite || plural || this.commoner(m),
        )
      if (resolved.kind === 'description') {
        resolved.gender ??= this.v.speech.genderedRoles.get(m.role ?? '') ?? null
        // Someone unnamed is referred to with the article too ("eine Nachbarin", "el procesado"): an alias.
        const article = this.articleBefore(m)
        if (article >= 0) resolved.forms.set(mentionText(this.words, m, this.text, article), article)
      }
      resolved.forms.set(mentionText(this.words, m, this.text), m.from)
      this.cluster.set(m, resolved)
      return resolved
    }
    return null
  }

  /**
   * An organisation mention's name: one the lexicon names of several words in the nominative («в Белом доме»), one
   * word of one it knows in the nominative («в Минфине», «МИДа»), else as written without a role after it ("a
   * Tesco spokesperson" speaks for Tesco).
   */
  private nameOfOrganisation(m: Mention): string {
    const lexicon = m.to - m.from > 1 ? this.lexiconOrganisation(m.from, m.to) : null
    if (lexicon) return lexicon
    let end = m.to
    while (end > m.from + 1 && this.roleWordAt(end - 1)) end--
    // «в Минфине», «МИДа», «в Генштабі ЗСУ»: a first word of an organisation the lexicon knows in the nominative.
    const first = (this.words[m.from] as Word).text
    const rest = mentionText(this.words, m, this.text, m.from, end).slice(first.length)
    // «ЦИКа», «в НАКу»: a declined acronym is named undeclined.
    const ending = acronymEnding(first)
    return (ending > 0 ? first.slice(0, -ending) : organisationNominative(this.v, first)) + rest
  }

  /** A role word written in lower case ("spokesperson" of "a Tesco spokesperson"). */
  private roleWordAt(k: number): boolean {
    const w = this.words[k] as Word
    return !w.capitalized && roleOfForm(this.v, w.form) !== null
  }

  /**
   * An organisation of several words the lexicon names, in the nominative with the capitals it is written with
   * («Белом доме» → «Белый дом», «Совета Федерации» → «Совет Федерации»), else null.
   */
  private lexiconOrganisation(from: number, to: number): string | null {
    if (this.v.organisationNames.size === 0) return null
    const words = this.words.slice(from, to)
    const name = organisationNameOf(
      this.v,
      words.map((w) => w.lower),
    )
    if (name?.length !== words.length) return null
    return name.map((word, k) => ((words[k] as Word).capitalized ? capitalise(word) : word)).join(' ')
  }

  /**
   * The organisation an unnamed spokesperson speaks for, named as what the role is of: inside the description ("a
   * spokesperson for Tesco", «un porte-parole de l'Élysée») or right after it ("a spokeswoman for the Home
   * Office"); else null. Only for the lexicon's `spokespersons`.
   */
  private principalOf(m: Mention): Cluster | null {
    if (m.role === null || m.nameFrom >= 0 || !this.v.speech.spokespersons.includes(m.role)) return null
    const head = this.headOf(m)
    if (this.v.speech.capitalisedNouns) {
      const owner = this.compoundOwner(m.role, head, m.from)
      if (owner) return owner
    }
    // (Not where every noun has a capital: „ein Sprecher des Ministeriums“ names no organisation.)
    if (!this.v.speech.capitalisedNouns) {
      for (let k = head + 1; k < m.to; k++)
        if ((this.words[k] as Word).capitalized)
          return this.registry.addOrg(mentionText(this.words, m, this.text, k, m.to), k)
      // Head last: "a Ministry of Defence spokesman".
      let first = m.from
      while (first < head && !(this.words[first] as Word).capitalized) first++
      if (first < head && (this.words[head - 1] as Word).capitalized)
        return this.registry.addOrg(mentionText(this.words, m, this.text, first, head), first)
    }
    // After the description, in its sentence: a connector ("for", "of", «de»), an article maybe, the organisation.
    const sentence = (this.words[m.from] as Word).sentence
    let k = m.to
    if (!isRoleConnector(this.words[k]))
      // "A spokesperson said:" alone (not „ein Sprecher des Ministeriums“) speaks for the organisation quoted
      // in the sentences before, else for the one they name — not one governed by a preposition, a place or a
      // complement ("He is due to appear at York Magistrates' Court. … A spokesperson said:" is the police's).
      return head === m.to - 1
        ? (this.latestOrganisationSpeaker(m.from, ORGANISATION_SPEAKER_WINDOW) ??
            this.latestInstitution(m.from, REFERENCE_WINDOW, true))
        : null
    k++
    if (this.words[k] && this.v.speech.determiners.has((this.words[k] as Word).lower)) k++
    const owner = this.mentionAt(k)
    return owner?.kind === 'org' && (this.words[k] as Word).sentence === sentence ? this.resolve(owner) : null
  }

  /**
   * „ein Polizeisprecher“, „ein Bahn-Sprecher“, „der Regierungssprecher“: where nouns compound, what comes before
   * the spokesperson's noun is the organisation spoken for — one named so before („die Deutsche Bahn“), else
   * that word alone („Polizei“, „Regierung“, with the linking s of „Regierungs-“ dropped).
   */
  private compoundOwner(role: string, head: number, pos: number): Cluster | null {
    const lower = (this.words[head] as Word).lower
    if (!lower.endsWith(role)) return null
    let owner = lower.slice(0, lower.length - role.length).replace(/-$/, '')
    if (/(?:ungs|heits|keits|schafts|ions|ums|tums)$/.test(owner)) owner = owner.slice(0, -1)
    if (owner.length < 3) return null
    const named = this.latestNamed(
      pos,
      REFERENCE_WINDOW,
      (o) => this.namesOrganisation(o) && (this.words[o.to - 1] as Word).lower === owner,
    )
    return named ?? this.registry.addOrg(capitalise(owner), head)
  }

  /** "a spokesman", "ein Sprecher des Ministeriums": a role after an indefinite article is someone new. */
  private indefinite(m: Mention): boolean {
    const first = this.words[m.from] as Word
    // "one fan": a number word may be read as the role's modifier, inside the mention.
    const article = this.v.speech.indefiniteArticles.has(first.lower) ? m.from : m.from - 1
    const w = this.words[article]
    if (!w || w.sentence !== first.sentence || !this.v.speech.indefiniteArticles.has(w.lower)) return false
    // „der eine Zeuge“, “the one witness”: a definite article before makes it one of those told of, definite.
    const before = this.words[article - 1]
    const speech = this.v.speech
    return !(
      before !== undefined &&
      before.sentence === first.sentence &&
      speech.determiners.has(before.lower) &&
      !speech.indefiniteArticles.has(before.lower)
    )
  }

  /**
   * «ответила женщина», «рассказала местная жительница»: a commoner's role alone (SpeechLexicon.commonerRoles),
   * with no complement in the genitive after its head («ответила женщина на предложение», not «жительница дома»)
   * — asked only once it refers to no one named.
   */
  private commoner(m: Mention): boolean {
    if (m.role === null || m.nameFrom >= 0 || !this.v.speech.commonerRoles.includes(m.role)) return false
    if (this.headOf(m) !== m.to - 1) return false
    const next = this.words[m.to]
    return (
      next === undefined ||
      next.sentence !== (this.words[m.from] as Word).sentence ||
      !plainGap(next.gap) ||
      !genitiveAfterRole(next)
    )
  }

  private institution(m: Mention): Cluster {
    return this.registry.addInstitution(this.describe(m), (this.words[this.headOf(m)] as Word).lower, m.from)
  }

  /** The index of the article right before a mention, in its sentence ("a local resident"), else -1. */
  private articleBefore(m: Mention): number {
    const w = this.words[m.from] as Word
    const before = this.words[m.from - 1]
    return before &&
      before.sentence === w.sentence &&
      w.gap === ' ' &&
      this.v.speech.determiners.has(before.lower)
      ? m.from - 1
      : -1
  }

  /**
   * «рассказал журналистам …»: a role whose role word is in an oblique case of the plural names a group the words
   * were told to or about, never the speaker.
   */
  groupInObliqueCase(m: Mention): boolean {
    if (m.kind !== 'role' || m.role === null || !this.v.inflected) return false
    return pluralOblique(this.v, this.words[this.headOf(m)] as Word, m.role)
  }

  /**
   * "Labour MPs", « les ministres »: a role without a name whose role word is its role in the plural (lexicon
   * `roleEndings`) names a group.
   */
  pluralRole(m: Mention): boolean {
    const endings = this.v.speech.roleEndings
    if (m.kind !== 'role' || m.role === null || m.nameFrom >= 0 || endings === null) return false
    // (Compared in place: asked for every role a pronoun or a bearer is looked for, a concatenation was garbage.)
    const head = (this.words[this.headOf(m)] as Word).lower
    const { role } = m
    return (
      head.length === role.length + endings.plural.length &&
      head.startsWith(role) &&
      head.endsWith(endings.plural)
    )
  }

  /**
   * «рассказал Life News водитель», «сказал Сергееву сосед»: where nouns decline and word order is free, the name
   * (or organisation) right before a role written in lower case with its role word in the nominative is whom the
   * words were told or what they were about — the role is someone else, and the name of a role's bearer follows
   * the role («водитель Сергей Сергеев»). That mention, else null.
   */
  addresseeBefore(role: Mention): Mention | null {
    const endings = this.v.speech.inflection?.nominativeEndings
    if (role.kind !== 'role' || role.role === null || role.nameFrom >= 0 || role.governed || !endings)
      return null
    const first = this.words[role.from] as Word
    if (!plainGap(first.gap)) return null
    const before = this.mentionEndingAt(role.from)
    if (!before || (before.kind !== 'name' && before.kind !== 'org')) return null
    if ((this.words[before.from] as Word).sentence !== first.sentence) return null
    const head = this.words[this.headOf(role)] as Word
    return !head.capitalized && endings.includes(endingAfterStem(head.lower, role.role)) ? before : null
  }

  /** The index of a role mention's role word (its last word when none is found). */
  private headOf(m: Mention): number {
    let head = m.from
    while (head < m.to - 1 && roleOfForm(this.v, (this.words[head] as Word).form) !== m.role) head++
    return head
  }

  /**
   * A description as a name: the head and the adjectives before it agree and go to the nominative ("главы МИД"
   * → "глава МИД"); its complements stay as written.
   */
  private describe(m: Mention, plural = false): string {
    const head = this.headOf(m)
    const first = this.v.speech.determiners.has((this.words[m.from] as Word).lower) ? m.from + 1 : m.from
    const parts: string[] = []
    for (let k = first; k <= head; k++) parts.push((this.words[k] as Word).text)
    // „des Innenministeriums“, „des Sprechers“: a German head alone loses its genitive -s.
    if (this.v.speech.capitalisedNouns && parts.length === 1 && m.role !== null)
      parts[0] = withoutGenitiveS(parts[0] as string, m.role)
    const infl = this.v.speech.inflection
    const headText = (this.words[head] as Word).text
    const nominative =
      infl && m.role !== null
        ? (headNominative(headText, m.role, infl) ?? derivedFeminineNominative(headText, m.role))
        : null
    // (The subject of a plural verb is in the nominative plural already: «рассказали очевидцы», not «очевидца».)
    const agreeing =
      !this.v.inflected || plural
        ? parts.join(' ')
        : nominativePhrase(
            parts,
            infl && nominative ? { nominative, neuterAdjective: infl.neuterAdjective } : undefined,
          )
    const headEnd = (this.words[head] as Word).end
    const rest =
      head + 1 < m.to
        ? this.text.slice(headEnd, pastClosingMarks(this.text, headEnd, (this.words[m.to - 1] as Word).end))
        : ''
    return agreeing + rest
  }

  private roleBearer(m: Mention): Cluster | null {
    // ("Top CEOs" is no one CEO the article names.)
    if (this.pluralRole(m)) return null
    const leader = m.role !== null && this.v.leaderStems.has(m.role)
    if (leader && m.country === null && this.ofTheState(m)) return this.headOfState()
    // Only clusters with this role stem, or (for a leader of a named country) a role of that country, can score: the
    // best score, the one created first on a tie (no list merged and sorted per mention: at 100k words one was).
    let best: Cluster | null = null
    let bestScore = -1
    const modifier =
      m.role === null ? '' : compoundModifier((this.words[this.headOf(m)] as Word).lower, m.role)
    const consider = (clusters: readonly Cluster[] | undefined) => {
      for (const c of clusters ?? []) {
        for (const r of c.roles) {
          const sameRole =
            r.stem === m.role &&
            (m.country === null || r.country === null || r.country === m.country) &&
            !otherCompound(modifier, r)
          const leaderOf = leader && m.country !== null && r.country === m.country
          if (!sameRole && !leaderOf) continue
          const score = c.mentions * 10 + (sameRole ? 5 : 0) + (r.country === m.country ? 3 : 0)
          if (score > bestScore || (score === bestScore && c.index < (best as Cluster).index)) {
            best = c
            bestScore = score
          }
        }
      }
    }
    if (m.role !== null) consider(this.roles.byStem.get(m.role))
    if (leader && m.country !== null) consider(this.roles.byCountry.get(m.country))
    return best
  }

  /**
   * «relató el uruguayo» after «el uruguayo Diego Alonso»: the nearest person before whose name the article set
   * that nationality (a demonym in lower case right before the name). The names so introduced are gathered once,
   * by country, on the first nationality alone asked about (AGE_ROLE with a country).
   */
  private nationalOf(m: Mention): Cluster | null {
    if (m.role !== AGE_ROLE || m.country === null) return null
    this.nationals ??= this.gatherNationals()
    const named = this.nationals.get(m.country)
    if (!named) return null
    // The last one before m (the list is in text order).
    const x = named[firstAtOrAfter(named, m.from, mentionFrom) - 1]
    return x ? (this.cluster.get(x) ?? null) : null
  }

  /** Mentions whose name follows a demonym in lower case («el uruguayo Diego Alonso»), by country, in text order. */
  private gatherNationals(): Map<string, Mention[]> {
    const out = new Map<string, Mention[]>()
    for (const x of this.mentions) {
      const first = x.kind === 'name' ? x.from : x.kind === 'role' ? x.nameFrom : -1
      const before = this.words[first - 1]
      if (first < 0 || !before || before.capitalized || !plainGap((this.words[first] as Word).gap)) continue
      const country = countryOfWord(this.v, before)
      if (country === null) continue
      const list = out.get(country)
      if (list) list.push(x)
      else out.set(country, [x])
    }
    return out
  }

  /** "глава государства", "глава держави", "head of state": a leader described by the state itself. */
  private ofTheState(m: Mention): boolean {
    for (let k = m.from; k < m.to; k++)
      if (this.v.speech.stateNouns.has((this.words[k] as Word).lower)) return true
    return false
  }

  /** The most mentioned person whose role the article gives as president or monarch. */
  private headOfState(): Cluster | null {
    const heads = new Set(this.v.speech.headOfStateRoles)
    const cands: Cluster[] = []
    for (const h of heads) for (const c of this.roles.byStem.get(h) ?? []) cands.push(c)
    let best: Cluster | null = null
    for (const c of inOrder(cands)) {
      if (c.roles.some((r) => heads.has(r.stem)) && (!best || c.mentions > best.mentions)) best = c
    }
    return best
  }

  /**
   * The person a pronoun written out ("he", «его») refers to: `antecedent` with the next sentences too (the
   * article may start mid-story) and with the speaker of a recent quotation preferred.
   */
  pronounAntecedent(pos: number, agreement: Agreement): Cluster | null {
    return this.antecedent(pos, agreement, true, PRONOUN_WINDOW, true)
  }

  /**
   * „Der sagte“, «Тот заявил»: a demonstrative refers to the person the sentence before named last — often one it
   * brought in after a preposition («встретился с Иваном Петровым. Тот заявил…») — not to its subject, as a
   * personal pronoun does; with no one there, as a personal pronoun.
   */
  private demonstrativeAntecedent(pos: number, agreement: Agreement): Cluster | null {
    const w = this.words[pos]
    if (!w) return null
    const end = this.sentenceEnd(w.sentence - 1)
    const first = Math.max(this.sentenceFirst(w.sentence - 1), end - MAX_SENTENCE_MENTIONS)
    for (let k = end - 1; k >= first; k--) {
      const m = this.mentions[k] as Mention
      const c = m.governed ? this.governedPerson(m, agreement) : this.candidate(m, agreement)
      if (c) return c
    }
    return this.pronounAntecedent(pos, agreement)
  }

  /**
   * The person a pronoun (or a zero subject, or an unknown description) refers to: the first compatible
   * mention of the current sentence before it, else of the closest sentence before that has one — the
   * subject of a sentence is usually its first mention. With none before, the first person named after it
   * (the article starts mid-story).
   */
  antecedent(
    pos: number,
    agreement: Agreement,
    cataphora: boolean,
    window = PRONOUN_WINDOW,
    speakers = false,
    personsOnly = false,
  ): Cluster | null {
    const w = this.words[pos]
    if (!w) return null
    // The same sentence: the nearest compatible mention before the pronoun ("Trump said … when he said").
    const all = this.mentions
    const before = this.firstMentionFrom(w.sentence, pos)
    const nearestFirst = Math.max(this.sentenceFirst(w.sentence), before - MAX_SENTENCE_MENTIONS)
    for (let k = before - 1; k >= nearestFirst; k--) {
      const c = this.candidate(all[k] as Mention, agreement, personsOnly)
      if (c) return c
    }
    // Earlier sentences: the speaker of a verb of saying in the previous one, else the first compatible mention
    // (its subject) of the nearest sentence that has one.
    const from = this.sentencesBack(w.sentence, window)
    for (let k = this.sentenceFirst(w.sentence - 1); k < this.firstMentionsEnd(w.sentence - 1); k++) {
      const m = all[k] as Mention
      const c = this.nextToCue(m) ? this.candidate(m, agreement, personsOnly) : null
      if (c) return c
    }
    // The one speaking: when the nearest compatible mention is of someone who has not spoken yet, the speaker of
    // the latest quotation a few sentences back, if that one agrees with the pronoun ("…," meinte Rangnick.
    // Harkam hätte … beigetragen. … verteidigte er: "…" → Rangnick). News goes on quoting its current speaker by
    // pronoun and names a new one; a person who spoke before and is named again takes the pronoun (Angesichts
    // des Erfolgslaufs stimmte Rangnick … an. "…", konstatierte er → Rangnick). Only for a pronoun written out
    // (`speakers`): a subject not read at all ("…", betonte der 46-Jährige) was as often the person the sentences
    // between bring in (Schmidt selbst will … → Schmidt).
    let nearest: Cluster | null = null
    // A person named after a preposition ("par la voix de son dirigeant Frank Dangeard", "through its spokesman
    // John Smith") is no subject, so no antecedent while anyone else agrees; with no one else, it is the person
    // the sentence brings in, and the one a pronoun written out after it means — unless a person's role comes
    // before it in its sentence, unread for want of a gender ("The minister spoke with John Carter…").
    let governedPerson: Cluster | null = null
    let introduced = false
    // « … préoccupante pour Thierry, 60 ans, qui se remémore… »: a person after a preposition brought in with their
    // age, as vox pops bring in the next one speaking, is the one the pronoun after means.
    let aged: Cluster | null = null
    for (let s = w.sentence - 1; s >= from && !nearest && !aged; s--) {
      let personsRole = false
      for (let k = this.sentenceFirst(s); k < this.firstMentionsEnd(s) && !nearest; k++) {
        const m = all[k] as Mention
        nearest = this.candidate(m, agreement, personsOnly)
        if (nearest) introduced = this.introduces(m, nearest)
        if (nearest || !speakers) continue
        if (!m.governed) personsRole ||= this.personsRole(m)
        else if (!personsRole && !governedPerson) {
          governedPerson = this.governedPerson(m, agreement)
          if (governedPerson && this.agedAfter(m)) aged = governedPerson
        }
      }
    }
    if (aged && !nearest) return aged
    if (speakers && !(nearest && (introduced || this.history.spokeBefore(nearest, pos)))) {
      const latest = this.history.latest(pos, w.sentence - SPEAKER_WINDOW, agreement)
      if (latest) return latest
    }
    if (nearest) return nearest
    if (governedPerson) return governedPerson
    if (speakers && !this.v.inflected) {
      const described = this.describedBefore(pos, agreement, from)
      if (described) return described
    }
    if (!cataphora) return null
    const reach = this.beforeAnyone(pos) ? OPENING_WINDOW : 3
    for (let s = w.sentence; s <= w.sentence + reach; s++) {
      const after = s === w.sentence ? this.firstMentionFrom(s, pos + 1) : this.sentenceFirst(s)
      const end = Math.min(this.sentenceEnd(s), after + MAX_SENTENCE_MENTIONS)
      for (let k = after; k < end; k++) {
        const m = all[k] as Mention
        if (m.kind !== 'name') continue
        const c = this.candidate(m, agreement, personsOnly)
        if (c) return c
      }
    }
    return null
  }

  /**
   * „Während sie draußen waren, erklärte der Schulleiter … "…", klärte er auf“, "The coach … “…,” he said": with no
   * one named before a pronoun written out, the nearest sentence before it (from sentence `from` on) with a subject
   * gives it: that subject, when it is a definite description of one person. (Where words decline, a
   * description's gender and number show in its form and its verb's, and `candidate` already weighs them.)
   */
  private describedBefore(pos: number, agreement: Agreement, from: number): Cluster | null {
    if (agreement !== 'm' && agreement !== 'f') return null
    const all = this.mentions
    const sentence = (this.words[pos] as Word).sentence
    for (let s = sentence; s >= from; s--) {
      for (let k = this.sentenceFirst(s); k < this.firstMentionsEnd(s); k++) {
        const m = all[k] as Mention
        if (m.from >= pos) break
        if (m.governed || m.possessive || m.kind === 'pronoun' || m.kind === 'org') continue
        // The sentence's subject, its first mention of someone, or no one: not an object after it (« une mère de
        // famille installe sa fille … glisse-t-elle » is no daughter's), nor a description after someone indefinite.
        // (A capitalised word shown to be no person — „Während die Kinder … gehen“ — is passed over.)
        if (m.kind === 'name') {
          const c = this.cluster.get(m)
          if (c && !personLike(c, this.v)) continue
          return null
        }
        if (this.owned(m) || this.pluralRole(m)) return null
        const c = this.cluster.get(m) ?? this.definiteDescription(m)
        return c?.kind === 'description' && (c.gender === null || c.gender === agreement) ? c : null
      }
    }
    return null
  }

  /** The mention's name is followed by its bearer's age: "Thierry, 60 ans,", "Anna Schmidt (45)". */
  private agedAfter(m: Mention): boolean {
    const n = this.words[m.to]
    if (!n || n.sentence !== (this.words[m.from] as Word).sentence || !/^\d{1,3}$/.test(n.text)) return false
    if (n.gap.includes('(')) return true
    const unit = this.words[m.to + 1]
    return n.gap.includes(',') && unit !== undefined && plainGap(unit.gap) && AGE_UNITS.has(unit.lower)
  }

  /**
   * Mention `m` brings person `c` into the article as news brings in a new speaker before "he said": at their first
   * mention, by full name and with what they are ("Civil rights attorney Jeff Fogel was the first to comment. He
   * said …", "Paul Long, a former City Council candidate, organized a protest. He … said"). A name alone may be
   * someone the sentences between two quotations only talk about ("Tom Hale had shown three yellow cards.").
   */
  private introduces(m: Mention, c: Cluster): boolean {
    if (c.kind !== 'person' || c.first.length === 0 || c.firstPos < m.from || c.firstPos >= m.to) return false
    // A role with its bearer's name ("Civil rights attorney Jeff Fogel"), or a name with an apposition set off by a
    // comma right after it ("Paul Long, a former City Council candidate,").
    const name = m.kind === 'role' ? m.nameFrom : m.kind === 'name' ? m.from : -1
    if (name < 0) return false
    // (A full name with its role set off after it needs no first name the lexicon knows: "Fathi Ghiloufi, délégué
    // CGT, évoque…".)
    const apposition = m.kind === 'name' && c.roles.some((r) => r.pos >= m.to && r.pos <= m.to + 2)
    return isFirstName(this.v, this.words[name] as Word) ? m.kind === 'role' || apposition : apposition
  }

  /**
   * No one is named before word `pos`: an excerpt that opens on quotations ("…", dijo. … "…", finalizó Javier San
   * Román), whose speaker is whoever is named first after, however far on.
   */
  beforeAnyone(pos: number): boolean {
    const first = this.mentions[0]
    return first === undefined || first.from > pos
  }

  /**
   * «ведомство», «министерство», "the ministry", « le ministère » alone (lexicon `organisationReferences`): the
   * organisation named in the sentences before, or the institution of that noun named in full («Le ministère de
   * la Jeunesse a démenti… Le ministère a affirmé que « … »»), else null. Any other institution alone refers only
   * to itself named in full («сообщает пресс-служба ГУ МВД… «…», — заявили в пресс-службе»).
   */
  referredOrganisation(m: Mention): Cluster | null {
    const role = m.role
    if (role === null || m.to - m.from > 1) return null
    // «добавили в пресс-службе»: a service alone speaks for the organisation named before.
    const reference =
      this.v.speech.organisationReferences.includes(role) || this.v.speech.services.includes(role)
    if (!reference && !this.v.institutionStems.has(role)) return null
    return this.latestNamed(
      m.from,
      REFERENCE_WINDOW,
      (o) =>
        (reference && this.namesOrganisation(o)) ||
        (o.kind === 'role' && o.nameFrom < 0 && o.to - o.from > 1 && this.holdsRole(o, role)),
    )
  }

  /**
   * Whether a word of the description has this role: its head («министерства обороны» for «министерство»), or
   * what it is of («пресслужбі поліції області» for «поліція»: the service speaks for the police).
   */
  private holdsRole(m: Mention, role: string): boolean {
    for (let k = m.from; k < m.to; k++)
      if (roleOfForm(this.v, (this.words[k] as Word).form) === role) return true
    return false
  }

  /**
   * "the company", « l'entreprise », „das Unternehmen“ alone (lexicon `companyNouns`): the organisation named in
   * the sentences before — not a product after a possessive ("its Muse cat food") — else, where only names have
   * a capital, a one-word name the article never shows to be a person's (no first name, role or gender:
   * "T-Mobile", "Tesla"), which becomes an organisation; else null.
   */
  private referredCompany(m: Mention): Cluster | null {
    return m.to - m.from > 1 ? null : this.organisationNamedBefore(m.from, REFERENCE_WINDOW)
  }

  /**
   * The organisation (or, with `institutions`, the institution) named last before word `pos`, within `window`
   * sentences: not a thing after a possessive,
   * else, where only names have a capital, a one-word name never shown to be a person's, which becomes an
   * organisation (see `referredCompany`); else null.
   */
  organisationNamedBefore(pos: number, window: number, institutions = false): Cluster | null {
    const org = this.latestNamed(
      pos,
      window,
      (o) =>
        !this.owned(o) &&
        (this.namesOrganisation(o) || (institutions && !o.governed && this.namesInstitution(o))),
    )
    if (org) return org
    // (Not where every noun has a capital: „neue Züge“ is no company.)
    if (this.v.speech.capitalisedNouns) return null
    const named = this.latestNamed(pos, window, (o) => {
      // A one-word name, or one after a company noun ("le constructeur Renault").
      const company = o.kind === 'role' && o.role !== null && this.v.speech.companyNouns.includes(o.role)
      const from = company ? o.nameFrom : o.from
      if ((o.kind !== 'name' && !(company && from >= 0)) || o.to - from > 1 || o.governed || this.owned(o))
        return false
      const c = this.cluster.get(o)
      // ("le constructeur Renault": a company noun before the name makes it no person's.)
      const companies = this.v.speech.companyNouns
      return (
        c !== undefined &&
        (c.kind === 'person' || (company && c.kind === 'org')) &&
        c.first.length === 0 &&
        c.roles.every((r) => companies.includes(r.stem)) &&
        !c.gender
      )
    })
    if (named) named.kind = 'org'
    return named
  }

  /**
   * The organisation whose document is quoted impersonally ("…", — говорится в сообщении): the institution or
   * organisation most recently named before `pos`, within a few sentences (`ungoverned`: not as a complement).
   */
  latestInstitution(pos: number, window = 4, ungoverned = false): Cluster | null {
    return this.latestNamed(
      pos,
      window,
      (m) =>
        !(ungoverned && m.governed) &&
        !this.owned(m) &&
        (this.namesOrganisation(m) || this.namesInstitution(m)),
    )
  }

  /** A role mention of an institution («пресс-служба», "the ministry", « le parquet »), with or without a name. */
  private namesInstitution(m: Mention): boolean {
    return m.kind === 'role' && m.role !== null && this.v.institutionStems.has(m.role)
  }

  /** A mention after a possessive determiner: a thing someone has ("its Muse cat food", "her Summer Carnival tour"). */
  private owned(m: Mention): boolean {
    return m.from > 0 && this.v.speech.possessives.has((this.words[m.from - 1] as Word).lower)
  }

  /**
   * An organisation mention, but where every noun has a capital not one capitalised word after an article, which
   * is as often a thing („Diese Veröffentlichungen“, „am Montag“).
   */
  private namesOrganisation(m: Mention): boolean {
    if (m.kind !== 'org') return false
    if (!this.v.speech.capitalisedNouns || m.to - m.from > 1 || m.from === 0) return true
    return !this.v.speech.determiners.has((this.words[m.from - 1] as Word).lower)
  }

  /** The cluster of the mention `accept`s nearest before word `pos`, from its sentence `window` sentences back. */
  private latestNamed(pos: number, window: number, accept: (m: Mention) => boolean): Cluster | null {
    const w = this.words[pos]
    if (!w) return null
    for (let s = w.sentence; s >= Math.max(0, w.sentence - window); s--) {
      // The nearest MAX_SENTENCE_MENTIONS of each sentence, as for a pronoun: asked once per quotation.
      const end = s === w.sentence ? this.firstMentionFrom(s, pos) : this.sentenceEnd(s)
      for (let k = end - 1; k >= Math.max(this.sentenceFirst(s), end - MAX_SENTENCE_MENTIONS); k--) {
        const m = this.mentions[k] as Mention
        if (!accept(m)) continue
        const c = this.resolve(m)
        if (c) return c
      }
    }
    return null
  }

  /**
   * The organisation named in quotation marks at word i («сообщили в «Газпроме»», «в сообщении «Газпрома»»), or
   * null when no title starts there. One declined word is named in the nominative (titledNominative), the form
   * as written kept among its forms.
   */
  titledOrganisation(i: number): Cluster | null {
    // «в сообщении компании «Газпром»»: past the noun that says what it is, the name is in the nominative.
    const kind = this.words[i] !== undefined && kindOfForm(this.v, (this.words[i] as Word).form)
    const start = kind ? i + 1 : i
    const first = this.words[start]
    if (!first?.titled || !first.capitalized) return null
    const end = titleEnd(this.words, start, this.words.length)
    const last = this.words[end - 1] as Word
    const written = this.text.slice(first.start, last.end)
    const declined = this.v.inflected && !kind && end - start === 1
    const c = this.registry.addOrg(declined ? this.titledNominative(written) : written, start)
    c.forms.set(written, start)
    return c
  }

  /**
   * «Газпрома», «Газпроме», «Нафтогазі» → the organisation's name in the nominative: the article's own form where
   * it names the organisation as a subject («Газпром» заявил), else by the endings (titledNominative).
   */
  private titledNominative(written: string): string {
    const lower = written.toLowerCase()
    for (let cut = 1; cut <= 2 && cut < lower.length - 2; cut++) {
      const stem = lower.slice(0, -cut)
      for (const ending of NOMINATIVE_ENDINGS) {
        const c = this.registry.orgNamed(stem + ending)
        if (c) return fullNameOf(c)
      }
    }
    return titledNominative(written)
  }

  /**
   * A word in capitals read as an acronym ("EHRENBERG") that is the surname of one person the article names in
   * ordinary case ("Arbeitsminister Herbert Ehrenberg"): that person, else null.
   */
  personInCapitals(w: Word): Cluster | null {
    return isAcronym(w) && w.text.length >= MIN_CAPITALS_SURNAME
      ? this.registry.personWithSurname(w.text)
      : null
  }

  /** Called by the attribution, in text order: the quotation opening at word `at` is this cluster's. */
  noteSpeaker(at: number, cluster: Cluster): void {
    this.history.note(at, cluster)
  }

  /**
   * The one speaking, described in other words than the role the article gave them: «губернатор» → «глава
   * региона», "le procureur" → "le magistrat", «presidente del Gobierno» → «jefe del Ejecutivo» (news avoids
   * repeating a noun). The speaker of the latest quotation a few sentences back, when the article gave that
   * speaker a role of a person, or none and the noun tells the speaker's gender; not for a spokesperson, who is
   * someone else speaking for them.
   */
  private speakerRedescribed(m: Mention, agreement: Agreement): Cluster | null {
    if (m.role === null || this.v.speech.spokespersons.includes(m.role)) return null
    const w = this.words[m.from] as Word
    const c = this.history.latest(m.from, this.sentencesBack(w.sentence, SPEAKER_WINDOW), agreement)
    if (!c) return null
    if (c.roles.some((r) => !this.v.institutionStems.has(r.stem))) return c
    // Someone given no role at all, by a noun of their gender (« Céline vit depuis 45 ans dans le village. "…",
    // confie-t-elle. … "…", poursuit l'habitante »).
    const gender = this.v.speech.genderedRoles.get(m.role)
    return c.roles.length === 0 && c.kind === 'person' && gender !== undefined && c.gender === gender
      ? c
      : null
  }

  /** The person who spoke last before word `pos`, within `window` of the reporter's sentences, or null. */
  personSpokenBefore(pos: number, window: number): Cluster | null {
    const w = this.words[pos]
    return w ? this.history.latest(pos, this.sentencesBack(w.sentence, window), null) : null
  }

  /** The organisation that spoke last before word `pos`, within `window` sentences, or null. */
  latestOrganisationSpeaker(pos: number, window: number): Cluster | null {
    const w = this.words[pos]
    return w ? this.history.latestOrganisation(pos, this.sentencesBack(w.sentence, window)) : null
  }

  /**
   * A mention right before or after a verb of saying: the speaker of that sentence. `one`: of a verb that is
   * not plural, so one person («Синоптики предупредили» is a group).
   */
  private nextToCue(m: Mention, one = false): boolean {
    // In the mention's sentence: the verb that ends the sentence before («…» bezeichnete. Harkam hätte…) is not his.
    const sentence = (this.words[m.from] as Word).sentence
    const before = this.words[m.from - 1]
    // ("Vitolo also spoke")
    const adverb = this.words[m.to]
    const after = adverb && SUBJECT_ADVERBS.has(adverb.lower) ? this.words[m.to + 1] : adverb
    return (
      (after?.sentence === sentence && this.isCue(after, one)) ||
      (before?.sentence === sentence && this.isCue(before, one) && !before.capitalized)
    )
  }

  /**
   * Whether the verb of saying next to a mention agrees with a pronoun looking back: «Мендель намекнула» is no
   * antecedent of «он», whatever the surname says.
   */
  private cueAgrees(m: Mention, agreement: Agreement): boolean {
    if (agreement !== 'm' && agreement !== 'f') return true
    const after = this.cueAgreement(this.words[m.to])
    const shown = after !== undefined ? after : this.cueAgreement(this.words[m.from - 1])
    return shown !== 'm' && shown !== 'f' ? true : shown === agreement
  }

  /** A verb of saying (`one`: not a plural one). */
  private isCue(w: Word | undefined, one: boolean): boolean {
    const agreement = this.cueAgreement(w)
    return agreement !== undefined && !(one && agreement === 'p')
  }

  /** The agreement a verb of saying shows (null: none), or undefined for a word that is no such verb. */
  private cueAgreement(w: Word | undefined): Agreement | undefined {
    // The form's verb bit first: most words are no verb, and need no look-up.
    return w && w.form.flags & FORM_VERB ? this.v.speech.verbs.get(w.lower) : undefined
  }

  /** `personsOnly`: only someone the article presents as a person (personLike), not any capitalised word. */
  private candidate(m: Mention, agreement: Agreement, personsOnly = false): Cluster | null {
    if (m.governed || m.possessive || m.kind === 'pronoun') return null
    // In another case (a place's adjective «Ачинского», a role's head) no subject — unless a source phrase governs
    // it («По словам заместителя начальника полиции Алексея Белошицкого, … — заверил он»): whose words these are.
    // (After a first name the word is a surname: «книга Леонида Золотаревского».)
    if (
      this.v.inflected &&
      ((m.kind === 'name' &&
        placeAdjective(this.words[m.to - 1] as Word) &&
        !(m.to - m.from >= 2 && isFirstName(this.v, this.words[m.from] as Word))) ||
        (m.kind === 'role' && this.obliqueHead(m))) &&
      !sourcePhraseEndsAt(this.v, this.words, m.from)
    )
      return null
    const c =
      m.kind === 'role' && !this.cluster.has(m)
        ? (this.roleBearer(m) ??
          (personsOnly || !this.v.speech.subjectDrop ? null : this.definiteDescription(m)))
        : (this.cluster.get(m) ?? null)
    if (!c) return null
    if (agreement === 'p') return c.kind === 'org' ? c : null
    // A description where the verb tells no gender in a language that drops subjects («la Fiscal ha mantenido…
    // Ha señalado»), but not for another description (`personsOnly`); or where it tells the description's own.
    const describedFits =
      knownGender(c, agreement) || (agreement === null && !personsOnly && this.v.speech.subjectDrop)
    if (c.kind === 'org' || (c.kind === 'description' && !describedFits)) return null
    if (agreement && c.gender && c.gender !== agreement) return null
    // ("…opposition MPs clashed with… He said": a group is no one "he" or "she" refers to.)
    if ((agreement === 'm' || agreement === 'f') && this.pluralRole(m)) return null
    if (!this.cueAgrees(m, agreement)) return null
    // A gendered pronoun or verb refers to someone the article presents as a person: with a first name, a
    // role, a known gender, as the subject of a verb of saying, or named right next to one ("как пояснил
    // Калинкин"). A capitalised word met only as a complement ("в одном из баров Братиславы") is more often
    // a place or a thing.
    if (
      (agreement === 'm' || agreement === 'f' || personsOnly) &&
      !personLike(c, this.v) &&
      !this.nextToCue(m, true)
    )
      return null
    return c
  }

  /**
   * A mention after a preposition as the antecedent of a pronoun: only a person's name that shows itself to be
   * one, by the role given with it or a first name the lexicon knows, of the pronoun's gender.
   */
  private governedPerson(m: Mention, agreement: Agreement): Cluster | null {
    if (m.possessive) return null
    const named =
      m.kind === 'role'
        ? m.nameFrom >= 0
        : m.kind === 'name' && isFirstName(this.v, this.words[m.from] as Word)
    const c = named ? this.cluster.get(m) : undefined
    if (c?.kind !== 'person') return null
    if (agreement === 'p' || (agreement && c.gender && c.gender !== agreement)) return null
    return c
  }

  /**
   * «la Fiscal ha mantenido… Ha señalado que “…”»: a definite description of one person (no name, not an
   * institution, a group or someone indefinite) is someone the next sentences go on about; the one it resolves to.
   */
  private definiteDescription(m: Mention): Cluster | null {
    if (m.role === null || !this.personsRole(m) || m.nameFrom >= 0 || this.indefinite(m)) return null
    // «fue el vecino del segundo derecha Ángel Orviz»: a name right after the description is its bearer's.
    const next = this.mentionAt(m.to) ?? this.mentionAt(m.to + 1)
    if (
      next?.kind === 'name' &&
      !next.governed &&
      (this.words[next.from] as Word).sentence === (this.words[m.from] as Word).sentence
    )
      return null
    return this.resolve(m)
  }

  /** A role one person holds, not an institution, a company or a group ("the minister", not « le groupe », "MPs"). */
  personsRole(m: Mention): boolean {
    return m.kind === 'role' && m.role !== null && !this.v.institutionStems.has(m.role) && !this.pluralRole(m)
  }

  /**
   * «…», — розповіли рятувальники: an organisation's people (lexicon `staff`) in the plural speak for the
   * organisation that spoke in the sentences just before, else the one named there; else null.
   */
  private staffOf(m: Mention): Cluster | null {
    if (m.role === null || !this.v.speech.staff.includes(m.role)) return null
    return (
      this.latestOrganisationSpeaker(m.from, SPEAKER_WINDOW) ??
      this.organisationNamedBefore(m.from, REFERENCE_WINDOW, true)
    )
  }

  /**
   * Where words decline, a role whose head word is not in the nominative singular («сотрудника ГРУ Евгения
   * Ерофеева», «главе МИД») is a complement or an object, not a subject a pronoun goes back to.
   */
  private obliqueHead(m: Mention): boolean {
    const role = m.role
    const infl = this.v.speech.inflection
    if (role === null || role === AGE_ROLE || !infl) return false
    // A bearer named in the nominative is the subject whatever case the role's head is in.
    if (m.nameFrom >= 0 && this.v.speech.firstNames.has((this.words[m.nameFrom] as Word).lower)) return false
    const head = (this.words[this.headOf(m)] as Word).lower
    return head.includes(role) && !head.endsWith(infl.headNominatives.get(role) ?? role)
  }

  /** The grammar showed this mention as a subject of a verb with this agreement: nominative and gender. */
  noteSubject(m: Mention, c: Cluster, agreement: Agreement): void {
    if (agreement === 'm' || agreement === 'f') c.gender ??= agreement
    if (m.kind === 'pronoun') return
    const from = m.nameFrom >= 0 ? m.nameFrom : m.from
    if (m.kind !== 'name' && m.nameFrom < 0) return
    const parts: string[] = []
    for (let k = from; k < m.to; k++) parts.push((this.words[k] as Word).text)
    const { first, surname } = nameSlots(parts, this.v)
    c.nominativeSurnames.add(surname)
    for (const f of first) c.nominativeFirsts.add(f)
    if (agreement !== 'p') c.singularSubject = true
  }
}

/**
 * Whether the article presents the cluster as one person: a first name, a person's role (an institution's —
 * «Совет Федерации», "the Supreme Court" — is no person's), a known gender, or as the subject of a singular verb
 * of saying.
 */
export function personLike(c: Cluster, v: Vocabulary): boolean {
  // (A name in another script than the language's is a make or a brand as often: «Водій Volkswagen Passat Віталій».)
  return (c.first.length > 0 && scriptOf(c.surname) === v.script) || shownAsPerson(c, v)
}

/**
 * Shown to be a person by more than a capitalised word before another ("Paranoid Tree", a magazine, has a "first
 * name"): a role of a person, a known gender (a first name the lexicon knows gives one), a singular verb of saying.
 */
export function shownAsPerson(c: Cluster, v: Vocabulary): boolean {
  return c.roles.some((r) => !v.institutionStems.has(r.stem)) || c.gender !== null || c.singularSubject
}

/**
 * What a compound role word puts before its role's stem: „chef“ of „Cheftrainer“, „gäste“ of „Gästetrainer“; '' for
 * the role word itself («тренер», „Trainer“) or where words are not compounded (the stem is then the word's start).
 */
function compoundModifier(lower: string, stem: string): string {
  const at = lower.lastIndexOf(stem)
  return at > 0 ? lower.slice(0, at) : ''
}

/**
 * A role the article gave someone as another compound of the same stem: „der Cheftrainer“ is not „Gästetrainer Alois
 * Schwartz“ — the guests' coach, the other team's. A compound and the plain word („Trainer“) may be one person, and
 * so may a compound and a longer one that ends with it („Außenminister“, „Bundesaußenminister Heiko Maas“).
 */
function otherCompound(modifier: string, r: { stem: string; text: string }): boolean {
  if (modifier === '') return false
  for (const word of r.text.toLowerCase().split(' ')) {
    const theirs = compoundModifier(word, r.stem)
    if (theirs !== '' && !theirs.endsWith(modifier) && !modifier.endsWith(theirs)) return true
  }
  return false
}

/** Words for years after an age ("60 ans", "45 years", "33 Jahre", «60 лет»). */
const AGE_UNITS = new Set(['ans', 'years', 'jahre', 'años', 'лет', 'года', 'год', 'років', 'роки', 'рік'])

/** The most words between an apposition's comma and its mention: titles, an article and adjectives. */
const MAX_APPOSITION_LEAD = 3
/** Most words between a bare role and the name its complement holds («en el País Vasco»). */
const MAX_COMPLEMENT_LEAD = 3

/** A name word without the possessive ending or apostrophe ("Trump's", "Jones'" → "Trump", "Jones"). */
function withoutPossessive(word: string): string {
  const last = word.charCodeAt(word.length - 1)
  // Only a word ending in s, ' or ’ can carry it: no regex for the others.
  return last === 0x73 || last === 0x27 || last === 0x2019 ? word.replace(/['’]s?$/u, '') : word
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1)
}

/** "Innenministeriums" → "Innenministerium", "Gerichtes" → "Gericht": the genitive ending after a role stem. */
function withoutGenitiveS(word: string, stem: string): string {
  const lower = word.toLowerCase()
  if (lower.endsWith(`${stem}es`)) return word.slice(0, -2)
  if (lower.endsWith(`${stem}s`)) return word.slice(0, -1)
  return word
}
