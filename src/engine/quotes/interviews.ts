// Interviews: dialogue lines and transcripts that ask and answer.
import type { Cluster } from '../speakers/clusters'
import { FORM_VERB } from '../speakers/forms'
import { type Mention, mentionFrom } from '../speakers/mention'
import { personLike, type SpeakerModel, shownAsPerson } from '../speakers/model'
import { isPatronymic, patronymicNominative } from '../speakers/nominative'
import { firstNameNominative, scriptOf } from '../speakers/word-facts'
import { firstAtOrAfter } from '../text/lower-bound'
import type { Attribution, Item } from './attribution'
import type { Word } from './context'
import { hasLetterOrDigit } from './dialogue'
import { interviewLabel, topicLabel } from './labels'
import { OnePerson } from './one-person'
import { nameLine } from './printed-interviews'
import { obliqueName } from './subjects'

/** How many of the reporter's sentences back the one interviewed may have spoken (a headline's quote, a lead). */
const INTERVIEWEE_WINDOW = 6
/** How many sentences back the paragraph before an interview is read for the one it presents. */
const MAX_PARAGRAPH_SENTENCES = 8

/**
 * A run of dialogue lines (paragraphs opened by a dash, one after another) with questions among them is an
 * interview: the lines alternate between two people, so no line takes its speaker from the line before. A question
 * keeps only a speaker named at it (the interviewer is seldom named); every other line is the interviewee's: the
 * one speaker the run's attributed answers name («…, — приводит слова Дёгтева «Матч ТВ»»), else the person who
 * spoke last before the run (the headline's «Артем Мілевський: «…»»), else the one person the paragraph before
 * it presents («Вратарь «Сочи» Александр Дёгтев оценил свою игру»). Runs with no question, or only questions,
 * are left to the other rules. A transcript's labelled lines ("Q:", "A:") are an interview too.
 */
export function interviews(model: SpeakerModel, items: Item[], title = -1): void {
  topicAnswers(model, items)
  for (let first = 0; first < items.length; ) {
    let end = first + 1
    if ((items[first] as Item).dialogue) {
      while (end < items.length && sameRun(items[end - 1] as Item, items[end] as Item)) end++
      dialogueInterview(model, items.slice(first, end), title)
    }
    first = end
  }
  transcript(model, items, title)
  // An interview printed as questions and answers without marks (printed-interviews.ts) — or questions without
  // marks answered by dialogue lines ("What happened at the last minute?" ⏎ "- Based on my experience, …").
  const printed: Item[] = []
  let answering = false
  // (Indexed rather than for…of: code run once per analysis is often not yet optimised, and there each for…of step
  // makes an object.)
  for (let k = 0; k < items.length; k++) {
    const it = items[k] as Item
    // (An answer in marks opens its paragraph: «Яка сутичка була найскладнішою?» ⏎ «"Напевно, півфінал…"».)
    const replies = it.dialogue || (it.unmarked === null && it.frame.opensParagraph)
    if (it.unmarked === 'question') answering = true
    else if (!replies) answering = false
    if (it.unmarked === 'question' || it.unmarked === 'answer' || (answering && replies)) printed.push(it)
  }
  // A vox pop asks each one named on a line of their own the same questions: each part is that person's.
  let from = 0
  let heading: Cluster | null = null
  for (let k = 1; k <= printed.length; k++) {
    const next = printed[k]
    const named = next?.unmarked === 'question' ? namedOnLineBefore(model, next) : null
    if (k < printed.length && !named) continue
    answer(model, printed.slice(from, k), (it) => it.unmarked === 'question', title, heading)
    from = k
    heading = named
  }
}

/**
 * The one person the paragraph right before a question names when it names no one else and is no line of the
 * interview («Ulrike Aman (55)» ⏎ «Was haben Sie … mitgenommen?»), else null.
 */
function namedOnLineBefore(model: SpeakerModel, question: Item): Cluster | null {
  const f = question.frame
  const opening = f.beforeTo > f.beforeFrom ? f.beforeFrom : f.inFrom
  const before = model.words[opening - 1] as Word | undefined
  if (!before || before.paragraph !== f.paragraph - 1) return null
  const { text } = model
  const lineStart = text.lastIndexOf('\n', before.start) + 1
  const lineEnd = text.indexOf('\n', before.end)
  return nameLine(text, lineStart, lineEnd < 0 ? text.length : lineEnd)
    ? personIntroduced(model, opening)
    : null
}

/** How many topic-labelled paragraphs in a row make a press conference written one answer per topic. */
const MIN_TOPIC_RUN = 3

/**
 * A press conference written one answer per topic, a paragraph each («Dedicatoria: “…”» ⏎ «Victoria: “…”» ⏎
 * «Primer gol: “…”»): MIN_TOPIC_RUN or more paragraphs in a row, each opened by a label and a colon before a
 * quotation (labels.ts `topicLabel`), one label at least naming no one. A label the colon rule read as someone the
 * article names nowhere else is a topic too. The answers are the one interviewed's: the person who spoke last
 * before the run, or the one the paragraph before presents.
 */
function topicAnswers(model: SpeakerModel, items: Item[]): void {
  for (let first = 0; first < items.length; ) {
    let end = first
    while (end < items.length && topicLine(model, items, first, end)) end++
    if (end - first >= MIN_TOPIC_RUN) answerTopics(model, items.slice(first, end))
    first = Math.max(end, first + 1)
  }
}

/** Item `k` goes on a run of topic lines from `first`: a topic label in the paragraph after the line before. */
function topicLine(model: SpeakerModel, items: Item[], first: number, k: number): boolean {
  const it = items[k] as Item
  // (Not a transcript's "Q:" and "A:".)
  if (!topicLabel(model, it.frame) || interviewLabel(model.v, model.words, it.frame.beforeFrom)) return false
  if (k > first && it.frame.paragraph !== (items[k - 1] as Item).frame.paragraph + 1) return false
  const r = it.result
  return !r || (r.method === 'speaker-colon' && (r.cluster?.mentions ?? 0) <= 1)
}

/** Gives a run of topic lines to the one interviewed, unless its labels name speakers of their own. */
function answerTopics(model: SpeakerModel, run: Item[]): void {
  // (Every label naming someone is a run of speakers, each with their own words; a label met twice, a speaker's.)
  if (run.every((it) => it.result?.cluster)) return
  const labels = new Set(run.map((it) => (model.words[it.frame.beforeFrom] as Word).lower))
  if (labels.size < run.length) return
  const opening = (run[0] as Item).frame.beforeFrom
  const speaker =
    model.personSpokenBefore(opening, INTERVIEWEE_WINDOW) ??
    personIntroduced(model, opening) ??
    roleIntroduced(model, opening)
  if (!speaker) return
  for (const it of run) it.result = decided(speaker, 'interview-answer')
}

/**
 * The line goes on the run of `prev`: a dialogue line in the same paragraph or the next — but not one a label
 * gives to its speaker (`… Роман ГРИГОРЧУК (главный тренер «Металлурга»): - …`), where the next person's press
 * conference starts.
 */
function sameRun(prev: Item, it: Item): boolean {
  return (
    it.dialogue && it.frame.paragraph - prev.frame.paragraph <= 1 && it.result?.method !== 'speaker-colon'
  )
}

function dialogueInterview(model: SpeakerModel, run: Item[], title: number): void {
  const turn = turns(model, run)
  // The turns that ask: those whose first line ends on a question — or, when none does, whose first line's first
  // sentence does («— Расскажите, где вы сейчас? Вы, я слышал, в разъездах.»); an answer may open on one too
  // («— Какие выводы? Мы выиграли.»). A question later in a turn is the one answering's own («— Мы живем …, —
  // рассказывает Светлана. — … И разве работники должны пить на работе?»).
  const { ending, opening, count } = askingTurns(model, run, turn)
  // Where no line ends on a question, one that only opens on one asks only if the run starts with it: an interview
  // opens on its first question, while a speaker's remarks listed in dashes may ask one of their own (« Вот лишь
  // несколько его высказываний: ⏎- Сегодня ожидаются дожди. ⏎- Как так можно было доработаться? При таком… !»).
  const asking = ending.turns.size > 0 ? ending : opening.turns.has(0) ? opening : null
  if (!asking || asking.turns.size === 0 || asking.turns.size === count) return
  // A line on the questions' side asks too, with no question mark ("…вы совершили много спасений…").
  const asks = (_: Item, k: number) => {
    const t = turn[k] as number
    return asking.turns.has(t) || t % 2 === asking.parity
  }
  answer(model, run, asks, title)
}

/**
 * Turns that ask, and the parity of their numbers: turns alternate, so the questions' turns are all odd or all even
 * (-1: no question yet, -2: both).
 */
class Asking {
  readonly turns = new Set<number>()
  parity = -1

  add(t: number): void {
    this.turns.add(t)
    this.parity = this.parity === -1 || this.parity === t % 2 ? t % 2 : -2
  }
}

/**
 * In one pass over the run: the turns whose first line ends on a question (`ending`), those whose first line's
 * first sentence does (`opening`, asked only while no line ends on one), and the number of turns.
 */
function askingTurns(
  model: SpeakerModel,
  run: Item[],
  turn: Int32Array,
): { ending: Asking; opening: Asking; count: number } {
  // (A run where the reporter attributes a line is a story's dialogue, where an address asks nothing: «— Александр
  // Николаевич, они и есть власть, — прервал его Володин».)
  const addresses = !run.some((it) => it.result)
  const ending = new Asking()
  const opening = new Asking()
  let previous = -1
  for (let k = 0; k < run.length; k++) {
    const it = run[k] as Item
    const t = turn[k] as number
    // (A paragraph that goes on a replica is no line of its own: answers.ts.)
    const opens = t !== previous && it.continues < 0
    previous = t
    if (!opens) continue
    // (A line right after a question that opens with a statement and ends on a question answers it, rhetorically:
    // «— А вы решили пойти в политику? — Пока так. … Приглашение поступило, почему бы и не попробовать?».)
    const answers = ending.turns.has(t - 1) && !opensOnQuestion(model, it)
    if (isQuestion(model, it) && !answers) ending.add(t)
    else if (
      ending.turns.size === 0 &&
      (opensOnQuestion(model, it) || (addresses && opensOnAddress(model, it)))
    )
      opening.add(t)
  }
  return { ending, opening, count: previous + 1 }
}

/**
 * Each line's turn in the run: a new paragraph is a new turn — unless it goes on the replica before (answers.ts)
 * — and so is a replica right after another in the same paragraph, with no author's words between (`— Почему ты
 * ушёл? — Главная причина…`, or a press conference printed as one paragraph: labelled-dialogue.ts); one cut by the
 * author's words is not.
 */
function turns(model: SpeakerModel, run: Item[]): Int32Array {
  // By position in the run, not a map by line: a run of 20,000 lines made the map's table over and over as it grew.
  const turn = new Int32Array(run.length)
  let n = 0
  let prev: Item | null = null
  for (let k = 0; k < run.length; k++) {
    const it = run[k] as Item
    if (
      prev &&
      it.continues < 0 &&
      (it.frame.paragraph !== prev.frame.paragraph || !hasLetterOrDigit(model.text, prev.close, it.open))
    )
      n++
    turn[k] = n
    prev = it
  }
  return turn
}

/**
 * A transcript: lines labelled as questions and answers ("Q: “…”" / "A: “…”", «Вопрос: «…»» / «Ответ: «…»»),
 * wherever they are in the text.
 */
function transcript(model: SpeakerModel, items: Item[], title: number): void {
  const labelled: Item[] = []
  const questions = new Set<Item>()
  // (Indexed rather than for…of: code run once per analysis is often not yet optimised, and there each for…of step
  // makes an object.)
  for (let k = 0; k < items.length; k++) {
    const it = items[k] as Item
    const f = it.frame
    // (A label ended by a full stop is a sentence of its own, before the line's: "P. ¿Qué…?")
    const at =
      f.beforeTo - f.beforeFrom === 1 ? f.beforeFrom : f.beforeTo === f.beforeFrom ? f.inFrom - 1 : -1
    const label = at >= 0 ? interviewLabel(model.v, model.words, at) : null
    if (label === null) continue
    labelled.push(it)
    if (label === 'q') questions.add(it)
  }
  if (questions.size === 0 || questions.size === labelled.length) return
  answer(model, labelled, (it) => questions.has(it), title)
}

/** Whether line `it`, the `k`th of an interview's lines, is a question. */
type LineAsks = (it: Item, k: number) => boolean

/**
 * The lines of an interview: those that `asks` keep only a speaker named at them; the others are the one
 * interviewed's — the one speaker the attributed answers name, else the one a vox pop's line names (`named`), else
 * the person who spoke last before the first line, else the person an interview phrase presents ("Interview with
 * X"), else the one person the paragraph before it presents, else the person the text before names most. Two people
 * answering make no interview.
 */
function answer(
  model: SpeakerModel,
  lines: Item[],
  asks: LineAsks,
  title = -1,
  named: Cluster | null = null,
): void {
  let interviewee: Cluster | null = null
  for (let k = 0; k < lines.length; k++) {
    const it = lines[k] as Item
    const c = it.result?.cluster
    if (!c || asks(it, k)) continue
    if (interviewee && interviewee !== c) return
    interviewee = c
  }
  // The first line's first word: its label, if it has one.
  const f = (lines[0] as Item).frame
  const opening = f.beforeTo > f.beforeFrom ? f.beforeFrom : f.inFrom
  interviewee ??=
    named ??
    personAddressed(model, lines, asks) ??
    model.personSpokenBefore(opening, INTERVIEWEE_WINDOW) ??
    personAfterPhrase(model, opening, 'interviewee') ??
    personInTitle(model, title) ??
    personIntroduced(model, opening) ??
    mostNamedPerson(model, opening) ??
    roleIntroduced(model, opening) ??
    onlyPersonBefore(model, opening)
  const interviewer =
    interviewerIntroduced(model, opening) ?? personAfterPhrase(model, opening, 'interviewer')
  for (let k = 0; k < lines.length; k++) {
    const it = lines[k] as Item
    if (it.result) continue
    if (asks(it, k))
      it.result = decided(interviewer !== interviewee ? interviewer : null, 'interview-question')
    else if (interviewee) it.result = decided(interviewee, 'interview-answer')
  }
}

/** How many words an address takes at most: a title, a first name and a patronymic or surname. */
const MAX_ADDRESS_WORDS = 3

/**
 * The one person the questions address by name, set off by a comma at their start or end («– Оксано, твоє обличчя
 * вкрите синцями…», «— Андрей, как вы себя чувствуете?», „Herr Ehrenberg, Sie …“, "…, Mr. Smith?"): the one
 * interviewed, named elsewhere in the article (a vocative joins the person by the stem of the name: Оксано → Оксана
 * Лівач). A first name is an address by itself; a surname only after a title (lexicon `addressTitles`), for a
 * question may well open on someone else's surname («Путин, по-вашему, прав?»). Else null.
 */
function personAddressed(model: SpeakerModel, lines: Item[], asks: LineAsks): Cluster | null {
  const one = new OnePerson(model)
  const words = model.words
  for (let k = 0; k < lines.length; k++) {
    const it = lines[k] as Item
    if (!asks(it, k)) continue
    const { inFrom, inTo } = it.frame
    // At the start: the words before the first comma; at the end: those after the last one.
    const comma = addressEnd(words, inFrom, inTo)
    if (comma >= 0) addressee(model, inFrom, comma, one)
    let last = inTo - 1
    while (last > inFrom && last >= inTo - MAX_ADDRESS_WORDS && !commaBefore(words, last)) last--
    if (last > inFrom && commaBefore(words, last)) addressee(model, last, inTo, one)
  }
  const c = one.result()
  return c && personLike(c, model.v) ? c : null
}

/** Adds to `one` the person the words from..to address, if they are an address («Пане Олександре»). */
function addressee(model: SpeakerModel, from: number, to: number, one: OnePerson): void {
  const words = model.words
  const titled = model.v.speech.addressTitles.has((words[from] as Word).lower)
  const start = titled ? from + 1 : from
  if (start >= to) return
  for (let k = start; k < to; k++) if (!(words[k] as Word).capitalized) return
  const name = words[start] as Word
  const c =
    model.registry.personWithFirstName(name.text) ??
    (titled ? model.registry.personWithSurname((words[to - 1] as Word).text) : null) ??
    (!titled && to - start === 1 ? firstNameOnly(model, name, start) : null) ??
    (!titled && to - start === 2 ? firstAndPatronymic(model, name, words[start + 1] as Word, start) : null)
  if (!c) return
  // The address is one of the ways the article names them («Лізо»): an alias.
  if (!c.forms.has(name.text)) c.forms.set(name.text, start)
  one.add(c)
}

/**
 * The person an address names by a first name of the lexicon alone when the article names them nowhere else («–
 * Володимире, вітаємо…» → Володимир), in its nominative; else null.
 */
function firstNameOnly(model: SpeakerModel, w: Word, at: number): Cluster | null {
  const nominative = firstNameNominative(model.v, w.text)
  return nominative === null ? null : model.registry.addSingleName(nominative, at)
}

/**
 * The person an address names by a first name of the lexicon and a patronymic («— Сергей Владимирович, чем вы
 * занимаетесь?», «Віталію Леонтійовичу»), in the nominative, when the article names them nowhere else; else null.
 */
function firstAndPatronymic(model: SpeakerModel, first: Word, second: Word, at: number): Cluster | null {
  const infl = model.v.speech.inflection
  if (!infl || !isPatronymic(second.lower, infl)) return null
  const nominative = firstNameNominative(model.v, first.text)
  return nominative === null
    ? null
    : model.registry.addFullName([nominative, patronymicNominative(second.text)], at)
}

/**
 * The line opens by addressing someone by a first name, set off by a comma («— Рамиль, ты стал заниматься …»): the
 * interviewer's, though it asks with no question mark (in a run the reporter attributes no line of: askingTurns).
 */
function opensOnAddress(model: SpeakerModel, it: Item): boolean {
  const { inFrom, inTo } = it.frame
  const words = model.words
  const comma = addressEnd(words, inFrom, inTo)
  if (comma < 0) return false
  for (let k = inFrom; k < comma; k++) if (!(words[k] as Word).capitalized) return false
  const first = (words[inFrom] as Word).text
  return firstNameNominative(model.v, first) !== null || model.registry.personWithFirstName(first) !== null
}

/** Where an address opening words [inFrom, inTo) ends: the word after its comma, at most MAX_ADDRESS_WORDS in; else -1. */
function addressEnd(words: readonly Word[], inFrom: number, inTo: number): number {
  let comma = inFrom + 1
  while (comma < inTo && comma <= inFrom + MAX_ADDRESS_WORDS && !commaBefore(words, comma)) comma++
  return comma < inTo && commaBefore(words, comma) ? comma : -1
}

/** The gap before word `k` holds a comma. */
function commaBefore(words: readonly Word[], k: number): boolean {
  return (words[k] as Word).gap.includes(',')
}

function decided(cluster: Cluster | null, method: string): Attribution {
  return { cluster, cue: null, method, confidence: cluster ? 0.6 : 0.5, adjacent: false }
}

/** The quotation's last words end on a question mark ("…при Шевченкові?", "…?..", "…«Факел»?"). */
function isQuestion(model: SpeakerModel, it: Item): boolean {
  return it.frame.inTo > it.frame.inFrom && endsOnQuestion(model, it.frame.inTo - 1)
}

/** The quotation's first sentence ends on a question mark («Расскажите, где вы сейчас? Вы, я слышал, …»). */
function opensOnQuestion(model: SpeakerModel, it: Item): boolean {
  const f = it.frame
  if (f.inTo <= f.inFrom) return false
  const first = (model.words[f.inFrom] as Word).sentence
  let end = f.inFrom
  while (end + 1 < f.inTo && (model.words[end + 1] as Word).sentence === first) end++
  return endsOnQuestion(model, end)
}

/** The word `k` is followed by a question mark, past a few closing marks and dots. */
function endsOnQuestion(model: SpeakerModel, k: number): boolean {
  const last = model.words[k] as Word
  const text = model.text
  for (let i = last.end; i < text.length && i < last.end + 4; i++) {
    const c = text[i]
    if (c === '?') return true
    // (Past a title's closing mark: «…покинуть «Факел»?».)
    if (!'.…!)»”"’'.includes(c as string)) return false
  }
  return false
}

/** The one person — with a first name, a role or a gender — that the paragraph before word `pos` names. */
function personIntroduced(model: SpeakerModel, pos: number): Cluster | null {
  const one = new OnePerson(model)
  for (const m of mentionsOfParagraphBefore(model, pos)) {
    // (Not the interviewer, named in another case or after the noun that presents them: «в интервью
    // корреспонденту Елизавете Серьгиной», «корреспонденту Sport Arena».)
    if (m.governed || m.possessive || obliqueName(model, m) || interviewerNounBefore(model, m) >= 0) continue
    const c = model.namedBy(m)
    if (c?.kind === 'person' && shownAsPerson(c, model.v)) one.add(c)
  }
  const c = one.result()
  return c && personLike(c, model.v) ? c : null
}

/**
 * The one person the headline (paragraph `title`, -1 for none) names — an interview titled by its guest ("Tom
 * Coughlin Post-Game Transcript", «Олег Знарок: …»); else null.
 */
function personInTitle(model: SpeakerModel, title: number): Cluster | null {
  if (title < 0) return null
  const one = new OnePerson(model)
  for (const m of model.mentions) {
    if ((model.words[m.from] as Word).paragraph !== title) break
    if (m.governed || m.possessive || m.kind === 'pronoun' || m.kind === 'org') continue
    const c = model.namedBy(m)
    if (c?.kind === 'person') one.add(c)
  }
  const c = one.result()
  return c && personLike(c, model.v) ? c : null
}

/**
 * The one person the paragraph before word `pos` presents by a role alone, as the subject that opens a sentence
 * («Главный тренер «Шахтера» провел краткую пресс-конференцию»): whom the role refers to (model.resolve: its bearer
 * named before, else the description itself). Null when it presents none or more than one — or anyone by name, as
 * personIntroduced has found no one among them. (A role inside a sentence may be in any case: «як гравцю».)
 */
function roleIntroduced(model: SpeakerModel, pos: number): Cluster | null {
  let role: Mention | null = null
  for (const m of mentionsOfParagraphBefore(model, pos)) {
    if (m.governed || m.possessive || m.kind === 'pronoun') continue
    if (m.kind !== 'role' || m.nameFrom >= 0 || m.role === null || model.v.institutionStems.has(m.role))
      return null
    if (role || !opensSentence(model, m.from)) return null
    role = m
  }
  return role ? model.resolve(role) : null
}

/** Word `k` opens its sentence, perhaps after an article ("The head coach …"). */
function opensSentence(model: SpeakerModel, k: number): boolean {
  const words = model.words
  const sentence = (words[k] as Word).sentence
  const before = words[k - 1]
  if (!before || before.sentence !== sentence) return true
  if (!model.v.speech.determiners.has(before.lower)) return false
  return k < 2 || (words[k - 2] as Word).sentence !== sentence
}

/**
 * The interviewer the paragraph before word `pos` names: a person named within a few words after a noun that
 * presents one («в интервью корреспонденту РБК daily Елизавете Серьгиной», "told correspondent Jane Smith"); else
 * null. The interview's questions are theirs.
 */
function interviewerIntroduced(model: SpeakerModel, pos: number): Cluster | null {
  const nouns = model.v.speech.interviewerNouns
  if (nouns.length === 0) return null
  for (const m of mentionsOfParagraphBefore(model, pos)) {
    if (m.kind !== 'name' && !(m.kind === 'role' && m.nameFrom >= 0)) continue
    const k = interviewerNounBefore(model, m)
    if (k < 0) continue
    const name = m.kind === 'role' ? m.nameFrom : m.from
    // (Not the reporter the article cites: «…, сообщает корреспондент «БХ» Игорь Попеня».)
    if (k > 0 && (model.words[k - 1] as Word).form.flags & FORM_VERB) return null
    // (Not the outlet, written in its own script: «в интервью корреспонденту Sport Arena».)
    if (scriptOf((model.words[name] as Word).text) !== model.v.script) return null
    const c = model.namedBy(m)
    // (Not what the interviewer is of: «з кореспондентом Інформаційного центру клубу».)
    return c?.kind === 'person' && personLike(c, model.v) ? c : null
  }
  return null
}

/**
 * The index of a noun of the lexicon's `interviewerNouns` a few words before the name of mention `m`, in its
 * sentence («корреспонденту Sport Arena», «журналисту РБК Ивану Петрову»), else -1: whoever it presents asks.
 */
function interviewerNounBefore(model: SpeakerModel, m: Mention): number {
  const nouns = model.v.speech.interviewerNouns
  const name = m.kind === 'role' ? m.nameFrom : m.from
  if (nouns.length === 0 || name < 0) return -1
  for (let k = Math.max(m.from - MAX_INTERVIEWER_GAP, 0); k < name; k++) {
    const w = model.words[k] as Word
    if (w.sentence === (model.words[name] as Word).sentence && nouns.some((n) => w.lower.startsWith(n)))
      return k
  }
  return -1
}

/**
 * The person an interview phrase of the lexicon presents — the one interviewed ("Q&A with Susan R. Greenway",
 * « Interview complète de Lionel Auguste », «интервью с Юрием Быковым») or the interviewer ("Interview von Christian
 * Rath", « Propos recueillis par Marie Dupont », often in a byline after the interview) — the nearest before word
 * `pos`, else the nearest after, within MOST_NAMED_REACH mentions either side; else null.
 */
function personAfterPhrase(
  model: SpeakerModel,
  pos: number,
  who: 'interviewee' | 'interviewer',
): Cluster | null {
  const phrases = who === 'interviewee' ? model.v.speech.interviewPhrases : model.v.speech.interviewerPhrases
  if (phrases.length === 0) return null
  const mentions = model.mentions
  const k = firstMentionFrom(mentions, pos)
  const before = Math.max(0, k - MOST_NAMED_REACH)
  const after = Math.min(mentions.length, k + MOST_NAMED_REACH)
  // The mentions before, nearest first, then those after.
  for (let n = 0; n < after - before; n++) {
    const j = n < k - before ? k - 1 - n : n - (k - before) + k
    const m = mentions[j] as Mention
    if (m.kind === 'pronoun' || m.kind === 'org') continue
    if (!phrases.some((p) => phraseBefore(model.words, m.from, p))) continue
    // (Not an outlet written in its own script, «в интервью Sport Arena», nor a name opening the next sentence,
    // «…взяли у них интервью. ⏎ Найданов Александр».)
    const first = model.words[m.from] as Word
    if (scriptOf(first.text) !== model.v.script || model.words[m.from - 1]?.sentence !== first.sentence)
      continue
    const c = model.namedBy(m)
    if (c?.kind === 'person') return c
  }
  return null
}

/**
 * The words right before word `at` are the phrase `p` (lower-case tokens), with perhaps one word before its last
 * (« Interview complète de », "exclusive interview with" needs none).
 */
function phraseBefore(words: readonly Word[], at: number, p: readonly string[]): boolean {
  if (at < p.length || (words[at - 1] as Word).lower !== p.at(-1)) return false
  for (const gap of [0, 1]) {
    const first = at - p.length - gap
    if (first < 0) return false
    let k = 0
    while (k < p.length - 1 && (words[first + k] as Word).lower === p[k]) k++
    if (k === p.length - 1) return true
  }
  return false
}

/** The index of the first mention at or after word `pos` (mentions are in text order): a binary search. */
function firstMentionFrom(mentions: readonly Mention[], pos: number): number {
  return firstAtOrAfter(mentions, pos, mentionFrom)
}

/** How many mentions before an interview are counted for the person the text names most. */
const MOST_NAMED_REACH = 120

/**
 * The person the mentions before word `pos` name most often as a subject would be named (not after a preposition,
 * nor as an owner) — at least twice, and more often than anyone else: the one the article presents
 * («Юрий Быков - режиссер … Быков отошел … Быков рассказал в интервью РИАМО»); else null. Bounded to the last
 * MOST_NAMED_REACH mentions, so that an article of many interviews stays linear.
 */
function mostNamedPerson(model: SpeakerModel, pos: number): Cluster | null {
  const counts = new Map<Cluster, number>()
  for (const m of recentMentions(model, pos)) {
    if (m.governed || m.possessive || m.kind === 'pronoun' || m.kind === 'org') continue
    const c = model.namedBy(m)
    if (c?.kind === 'person') counts.set(c, (counts.get(c) ?? 0) + 1)
  }
  let best: Cluster | null = null
  let bestCount = 1
  let tie = false
  for (const [c, n] of counts) {
    if (n > bestCount) {
      best = c
      bestCount = n
      tie = false
    } else if (n === bestCount) tie = true
  }
  return best && !tie && personLike(best, model.v) ? best : null
}

/**
 * The one person the text before word `pos` presents by a role and a name, in any case («Главный тренер "Уфы" Сергей
 * Семак … заявил …» three paragraphs before the first question), when no one else is so presented; else null. A bare
 * name is as often a byline or a photo credit ("Скріншот: Алеся Бацман"), the interviewer's. The last resort of an
 * interview's guest.
 */
function onlyPersonBefore(model: SpeakerModel, pos: number): Cluster | null {
  const one = new OnePerson(model)
  for (const m of recentMentions(model, pos)) {
    if (m.kind !== 'role' || m.nameFrom < 0 || m.possessive || interviewerNounBefore(model, m) >= 0) continue
    const c = model.clusterOfName(m)
    if (c?.kind === 'person' && personLike(c, model.v)) one.add(c)
  }
  return one.result() ?? null
}

/** The last MOST_NAMED_REACH mentions before word `pos`, nearest first: many interviews in one text stay linear. */
function* recentMentions(model: SpeakerModel, pos: number): Generator<Mention> {
  const mentions = model.mentions
  const k = firstMentionFrom(mentions, pos)
  for (let j = k - 1; j >= Math.max(0, k - MOST_NAMED_REACH); j--) yield mentions[j] as Mention
}

/** How many words before a name a noun presenting the interviewer may stand («корреспонденту РБК daily …»). */
const MAX_INTERVIEWER_GAP = 4

/**
 * The mentions of the last paragraph before word `pos` that names anyone — past a teaser line that names no one
 * («Что из этого получилось...») — up to a few sentences back (bounded, as sentences with no mention say nothing
 * of where a paragraph starts), the last sentence first.
 */
function* mentionsOfParagraphBefore(model: SpeakerModel, pos: number): Generator<Mention> {
  const before = model.words[pos - 1] as Word | undefined
  if (!before) return
  let paragraph = -1
  for (let s = before.sentence; s >= Math.max(0, before.sentence - MAX_PARAGRAPH_SENTENCES); s--) {
    const from = model.sentenceFirst(s)
    const to = model.sentenceEnd(s)
    if (from === to) continue
    const p = (model.words[(model.mentions[from] as Mention).from] as Word).paragraph
    if (paragraph === -1) paragraph = p
    else if (p !== paragraph) break
    for (let k = from; k < to; k++) {
      const m = model.mentions[k] as Mention
      if (m.from < pos) yield m
    }
  }
}
