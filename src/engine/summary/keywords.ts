import type { Lexicon } from '../lang'
import type { Document, Sentence } from '../text/document'
import type { Token } from '../text/tokens'
import type { Language } from '../types'
import { type Stem, Vocabulary } from './terms'

const MAX_KEYWORDS = 10
/** Longest name kept as one keyword ("Ким Чен Ын"). */
const MAX_NAME_TOKENS = 3
/** Capitalised runs longer than this are cut; their sub-runs are still counted. */
const MAX_RUN = 6
/** A name counts double: people, places and organisations say more about an article than common words. */
const NAME_WEIGHT = 2

interface Entry {
  /** The first written form and its count; the later ones in `more` (most entries have one form). */
  form: string
  formCount: number
  more: Forms | null
  count: number
  name: boolean
  /** Rank of the key's first occurrence among all keys': between equal counts the earlier key comes first. */
  firstSeen: number
  /** The first stem of the key, and all its stems for a name of two words or more (null for one word). */
  stem: Stem
  stems: Stem[] | null
  /** Dropped: subsumed by a longer name or folded into one. */
  removed: boolean
}

/**
 * Entries are keyed by stems: one word (a term or a one-word name) or a name of up to MAX_NAME_TOKENS words. The
 * keys form a trie over interned stems whose roots are the stems themselves (their keyword fields are valid for
 * the extraction that set `Stem.keywordRun`) and whose longer names follow maps keyed by the next stem, so that no
 * key string is built or hashed per occurrence.
 */
export interface KeyNode {
  keywordEntry: Entry | null
  longerKeys: Map<Stem, KeyNode> | null
}

/** Numbers the extractions, for the scratch fields of stems and words. */
let runs = 0

/** An entry's written forms after its first, in first-seen order, with their counts (parallel arrays). */
interface Forms {
  forms: string[]
  counts: number[]
  /** Index of `forms`, made once there are more than a linear search should look through. */
  index: Map<string, number> | null
}

/** Most entries have one or two written forms: a Map per entry would cost more than it saves. */
const MAX_LINEAR_FORMS = 8

function laterForm(e: Entry, form: string): void {
  const more = e.more
  if (!more) {
    e.more = { forms: [form], counts: [1], index: null }
    return
  }
  const k = more.index ? (more.index.get(form) ?? -1) : more.forms.indexOf(form)
  if (k >= 0) {
    more.counts[k] = (more.counts[k] as number) + 1
    return
  }
  more.forms.push(form)
  more.counts.push(1)
  if (more.index) more.index.set(form, more.forms.length - 1)
  else if (more.forms.length > MAX_LINEAR_FORMS) more.index = new Map(more.forms.map((f, j) => [f, j]))
}

function addForm(e: Entry, form: string): void {
  if (e.form === form) e.formCount++
  else laterForm(e, form)
}

/** addForm(e, text.slice(start, end)), without making the string when the entry already has that form. */
function addFormAt(e: Entry, text: string, start: number, end: number): void {
  const n = end - start
  if (e.form.length === n && text.startsWith(e.form, start)) {
    e.formCount++
    return
  }
  const more = e.more
  if (more && !more.index) {
    for (let k = 0; k < more.forms.length; k++) {
      const f = more.forms[k] as string
      if (f.length === n && text.startsWith(f, start)) {
        more.counts[k] = (more.counts[k] as number) + 1
        return
      }
    }
  }
  laterForm(e, text.slice(start, end))
}

/**
 * The entries of one extraction and their key trie. Most content terms of an article occur once, and an entry
 * counted once is never a keyword (names count NAME_WEIGHT per occurrence, terms 1): a term's first occurrence is
 * only noted on its stem (`Stem.pendingForm`, `Stem.pendingSeen`), and its entry made at the second, with the
 * first occurrence's place and form. So `list` is not in first-seen order; `firstSeen` is.
 */
class Entries {
  readonly list: Entry[] = []
  readonly run = ++runs
  /** Keys seen so far: the next key's `firstSeen`. */
  private seen = 0

  /** The root of the trie for `stem` in this extraction. */
  private root(stem: Stem): Stem {
    if (stem.keywordRun !== this.run) {
      stem.keywordRun = this.run
      stem.keywordEntry = null
      stem.longerKeys = null
      stem.pendingForm = null
    }
    return stem
  }

  /**
   * Empties the stems' entry fields. The stems live as long as the word table; left filled, each would keep this
   * article's entries, and through the names' written forms (slices of the text) possibly the whole article,
   * until another article used the same stem. Every root with an entry or longer keys is an entry's `stem`; a
   * pending form is a word's normal form, which the word table holds anyway.
   */
  release(): void {
    for (const e of this.list) {
      e.stem.keywordEntry = null
      e.stem.longerKeys = null
    }
  }

  /** Counts an occurrence of the one-word key `stem` as a (lower-case) content term written `form`. */
  term(stem: Stem, form: string): void {
    this.root(stem)
    let e = stem.keywordEntry
    if (!e) {
      if (stem.pendingForm === null) {
        stem.pendingForm = form
        stem.pendingSeen = this.seen++
        return
      }
      e = this.fromPending(stem)
    }
    e.count++
    addForm(e, form)
  }

  /** The entry of a key first seen as a term, with that first occurrence counted. */
  private fromPending(stem: Stem): Entry {
    const e = this.make(stem, null, false, stem.pendingSeen, stem.pendingForm as string, 1)
    stem.pendingForm = null
    stem.keywordEntry = e
    return e
  }

  /** A new entry with its first occurrence, written `form`, counted `count`. */
  private make(
    stem: Stem,
    stems: Stem[] | null,
    name: boolean,
    firstSeen: number,
    form: string,
    count: number,
  ): Entry {
    const e: Entry = {
      form,
      formCount: 1,
      more: null,
      count,
      name,
      firstSeen,
      stem,
      stems,
      removed: false,
    }
    this.list.push(e)
    return e
  }

  /**
   * Counts an occurrence of the name made of the document's tokens [at, at + len) (their stems are its key),
   * written text[start, end).
   */
  name(words: Vocabulary, at: number, len: number, text: string, start: number, end: number): void {
    const stem = this.root(words.factsAt(at).stem)
    let node: KeyNode = stem
    for (let j = at + 1; j < at + len; j++) {
      const next = words.factsAt(j).stem
      node.longerKeys ??= new Map()
      let child = node.longerKeys.get(next)
      if (!child) {
        child = { keywordEntry: null, longerKeys: null }
        node.longerKeys.set(next, child)
      }
      node = child
    }
    let e = node.keywordEntry
    if (!e && len === 1 && stem.pendingForm !== null) e = this.fromPending(stem)
    if (e) {
      e.count += NAME_WEIGHT
      addFormAt(e, text, start, end)
      return
    }
    let stems: Stem[] | null = null
    if (len > 1) {
      stems = new Array<Stem>(len)
      for (let j = 0; j < len; j++) stems[j] = words.factsAt(at + j).stem
    }
    node.keywordEntry = this.make(stem, stems, true, this.seen++, text.slice(start, end), NAME_WEIGHT)
  }

  /** The live entry keyed by stems[a, a + len), if any (a term seen once has none). */
  find(stems: readonly Stem[], a: number, len: number): Entry | null {
    let node: KeyNode | null = this.root(stems[a] as Stem)
    for (let j = a + 1; node && j < a + len; j++) node = node.longerKeys?.get(stems[j] as Stem) ?? null
    const e = node?.keywordEntry ?? null
    return e && !e.removed ? e : null
  }
}

/**
 * Keywords: names (runs of capitalised words: "Ким Чен Ын", "КНДР") and content terms, grouped by stem so that
 * inflected forms count together, each shown in its most frequent written form (for names in news that is the
 * nominative; ties go to the shorter form). A capitalised word opening a sentence counts as a name only when the
 * article also capitalises it mid-sentence. Stop words, verbs of saying and numbers are left out.
 */
export function extractKeywords(
  doc: Document,
  lex: Lexicon,
  eligible: ArrayLike<number>,
  vocabulary: Vocabulary = new Vocabulary(doc, lex),
): string[] {
  const entries = new Entries()
  const run = entries.run
  // The words the article capitalises mid-sentence, marked on their facts.
  // (Indexed rather than for…of: code run once per analysis is often not yet optimised, and there each for…of step
  // makes an object.)
  for (let si = 0; si < doc.sentences.length; si++) {
    const s = doc.sentences[si] as Sentence
    const at = vocabulary.factsOf(s)
    for (let k = at + 1; k < at + s.tokens.length; k++)
      if (vocabulary.capitalizedAt(k)) vocabulary.factsAt(k).midCapitalRun = run
  }
  for (let si = 0; si < doc.sentences.length; si++) {
    const s = doc.sentences[si] as Sentence
    const para = doc.paragraphs[s.paragraph]
    // Headings and the headline name the topics too; boilerplate does not.
    if (!eligible[s.index] && !para?.heading && !para?.title) continue
    const tokens = s.tokens
    const at = vocabulary.factsOf(s)
    let i = 0
    while (i < tokens.length) {
      if (vocabulary.capitalizedAt(at + i)) {
        // A capitalised word that does not start a name is no keyword either.
        const length = nameRun(tokens, vocabulary, at, i, run)
        if (length > 0) addSubRuns(tokens, vocabulary, at, i, i + length, doc.text, lex, entries)
        i += Math.max(1, length)
        continue
      }
      const f = vocabulary.factsAt(at + i)
      if (f.keyword) entries.term(f.stem, f.norm)
      i++
    }
  }
  dropSubsumed(entries)
  foldSingleNames(entries)
  const keywords = topEntries(entries.list).map((e) => bestForm(e, lex.language))
  entries.release()
  return keywords
}

/** The live entries seen at least twice, most counted first (ties to the first seen), at most MAX_KEYWORDS. */
function topEntries(list: readonly Entry[]): Entry[] {
  // A bounded insertion: the list of all entries is long on a long article, the answer ten.
  const top: Entry[] = []
  const before = (a: Entry, b: Entry) =>
    a.count > b.count || (a.count === b.count && a.firstSeen < b.firstSeen)
  for (const e of list) {
    if (e.removed || e.count < 2) continue
    if (top.length === MAX_KEYWORDS && !before(e, top[MAX_KEYWORDS - 1] as Entry)) continue
    let j = top.length < MAX_KEYWORDS ? top.length : MAX_KEYWORDS - 1
    while (j > 0 && before(e, top[j - 1] as Entry)) {
      top[j] = top[j - 1] as Entry
      j--
    }
    top[j] = e
  }
  return top
}

/**
 * Length of the run of capitalised, adjacent name tokens starting at `i` (0 when tokens[i] is not a name); the
 * tokens' facts are at `words.factsAt(at + …)`.
 */
function nameRun(tokens: readonly Token[], words: Vocabulary, at: number, i: number, run: number): number {
  let n = 0
  while (n < MAX_RUN && i + n < tokens.length) {
    if (!words.capitalizedAt(at + i + n)) break
    const f = words.factsAt(at + i + n)
    if (f.notName) break
    // A comma or a full stop between two capitalised words ends the name: only one space may separate them.
    if (n > 0 && !words.adjacentAt(at + i + n)) break
    if (i + n === 0 && f.midCapitalRun !== run) break
    n++
  }
  return n
}

/**
 * Every sub-run of 1..MAX_NAME_TOKENS words of a capitalised run is a candidate name, so that a run of two names
 * ("России Владимир Путин") still yields the one that recurs ("Владимир Путин").
 */
function addSubRuns(
  tokens: readonly Token[],
  words: Vocabulary,
  at: number,
  from: number,
  to: number,
  text: string,
  lex: Lexicon,
  entries: Entries,
): void {
  const n = to - from
  for (let len = 1; len <= Math.min(MAX_NAME_TOKENS, n); len++) {
    for (let a = from; a + len <= to; a++) {
      const start = (tokens[a] as Token).start
      const end = (tokens[a + len - 1] as Token).end
      // A lone letter ("U" of "U.S.") is no name.
      if (end - start <= 1) continue
      // "Clinton’s" is Clinton.
      entries.name(
        words,
        at + a,
        len,
        text,
        start,
        lex.language === 'en' ? withoutPossessive(text, start, end) : end,
      )
    }
  }
}

/** The end of text[start, end) without a final ' or ’ or 's or ’s (what `/['’]s?$/u` matches), by char code. */
function withoutPossessive(text: string, start: number, end: number): number {
  const isApostrophe = (c: number) => c === 0x27 || c === 0x2019
  if (isApostrophe(text.charCodeAt(end - 1))) return end - 1
  if (end - start >= 2 && text.charCodeAt(end - 1) === 0x73 && isApostrophe(text.charCodeAt(end - 2)))
    return end - 2
  return end
}

/** A sub-name seen no more often than a longer name containing it ("Чен Ын" in "Ким Чен Ын") is that name. */
function dropSubsumed(entries: Entries): void {
  // Names of two words or more (only names have such keys), in first-seen order: a name's entry is made at its
  // first occurrence, so among names `list` keeps that order.
  const multi = entries.list.filter((e) => !e.removed && e.stems)
  // Rare combinations ("России Владимир Путин") are noise once their parts are counted on their own.
  for (const e of multi) if (e.count < 2 * NAME_WEIGHT) e.removed = true
  for (const e of multi) {
    const parts = e.stems
    if (e.removed || !parts) continue
    for (let len = 1; len < parts.length; len++) {
      for (let a = 0; a + len <= parts.length; a++) {
        const se = entries.find(parts, a, len)
        if (se?.name && se !== e && se.count <= e.count) se.removed = true
      }
    }
  }
}

/** "Путин" alone and "Владимир Путин" are one person: a one-word name folds into a longer name it starts or ends. */
function foldSingleNames(entries: Entries): void {
  const byEdge = new Map<Stem, Entry>()
  for (const e of entries.list) {
    const stems = e.stems
    if (e.removed || !e.name || !stems) continue
    for (const edge of [stems[0] as Stem, stems[stems.length - 1] as Stem]) {
      const other = byEdge.get(edge)
      if (!other || e.count > other.count) byEdge.set(edge, e)
    }
  }
  if (byEdge.size === 0) return
  for (const e of entries.list) {
    if (e.removed || !e.name || e.stems) continue
    const longer = byEdge.get(e.stem)
    if (!longer) continue
    longer.count += e.count
    e.removed = true
  }
}

/**
 * The form to show. In general the most frequent one. Russian and Ukrainian inflect names and nouns, and the
 * nominative is the shortest form or, among forms of one length, the one ending in -а/-я or a consonant
 * («Путин» before «Путина», «Москва» before «Москвы»); a form seen at least a third as often as the most frequent
 * one competes on that. A lone genitive is turned back where the ending is unambiguous («России» → «Россия»).
 */
function bestForm(e: Entry, language: Language): string {
  const forms = e.more ? [e.form, ...e.more.forms] : [e.form]
  const counts = e.more ? [e.formCount, ...e.more.counts] : [e.formCount]
  let best = ''
  let bestCount = -1
  for (let k = 0; k < forms.length; k++) {
    const form = forms[k] as string
    const n = counts[k] as number
    if (n > bestCount || (n === bestCount && form.length < best.length)) {
      best = form
      bestCount = n
    }
  }
  if (language !== 'ru' && language !== 'uk') return best
  let pick = best
  for (let k = 0; k < forms.length; k++) {
    const form = forms[k] as string
    const n = counts[k] as number
    if (n * 3 < bestCount) continue
    if (
      form.length < pick.length ||
      (form.length === pick.length && nominativeRank(form) < nominativeRank(pick))
    ) {
      pick = form
    }
  }
  return e.name && !pick.includes(' ') ? nominativeOfName(pick, language) : pick
}

/** Lower is more likely a nominative singular: -а/-я or a consonant, then -о/-е/-ь…, oblique endings last. */
function nominativeRank(form: string): number {
  if (form.length === 0) return 0
  // The last letter in lower case, by char code: А–Я → а–я, Ѐ–Џ (Ё, Є, І, Ї…) → ѐ–џ; other letters are no
  // Cyrillic vowel in either case.
  let c = form.charCodeAt(form.length - 1)
  if (c >= 0x410 && c <= 0x42f) c += 0x20
  else if (c >= 0x400 && c <= 0x40f) c += 0x50
  switch (c) {
    case 0x44b: // ы
    case 0x438: // и
    case 0x456: // і
    case 0x443: // у
    case 0x44e: // ю
    case 0x457: // ї
      return 2
    case 0x435: // е
    case 0x451: // ё
    case 0x43e: // о
    case 0x44d: // э
    case 0x454: // є
    case 0x44c: // ь
      return 1
    default: // а, я, a consonant, anything else
      return 0
  }
}

function nominativeOfName(form: string, language: Language): string {
  if (language === 'ru') {
    if (/[иИ][иИ]$/u.test(form)) return `${form.slice(0, -1)}я` // России → Россия
    if (form.length > 4 && /[^аеёиоуыэюя]ы$/iu.test(form)) return `${form.slice(0, -1)}а` // Москвы → Москва
  } else if (/[іІ][їЇ]$/u.test(form)) return `${form.slice(0, -1)}я` // Росії → Росія
  return form
}
