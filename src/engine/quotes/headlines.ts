import type { Cluster } from '../speakers/clusters'
import type { Mention } from '../speakers/mention'
import type { SpeakerModel } from '../speakers/model'
import { isFirstName } from '../speakers/word-facts'
import { type Attribution, attributed, type Item } from './attribution'
import type { Word } from './context'

/** Display lines whose quotations are looked at: a headline has a few, a page of linked titles a few more. */
const MAX_DISPLAY_QUOTES = 8
/** How much of a display quotation a run of words repeated from a body quotation must cover: its share, words. */
const MIN_ECHO_SHARE = 0.6
const MIN_ECHO_RUN = 4
/** How many words of a display line are read for the name that opens it, or compared with the body's. */
const MAX_LINE_WORDS = 40

/**
 * Quotations in a headline, a section heading or a linked article's title (`display` lines) that the cascade
 * left without a speaker. News headlines quote without verbs:
 * - "Smith: Local Voters Are Angry About Taxes; It's ‘Out of Control Now.’", «Лавров: …»: a line that opens
 *   with a person's name and a colon is that person's (`headline-speaker`);
 * - «Цены на хлеб вырастут уже весной» over a body where Иван Петров says «Мы ожидаем, что цены на хлеб
 *   вырастут уже весной»: a line that repeats a run of most of its words from an attributed quotation takes
 *   its speaker (`echo`).
 * At most MAX_DISPLAY_QUOTES quotations are looked at, each against the body's attributed ones, whose words' keys
 * are worked out once: linear in the body's quoted words.
 */
export function attributeDisplayLines(
  model: SpeakerModel,
  items: readonly Item[],
  display: (paragraph: number) => boolean,
): void {
  let looked = 0
  // undefined until asked: most articles have no display quotation to ask them for.
  let interviewee: Cluster | null | undefined
  let body: readonly BodyQuotation[] | undefined
  // (Indexed rather than for…of: code run once per analysis is often not yet optimised, and there each for…of step
  // makes an object.)
  for (let k = 0; k < items.length; k++) {
    const it = items[k] as Item
    if (it.result?.cluster || !display(it.frame.paragraph) || looked++ >= MAX_DISPLAY_QUOTES) continue
    const opener = lineOpener(model, it)
    if (opener) {
      it.result = attributed(opener, null, 'headline-speaker', 0.6, false)
      continue
    }
    body ??= bodyQuotations(model, items, display)
    it.result = echoOf(model, it, body) ?? it.result
    if (it.result?.cluster) continue
    const subject = deckSubject(model, it, items, display)
    if (subject) {
      it.result = attributed(subject, null, 'headline-speaker', 0.55, false)
      continue
    }
    interviewee ??= intervieweeAfter(items, it)
    if (interviewee) it.result = attributed(interviewee, null, 'interview-headline', 0.6, false)
  }
}

/**
 * Over an interview (interviews.ts), a display line's quotation with no speaker of its own is the interviewee's:
 * the one person the interview's answers after the line are given to («Коммерсант: «Нет механизмов…»» over
 * «— Почему…? — Исходно…» given to «гендиректор «Вымпелкома» Василь Лацанич»); else null.
 */
function intervieweeAfter(items: readonly Item[], line: Item): Cluster | null {
  let one: Cluster | null = null
  for (const it of items) {
    if (it.result?.method !== 'interview-answer' || it.frame.inFrom < line.frame.inTo) continue
    if (one && it.result.cluster !== one) return null
    one = it.result.cluster
  }
  return one
}

/** The person whose name and a colon open the quotation's line, or null. */
function lineOpener(model: SpeakerModel, it: Item): Cluster | null {
  const words = model.words
  let first = it.frame.inFrom
  const stop = Math.max(0, first - MAX_LINE_WORDS)
  while (first > stop && (words[first - 1] as Word).paragraph === it.frame.paragraph) first--
  if ((words[first - 1] as Word | undefined)?.paragraph === it.frame.paragraph) return null // no headline
  const m = model.mentionAt(first)
  const next = words[m?.to ?? -1]
  if (!m || m.from === it.frame.inFrom || !next || !next.gap.includes(':')) return null
  if (!namesPerson(m)) return null
  // "Politifact: Donald Trump Is Right, ‘Thousands of Shootings’": the quotation is of the person named after
  // the colon, whom the line's opener judges. (Only a name that opens with a first name counts: in a Title Case
  // headline every word has a capital.)
  for (let i = m.to; i < it.frame.inFrom; i++) {
    const other = model.mentionAt(i)
    if (
      other &&
      namesPerson(other) &&
      !other.possessive &&
      !other.governed &&
      isFirstName(model.v, words[other.from] as Word)
    )
      return null
  }
  const c = model.clusterOfName(m)
  return c?.kind === 'person' ? c : null
}

/** How many words into the sentence after a display quotation its subject may come. */
const MAX_SUBJECT_OFFSET = 3

/**
 * «Напрягаюся, коли слухаю». Данілов не зрозумів питання журналіста / «…». Велогонщица из России стала звездой: a
 * display line that opens with a quotation and goes on with a sentence whose subject, named first, is a person
 * quotes that person — when the body quotes them too (a line may quote one person and go on about another who
 * answers: that one is then quoted in the body as well, and the echo rule has had its turn). Else null.
 */
function deckSubject(
  model: SpeakerModel,
  it: Item,
  items: readonly Item[],
  display: (paragraph: number) => boolean,
): Cluster | null {
  const words = model.words
  const f = it.frame
  const first = words[f.inFrom] as Word
  const after = words[f.inTo]
  if (!after || after.paragraph !== f.paragraph || after.sentence === (words[f.inTo - 1] as Word).sentence)
    return null
  if ((words[f.inFrom - 1] as Word | undefined)?.paragraph === first.paragraph) return null
  for (let i = f.inTo; i < f.inTo + MAX_SUBJECT_OFFSET; i++) {
    const w = words[i]
    if (!w || w.sentence !== after.sentence) return null
    const m = model.mentionAt(i)
    if (!m) continue
    if (m.possessive || m.governed || !(m.kind === 'name' || m.kind === 'role')) return null
    const c = model.resolve(m)
    if (c?.kind !== 'person') return null
    const quotedInBody = items.some((o) => o.result?.cluster === c && !display(o.frame.paragraph))
    return quotedInBody ? c : null
  }
  return null
}

function namesPerson(m: Mention): boolean {
  return m.kind === 'name' || (m.kind === 'role' && m.nameFrom >= 0)
}

/** An attributed quotation of the body, with its words' keys (keyOf), worked out once for every display line. */
interface BodyQuotation {
  cluster: Cluster
  keys: string[]
}

function bodyQuotations(
  model: SpeakerModel,
  items: readonly Item[],
  display: (paragraph: number) => boolean,
): BodyQuotation[] {
  const body: BodyQuotation[] = []
  for (const it of items) {
    const cluster = it.result?.cluster
    if (cluster && !display(it.frame.paragraph))
      body.push({ cluster, keys: keysOf(model, it.frame.inFrom, it.frame.inTo) })
  }
  return body
}

/**
 * The speaker of the attributed body quotation the display quotation repeats, or null: the one sharing the
 * longest run of words with it, at least MIN_ECHO_RUN and MIN_ECHO_SHARE of the display quotation's words.
 */
function echoOf(model: SpeakerModel, it: Item, body: readonly BodyQuotation[]): Attribution | null {
  const length = it.frame.inTo - it.frame.inFrom
  if (length < MIN_ECHO_RUN || length > MAX_LINE_WORDS) return null
  const line = keysOf(model, it.frame.inFrom, it.frame.inTo)
  const inLine = new Set(line)
  let best: Cluster | null = null
  let bestRun = Math.max(MIN_ECHO_RUN, Math.ceil(line.length * MIN_ECHO_SHARE)) - 1
  // runs[j]: the longest run of the line's words ending at its word j, matched word for word by the quotation's
  // words ending at the current one; before[j]: the same one word earlier. skipping[j]: a run ending there in which
  // the quotation has one word more — a headline drops a word of what it repeats (the body's «До 14 лет я хотел
  // создать рок-группу» → «До 14 лет хотел создать рок-группу»).
  const runs = new Uint16Array(line.length + 1)
  const before = new Uint16Array(line.length + 1)
  const skipping = new Uint16Array(line.length + 1)
  for (const other of body) {
    // A run matches one of the quotation's words per word of the line: a quotation with no more of the line's
    // words than the best run so far cannot beat it, and most of a long article's quotations share none.
    if (sharedWords(other.keys, inLine) <= bestRun) continue
    // The longest common run, by the classic dynamic programme over one row: O(line × quotation). Descending j
    // reads the previous word's values at j - 1 before they are overwritten.
    runs.fill(0)
    before.fill(0)
    skipping.fill(0)
    for (const k of other.keys) {
      for (let j = line.length; j >= 1; j--) {
        const same = line[j - 1] === k
        const skipped = same ? Math.max(skipping[j - 1] as number, before[j - 1] as number) + 1 : 0
        before[j] = runs[j] as number
        runs[j] = same ? (runs[j - 1] as number) + 1 : 0
        skipping[j] = skipped
        const run = Math.max(runs[j] as number, skipped)
        if (run > bestRun) {
          best = other.cluster
          bestRun = run
        }
      }
    }
  }
  return best ? attributed(best, null, 'echo', 0.6, false) : null
}

function sharedWords(keys: readonly string[], inLine: ReadonlySet<string>): number {
  let n = 0
  for (const k of keys) if (inLine.has(k)) n++
  return n
}

function keysOf(model: SpeakerModel, from: number, to: number): string[] {
  const keys: string[] = []
  for (let i = from; i < to; i++) keys.push(keyOf(model, model.words[i] as Word))
  return keys
}

/**
 * A word's key for comparing two quotations: where words decline, its first letters («Хабиба», «Хабибу»), with ё
 * as е (a headline writes «Живём» where the body has «Живем»).
 */
function keyOf(model: SpeakerModel, w: Word): string {
  return model.v.inflected ? w.lower.slice(0, Math.max(4, w.lower.length - 2)).replaceAll('ё', 'е') : w.lower
}
