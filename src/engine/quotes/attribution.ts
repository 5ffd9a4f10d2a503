import type { Agreement } from '../lang/speech'
import type { Cluster } from '../speakers/clusters'
import { FORM_DETERMINER, FORM_SOURCE_POSTPOSITION, FORM_VERB } from '../speakers/forms'
import type { Mention } from '../speakers/mention'
import { personLike, type SpeakerModel } from '../speakers/model'
import { isFirstName, obliqueSurname, plainGap, scriptOf } from '../speakers/word-facts'
import { endsSentence, type Word } from './context'
import type { Frame } from './frames'
import { interviews } from './interviews'
import { topicLabel } from './labels'
import { OnePerson } from './one-person'
import type { Unmarked } from './scanner'
import { sourcePhraseAt } from './source-phrases'
import {
  type Cue,
  cueAt,
  describes,
  documentOwnerAt,
  firstCue,
  inParentheses,
  institutionBefore,
  isSpeechNoun,
  lastCue,
  subjectAfter,
  subjectBefore,
  titledInstitutionAfter,
} from './subjects'

/** What a rule of the cascade decided about one quotation. */
export interface Attribution {
  cluster: Cluster | null
  cue: string | null
  method: string
  confidence: number
  /** The rule found its cue right at the quotation (adjacency): enough to keep a short or title-like quote. */
  adjacent: boolean
}

/** One quotation under attribution: its frame, its place and, once decided, its attribution. */
export interface Item {
  frame: Frame
  open: number
  close: number
  dialogue: boolean
  /** `open` of the previous paragraph of the same multi-paragraph quotation, else -1. */
  continues: number
  /** An inserted attribution inside the marks («…, — объясняет юрист. — …»): the cue word index. */
  inset: number
  /**
   * Words quoted without marks (QuoteCandidate.unmarked), else null. Their speaker is read only from their own
   * attribution: a block's words below it (blockquotes.ts), a transcript turn's label (transcripts.ts), a printed
   * interview's questions and answers (interviews.ts). Never from the sentences around.
   */
  unmarked: Unmarked | null
  result: Attribution | null
}

/** How many words after a quotation its verb of saying may come ("…," Board of Education President John Garber said). */
const MAX_VERB_DISTANCE = 10
/** How many words after a short stretch in marks its verb may come and still make it a quotation. */
const ADJACENT_VERB_DISTANCE = 8
/** How many sentences back "it" of "…," it added may find the organisation quoted before. */
const ORGANISATION_PRONOUN_WINDOW = 3
/** …or how many back it may find one named, when none was quoted. */
const ORGANISATION_NAMED_WINDOW = 2
/** How many words back a document quoted by its noun may have been brought in. */
const DOCUMENT_REACH = 300

/**
 * The cascade. Each rule fills only quotations still open; the rule's name becomes `method` and its
 * reliability `confidence`. Order: adjacency after the quote, adjacency before it (colon, comma, verb in the
 * same sentence), source phrases, split quotes, continuation, the name of the previous sentence, one speaker per
 * paragraph; otherwise no speaker.
 */
export function attribute(model: SpeakerModel, items: Item[], titleParagraph = -1): void {
  // (Indexed rather than for…of: code run once per analysis is often not yet optimised, and there each for…of step
  // makes an object.)
  for (let k = 0; k < items.length; k++) {
    const it = items[k] as Item
    it.result =
      insetRule(model, it) ??
      inciseAfter(model, it) ??
      parenthesisAfter(model, it) ??
      dashSourceAfter(model, it) ??
      introBefore(model, it) ??
      sourcePhrase(model, it)
    if (it.result?.cluster) model.noteSpeaker(it.frame.inFrom, it.result.cluster)
  }
  // «…», опубликовал фотографии «…», говорится в решении суда: the attribution after the last quote of a
  // sentence covers the quotes before it that run into it.
  // So does a list of quotations with only commas between («"огонь", "очень мощная песня", "круто", –
  // отреагировали поклонники»): each stays a quotation however short, as the last does. (A capitalised short
  // stretch reads as a title, so «"Огонь", "Круто", …» is left as it was.)
  for (let k = items.length - 2; k >= 0; k--) {
    const it = items[k] as Item
    const next = items[k + 1] as Item
    const shared = next.result
    if (it.result || !shared?.adjacent) continue
    // (Not a list of titles: «Брат», «Брат 2», «Война», – рассказал X.)
    const listed =
      !it.dialogue &&
      !next.dialogue &&
      !readAsTitle(model, it) &&
      !readAsTitle(model, next) &&
      onlyCommaBetween(model.text, it.close + 1, next.open)
    // (A list's quotations go to whoever its verb gives, no one in particular included; one quotation's attribution
    // goes back only to a speaker's.)
    if (!shared.cluster && !(listed && shared.method === IMPERSONAL)) continue
    if (
      !listed &&
      (it.frame.afterTo <= it.frame.afterFrom ||
        it.frame.afterTo < next.frame.beforeFrom ||
        next.frame.beforeFrom > it.frame.afterTo)
    )
      continue
    const method = shared.method
    if (
      it.frame.paragraph !== next.frame.paragraph ||
      !(
        method.startsWith('quote-') ||
        method === 'document-source' ||
        (listed && (method === 'shared-attribution' || method === IMPERSONAL))
      )
    )
      continue
    // Not across a sentence's end: «…», explique-t-on encore. «…», a abondé X (the first has its own incise).
    if (endsSentence(next.frame.beforeGap)) continue
    it.result = {
      cluster: shared.cluster,
      cue: shared.cue,
      method: shared.cluster ? 'shared-attribution' : IMPERSONAL,
      confidence: 0.75,
      adjacent: listed,
    }
  }
  // A quotation of several paragraphs attributed only at a later one («— …⏎⏎…, — сказал Тухель.»): the
  // paragraphs before are the same person's.
  for (let k = items.length - 1; k >= 0; k--) {
    const it = items[k] as Item
    const before = it.continues >= 0 && it.result?.cluster ? continuedItem(items, k) : undefined
    if (before && !before.result) before.result = keep(it, 'multi-paragraph', 0.85)
  }
  interviews(model, items, titleParagraph)
  // A block without marks is the one's its attribution below names, a transcript's turn the one's its label names
  // (Q and A: above); else no one's known. (A paragraph that goes on a turn goes with it: splitOrContinuation.)
  for (let k = 0; k < items.length; k++) {
    const it = items[k] as Item
    if (it.unmarked !== null && it.continues < 0) it.result ??= unattributed()
  }
  for (let k = 0; k < items.length; k++) {
    const it = items[k] as Item
    if (it.result) continue
    it.result =
      backReference(model, it) ??
      splitOrContinuation(model, items, k) ??
      previousSentenceName(model, it) ??
      oneNameSentence(model, it)
  }
  paragraphSpeaker(model, items)
  for (let k = 0; k < items.length; k++) {
    const it = items[k] as Item
    it.result ??= unattributed()
  }
}

/** The stretch was read as a title or a name in marks (its words are the reporter's, marked `titled`). */
function readAsTitle(model: SpeakerModel, it: Item): boolean {
  const f = it.frame
  return f.inTo > f.inFrom && (model.words[f.inFrom] as Word).titled
}

/** text[from, to) is a comma and spaces. */
function onlyCommaBetween(text: string, from: number, to: number): boolean {
  let comma = false
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x2c && !comma) comma = true
    else if (c !== 0x20 && c !== 0xa0) return false
  }
  return comma
}

/** The method of words no one in particular said (the answer's name for someone unnamed). */
export const IMPERSONAL = 'unnamed-speaker'

function impersonal(cue: Cue, confidence: number): Attribution {
  return { cluster: null, cue: cue.word.text, method: IMPERSONAL, confidence, adjacent: true }
}

function unattributed(): Attribution {
  return { cluster: null, cue: null, method: 'unattributed', confidence: 0, adjacent: false }
}

/** A rule's decision for a cluster it found without a mention (an organisation in marks, a headline's name). */
export function attributed(
  cluster: Cluster,
  cue: Cue | null,
  method: string,
  confidence: number,
  adjacent: boolean,
): Attribution {
  return { cluster, cue: cue ? cue.word.text : null, method, confidence, adjacent }
}

function found(
  model: SpeakerModel,
  m: Mention | null,
  cue: Cue | null,
  method: string,
  confidence: number,
  adjacent: boolean,
  subject = true,
): Attribution | null {
  const agreement: Agreement = cue?.agreement ?? null
  // The zero subject is looked for even when a mention is given: the look-up resolves the mentions before the verb
  // in text order, and later ones depend on that («спортсмен» takes the person named before it only so; made lazy,
  // 11 of 832 eval texts changed, dev-ru-12 for the worse).
  const zero = zeroSubject(model, cue, agreement)
  const cluster = m ? model.resolve(m, agreement) : zero
  // «…», — рассказывали в деревне / «…», relataban en la finca: where subjects go unwritten, a verb of saying in
  // the plural with none, right after the quotation, is impersonal, as a passive one is («…», — было сказано в
  // эфире). The words are no one's in particular, and no
  // later rule (a continuation) may give them to whoever spoke before. (French « explique-t-on » is often the
  // institution just quoted, and keeps to the rules after.)
  if (
    !cluster &&
    !m &&
    cue &&
    (agreement === 'p' || cue.passive) &&
    adjacent &&
    subject &&
    model.v.speech.subjectDrop &&
    (method.startsWith('quote-') || method === 'dialogue-dash')
  )
    return impersonal(cue, confidence)
  if (!cluster) return null
  // Only the subject of a verb shows the nominative; «по словам Иванова», «заявление Кудрина» do not.
  if (m && subject && !cue?.relay) model.noteSubject(m, cluster, agreement)
  else if (agreement === 'm' || agreement === 'f') cluster.gender ??= agreement
  return { cluster, cue: cue ? cue.word.text : null, method, confidence, adjacent }
}

/** The subject a verb of saying written without one refers to, or null. */
function zeroSubject(model: SpeakerModel, cue: Cue | null, agreement: Agreement): Cluster | null {
  // A plural verb with no subject is impersonal («сообщили, что…»): no one in particular; so is a passive one
  // («было сказано в эфире»).
  if (!cue || agreement === 'p' || cue.passive) return null
  const zero = model.antecedent(cue.index, agreement, model.beforeAnyone(cue.index))
  // (A zero subject goes back to someone shown to be a person, not to any capitalised word: «Vamos», «Instagram».)
  return zero?.kind === 'person' && !personLike(zero, model.v) ? null : zero
}

/**
 * «Ситуацию описала в Фейсбук Алена Веруш:»: where words decline the object may open the sentence and the subject
 * follow the verb. A lone capitalised word first in its sentence, which the article shows as a name nowhere else,
 * gives way to a person named in full after the verb: that person, else null.
 */
function objectFirst(model: SpeakerModel, before: Mention | null, cue: Cue, to: number): Mention | null {
  if (!model.v.inflected || before?.kind !== 'name' || before.to - before.from !== 1) return null
  const w = model.words[before.from] as Word
  if (model.words[before.from - 1]?.sentence === w.sentence || isFirstName(model.v, w)) return null
  if ((model.clusterOfName(before)?.mentions ?? 0) > 1) return null
  const after = subjectAfter(model, cue, to)
  const first = after?.kind === 'name' ? after.from : after?.kind === 'role' ? after.nameFrom : -1
  if (!after || first < 0 || after.to - first < 2) return null
  // (A full name in Latin script, as a Facebook profile writes it, is a person's too: «Alena Verush».)
  const opening = model.words[first] as Word
  return isFirstName(model.v, opening) || scriptOf(opening.text) !== model.v.script ? after : null
}

/** «…, — объясняет юрист. — …»: the attribution inserted inside one pair of marks, for both halves. */
function insetRule(model: SpeakerModel, it: Item): Attribution | null {
  if (it.inset < 0) return null
  const cue = cueAt(model, it.inset)
  if (!cue) return null
  const m =
    subjectAfter(model, cue, cue.index + MAX_VERB_DISTANCE) ??
    subjectBefore(model, Math.max(0, cue.index - 3), cue.index)
  return found(model, m, cue, 'split-quote', 0.9, true)
}

/**
 * "…," said X / "…," X said / «…», — заявил X / «…» — сказал он / "…", so der Vorsitzende Erich Schlotmann /
 * « … », a-t-elle ajouté. Appositions between name and verb do not break it.
 */
function inciseAfter(model: SpeakerModel, it: Item): Attribution | null {
  const f = it.frame
  if (f.afterTo <= f.afterFrom) return null
  const to = Math.min(f.afterTo, f.afterFrom + MAX_VERB_DISTANCE)
  const cue = firstCue(model, f.afterFrom, to)
  if (cue) {
    const before = subjectBefore(model, f.afterFrom, cue.index)
    // "According to Col. Mike Hagar, … “as it becomes available,” KTHV-TV reported": an organisation reporting
    // words its sentence gives a person's source for relays them (sourcePhrase names the person).
    if (before?.kind === 'org' && personSourceIn(model, f.beforeFrom, f.beforeTo)) return null
    // (A subject of many words makes no name or title in marks speech: «„Волынь“ — 2:0. … которые приводит сайт».)
    if (before)
      return found(
        model,
        before,
        cue,
        it.dialogue ? 'dialogue-dash' : 'quote-speaker-verb',
        0.9,
        cue.index - f.afterFrom < ADJACENT_VERB_DISTANCE,
      )
    // "…," it added: the organisation quoted in the sentences just before, else the one they name ("In a
    // statement, EasyJet apologised. "…," it said").
    if (
      cue.index === f.afterFrom + 1 &&
      model.v.speech.organisationPronouns.has((model.words[f.afterFrom] as Word).lower)
    ) {
      const org =
        model.latestOrganisationSpeaker(f.inFrom, ORGANISATION_PRONOUN_WINDOW) ??
        model.organisationNamedBefore(f.inFrom, ORGANISATION_NAMED_WINDOW, true)
      return org ? attributed(org, cue, 'quote-speaker-verb', 0.7, true) : null
    }
    // Inversion only with the verb first: «…», — заявил X / "…," said X; after words that point back at the
    // quotation too («…» — такими словами прокомментировал X).
    const opens = f.afterFrom + phraseAt(model, f.afterFrom, cue.index, model.v.speech.inciseFillers)
    const first = cue.index === opens || auxiliaryBefore(model, opens, cue.index)
    const after = first ? subjectAfter(model, cue, f.afterTo) : null
    if (after)
      return found(model, after, cue, it.dialogue ? 'dialogue-dash' : 'quote-verb-speaker', 0.95, true)
    const titled = first ? titledInstitutionAfter(model, cue) : null
    if (titled) return attributed(titled, cue, 'quote-verb-speaker', 0.9, true)
    // (The verb first after an auxiliary too: "…", ha agregado.)
    if (first) {
      // «…», — говорится в сообщении: the document of the organisation named before — or of the one the next
      // sentence names, pointing back («Об этом сообщил X»).
      const doc = model.v.speech.documentNouns
      for (let i = cue.index + 1; i < Math.min(f.afterTo, cue.index + 5); i++) {
        if (!doc.has((model.words[i] as Word).lower)) continue
        const nextSentence = model.words[f.afterTo]?.sentence !== model.words[f.afterTo - 1]?.sentence
        const named = nextSentence ? pointedBackFrom(model, f.afterTo, f.paragraph) : null
        if (named) return named
        // «в сообщении «Газпрома»», „in einer Mitteilung der Bundesregierung“: the document's owner.
        // Right after the quotation, as an incise is (a short one is kept: « … », indique-t-on dans un communiqué).
        const titled = model.titledOrganisation(i + 1)
        if (titled) return attributed(titled, cue, 'document-source', 0.6, true)
        const owner = documentOwnerAt(model, i + 1, f.afterTo)
        if (owner) return found(model, owner, cue, 'document-source', 0.6, true, false)
        // (A subject before any place an institution is governed by: «повідомляє пресслужба поліції … доставили в
        // Печерське управління поліції».)
        const latest = model.latestInstitution(f.inFrom, 4, true) ?? model.latestInstitution(f.inFrom)
        if (latest) return attributed(latest, cue, 'document-source', 0.6, true)
      }
      // A quotation inside a clause its verb ends ("Er bezeichnete die Lage als „…“." has the verb first; „…,
      // der Harkam als „völlig überfordert“ bezeichnete.“): the subject is before the quotation, not a zero one.
      const woven = cue.index + 1 === f.afterTo && !f.beforeGap.includes(':')
      // (Not the words right before the quotation: they are what it describes, «решение суда «позором» назвал».)
      const before = woven ? subjectBefore(model, f.beforeFrom, f.beforeTo) : null
      if (before && before.to < f.beforeTo) return found(model, before, cue, 'speaker-verb-quote', 0.8, true)
      return found(model, null, cue, 'quote-verb-zero-subject', 0.7, true)
    }
    return documentBefore(model, it, cue)
  }
  // V2 inversion without a listed verb ("…", nahm er ihn in Schutz): a pronoun right after the first word.
  const w0 = model.words[f.afterFrom] as Word
  const m1 = model.mentionAt(f.afterFrom + 1)
  if (
    /[,—–]/.test(f.afterGap) &&
    !w0.capitalized &&
    m1 &&
    m1.kind === 'pronoun' &&
    f.afterFrom + 1 < f.afterTo
  ) {
    return found(model, m1, null, 'quote-verb-pronoun', 0.6, false)
  }
  return null
}

/** The most words an auxiliary and adverbs take before the incise's verb (« …", avait en effet déclaré X »). */
const MAX_AUXILIARY_WORDS = 3

/**
 * Whether words [from, verb) are an auxiliary and adverbs before a verb of saying that opens an incise: a function
 * word first, then words in lower case that name no one ("a déclaré", "avait en effet déclaré", "ha dicho"). Where
 * verbs show their subject's gender and number, any such words («…», — гордо говорит он): an unnamed group before
 * the verb shows in its plural («— говорят люди»), which names no one.
 */
function auxiliaryBefore(model: SpeakerModel, from: number, verb: number): boolean {
  if (verb <= from || verb - from > MAX_AUXILIARY_WORDS) return false
  const lead = model.words[from] as Word
  if (lead.capitalized || !(model.v.inflected || model.v.lex.stopWords.has(lead.lower))) return false
  for (let i = from; i < verb; i++) {
    const w = model.words[i] as Word
    // (An article opens the subject: "…," the book said.)
    if (w.form.flags & FORM_DETERMINER || model.mentionAt(i)) return false
    if (i > from && (w.capitalized || !plainGap(w.gap) || w.gap.includes('.'))) return false
  }
  return true
}

/**
 * How many words into a parenthesis or past a dash after a quotation its speaker may come ("(Bayer Leverkusens
 * Geschäftsführer …", "-- Japan coach Akira Nishino").
 */
const MAX_SOURCE_WORDS = 6

/** What stands between a quotation's closing mark and a parenthesis-source or dash-source: the mark itself. */
const OPENING_PARENTHESIS = /^[.,;]?\s*\(\s*$/u
const SOURCE_DASH = /^[.,;]?\s*(?:—|–|―|--)\s*$/u

/**
 * A quotation that opens its sentence, then, within `reach` characters of its closing mark and with nothing but
 * `separator` between (a parenthesis, a dash), the first word after it on the quotation's paragraph.
 */
function sourceAfterMark(model: SpeakerModel, it: Item, separator: RegExp, reach: number): boolean {
  const f = it.frame
  if (f.beforeTo > f.beforeFrom) return false
  const first = model.words[f.afterFrom]
  if (!first || first.start - it.close > reach) return false
  if (!separator.test(model.text.slice(it.close + 1, first.start))) return false
  const last = model.words[f.inTo - 1]
  if (last === undefined) return false
  return (
    last.paragraph === first.paragraph ||
    (separator === OPENING_PARENTHESIS && it.unmarked === null && bracketLine(model.text, first))
  )
}

/** The longest line a source in brackets below a quotation takes. */
const MAX_BRACKET_LINE = 120

/**
 * The line `first` opens is a parenthesis and nothing else, the one right after the quotation's: „…“ ⏎ (Michael
 * Ballack), as a list of quotations sets each speaker below — not an interjection a transcript sets between turns
 * ("(Zuruf von der AfD: Die will keiner hören!)"), which has a colon.
 */
function bracketLine(text: string, first: Word): boolean {
  // (A short line: read no further than a source in brackets runs.)
  const rest = text.slice(first.start, first.start + MAX_BRACKET_LINE)
  const end = rest.indexOf('\n')
  const line = `(${(end < 0 ? rest : rest.slice(0, end)).trimEnd()}`
  return (
    (end >= 0 || first.start + MAX_BRACKET_LINE >= text.length) &&
    line.endsWith(')') &&
    !/[():]/.test(line.slice(1, -1))
  )
}

/**
 * „…“ (Gladbachs Interimstrainer André Schubert nach dem 4:2) / "…" (John Smith, CEO): a quotation that opens its
 * sentence, then a parenthesis that opens with a person — how a collection of quotations names each speaker.
 */
function parenthesisAfter(model: SpeakerModel, it: Item): Attribution | null {
  const f = it.frame
  if (!sourceAfterMark(model, it, OPENING_PARENTHESIS, 4)) return null
  for (let i = f.afterFrom; i < f.afterFrom + MAX_SOURCE_WORDS; i++) {
    const w = model.words[i]
    if (!w || (i > f.afterFrom && w.gap.includes(')'))) return null
    const m = model.mentionAt(i)
    if (!m) continue
    if (!m.possessive && (m.kind === 'name' || m.kind === 'role'))
      return found(model, m, null, 'parenthesis-source', 0.8, true, false)
    i = m.to - 1
  }
  return null
}

/**
 * “…” — Japan coach Akira Nishino on the defeat. / «…» — Иван Петров, директор: a quotation that opens its
 * sentence, then a dash and a person with no verb of saying — how collections of quotations and epigraphs name
 * each speaker. The person comes within a few words of the dash ("Japan coach …", «фермер Віктор Кузнєцов»), before
 * any verb and not after a preposition; the rules with a verb have been tried first.
 */
function dashSourceAfter(model: SpeakerModel, it: Item): Attribution | null {
  const f = it.frame
  // (The words after the dash may stand in a sentence of their own: “… a tragedy.” -- Japan coach …)
  if (it.dialogue || !sourceAfterMark(model, it, SOURCE_DASH, 6)) return null
  const first = model.words[f.afterFrom] as Word
  for (let i = f.afterFrom; i < f.afterFrom + MAX_SOURCE_WORDS; i++) {
    const w = model.words[i]
    if (!w || (i > f.afterFrom && (!plainGap(w.gap) || w.sentence !== first.sentence))) return null
    if (w.form.flags & FORM_VERB) return null
    const m = model.mentionAt(i)
    if (m)
      return !m.possessive && !m.governed && (m.kind === 'name' || m.kind === 'role')
        ? found(model, m, null, 'dash-source', 0.75, true, false)
        : null
  }
  return null
}

/**
 * "The ministry released a statement. … "…," the statement said" / "She posted two tweets. … "…," one tweet
 * read": a document named right before the verb, with no one's name, that the sentences before brought in is
 * the words of whoever brought it in — the organisation of that sentence, else its person.
 */
function documentBefore(model: SpeakerModel, it: Item, first: Cue): Attribution | null {
  const f = it.frame
  const documents = model.v.speech.documentNouns
  // "the tweet read": the noun may itself be listed as a verb ("tweet"); the verb of saying is then the next word.
  const nounFirst = documents.has(first.word.lower)
  const cue = nounFirst ? cueAt(model, first.index + 1) : first
  const noun = model.words[nounFirst ? first.index : first.index - 1] as Word
  if (!cue || cue.index - f.afterFrom > 3 || !documents.has(noun.lower)) return null
  for (let i = f.afterFrom; i < cue.index; i++) if (model.mentionAt(i)) return null
  const brought = documentBroughtIn(model, f.inFrom, noun.lower)
  if (brought < 0) return null
  const institution = model.latestInstitution(brought, 0)
  if (institution) return attributed(institution, cue, 'document-source', 0.6, true)
  const author = model.antecedent(brought, null, false)
  return author ? attributed(author, cue, 'document-source', 0.6, true) : null
}

/**
 * Where the sentences before word `pos` (three at most, and DOCUMENT_REACH words: a text without full stops is one
 * sentence) last name the document `noun` ("statement", "tweets"), or -1.
 */
function documentBroughtIn(model: SpeakerModel, pos: number, noun: string): number {
  const sentence = (model.words[pos] as Word).sentence
  for (let i = pos - 1; i >= Math.max(0, pos - DOCUMENT_REACH); i--) {
    const w = model.words[i] as Word
    if (w.sentence < sentence - 3) return -1
    if (w.quote < 0 && w.lower.startsWith(noun)) return i
  }
  return -1
}

/** X заявил: «…» / X said, "…" / Рудь … зауважив: «…» / X: «…» / a verb earlier in the sentence (partial quotes). */
function introBefore(model: SpeakerModel, it: Item): Attribution | null {
  const f = it.frame
  let from = f.beforeFrom
  let to = f.beforeTo
  let colon = f.beforeGap.includes(':')
  if (to <= from && f.opensParagraph) {
    // "Caddell continued:" / "He said:" closing the previous paragraph introduces this one.
    const prev = previousParagraphIntro(model, f)
    if (!prev) return null
    ;[from, to] = prev
    colon = true
  }
  if (to <= from) return null
  const cue = lastCue(model, from, to)
  if (cue) {
    const adjacent = colon || to - cue.index <= 3
    // «Подоляк прокоментував заяву … Сергія Лаврова про "…"»: the words are the statement's, its owner's. The
    // verb is the commentator's: it tells neither the owner's case nor gender; the noun of saying is the cue.
    const owner = colon ? null : statementOwner(model, cue.index + 1, to)
    const statement = owner && found(model, owner, null, 'speaker-verb-quote', 0.75, false, false)
    if (statement) return { ...statement, cue: (model.words[(owner as Mention).from - 1] as Word).text }
    // „Im Sonntagsinterview meint er dort: …“: a personal pronoun right after the verb is its subject (the verb
    // comes second in German); what stands before it is not.
    const after = model.mentionAt(cue.index + 1)
    const before = after?.kind === 'pronoun' && !after.governed ? null : subjectBefore(model, from, cue.index)
    // So is a name right after it where a thing stands before it: „Diese Sorge bekräftigt Elif Aldogan: …“.
    const thingFirst =
      model.v.speech.capitalisedNouns && before?.kind === 'org' && after?.kind === 'name' && !after.governed
    const m =
      (thingFirst ? null : (objectFirst(model, before, cue, to) ?? before)) ?? subjectAfter(model, cue, to)
    if (m)
      return found(
        model,
        m,
        cue,
        colon ? 'speaker-verb-colon' : 'speaker-verb-quote',
        adjacent ? 0.9 : 0.75,
        adjacent,
      )
    // "After saying her foot was “so swollen …”, she was …": the subject follows the participle's clause.
    for (let i = f.afterFrom; i < f.afterTo; i++) {
      const later = model.mentionAt(i)
      if (later && !later.governed && !later.possessive && later.kind !== 'org')
        return found(model, later, cue, 'speaker-verb-quote', 0.6, false)
    }
    const institution = institutionBefore(model, cue, from)
    if (institution)
      return attributed(institution, cue, colon ? 'speaker-verb-colon' : 'speaker-verb-quote', 0.85, adjacent)
    return found(model, null, cue, 'speaker-verb-zero-subject', 0.6, adjacent)
  }
  if (colon) {
    // «… за підтримки Ольги Блажкевич: «…»» — the colon names the speaker; not one governed by a preposition
    // («По её словам, Набиуллина завершила выступление перед депутатами прогнозом: «…»» is Набиуллина's).
    const capitalisedNouns = model.v.speech.capitalisedNouns
    let last: Mention | null = null
    let free: Mention | null = null
    let person: Mention | null = null
    let pronoun: Mention | null = null
    // How many brackets are open: what stands in them is an aside ("Heimo Pfeifenberger (Wr. Neustadt, 1:3) denkt
    // positiv: …"), never the speaker.
    let brackets = 0
    // "EHRENBERG: …": a transcript's label in capitals, read as an acronym, is the person of that surname.
    let inCapitals: Cluster | null = null
    for (let i = from; i < to; i++) {
      brackets = Math.max(0, brackets + bracketsOpened((model.words[i] as Word).gap))
      const m = brackets > 0 ? null : model.mentionAt(i)
      if (m?.kind === 'org' && m.to - m.from === 1 && !m.possessive)
        inCapitals ??= model.personInCapitals(model.words[m.from] as Word)
      if (!m || m.possessive || m.kind === 'org') continue
      // (Not the apposition after a name: «Наталья Васильевна, жительница Броваров:».)
      if (free && describes(model, m, free)) continue
      // (Nor a group after the clause's subject: « Le maire Alain Got a rencontré les habitants : … ».)
      if (free && model.pluralRole(m)) continue
      if (m.kind === 'pronoun' && !m.governed) pronoun ??= m
      // (Not a surname in the dative or instrumental: «медики допоможуть Федорову: «…»» is the subject's words.)
      if (m.kind === 'name' && obliqueSurname(model.words[m.to - 1] as Word)) continue
      // (After a preposition only a person: «en Latinoamérica en febrero y seguirá en España: «…»» names no one.)
      if (!m.governed || presentedAsPerson(model, m)) last = m
      // (Not where every noun has a capital: „eine Floskel … – sie lautet: „…““ names no one.)
      if (!m.governed && m.kind !== 'pronoun' && !capitalisedNouns) free = m
      // There a capitalised word met nowhere as a person is as often a thing („habe sie dann schlimme Bilder
      // gesehen: „…““): a pronoun, a role or someone presented as a person outranks it — the first, the clause's
      // subject („Reinhard Hesse … hat Schröders Rede mit vorbereitet: „…““).
      if (capitalisedNouns && !m.governed && !person && presentedAsPerson(model, m)) person = m
    }
    // A person after a preposition speaks only where no pronoun is the clause's subject: « Il est revenu sur la
    // bévue d'Alphonse Areola : "…" » is his.
    // (Where every noun has a capital, a word met nowhere as a person is no speaker even as the last resort: „Die
    // Bundesliga in Wort und Witz: „…““, „seit 25 Jahren: „…““ — but a label opening its line is: „Ole: …“.)
    const weak =
      capitalisedNouns &&
      last !== null &&
      !presentedAsPerson(model, last) &&
      !opensParagraph(model, last.from)
    const speaker =
      captioned(model, from, to) ??
      free ??
      person ??
      (last?.governed && pronoun ? pronoun : weak ? null : last)
    if (speaker) return found(model, speaker, null, 'speaker-colon', 0.7, true, false)
    if (inCapitals) return attributed(inCapitals, null, 'speaker-colon', 0.7, true)
    const owner = ownerOfWords(model, from, to)
    if (owner) return found(model, owner, null, 'speaker-colon', 0.7, true, false)
  }
  return null
}

/** Brackets a gap opens less those it closes: "(" 1, ") (" 0, ")" -1. */
function bracketsOpened(gap: string): number {
  let n = 0
  for (let k = 0; k < gap.length; k++) {
    const c = gap.charCodeAt(k)
    if (c === 0x28) n++
    else if (c === 0x29) n--
  }
  return n
}

/**
 * "Name, role …: «…»", as reactions are captioned («Богдан Ступка, художній керівник театру ім. Івана Франка:
 * «…»»): the name that opens the words, set off from a role by a comma, speaks — not a name in what the role is
 * of. Else null.
 */
function captioned(model: SpeakerModel, from: number, to: number): Mention | null {
  const m = model.mentionAt(from)
  const after = m ? (model.words[m.to] as Word | undefined) : undefined
  if (!m || !after || m.to >= to || !after.gap.includes(',')) return null
  const named = m.kind === 'name' || (m.kind === 'role' && m.nameFrom >= 0)
  if (!named || m.governed) return null
  // A role the lexicon knows, or what the person is in words it does not: lower case, no verb («Анзор Саралидзе,
  // ректор ВлГУ:»).
  const role = model.mentionAt(m.to)
  if (role) return role.kind === 'role' && role.nameFrom < 0 && role.to <= to ? m : null
  return !after.capitalized && !(after.form.flags & FORM_VERB) ? m : null
}

/** Word k opens its paragraph. */
function opensParagraph(model: SpeakerModel, k: number): boolean {
  return k === 0 || (model.words[k - 1] as Word).paragraph !== (model.words[k] as Word).paragraph
}

/** A pronoun, a role, or a name whose person the article presents as one (a first name, a gender, a role). */
function presentedAsPerson(model: SpeakerModel, m: Mention): boolean {
  if (m.kind !== 'name') return true
  const c = model.clusterOfName(m)
  return c !== undefined && personLike(c, model.v)
}

/**
 * In words [from, to) right before a quotation: a noun of saying, its owner named right after it (in the genitive:
 * «заяву … Сергія Лаврова», «заявление Лаврова») and a preposition of the statement's subject (про, о, about) as
 * the last word — the owner; else null.
 */
function statementOwner(model: SpeakerModel, from: number, to: number): Mention | null {
  const sp = model.v.speech
  const last = model.words[to - 1]
  if (!last || to - from < 3 || !sp.topicPrepositions.has(last.lower)) return null
  for (let j = from; j < to - 2; j++) {
    if (!sp.speechNouns.has((model.words[j] as Word).lower)) continue
    const m = model.mentionAt(j + 1)
    return m && m.to === to - 1 && !m.governed && !m.possessive && m.kind !== 'pronoun' ? m : null
  }
  return null
}

/**
 * "Following is a transcript of his statement:" / «Приводим его заявление:» — a possessive determiner before
 * a noun of saying or a document, as a pronoun for its owner; null without one.
 */
function ownerOfWords(model: SpeakerModel, from: number, to: number): Mention | null {
  const sp = model.v.speech
  for (let i = to - 2; i >= from; i--) {
    const agreement = sp.possessives.get((model.words[i] as Word).lower)
    if (agreement !== undefined && isSpeechNoun(sp, model.words[i + 1])) return pseudoPronoun(i, agreement)
  }
  return null
}

function previousParagraphIntro(model: SpeakerModel, f: Frame): [number, number] | null {
  const end = f.beforeTo
  const last = model.words[end - 1]
  if (!last || last.paragraph !== f.paragraph - 1) return null
  const tail = model.text.slice(last.end, model.text.indexOf('\n', last.end) >>> 0).trimStart()
  // (Past what the label has in brackets: "Cornelia Lüddemann (GRÜNE):".)
  if (!(tail.startsWith(':') || (tail.startsWith(')') && tail.slice(1).trimStart().startsWith(':'))))
    return null
  let from = end - 1
  while (from > 0 && (model.words[from - 1] as Word).paragraph === last.paragraph && end - from < 12) from--
  return [from, end]
}

/** по словам X / according to X / selon X / laut X / X zufolge / según X / за словами X, in the quote's sentence. */
function sourcePhrase(model: SpeakerModel, it: Item): Attribution | null {
  const f = it.frame
  const m = sourceIn(model, f.beforeFrom, f.beforeTo) ?? sourceIn(model, f.afterFrom, f.afterTo)
  if (m) return found(model, m.mention, null, 'source-phrase', 0.85, true, false)
  const opening = openingSourceAt(model, f.beforeFrom, f.beforeTo)
  return opening ? found(model, opening, null, 'source-phrase', 0.8, true, false) : null
}

/**
 * "Pour Marie Martin, « … »" / "Para Juan García, «…»" / "For Smith, “…”": a phrase of the language's
 * `openingSourcePhrases` opening the sentence at `from`, then a person and a comma, all before the quotation.
 */
function openingSourceAt(model: SpeakerModel, from: number, to: number): Mention | null {
  const w = model.words[from]
  if (!w || (from > 0 && (model.words[from - 1] as Word).sentence === w.sentence)) return null
  const k = phraseAt(model, from, to, model.v.speech.openingSourcePhrases)
  if (k === 0) return null
  const m = model.mentionAt(from + k)
  if (!m || m.to > to || !(m.kind === 'name' || (m.kind === 'role' && m.nameFrom >= 0))) return null
  return model.words[m.to]?.gap.includes(',') ? m : null
}

/** The number of words of the first of `phrases` (lower-case word sequences) written at word `i`, within `to`; 0. */
function phraseAt(
  model: SpeakerModel,
  i: number,
  to: number,
  phrases: readonly (readonly string[])[],
): number {
  for (const phrase of phrases) {
    let k = 0
    while (k < phrase.length && i + k < to && (model.words[i + k] as Word).lower === phrase[k]) k++
    if (k === phrase.length) return k
  }
  return 0
}

/** The mention a source phrase in words [from, to) introduces, with the phrase's last word index. */
export function sourceIn(
  model: SpeakerModel,
  from: number,
  to: number,
): { mention: Mention; end: number } | null {
  const sp = model.v.speech
  for (let i = from; i < to; i++) {
    const w = model.words[i] as Word
    if (w.form.flags & FORM_SOURCE_POSTPOSITION) {
      for (let j = i - 1; j >= from && j >= i - 4; j--) {
        const m = model.mentionAt(j)
        if (m && m.to === i) return { mention: m, end: i }
      }
    }
    const phrase = sourcePhraseAt(model.v, model.words, i, to)
    if (phrase) {
      const { end: j, possessive } = phrase
      if (possessive !== undefined) {
        // «по его словам»: the pronoun's antecedent.
        const c = model.pronounAntecedent(i, possessive)
        if (c) return { mention: pseudoPronoun(i, possessive), end: j }
        continue
      }
      // "according to a statement from the White House", «selon un communiqué de l'Élysée»: the document's
      // author is the source. (A document named after the source is what it said: «По словам X, решение …».)
      let at = j
      for (let x = j; x < Math.min(to, j + 3); x++) {
        if (sp.documentNouns.has((model.words[x] as Word).lower)) at = x + 1
        else if (!model.mentionAt(x)) continue
        break
      }
      for (let x = at; x < Math.min(to, at + 4); x++) {
        const m = model.mentionAt(x)
        if (!m || m.possessive) continue
        // "according to Arkansas State Police Col. Mike Hagar": a place or an employer right before a role with
        // its bearer's name qualifies it; the person is the source.
        const bearer = m.kind === 'role' ? null : roleBearerAfter(model, m.to, to)
        return bearer ? { mention: bearer, end: bearer.to } : { mention: m, end: m.to }
      }
    }
  }
  return null
}

/** Most capitalised words between a qualifier and the role it qualifies ("Arkansas State Police Col."). */
const MAX_QUALIFIER_WORDS = 3

/**
 * A role with its bearer's name starting at word `at` or after a few more capitalised words of the name before it
 * ("Arkansas| State Police Col. Mike Hagar"), ending by `to`; else null.
 */
function roleBearerAfter(model: SpeakerModel, at: number, to: number): Mention | null {
  for (let i = at; i < Math.min(to, at + MAX_QUALIFIER_WORDS); i++) {
    // (Not past a comma: "According to James Whitfield, Dr Finlay was speaking" names two people.)
    const w = model.words[i] as Word
    if (!plainGap(w.gap)) return null
    const m = model.mentionAt(i)
    if (m) return m.kind === 'role' && m.nameFrom >= 0 && m.to <= to ? m : null
    if (!w.capitalized) return null
  }
  return null
}

/** Whether a source phrase in words [from, to) introduces a person by name ("according to Col. Mike Hagar"). */
function personSourceIn(model: SpeakerModel, from: number, to: number): boolean {
  const m = sourceIn(model, from, to)?.mention
  return m !== undefined && (m.kind === 'name' || (m.kind === 'role' && m.nameFrom >= 0))
}

function pseudoPronoun(at: number, agreement: Agreement): Mention {
  return {
    kind: 'pronoun',
    from: at,
    to: at,
    nameFrom: -1,
    agreement,
    possessive: false,
    governed: false,
    country: null,
    role: null,
  }
}

/**
 * The paragraph before of the multi-paragraph quotation item `k` goes on, past the quotations inside that one
 * ("…as being 'part of the job'.⏎⏎“He was…"), else undefined.
 */
function continuedItem(items: Item[], k: number): Item | undefined {
  const open = (items[k] as Item).continues
  for (let j = k - 1; j >= 0 && (items[j] as Item).open >= open; j--)
    if ((items[j] as Item).open === open) return items[j]
  return undefined
}

/**
 * The second segment of a split quote and quote-only sentences or paragraphs after an attributed quote keep
 * its speaker ("…," Flynn said. "…") — as long as nothing around them names someone else.
 */
function splitOrContinuation(model: SpeakerModel, items: Item[], k: number): Attribution | null {
  const it = items[k] as Item
  const prev = items[k - 1]
  const chained = it.continues >= 0 ? continuedItem(items, k) : undefined
  if (!(chained ?? prev)?.result?.cluster || !prev) return null
  const f = it.frame
  if (hasMention(model, f.beforeFrom, f.beforeTo) || hasMention(model, f.afterFrom, f.afterTo)) return null
  if (chained) return keep(chained, 'multi-paragraph', 0.9)
  const label = topicLabel(model, f)
  const pf = prev.frame
  if (pf.paragraph === f.paragraph) {
    if (otherSubjectBetween(model, pf.afterTo, f.beforeFrom, (prev.result as Attribution).cluster))
      return null
    const lastAfter = model.words[pf.afterTo - 1]
    const between =
      pf.afterTo >= f.beforeTo &&
      pf.afterTo > pf.afterFrom &&
      !!lastAfter &&
      !endsSentence(model.text.slice(lastAfter.end, it.open))
    return keep(prev, between ? 'split-quote' : 'continuation', between ? 0.9 : 0.8)
  }
  // A paragraph that is only a quotation (or a topic and a quotation), right after a paragraph that ended with
  // an attributed one.
  if (
    pf.paragraph === f.paragraph - 1 &&
    ((f.opensParagraph && f.beforeTo <= f.beforeFrom) || label) &&
    endsParagraph(model, pf.afterTo, pf.paragraph)
  ) {
    return keep(prev, 'continuation', 0.7)
  }
  return null
}

function keep(prev: Item, method: string, confidence: number): Attribution {
  const r = prev.result as Attribution
  return { cluster: r.cluster, cue: null, method, confidence, adjacent: false }
}

/** Whether the reporter's words after a quote run to the end of its paragraph. */
function endsParagraph(model: SpeakerModel, afterTo: number, paragraph: number): boolean {
  const next = model.words[afterTo]
  return !next || next.paragraph !== paragraph
}

/**
 * « …», murmure Didier Bordier. Roger Jamet parle fermement à ses troupes. « … »: a sentence between two quotations
 * whose subject — a name opening it — is someone else than the first quotation's speaker brings in the next one's.
 */
function otherSubjectBetween(
  model: SpeakerModel,
  from: number,
  to: number,
  speaker: Cluster | null,
): boolean {
  for (let i = from; i < to; i++) {
    const m = model.mentionAt(i)
    if (m?.kind !== 'name' || m.governed || m.possessive || !(model.words[i] as Word).initial) continue
    const c = model.namedBy(m)
    if (c && c !== speaker && c.kind === 'person' && personLike(c, model.v)) return true
  }
  return false
}

function hasMention(model: SpeakerModel, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const m = model.mentionAt(i)
    if (m && m.kind !== 'org' && !m.possessive && !m.governed) return true
  }
  return false
}

/** Whether words [from, to) name a document ("the book", «в сообщении»). */
function hasDocument(model: SpeakerModel, from: number, to: number): boolean {
  for (let i = from; i < to; i++)
    if (model.v.speech.documentNouns.has((model.words[i] as Word).lower)) return true
  return false
}

/** A back reference at most this many words before its verb of saying («Об этом в среду заявил …»). */
const MAX_BACK_REFERENCE_GAP = 3

/**
 * «…». Об этом заявил экономист Иван Петров. / „…“ Das sagte der Minister. / « … » C'est ce qu'a déclaré X: a
 * quotation that ends its sentence, and a next sentence of its paragraph that opens by pointing back at it
 * (the language's `backReferences`), then a verb of saying with no one named before it, then its subject; or
 * that opens by naming it as a statement made (`statementReferences`: «Такое заявление сделал X»).
 */
function backReference(model: SpeakerModel, it: Item): Attribution | null {
  const f = it.frame
  if (f.afterTo > f.afterFrom || f.inTo <= f.inFrom) return null
  const last = model.words[f.inTo - 1] as Word
  if (model.words[f.inTo]?.sentence === last.sentence) return null
  // The pointing sentence may open the next paragraph, where the quotation's sentence ends its own: news written a
  // sentence to a paragraph («…«не имели отношения к журналистам». ⏎ Об этом заявил пресс-секретарь …»).
  return pointedBackFrom(model, f.inTo, f.paragraph, true)
}

/**
 * The attribution of a sentence at word `start`, in the paragraph (or, with `nextParagraph`, opening the one
 * after), that points back at what was said before.
 */
function pointedBackFrom(
  model: SpeakerModel,
  start: number,
  paragraph: number,
  nextParagraph = false,
): Attribution | null {
  const words = model.words
  const first = words[start]
  if (!first || first.quote >= 0) return null
  if (first.paragraph !== paragraph && !(nextParagraph && first.paragraph > paragraph)) return null
  let end = start
  while (
    end < words.length &&
    (words[end] as Word).sentence === first.sentence &&
    (words[end] as Word).quote < 0
  )
    end++
  const cue = backReferenceCue(model, start, end)
  if (!cue) return null
  const m = model.v.speech.backReferenceSubjectFirst
    ? subjectBefore(model, start, cue.index)
    : subjectAfter(model, cue, end)
  return m ? found(model, m, cue, 'back-reference', 0.8, false) : null
}

/** The verb of saying of a back reference opening words [start, end), or null when they open none. */
function backReferenceCue(model: SpeakerModel, start: number, end: number): Cue | null {
  const sp = model.v.speech
  // «Такое заявление сделал X»: the phrase's last word is the verb.
  const statement = phraseAt(model, start, end, sp.statementReferences)
  if (statement > 0) {
    const index = start + statement - 1
    return {
      index,
      word: model.words[index] as Word,
      agreement: null,
      relay: false,
      impersonal: false,
      passive: false,
    }
  }
  const length = phraseAt(model, start, end, sp.backReferences)
  if (length === 0) return null
  // The verb comes first, at most a few words on («Об этом в среду заявил»), or after its subject.
  const gap = sp.backReferenceSubjectFirst ? MAX_VERB_DISTANCE : MAX_BACK_REFERENCE_GAP
  const cue = firstCue(model, start + length, Math.min(end, start + length + gap))
  if (!cue) return null
  // "Das Ministerium teilte mit": someone named before the verb is its subject, and "Das" was an article. (A
  // lower-case addressee does not count: «Об этом журналистам заявил X».) Not where the subject comes first.
  if (!sp.backReferenceSubjectFirst)
    for (let i = start + length; i < cue.index; i++)
      if (model.mentionAt(i) && (model.words[i] as Word).capitalized) return null
  return cue
}

/** A quote introduced without a verb belongs to the one person the previous sentence names. */
function previousSentenceName(model: SpeakerModel, it: Item): Attribution | null {
  const f = it.frame
  if (hasMention(model, f.beforeFrom, f.beforeTo)) return null
  // Someone named in words after it that open the next quotation is that one's speaker («… » Patrick, qui …,
  // égrène le matériel : « … »): only the one person the sentence before names may still be this one's.
  const namedAfter = hasMention(model, f.afterFrom, f.afterTo)
  const nextSpeakerAfter = namedAfter && opensNextQuotation(model, f)
  if (namedAfter && !nextSpeakerAfter) return null
  // "“…,” the book said": the sentence names its source, though no person.
  if (hasDocument(model, f.beforeFrom, f.beforeTo) || hasDocument(model, f.afterFrom, f.afterTo)) return null
  const here = model.words[f.inFrom]
  if (!here) return null
  const sentence =
    f.beforeTo > f.beforeFrom
      ? (model.words[f.beforeFrom] as Word).sentence - 1
      : (model.words[f.beforeTo - 1]?.sentence ?? -1)
  const only = onePersonNamed(model, sentence)
  // (Only someone the article shows to be a person: «…из Дебальцевого … и Попасной» names a town.)
  if (only && personLike(only, model.v)) return attributed(only, null, 'previous-sentence-name', 0.6, false)
  if (only !== null || nextSpeakerAfter) return null
  // "Además confesó como celebrará el triunfo. “…”": no one named, but a verb of saying whose unnamed subject
  // is the one speaking.
  const end = f.beforeTo > f.beforeFrom ? f.beforeFrom : f.inFrom
  const verb = previousSentenceVerb(model, end, sentence)
  if (verb) return verb
  // „…, berichtete Marco Brauner, Pressesprecher der Feuerwehr. Die Wehrleute befürchteten das Schlimmste. „…““: a
  // sentence that names no one between the quotation and the one person a verb of saying names goes on with them.
  const before = wordsOfSentence(model, end, sentence - 1)
  if (!before || (model.words[before[0]] as Word).paragraph < here.paragraph - 1) return null
  if (!firstCue(model, before[0], before[1])) return null
  const speaker = onePersonNamed(model, sentence - 1)
  return speaker ? attributed(speaker, null, 'previous-sentence-name', 0.5, false) : null
}

/**
 * The words [start, end) of sentence `sentence`, found back from word `from` over the sentences between, none of
 * them holding a quotation; null past 2 × MAX_PREVIOUS_SENTENCE words.
 */
function wordsOfSentence(model: SpeakerModel, from: number, sentence: number): [number, number] | null {
  let i = from
  let end = -1
  while (i > 0 && from - i < 2 * MAX_PREVIOUS_SENTENCE) {
    const w = model.words[i - 1] as Word
    if (w.quote >= 0) return null
    if (w.sentence < sentence) return end < 0 ? null : [i, end]
    if (w.sentence === sentence && end < 0) end = i
    i--
  }
  return i === 0 && end >= 0 ? [0, end] : null
}

/**
 * The one person sentence `sentence` names as a subject would be (not after a preposition, nor as an owner), null
 * when it names none, undefined when it names more than one.
 */
function onePersonNamed(model: SpeakerModel, sentence: number): Cluster | null | undefined {
  const one = new OnePerson(model)
  for (let k = model.sentenceFirst(sentence); k < model.sentenceEnd(sentence); k++) {
    const m = model.mentions[k] as Mention
    if (m.governed || m.possessive) continue
    // A name, or a role whose bearer the article has named («la ministre» after «la ministre Brigitte Grouwels»),
    // or a pronoun opening the sentence, its subject ("He blames a new wave of management. ‘…’").
    const c =
      m.kind === 'pronoun'
        ? k === model.sentenceFirst(sentence) && (m.agreement === 'm' || m.agreement === 'f')
          ? model.resolve(m)
          : null
        : model.namedBy(m)
    if (c?.kind !== 'person') continue
    // Where every noun has a capital, a lone capitalised word ("Maßnahmen") is too weak to be the one person.
    if (model.v.speech.capitalisedNouns && c.first.length === 0 && !c.singularSubject) continue
    one.add(c)
  }
  return one.result()
}

/** The most words looked at, back from a quotation, for the verb of saying of the sentence before. */
const MAX_PREVIOUS_SENTENCE = 40

/**
 * The subject of the first verb of saying (not plural) of sentence `sentence`, which ends before word `end`: a role
 * or description of one before it («Otra vecina del inmueble de enfrente aseguraba que …»; a person's name would
 * have been found by previous-sentence-name), else its zero subject.
 */
function previousSentenceVerb(model: SpeakerModel, end: number, sentence: number): Attribution | null {
  let start = end
  while (start > 0 && end - start < MAX_PREVIOUS_SENTENCE) {
    const w = model.words[start - 1] as Word
    if (w.sentence < sentence) break
    if (w.sentence > sentence || w.quote >= 0) return null
    start--
  }
  const cue = firstCue(model, start, end)
  if (!cue || cue.agreement === 'p' || cue.relay) return null
  const subject = subjectBefore(model, start, cue.index)
  const role = subject && model.personsRole(subject) ? subject : null
  return found(model, role, cue, 'previous-sentence-verb', 0.55, false)
}

/**
 * Quotes still open in a paragraph whose attributed quotes all share one speaker take that speaker — when the
 * paragraph names no one else.
 */
function paragraphSpeaker(model: SpeakerModel, items: Item[]): void {
  // The paragraphs where the rule can apply: a quote still open, and every attributed one by one speaker. Items
  // are in text order, so a paragraph's items are one run, [first, end), found without grouping them in lists.
  const only = new Map<number, Cluster>()
  const runs = new Map<number, [number, number]>()
  for (let first = 0; first < items.length; ) {
    const paragraph = (items[first] as Item).frame.paragraph
    let end = first
    let open = false
    let speaker: Cluster | null = null
    let one = true
    for (; end < items.length && (items[end] as Item).frame.paragraph === paragraph; end++) {
      const it = items[end] as Item
      if (!it.result) open = true
      const c = it.result?.cluster
      if (!c) continue
      if (speaker && c !== speaker) one = false
      speaker = c
    }
    if (open && one && speaker) {
      only.set(paragraph, speaker)
      runs.set(paragraph, [first, end])
    }
    first = end
  }
  // Usually none or a few: the people named in the other paragraphs are never looked at.
  if (only.size === 0) return
  for (const [paragraph, c] of namedOthers(model, only)) if (only.get(paragraph) === c) only.delete(paragraph)
  for (const [paragraph, speaker] of only) {
    const [first, end] = runs.get(paragraph) as [number, number]
    for (let k = first; k < end; k++) {
      const it = items[k] as Item
      if (!it.result)
        it.result = {
          cluster: speaker,
          cue: null,
          method: 'paragraph-speaker',
          confidence: 0.55,
          adjacent: false,
        }
    }
  }
}

/**
 * For each paragraph of `speakers` that names as a possible subject (not the object of a preposition) a person
 * other than its speaker: that speaker, so that the caller drops the paragraph.
 */
function namedOthers(model: SpeakerModel, speakers: ReadonlyMap<number, Cluster>): Map<number, Cluster> {
  const out = new Map<number, Cluster>()
  for (const m of model.mentions) {
    if (m.governed) continue
    const p = (model.words[m.from] as Word).paragraph
    const speaker = speakers.get(p)
    if (speaker === undefined || out.has(p)) continue
    const c = model.clusterOfName(m)
    if (c?.kind === 'person' && c !== speaker) out.set(p, speaker)
  }
  return out
}

/**
 * A quotation whose sentence names exactly one person (outside the quotation, not as an object) is theirs:
 * «Чувствую, что нокаутирую Хабиба»: как Порье готовится… / Zapatero ve 'un horizonte de tranquilidad'.
 */
function oneNameSentence(model: SpeakerModel, it: Item): Attribution | null {
  const f = it.frame
  const before = onlyName(model, f.beforeFrom, f.beforeTo)
  if (before === undefined) return null
  const after = opensNextQuotation(model, f) ? null : onlyName(model, f.afterFrom, f.afterTo)
  if (after === undefined || (before && after && before !== after)) return null
  const only = before ?? after
  return only ? attributed(only, null, 'one-name-sentence', 0.5, false) : null
}

/** How many words past its frame a sentence is read for the colon that opens the next quotation. */
const MAX_INTRODUCTION = 40

/**
 * The words after a quotation are the sentence that opens the next one with a colon, not its attribution:
 * « Un tel silence… » Patrick, qui fera partie de l’équipe de nuit, égrène le matériel : « … ».
 */
function opensNextQuotation(model: SpeakerModel, f: Frame): boolean {
  const first = model.words[f.afterFrom]
  if (!first || f.afterTo <= f.afterFrom) return false
  const limit = Math.min(model.words.length, f.afterTo + MAX_INTRODUCTION)
  for (let k = f.afterTo; k < limit; k++) {
    const w = model.words[k] as Word
    if (w.sentence !== first.sentence) return false
    if (w.quote >= 0) return w.gap.includes(':')
  }
  return false
}

/** The one person named (as the subject) in words [from, to); null for none, undefined for two or more. */
function onlyName(model: SpeakerModel, from: number, to: number): Cluster | null | undefined {
  const one = new OnePerson(model)
  for (let i = from; i < to; i++) {
    const m = model.mentionAt(i)
    if (!m || m.governed || m.possessive || m.kind === 'pronoun' || m.kind === 'org') continue
    if (m.kind === 'name' && obliqueSurname(model.words[m.to - 1] as Word)) continue
    // (Not an aside: "un immeuble du centre de Vincennes (Val-de-Marne)" names a place, no one speaking.)
    if (inParentheses(model.words, m)) continue
    const c = m.kind === 'name' || m.nameFrom >= 0 ? model.clusterOfName(m) : null
    if (c) one.add(c)
  }
  return one.result()
}
