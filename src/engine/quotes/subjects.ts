import type { Agreement, SpeechLexicon } from '../lang/speech'
import type { Cluster } from '../speakers/clusters'
import { FORM_SPEECH_NOUN, FORM_VERB, invertedVerb } from '../speakers/forms'
import type { Mention } from '../speakers/mention'
import type { SpeakerModel } from '../speakers/model'
import { isFirstName, plainGap, SUBJECT_ADVERBS, scriptOf } from '../speakers/word-facts'
import type { Word } from './context'

/** A verb of saying found in the reporter's words. */
export interface Cue {
  index: number
  word: Word
  agreement: Agreement
  relay: boolean
  /** "hieß es", "indique-t-on": the subject is a pronoun of no one in particular; the words are an institution's. */
  impersonal: boolean
  /** «сказано», «говорится» (`passiveVerbs`): a subject after it may say whose words; none before it does. */
  passive: boolean
}

/** The first verb of saying in words [from, to), or null. */
export function firstCue(model: SpeakerModel, from: number, to: number): Cue | null {
  for (let i = from; i < to; i++) {
    const c = cueAt(model, i)
    if (c) return c
  }
  return null
}

/** The last verb of saying in words [from, to), or null. */
export function lastCue(model: SpeakerModel, from: number, to: number): Cue | null {
  for (let i = to - 1; i >= from; i--) {
    const c = cueAt(model, i)
    if (c) return c
  }
  return null
}

export function cueAt(model: SpeakerModel, i: number): Cue | null {
  const w = model.words[i]
  if (!w || w.quote >= 0 || w.titled) return null
  const sp = model.v.speech
  // (French «s’exclame»: the tokenizer has cut the elided pronoun off (lexicon `elisions`), so the verb is a word.)
  const lower = w.lower
  // The form's verb bit says whether the word itself is a verb of saying: no look-up for the others.
  const verb = (w.form.flags & FORM_VERB) !== 0
  const listed = verb && sp.verbs.has(lower)
  // Else "dit-il", "indique-t-on": the verb with its subject, whose agreement it takes.
  const agreement = !verb ? undefined : listed ? sp.verbs.get(lower) : (invertedVerb(sp, lower) ?? undefined)
  if (agreement === undefined) {
    // A noun of saying owned by someone: "Trump's claim", "Trump’s statement". (The noun first, by the form's
    // bit: most words are none, and need no mention looked up.)
    const noun = (w.form.flags & FORM_SPEECH_NOUN) !== 0
    const prev = noun ? (model.mentionAt(i - 1) ?? model.mentionEndingAt(i)) : undefined
    if (prev?.possessive)
      return { index: i, word: w, agreement: null, relay: false, impersonal: false, passive: false }
    return null
  }
  // "El jugador más destacado": a participle after an adverb of degree is an adjective.
  const before = model.words[i - 1]
  if (before && before.sentence === w.sentence && sp.degreeAdverbs.has(before.lower)) return null
  // German "so" is a cue only as the first word after a quotation ("…", so Schlotmann).
  if (lower === 'so' && !/["“”»«]/.test(w.gap)) return null
  if (w.capitalized && !w.initial && !titleCase(model, i)) return null
  // "hieß es", "sagte man", "indique-t-on": a pronoun of no one in particular after the verb or in it.
  const next = model.words[i + 1]
  const impersonal =
    (next !== undefined && next.sentence === w.sentence && sp.impersonalPronouns.has(next.lower)) ||
    (!listed && sp.impersonalPronouns.has(lower.slice(lower.lastIndexOf('-') + 1)))
  return {
    index: i,
    word: w,
    agreement: impersonal ? 'p' : agreement,
    relay: sp.relayVerbs.has(lower),
    impersonal,
    passive: sp.passiveVerbs.has(lower),
  }
}

/** In a Title Case headline ("Hillary Clinton Speaks …") a capitalised verb is still a verb. */
function titleCase(model: SpeakerModel, i: number): boolean {
  const w = model.words[i] as Word
  const prev = model.words[i - 1]
  const next = model.words[i + 1]
  return (
    !!prev &&
    !!next &&
    prev.capitalized &&
    next.capitalized &&
    prev.paragraph === w.paragraph &&
    w.paragraph === 0
  )
}

/** A chosen speaker mention with the cluster it refers to. */
export interface Subject {
  mention: Mention | null
  cluster: Cluster | null
}

/** The next mention in words [from, to) that can be a subject; `quoted`: a relay's, whose person may be an object. */
function nextSubject(model: SpeakerModel, from: number, to: number, quoted = false): Mention | null {
  for (let i = from; i < to; i++) {
    const m = model.mentionAt(i)
    if (
      m &&
      !m.possessive &&
      !m.governed &&
      (quoted || !obliqueName(model, m)) &&
      !model.groupInObliqueCase(m)
    )
      return m
  }
  return null
}

/**
 * «корреспонденту … Елизавете Серьгиной рассказал»: where names decline, a name opening with a first name in
 * another case than the nominative is an object, not a verb's subject.
 */
export function obliqueName(model: SpeakerModel, m: Mention): boolean {
  if (m.kind !== 'name' || !model.v.inflected) return false
  const first = model.words[m.from] as Word
  return m.to - m.from > 1 && isFirstName(model.v, first) && !model.v.speech.firstNames.has(first.lower)
}

const RELATIVE_PRONOUNS = new Set(
  'which who that который которая которые який яка які qui que quien der die das'.split(' '),
)

const RANK: Record<Mention['kind'], number> = { name: 4, role: 3, pronoun: 2, org: 1 }

function rank(m: Mention): number {
  return m.kind === 'role' && m.nameFrom >= 0 ? RANK.name : RANK[m.kind]
}

/**
 * The subject written before a verb, in words [from, verb). Commas cut the stretch into segments; the one
 * nearest the verb that holds a mention wins, skipping appositions that open with an article ("Flynn, a top
 * Trump surrogate, said" → Flynn) and clauses without one ("…, before city officials had weighed in,
 * Republican nominee Donald Trump said" → Trump). Inside a segment: a pronoun right before the verb, else
 * the best kind of mention nearest the verb. A possessor right before a noun of saying ("Trump's claim",
 * "Ivana Trump's brief said") is the source.
 */
export function subjectBefore(model: SpeakerModel, from: number, verb: number): Mention | null {
  const owner = possessorOf(model, from, verb)
  if (owner) return owner
  if (from >= verb) return null
  const segments: Mention[][] = [[]]
  const starts: number[] = [from]
  // The first segment that names someone, by name or role (-1: none), noted as the mentions are gathered.
  let firstNamed = -1
  for (let i = from; i < verb; i++) {
    const w = model.words[i] as Word
    if (i > from && w.gap.includes(',')) {
      segments.push([])
      starts.push(i)
    }
    const m = model.mentionAt(i)
    // A governed mention is no subject, unless a relative pronoun makes it one ("turned to the Chicago Police
    // Department which reported").
    if (
      m &&
      !m.possessive &&
      (!m.governed || relativeBefore(model, m, verb, true)) &&
      !inParentheses(model.words, m) &&
      !obliqueName(model, m)
    ) {
      ;(segments.at(-1) as Mention[]).push(m)
      if (firstNamed < 0 && (m.kind === 'name' || m.kind === 'role')) firstNamed = segments.length - 1
      i = m.to - 1
    }
  }
  // "Smith praised Jones for his work, saying, “…”": a participle set off by a comma says what its clause's subject
  // said, the first one named in the sentence, not the object nearest it.
  const cue = model.words[verb] as Word
  if (cue.gap.includes(',') && model.v.speech.adverbialParticiple?.test(cue.lower))
    for (const seg of segments) {
      const m = seg.find((x) => x.kind !== 'org')
      if (m) return m
    }
  const determiners = model.v.speech.determiners
  let org: Mention | null = null
  for (let k = segments.length - 1; k >= 0; k--) {
    const seg = segments[k] as Mention[]
    if (!seg.length) continue
    const first = model.words[starts[k] as number] as Word
    // An apposition or a relative clause set off by commas on both sides ("Flynn, a top Trump surrogate, said";
    // "Connie Mariano, who as a Navy captain was …, said").
    const closed = k < segments.length - 1 || (model.words[verb] as Word).gap.includes(',')
    // A participle's clause («президент, говорячи про голів адміністрацій, сказав») holds no subject.
    if (k > 0 && closed && model.v.speech.adverbialParticiple?.test(first.lower)) continue
    // (Only after someone it can describe: «Pour la mettre en confiance, la présidente, d’un certain âge,
    // enchaîne» opens on a clause, and the description is the subject.)
    if (
      k > 0 &&
      closed &&
      (determiners.has(first.lower) || RELATIVE_PRONOUNS.has(first.lower)) &&
      firstNamed >= 0 &&
      firstNamed < k
    ) {
      // «El presidente del Concejo, el oficialista Israel Alcócer, la considera…»: after a role that names no
      // one, an apposition with a name names its bearer.
      const name = seg.find((m) => m.kind === 'name' || (m.kind === 'role' && m.nameFrom >= 0))
      const before = (segments[k - 1] as Mention[]).at(-1)
      if (name && before?.kind === 'role' && before.nameFrom < 0 && segments[k - 1]?.length === 1) return name
      continue
    }
    // «Владимир Муха, руководитель ГУ Госслужбы …, сказал»: the name an apposition describes.
    const named = k > 0 ? (segments[k - 1] as Mention[]).at(-1) : undefined
    if (named && describes(model, seg[0] as Mention, named)) return named
    const opener = k === segments.length - 1 ? chainOpener(model, segments, k) : null
    if (opener) return opener
    // The mention right at the verb is its subject ("when he said", "the Department which reported").
    const adjacent = seg.at(-1) as Mention
    if (adjacent.to === verb || relativeBefore(model, adjacent, verb)) return adjacent
    // A relative clause the verb ends («Rangnick, der Schiedsrichter Harkam als „völlig überfordert“
    // bezeichnete»): the pronoun is the subject, the mention after it an object; the subject is before the comma.
    if (k > 0 && k === segments.length - 1 && RELATIVE_PRONOUNS.has(first.lower)) continue
    let best: Mention | null = null
    for (const m of seg) if (m.kind !== 'org' && (!best || rank(m) >= rank(best))) best = m
    if (best) return best
    org ??= seg.at(-1) ?? null
  }
  return org
}

/** Most appositions a chain like "Dr. Lisa Doggett, Family Physician, Senior Medical Director, Sagility" holds. */
const MAX_APPOSITIONS = 3

/**
 * "Dr. Lisa Doggett, Family Physician, Senior Medical Director, Sagility tells us": a lone name set off after a
 * title is what the title is of, the way a press release signs; the one who speaks is the person the chain of
 * appositions opens on — someone named with a first name. Null when segment k is not such a name.
 */
function chainOpener(model: SpeakerModel, segments: Mention[][], k: number): Mention | null {
  const seg = segments[k] as Mention[]
  const last = seg[0] as Mention
  if (seg.length !== 1 || k < 2 || (last.kind !== 'org' && (last.kind !== 'name' || last.to - last.from > 1)))
    return null
  const title = (segments[k - 1] as Mention[]).at(-1)
  if (title?.kind !== 'role' || title.nameFrom >= 0) return null
  for (let j = k - 2; j >= 0 && j >= k - 1 - MAX_APPOSITIONS; j--) {
    const m = (segments[j] as Mention[])[0]
    if (!m) return null
    const first = m.kind === 'role' ? m.nameFrom : m.kind === 'name' ? m.from : -1
    if (first >= 0 && isFirstName(model.v, model.words[first] as Word)) return m
  }
  return null
}

/**
 * «Владимир Муха, руководитель ГУ Госслужбы …», «Наталья Васильевна, жительница Броваров»: a role right after a
 * name and a comma is that name's apposition, and the capitalised words after the role word are what it is of (the
 * role reader may take them for its bearer's name) — unless they open on a first name (a list: "Иван Петров,
 * министр Сергей Иванов").
 */
export function describes(model: SpeakerModel, role: Mention, name: Mention): boolean {
  return (
    name.kind === 'name' &&
    role.kind === 'role' &&
    role.from === name.to &&
    (model.words[role.from] as Word).gap.includes(',') &&
    (role.nameFrom < 0 || !isFirstName(model.v, model.words[role.nameFrom] as Word))
  )
}

/**
 * The mention is followed by one word and then the verb: a relative pronoun ("the Department which reported"),
 * or unless `pronounOnly` an adverb that leaves it the subject ("Smith also said").
 */
function relativeBefore(model: SpeakerModel, m: Mention, verb: number, pronounOnly = false): boolean {
  if (m.to !== verb - 1) return false
  const between = (model.words[verb - 1] as Word).lower
  return RELATIVE_PRONOUNS.has(between) || (!pronounOnly && SUBJECT_ADVERBS.has(between))
}

/** An aside in parentheses ("Olaf Scholz (SPD) sagte", "Chuck Schumer (D-NY) said"): never the subject. */
export function inParentheses(words: readonly Word[], m: Mention): boolean {
  const after = words[m.to]
  return /\(\s*$/.test((words[m.from] as Word).gap) && (after === undefined || /^\s*\)/.test(after.gap))
}

/** "Trump's claim", "Ivana Trump's brief said", "the IMF report stated": the owner of the words. */
function possessorOf(model: SpeakerModel, from: number, verb: number): Mention | null {
  const sp = model.v.speech
  const cueWord = model.words[verb] as Word
  for (let i = verb - 1; i >= Math.max(from, verb - 3); i--) {
    const m = model.mentionAt(i)
    if (!m) continue
    const after = model.words[m.to] as Word | undefined
    if (
      (m.possessive && (isSpeechNoun(sp, after) || (m.to === verb && isSpeechNoun(sp, cueWord)))) ||
      (m.kind === 'org' && isSpeechNoun(sp, after))
    )
      return m
  }
  return null
}

/** A noun of saying or a document ("claim", "report", "сообщение"): what a possessor or an organisation says through. */
export function isSpeechNoun(sp: SpeechLexicon, w: Word | undefined): boolean {
  return w !== undefined && (sp.speechNouns.has(w.lower) || sp.documentNouns.has(w.lower))
}

/** The subject after a verb (inversion: «…», — сказал Путин / said Caddell / a témoigné une cliente, Rosina Rusin). */
export function subjectAfter(model: SpeakerModel, verb: Cue, until: number): Mention | null {
  // "dit-il": the pronoun is the verb's own word.
  const own = model.mentionAt(verb.index)
  if (own?.kind === 'pronoun') return own
  // «Ha señalado que los acusados…», «сообщил, что министр…»: past a complementizer, a subject is the clause's.
  const to = complementizerAfter(model, verb.index + 1, until)
  if (verb.impersonal) return impersonalInstitution(model, verb, to)
  // The candidates one after another, each found from where the last ends: no list made per verb. None inside a
  // relative clause set off by a comma, up to the comma that closes it: «dijo el hombre, que ha sido juzgado…»
  // names no one the clause holds; «заявил на пресс-конференции, которая состоялась на стадионе Николаева,
  // городской голова В. Чайка» goes on after it.
  const clause = relativeClause(model, verb.index + 1, to)
  let best: Mention | null = null
  // («цитує Назара Волошина прес-служба»: the one a relay verb quotes is its object.)
  const quoted = verb.relay
  const after = (from: number) => {
    const m = nextSubject(model, from, to, quoted)
    return m && clause && m.from >= clause[0] && m.from < clause[1]
      ? nextSubject(model, clause[1], to, quoted)
      : m
  }
  for (let m = after(verb.index + 1); m; m = after(m.to)) {
    // (Not after a relay verb, whose object is the one who spoke: «цитує Назара Волошина прес-служба».)
    if (!verb.relay && addresseeBeforeRole(model, m)) continue
    if (outletBeforeName(model, m, to)) continue
    // After a relay verb («приводит ТАСС слова Кудрина») the organisation relays; the person spoke.
    if (verb.relay && m.kind !== 'name' && !(m.kind === 'role' && m.nameFrom >= 0)) {
      best ??= m
      continue
    }
    if (m.kind === 'role' && m.nameFrom < 0) {
      // «une cliente, Rosina Rusin», «el concejal responsable de la Policía Local, Jacobo Lemes»: a name after
      // the description and what it is of is the same person (bearerAfterComplement).
      let next = nextSubject(model, m.to, to)
      // („der Präsident des Deutschen Bauernverbands (DBV), Joachim Rukwied“: past the acronym in brackets.)
      if (next?.kind === 'org' && inParentheses(model.words, next)) next = nextSubject(model, next.to, to)
      // (Not the object of a preposition: „sagte eine Nachbarin gegenüber NBC-Washington“.)
      if (
        next &&
        next.kind === 'name' &&
        !next.governed &&
        (next.from - m.to <= 1 || bearerAfterComplement(model, m.to, next.from))
      )
        return personAfterComplement(model, next, to) ?? next
    }
    return m.kind === 'role' && m.nameFrom < 0 ? m : (personAfterComplement(model, m, to) ?? m)
  }
  return best ?? impersonalInstitution(model, verb, to)
}

/**
 * The outlet told, not the one speaking, right before the one who is: a name in another script than the
 * language's before a name in its script, as the outlet writes itself («— рассказывает Gazeta.ua Оксана
 * Новикова»), or a name in quotation marks right before a name or a description («— рассказала «КП» соседка
 * пострадавших»), which an outlet that does not decline («КП», «МК») leaves to its place to tell.
 */
function outletBeforeName(model: SpeakerModel, m: Mention, to: number): boolean {
  if (m.kind !== 'name' && m.kind !== 'org') return false
  const first = model.words[m.from] as Word
  if (first.titled) {
    const next = nextSubject(model, m.to, to)
    return next !== null && next.from === m.to && (next.kind === 'name' || next.kind === 'role')
  }
  if (m.kind !== 'name' || scriptOf(first.text) === model.v.script) return false
  const next = nextSubject(model, m.to, to)
  return (
    next !== null &&
    next.kind === 'name' &&
    next.from - m.to <= 1 &&
    scriptOf((model.words[next.from] as Word).text) === model.v.script
  )
}

/** The index of the first complementizer ("that", «que», «что») in words [from, to), else `to`. */
function complementizerAfter(model: SpeakerModel, from: number, to: number): number {
  const end = Math.min(to, model.words.length)
  for (let i = from; i < end; i++)
    if (model.v.speech.complementizers.has((model.words[i] as Word).lower)) return i
  return to
}

/** «рассказал Life News водитель»: a name the words were told, before the role that is the subject (model). */
function addresseeBeforeRole(model: SpeakerModel, m: Mention): boolean {
  const next = model.mentionAt(m.to)
  return next !== undefined && model.addresseeBefore(next) === m
}

/**
 * The first relative clause in words [from, to) that a comma opens (", que", ", who", «, которая»): from its
 * pronoun to the next word a comma sets off, or `to`; null if there is none.
 */
function relativeClause(model: SpeakerModel, from: number, to: number): [number, number] | null {
  const end = Math.min(to, model.words.length)
  for (let i = from; i < end; i++) {
    const w = model.words[i] as Word
    if (!RELATIVE_PRONOUNS.has(w.lower) || !w.gap.includes(',')) continue
    for (let k = i + 1; k < end; k++) if ((model.words[k] as Word).gap.includes(',')) return [i, k]
    return [i, to]
  }
  return null
}

/**
 * «министр … Республики Крым Сергей Садаклиев», «продюсер телеканалу NewsOne Василь Голованов»: a name with no
 * first name followed right away by one that opens with a first name is what the person is of; the person is the
 * second. So is a role given with a name after an organisation's name ("said Harvard University professor John
 * Mull", "Weber State University zoology professor John Mull": a word may stand between the parts read). Else null.
 */
function personAfterComplement(model: SpeakerModel, m: Mention, to: number): Mention | null {
  // («речник Повітряних сил Юрій Ігнат»: a role read with the capitalised word of what it is of as its name.)
  const name = m.kind === 'role' ? m.nameFrom : m.kind === 'name' || m.kind === 'org' ? m.from : -1
  if (name < 0 || isFirstName(model.v, model.words[name] as Word)) return null
  let prev = m
  for (
    let next = nextSubject(model, m.to, to);
    next && !next.governed;
    next = nextSubject(model, next.to, to)
  ) {
    // («ректор РЭУ им. Г. В. Плеханова Леонид Брагин»: past whom the institution is named after.)
    const namesake = namesakeAt(model, prev.to)
    if (namesake?.to === next.from) {
      if (next.kind === 'name' && isFirstName(model.v, model.words[next.from] as Word)) return next
      prev = namesake
    }
    if (
      next.kind === 'name' &&
      (next.from === m.to ||
        (m.kind === 'role' && next.from - m.to === 1 && plainGaps(model, m.to, next.from + 1))) &&
      isFirstName(model.v, model.words[next.from] as Word)
    )
      return next
    if (next.from - prev.to > 1 || !plainGaps(model, prev.to, next.from + 1)) return null
    if (next.kind === 'role' && next.nameFrom >= 0) return next
    if (next.kind !== 'name' && next.kind !== 'org') return null
    prev = next
  }
  return null
}

/** The name after a namesake word at k («им.», «імені»: SpeechLexicon `namesakeWords`), else null. */
function namesakeAt(model: SpeakerModel, k: number): Mention | null {
  const w = model.words[k]
  if (!w || !model.v.speech.namesakeWords.has(w.lower)) return null
  return model.mentionAt(k + 1) ?? null
}

/** Whether words [from, to) are each set off from the word before by spaces only. */
function plainGaps(model: SpeakerModel, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!plainGap((model.words[i] as Word).gap)) return false
  return true
}

/**
 * Words [from, name) are a short complement of the role before them, with no verb, and the name at `name` is the
 * role's bearer: set off by a comma after a complement with none («una cliente, Rosina Rusin», «el concejal
 * responsable de la Policía Local, Jacobo Lemes»), or opening with a first name the lexicon knows after one in
 * lower case, a list of a few nouns maybe («руководитель департамента … развития, экологии и природных ресурсов
 * Николай Ткачук»).
 */
function bearerAfterComplement(model: SpeakerModel, from: number, name: number): boolean {
  if (name - from > 8) return false
  const bearer = model.words[name] as Word
  let setOff = bearer.gap.includes(',')
  let listed = isFirstName(model.v, bearer)
  for (let i = from; i < name && (setOff || listed); i++) {
    const w = model.words[i] as Word
    if (w.form.flags & FORM_VERB || w.quote >= 0) return false
    // («директор театру імені Марії Заньковецької Олександр Книга»: whom the theatre is named after is no bearer.)
    const namesake = namesakeAt(model, i)
    if (namesake) {
      i = namesake.to - 1
      continue
    }
    if (w.gap.includes(',')) setOff = false
    if (w.capitalized || !/^[\s,]*$/.test(w.gap)) listed = false
  }
  return setOff || listed
}

/** «…», — заявили в Кремле / hieß es aus dem Innenministerium: the institution after the impersonal verb. */
function impersonalInstitution(model: SpeakerModel, verb: Cue, to: number): Mention | null {
  const at = impersonalSourceAt(model, verb)
  return at < 0 ? null : institutionAt(model, at, to)
}

/** How many words after an impersonal verb its preposition of the source may come (see impersonalSourceAt). */
const MAX_ADDRESSEE_WORDS = 7

/**
 * After an impersonal verb of saying — plural where verbs show it («заявили в Кремле»), any where they do not
 * (señalan desde …) — and a preposition of the lexicon's `impersonalSources`, the index of the word after the
 * preposition; else -1.
 */
function impersonalSourceAt(model: SpeakerModel, verb: Cue): number {
  if (verb.agreement === 'm' || verb.agreement === 'f') return -1
  // Past whom the words were told — an agency («сообщили РБК в «Газпроме»», «рассказали РИА Новости в Кремле»), a
  // correspondent («сообщили корреспонденту агентства "Интерфакс-Украина" в пресс-службе прокуратуры») — or a
  // pronoun of no one in particular (hieß es aus dem Innenministerium): a few words, no verb or "that" among them.
  const sp = model.v.speech
  for (let k = verb.index + 1; k < verb.index + MAX_ADDRESSEE_WORDS; k++) {
    const w = model.words[k]
    if (
      !w ||
      w.sentence !== verb.word.sentence ||
      w.form.flags & FORM_VERB ||
      sp.complementizers.has(w.lower)
    )
      return -1
    if (!sp.impersonalSources.has(w.lower)) continue
    const next = model.words[k + 1]
    return next && next.sentence === w.sentence ? k + 1 : -1
  }
  return -1
}

/**
 * «…», — сообщили в «Газпроме» / в пресс-службе «Газпрома»: after an impersonal verb, the organisation named in
 * marks that the words came from (a service of it may come between), or null.
 */
export function titledInstitutionAfter(model: SpeakerModel, verb: Cue): Cluster | null {
  const at = impersonalSourceAt(model, verb)
  if (at < 0) return null
  return (
    model.titledOrganisation(at) ??
    ((model.words[at] as Word).capitalized ? null : model.titledOrganisation(at + 1))
  )
}

/**
 * «В Кремле заявили: «…»», «В Минфине сообщили, что …», «В «Сбербанке» сообщили»: an impersonal verb after the
 * organisation its words came from, named where the reporter's clause opens, after a preposition of the
 * lexicon's `impersonalSources`; else null.
 */
export function institutionBefore(model: SpeakerModel, cue: Cue, from: number): Cluster | null {
  if (cue.agreement === 'm' || cue.agreement === 'f') return null
  const w = model.words[from]
  if (!w || from + 1 >= cue.index || !model.v.speech.impersonalSources.has(w.lower)) return null
  const titled = model.titledOrganisation(from + 1)
  if (titled) return titled
  const m = institutionAt(model, from + 1, cue.index)
  return m ? model.resolve(m, cue.agreement) : null
}

/**
 * «…», — заявили в Кремле / сообщили в МИД России / в пресс-службе Минфина / señalan desde el Ministerio de
 * Sanidad: the organisation or institution at word `at`, after the preposition, that the words came from.
 */
function institutionAt(model: SpeakerModel, at: number, to: number): Mention | null {
  // Nothing named after the document's noun: «…», — говорится в сообщении. (the text's last word).
  const w = model.words[at]
  if (w === undefined || at >= to) return null
  // Past an article: desde el Ministerio de Sanidad.
  const m =
    model.mentionAt(at) ?? (model.v.speech.determiners.has(w.lower) ? model.mentionAt(at + 1) : undefined)
  if (!m || m.to > to) return null
  // «сообщили в ведомстве»: the organisation named before; «рассказали в полиции»: the police, if none was.
  return m.kind === 'org' ||
    ownedInstitution(model, m) ||
    model.referredOrganisation(m) ||
    institutionAlone(model, m)
    ? m
    : null
}

/** «в полиции», desde la Policía: an institution named by its noun alone, not a service of one («в пресс-службе»). */
function institutionAlone(model: SpeakerModel, m: Mention): boolean {
  const role = institutionDescribed(model, m)
  if (role === null) return false
  return !model.v.speech.services.includes(role) && !model.v.speech.organisationReferences.includes(role)
}

/** The institution stem of a description with no name and no title in marks in it, else null. */
function institutionDescribed(model: SpeakerModel, m: Mention): string | null {
  const role = m.role
  if (m.kind !== 'role' || m.nameFrom >= 0 || role === null || !model.v.institutionStems.has(role))
    return null
  for (let k = m.from; k < m.to; k++) if ((model.words[k] as Word).titled) return null
  return role
}

/**
 * The organisation or institution a document is of, named right after the document's noun (einer Mitteilung der
 * Bundesregierung, un communiqué de l'Élysée, a statement from the ministry of defence), or null.
 */
export function documentOwnerAt(model: SpeakerModel, at: number, to: number): Mention | null {
  const w = model.words[at]
  const preposition = w !== undefined && !w.capitalized && model.v.speech.prepositions.has(w.lower)
  return institutionAt(model, preposition ? at + 1 : at, to)
}

/**
 * An institution the description says whose it is: «в министерстве обороны», «в пресс-службе Минфина». A bare
 * «в пресс-службе» is no one in particular, and one owned by an organisation in marks («в пресс-службе
 * «Газпрома»») is that organisation's (titledInstitutionAfter).
 */
function ownedInstitution(model: SpeakerModel, m: Mention): boolean {
  const role = institutionDescribed(model, m)
  if (role === null) return false
  // One word is owned when it is a compound with the institution last (Innenministerium, Bundesregierung).
  const word = (model.words[m.from] as Word).lower
  return m.to - m.from >= 2 || (!word.startsWith(role) && !word.includes('-'))
}
