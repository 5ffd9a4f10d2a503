import type { Lexicon } from '../lang'
import { breakdown } from '../speakers/breakdown'
import type { Cluster } from '../speakers/clusters'
import { FORM_NEVER_NAME, FORM_VERB } from '../speakers/forms'
import { personLike, SpeakerModel, shownAsPerson } from '../speakers/model'
import { MARK_GAP } from '../speakers/names'
import { type Vocabulary, vocabularyOf } from '../speakers/vocabulary'
import type { Document, Paragraph, Sentence } from '../text/document'
import { scratchInt32, scratchUint8 } from '../text/scratch'
import type { Quote, Speaker } from '../types'
import { scanAnswerParagraphs } from './answers'
import { type Attribution, attribute, IMPERSONAL, type Item } from './attribution'
import { scanBlockquotes } from './blockquotes'
import { buildWords, type Word } from './context'
import { scanDialogue } from './dialogue'
import { isTitleCaseLine, type Reading, readQuoted } from './filter'
import { buildFrame, type Frame } from './frames'
import { attributeDisplayLines } from './headlines'
import { findReported } from './indirect'
import { findInset, findVerbInset, insetVerb } from './inset'
import { scanLabelledDialogue } from './labelled-dialogue'
import { scanPrintedInterviews } from './printed-interviews'
import { attributeRepeats } from './repeats'
import { type QuoteCandidate, scanQuotes } from './scanner'
import { firstCue } from './subjects'
import { scanLabelledHeadline, scanTranscripts } from './transcripts'
import { WordFinder } from './word-finder'

export interface QuotesAndSpeakers {
  quotes: Quote[]
  speakers: Speaker[]
}

/** A nested quotation this long is someone's words quoted inside the speaker's (a poll question, a letter). */
const MIN_NESTED_WORDS = 12

interface Segment {
  cand: QuoteCandidate
  /** The candidate's index among the top-level ones: the `quote` mark of its words. */
  index: number
  start: number
  end: number
  reading: Reading
  inset: number
}

/**
 * Direct quotations and reported statements of the document with their speakers:
 * scan marks and dialogue dashes → read each stretch (speech, title, short) → read the mentions of people →
 * the attribution cascade → reported speech → the per-speaker breakdown.
 */
export function extractQuotes(doc: Document, lex: Lexicon): QuotesAndSpeakers {
  const v = vocabularyOf(lex)
  const { text } = doc
  const words = buildWords(doc, v)
  const find = new WordFinder(words, text.length)
  const candidates = findCandidates(doc, v)
  const segments = readSegments(text, find, candidates, v)
  const model = new SpeakerModel(words, text, v)
  const items: Item[] = segments.map((s) => ({
    frame: buildFrame(text, find, v, s.cand.open, s.cand.close, s.start, s.end, paragraphOf(find, s.start)),
    open: s.cand.open,
    close: s.cand.close,
    dialogue: s.cand.dialogue,
    continues: s.cand.continues,
    inset: s.inset,
    unmarked: s.cand.unmarked,
    result: null,
  }))
  // The headline's paragraph (the first, when the text opens with one), for interviews titled by their guest.
  attribute(model, items, doc.paragraphs[0]?.title ? 0 : -1)
  attributeDisplayLines(model, items, (p) => {
    const paragraph = doc.paragraphs[p]
    return paragraph !== undefined && (paragraph.title || paragraph.heading || paragraph.promo)
  })
  attributeRepeats(model, items)
  model.collectRoleAliases()
  const clusterOf = new Map<Quote, Cluster>()
  const quotes: Quote[] = []
  // Which top-level candidates are quotations in the answer (by their words' `quote` mark): a short stretch in
  // marks that is not ('enjoyed', a scare quote) leaves its sentence to reported speech.
  const kept = scratchUint8(segments.length ? (segments.at(-1) as Segment).index + 1 : 0)
  segments.forEach((s, k) => {
    const r = (items[k] as Item).result as Attribution
    if (
      s.reading === 'outlet' ||
      (s.reading !== 'speech' && !keepsShort(text, r, items[k] as Item, s.reading))
    )
      return
    // A block without marks is a quotation only as its attribution below says: with a verb of saying.
    if (s.cand.unmarked === 'block' && !saysBelow(model, (items[k] as Item).frame)) return
    // A headline's words after a label are a quotation only when the label names a person the article names
    // again («Олег Знарок: …» ⏎ «… главный тренер Олег Знарок»): «Вбивство Захарченка: …» is a topic.
    if (s.cand.unmarked === 'label' && !(r.cluster?.kind === 'person' && r.cluster.mentions >= 2)) return
    if (s.cand.unmarked === 'statement' && !statesAsPerson(model, r, items[k] as Item)) return
    const q = makeQuote(text, 'direct', s.start, s.end, r.cluster, r.cue, r.method, r.confidence)
    quotes.push(q)
    kept[s.index] = 1
    if (r.cluster) clusterOf.set(q, r.cluster)
  })
  // (Indexed rather than for…of: code run once per analysis is often not yet optimised, and there each for…of step
  // makes an object.)
  for (let k = 0; k < candidates.length; k++) {
    const n = candidates[k] as QuoteCandidate
    if (!n.nested || countWordsIn(find, n.start, n.end) < MIN_NESTED_WORDS) continue
    quotes.push(makeQuote(text, 'direct', n.start, n.end, null, null, 'nested-quote', 0.5))
  }
  for (const r of findReported(doc, model, kept)) {
    const q = makeQuote(text, 'indirect', r.start, r.end, r.cluster, r.cue, r.method, r.confidence)
    quotes.push(q)
    clusterOf.set(q, r.cluster)
  }
  quotes.sort((a, b) => a.start - b.start || a.end - b.end)
  quotes.forEach((q, i) => {
    q.id = `q${i + 1}`
  })
  for (const [q, c] of clusterOf) {
    if (!c.unnamed) continue
    clusterOf.delete(q)
    q.method = IMPERSONAL
  }
  const { speakers, idOf } = breakdown(quotes, clusterOf, v)
  for (let k = 0; k < quotes.length; k++) {
    const q = quotes[k] as Quote
    const c = clusterOf.get(q)
    q.speakerId = c ? (idOf.get(c) ?? null) : null
  }
  return { quotes, speakers }
}

/**
 * A statement after a label («Marc Fascher: Bis zur 70. Minute haben wir …») is someone's words when the label
 * names a person, shown as one (a role, a gender) or speaking in the first person: not "Weitere Termine: Die Proben
 * beginnen am Montag."
 */
function statesAsPerson(model: SpeakerModel, r: Attribution, it: Item): boolean {
  const c = r.cluster
  if (c?.kind !== 'person' || !personLike(c, model.v)) return false
  if (shownAsPerson(c, model.v)) return true
  for (let k = it.frame.inFrom; k < it.frame.inTo; k++)
    if (model.v.speech.selfPronouns.has((model.words[k] as Word).lower)) return true
  return false
}

/** How many words into a block's attribution below its verb of saying may come (– рассказал источник). */
const BELOW_VERB_WORDS = 3

/** A verb of saying opens the words after the block (– заявила жінка, – сказал он журналистам). */
function saysBelow(model: SpeakerModel, f: Frame): boolean {
  return firstCue(model, f.afterFrom, Math.min(f.afterTo, f.afterFrom + BELOW_VERB_WORDS)) !== null
}

/**
 * Short stretches and names in marks stay quotations only when a cue is right at them: a verb of saying
 * right after (inverted: «…», — заявил X / "…", meinte Rangnick), a colon before, or "X said, '…'".
 */
function keepsShort(text: string, r: Attribution, it: Item, reading: Reading): boolean {
  // (An impersonal verb right at the words attributes them to no one in particular: «"Супер", – отреагировали».)
  if (!r.adjacent || (!r.cluster && r.method !== IMPERSONAL)) return false
  switch (r.method) {
    case 'dialogue-dash':
    case 'shared-attribution':
    case IMPERSONAL:
    case 'split-quote':
    case 'speaker-verb-colon':
    case 'speaker-colon':
      return true
    case 'quote-verb-speaker':
    case 'quote-speaker-verb':
    case 'document-source':
      // The incise is set off by a comma or a dash: with nothing between, the marks belong to the reporter's
      // own sentence, as its subject (Die Zeitung „Bild“ berichtete …). The comma may be outside the closing
      // mark or, in English, inside it: "Oliver Burke replaces Benno Schmitz," Amira Haddad said. Inside, it
      // also follows a title within the reporter's sentence ("On Tuesday's episode of "The Steve Harvey Morning
      // Show," the nominee said"), so only a quotation that opens its sentence is kept so. A question or
      // exclamation mark closes an incise the same way. A name in marks inside the reporter's sentence stays a
      // name: the incise after it is the whole sentence's source («у рамках фестивалю “Співоче поле”, повідомляє
      // “Доба”»).
      if (reading === 'title' && it.frame.beforeTo > it.frame.beforeFrom) return false
      return (
        /[,—–]/.test(it.frame.afterGap) ||
        (it.frame.beforeTo <= it.frame.beforeFrom &&
          /[,!?]\s*$/.test(text.slice(Math.max(it.open, it.close - 4), it.close)))
      )
    case 'speaker-verb-quote':
      return /,\s*$/.test(it.frame.beforeGap)
    case 'source-phrase':
      // «По словам Синегубова, «погибших нет».»: after the phrase's comma, the marks end the sentence; a name in
      // marks goes on with it («По словам Миллера, «Газпром» увеличит добычу»).
      return /,\s*$/.test(it.frame.beforeGap) && it.frame.afterTo <= it.frame.afterFrom
    default:
      return false
  }
}

function makeQuote(
  text: string,
  kind: Quote['kind'],
  start: number,
  end: number,
  cluster: Cluster | null,
  cue: string | null,
  method: string,
  confidence: number,
): Quote {
  return {
    id: '',
    kind,
    text: text.slice(start, end),
    start,
    end,
    speakerId: cluster ? 'pending' : null,
    cue,
    method,
    confidence,
  }
}

/** Quotation-mark candidates and dialogue replicas; a replica wins over marks inside it. */
function findCandidates(doc: Document, v: Vocabulary): QuoteCandidate[] {
  const marks = scanQuotes(doc.text, doc.header.end)
  const replicas: QuoteCandidate[] = []
  // (Indexed rather than for…of: code run once per analysis is often not yet optimised, and there each for…of step
  // makes an object.)
  for (let k = 0; k < doc.paragraphs.length; k++) {
    const p = doc.paragraphs[k] as Paragraph
    scanDialogue(doc.text, p.start, p.end, replicas)
    if (!p.heading && !p.title) scanLabelledDialogue(doc.text, p.start, p.end, replicas)
  }
  scanAnswerParagraphs(
    doc.text,
    doc.paragraphs,
    replicas,
    (p) => reportsSpeech(doc, p, v),
    (p) => speaksInFirstPerson(doc, p, v),
  )
  scanBlockquotes(doc.text, doc.paragraphs, replicas)
  scanTranscripts(
    doc.text,
    doc.paragraphs,
    {
      question: v.speech.questionLabels,
      answer: v.speech.answerLabels,
      endWithPeriod: v.speech.labelsEndWithPeriod,
      self: v.speech.selfPronouns,
    },
    replicas,
  )
  scanPrintedInterviews(
    doc.text,
    doc.paragraphs,
    {
      address: v.speech.addressPronouns,
      self: v.speech.selfPronouns,
      announcing: v.announcingPhrases,
    },
    replicas,
  )
  if (doc.title && v.speech.labelledHeadlines) scanLabelledHeadline(doc.text, doc.title, replicas)
  if (!replicas.length) return marks
  replicas.sort((a, b) => a.open - b.open)
  let r = 0
  const kept = marks.filter((m) => {
    while (r < replicas.length && (replicas[r] as QuoteCandidate).close < m.open) r++
    const rep = replicas[r]
    return !(rep && rep.open <= m.close && m.open <= rep.close)
  })
  // (Without marks of their own the replicas are the list: a dialogue of 20,000 lines need not be copied and sorted
  // again.)
  return kept.length ? replicas.concat(kept).sort((a, b) => a.open - b.open) : replicas
}

/**
 * Some sentence of paragraph `p` has a name — a capitalised word that opens no sentence or clause — before a verb
 * of saying («наставник «Порту» Хулен Лопетеги ответил на вопросы журналистов»): the reporter tells of someone's
 * words. Reads the words' lexicon forms (buildWords has set them).
 */
function reportsSpeech(doc: Document, p: Paragraph, v: Vocabulary): boolean {
  for (let s = p.firstSentence; s < p.lastSentence; s++) {
    let named = false
    for (const t of (doc.sentences[s] as Sentence).tokens) {
      const form = (t as Word).form
      if (named && form.flags & FORM_VERB && v.speech.verbs.has(form.lower)) return true
      if (t.capitalized && !t.initial && !(form.flags & FORM_NEVER_NAME)) named = true
    }
  }
  return false
}

/** A word of the paragraph is a first-person pronoun («я», «нам», "we"). */
function speaksInFirstPerson(doc: Document, p: Paragraph, v: Vocabulary): boolean {
  for (let s = p.firstSentence; s < p.lastSentence; s++)
    for (const t of (doc.sentences[s] as Sentence).tokens)
      if (v.speech.selfPronouns.has((t as Word).form.lower)) return true
  return false
}

/**
 * Reads every top-level candidate (speech, title or short) and marks its words, so that mentions of people
 * are read only in the reporter's words. An inserted attribution («…, — объясняет юрист. — …») splits a
 * candidate in two and its words count as the reporter's.
 */
function readSegments(
  text: string,
  find: WordFinder,
  candidates: QuoteCandidate[],
  v: Vocabulary,
): Segment[] {
  const { words } = find
  // (No copy when nothing is nested, the common case: in Node a list of 16,384 or more is a V8 large object.)
  const top = candidates.some((c) => c.nested) ? candidates.filter((c) => !c.nested) : candidates
  // The words of candidate k are words[bounds[2k], bounds[2k + 1]): one typed array, not a pair per candidate.
  const bounds = scratchInt32(top.length * 2)
  top.forEach((c, k) => {
    const from = find.atOrAfter(c.start)
    let to = from
    while (to < words.length && (words[to] as Word).end <= c.end) to++
    bounds[2 * k] = from
    bounds[2 * k + 1] = to
    for (let i = from; i < to; i++) (words[i] as Word).quote = k
  })
  // Whether the candidate's line is in title case, worked out once per paragraph: candidates come in text order,
  // so the last paragraph's answer is the only one to keep.
  let titleCasePara = -2
  let titleCase = false
  const segments: Segment[] = []
  top.forEach((c, k) => {
    const from = bounds[2 * k] as number
    const to = bounds[2 * k + 1] as number
    // (At the paragraph's first candidate, before the readings below unmark any of its words.)
    const para = (words[from] as Word | undefined)?.paragraph ?? -1
    if (para !== titleCasePara) {
      titleCasePara = para
      titleCase =
        !v.speech.capitalisedNouns &&
        isTitleCaseLine(words, paragraphStart(words, from), paragraphEnd(words, from))
    }
    const reading: Reading = c.dialogue
      ? to - from >= 1
        ? 'speech'
        : 'short'
      : readQuoted(text, words, from, to, c, v, titleCase)
    // A capitalised word or two in marks («Газпром», "ОВД-Инфо") reads as a name in the reporter's sentence.
    if (
      reading === 'title' ||
      reading === 'outlet' ||
      (reading === 'short' && !c.dialogue && (words[from] as Word | undefined)?.capitalized)
    ) {
      for (let i = from; i < to; i++) {
        const w = words[i] as Word
        w.quote = -1
        w.titled = true
      }
    }
    const inset =
      reading === 'speech'
        ? (findInset(text, c.start, c.end) ?? findVerbInset(words, from, to, c.end, v))
        : null
    const insetFirst = inset ? find.atOrAfter(inset.from + 1) : -1
    const insetCue = insetFirst >= 0 && insetFirst < to ? insetVerb(words, insetFirst, v) : -1
    if (inset && insetCue >= 0) {
      let insetEnd = insetFirst
      for (; insetEnd < to && (words[insetEnd] as Word).end <= inset.to; insetEnd++)
        (words[insetEnd] as Word).quote = -1
      markTitlesIn(words, insetFirst, insetEnd)
      const first = trimSegment(text, c.start, inset.from)
      const second = trimSegment(text, inset.to, c.end)
      if (first)
        segments.push({
          cand: { ...c, close: inset.from },
          index: k,
          start: first[0],
          end: first[1],
          reading,
          inset: insetCue,
        })
      if (second)
        segments.push({
          cand: { ...c, open: inset.to - 1 },
          index: k,
          start: second[0],
          end: second[1],
          reading,
          inset: insetCue,
        })
      return
    }
    segments.push({ cand: c, index: k, start: c.start, end: c.end, reading, inset: -1 })
  })
  return segments
}

/** Longest run of words a title in marks inside the author's words holds («Комсомольская правда»). */
const MAX_INSET_TITLE_WORDS = 3

/**
 * `"…, — рассказал "ГПУ" сосед погорельцев Игорь Россоха. — …"`: a title in marks inside the author's words set
 * into a quotation is no candidate of its own (the scan reads the outer marks), so it is marked `titled` here,
 * as a candidate read as a title is: a capitalised word right after a mark, up to the mark that closes it.
 */
function markTitlesIn(words: Word[], from: number, to: number): void {
  for (let i = from; i < to; i++) {
    const w = words[i] as Word
    if (!w.capitalized || !MARK_GAP.test(w.gap)) continue
    for (let k = i + 1; k <= i + MAX_INSET_TITLE_WORDS && k < to; k++) {
      const next = words[k] as Word
      if (next.sentence !== w.sentence) break
      if (!MARK_GAP.test(next.gap)) continue
      for (let j = i; j < k; j++) (words[j] as Word).titled = true
      i = k - 1
      break
    }
  }
}

function trimSegment(text: string, start: number, end: number): [number, number] | null {
  let s = start
  let e = end
  while (s < e && /[\s—–-]/.test(text[s] as string)) s++
  while (e > s && /[\s,—–]/.test(text[e - 1] as string)) e--
  return e > s ? [s, e] : null
}

function paragraphOf(find: WordFinder, pos: number): number {
  const w = find.words[find.atOrAfter(pos)] ?? find.words.at(-1)
  return w?.paragraph ?? 0
}

function paragraphStart(words: Word[], i: number): number {
  const p = (words[i] as Word | undefined)?.paragraph
  let k = i
  while (k > 0 && (words[k - 1] as Word).paragraph === p) k--
  return k
}

function paragraphEnd(words: Word[], i: number): number {
  const p = (words[i] as Word | undefined)?.paragraph
  let k = i
  while (k < words.length && (words[k] as Word).paragraph === p) k++
  return k
}

function countWordsIn(find: WordFinder, start: number, end: number): number {
  const { words } = find
  let n = 0
  for (let i = find.atOrAfter(start); i < words.length && (words[i] as Word).end <= end; i++) n++
  return n
}
