import type { Lexicon } from '../lang'
import type { Document } from '../text/document'
import type { Token } from '../text/tokens'
import type { Language } from '../types'
import { Vocabulary, type WordFacts } from './terms'

const MAX_KEYWORDS = 10
/** Longest name kept as one keyword ("Ким Чен Ын"). */
const MAX_NAME_TOKENS = 3
/** Capitalised runs longer than this are cut; their sub-runs are still counted. */
const MAX_RUN = 6
/** A name counts double: people, places and organisations say more about an article than common words. */
const NAME_WEIGHT = 2

interface Entry {
  /** Written forms in first-seen order, with their counts (parallel arrays). */
  forms: string[]
  formCounts: number[]
  /** Index of `forms`, made once an entry has more forms than a linear search should look through. */
  formIndex: Map<string, number> | null
  count: number
  name: boolean
  firstSeen: number
}

/** Most entries have one or two written forms: a Map per entry would cost more than it saves. */
const MAX_LINEAR_FORMS = 8

function addForm(e: Entry, form: string): void {
  let k = e.formIndex ? (e.formIndex.get(form) ?? -1) : e.forms.indexOf(form)
  if (k < 0) {
    k = e.forms.length
    e.forms.push(form)
    e.formCounts.push(0)
    if (e.formIndex) e.formIndex.set(form, k)
    else if (e.forms.length > MAX_LINEAR_FORMS) e.formIndex = new Map(e.forms.map((f, j) => [f, j]))
  }
  e.formCounts[k] = (e.formCounts[k] as number) + 1
}

type Add = (key: string, form: string, name: boolean, weight: number) => void

/**
 * Keywords: names (runs of capitalised words: "Ким Чен Ын", "КНДР") and content terms, grouped by stem so that
 * inflected forms count together, each shown in its most frequent written form (for names in news that is the
 * nominative; ties go to the shorter form). A capitalised word opening a sentence counts as a name only when the
 * article also capitalises it mid-sentence. Stop words, verbs of saying and numbers are left out.
 */
export function extractKeywords(
  doc: Document,
  lex: Lexicon,
  eligible: readonly boolean[],
  vocabulary: Vocabulary = new Vocabulary(lex),
): string[] {
  const midCapital = new Set<string>()
  for (const s of doc.sentences)
    for (let k = 1; k < s.tokens.length; k++)
      if (s.tokens[k]?.capitalized) midCapital.add(s.tokens[k]?.lower ?? '')
  const entries = new Map<string, Entry>()
  let seen = 0
  const add: Add = (key, form, name, weight) => {
    let e = entries.get(key)
    if (!e) {
      e = { forms: [], formCounts: [], formIndex: null, count: 0, name, firstSeen: seen++ }
      entries.set(key, e)
    }
    e.count += weight
    addForm(e, form)
  }
  for (const s of doc.sentences) {
    const para = doc.paragraphs[s.paragraph]
    // Headings and the headline name the topics too; boilerplate does not.
    if (!eligible[s.index] && !para?.heading && !para?.title) continue
    const tokens = s.tokens
    const facts = vocabulary.factsOf(s)
    let i = 0
    while (i < tokens.length) {
      const run = nameRun(tokens, i, lex, midCapital)
      if (run > 0) {
        addSubRuns(tokens, facts, i, i + run, doc.text, lex, add)
        i += run
        continue
      }
      const t = tokens[i] as Token
      i++
      if (t.capitalized) continue
      const f = facts[i - 1] as WordFacts
      if (f.keyword) add(f.stem, f.norm, false, 1)
    }
  }
  dropSubsumed(entries)
  foldSingleNames(entries)
  return [...entries.values()]
    .filter((e) => e.count >= 2)
    .sort((a, b) => b.count - a.count || a.firstSeen - b.firstSeen)
    .slice(0, MAX_KEYWORDS)
    .map((e) => bestForm(e, lex.language))
}

/** Length of the run of capitalised, adjacent name tokens starting at `i` (0 when tokens[i] is not a name). */
function nameRun(tokens: readonly Token[], i: number, lex: Lexicon, midCapital: ReadonlySet<string>): number {
  let n = 0
  while (n < MAX_RUN && i + n < tokens.length) {
    const t = tokens[i + n] as Token
    if (!t.capitalized || lex.stopWords.has(t.lower) || startsWithDigit(t.lower)) break
    // A comma or a full stop between two capitalised words ends the name: only one space may separate them.
    if (n > 0 && t.start - (tokens[i + n - 1] as Token).end !== 1) break
    if (i + n === 0 && !midCapital.has(t.lower)) break
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
  facts: readonly WordFacts[],
  from: number,
  to: number,
  text: string,
  lex: Lexicon,
  add: Add,
): void {
  const stems: string[] = []
  for (let i = from; i < to; i++) stems.push((facts[i] as WordFacts).stem)
  const n = to - from
  for (let len = 1; len <= Math.min(MAX_NAME_TOKENS, n); len++) {
    for (let a = 0; a + len <= n; a++) {
      let key = stems[a] as string
      for (let j = a + 1; j < a + len; j++) key += ` ${stems[j]}`
      const form = text.slice((tokens[from + a] as Token).start, (tokens[from + a + len - 1] as Token).end)
      // "Clinton’s" is Clinton; a lone letter ("U" of "U.S.") is no name.
      if (form.length > 1) add(key, lex.language === 'en' ? withoutPossessive(form) : form, true, NAME_WEIGHT)
    }
  }
}

/** `form` without a final ' or ’ or 's or ’s (what `form.replace(/['’]s?$/u, '')` removes), by char code. */
function withoutPossessive(form: string): string {
  const isApostrophe = (c: number) => c === 0x27 || c === 0x2019
  const n = form.length
  if (isApostrophe(form.charCodeAt(n - 1))) return form.slice(0, -1)
  if (n >= 2 && form.charCodeAt(n - 1) === 0x73 && isApostrophe(form.charCodeAt(n - 2)))
    return form.slice(0, -2)
  return form
}

/** A sub-name seen no more often than a longer name containing it ("Чен Ын" in "Ким Чен Ын") is that name. */
function dropSubsumed(entries: Map<string, Entry>): void {
  const multi: string[] = []
  for (const [k, e] of entries) if (e.name && k.includes(' ')) multi.push(k)
  // Rare combinations ("России Владимир Путин") are noise once their parts are counted on their own.
  for (const k of multi) if ((entries.get(k)?.count ?? 0) < 2 * NAME_WEIGHT) entries.delete(k)
  for (const k of multi) {
    const e = entries.get(k)
    if (!e) continue
    const parts = k.split(' ')
    for (let len = 1; len < parts.length; len++) {
      for (let a = 0; a + len <= parts.length; a++) {
        const sub = parts.slice(a, a + len).join(' ')
        const se = entries.get(sub)
        if (se?.name && se !== e && se.count <= e.count) entries.delete(sub)
      }
    }
  }
}

/** "Путин" alone and "Владимир Путин" are one person: a one-word name folds into a longer name it starts or ends. */
function foldSingleNames(entries: Map<string, Entry>): void {
  const byEdge = new Map<string, Entry>()
  for (const [key, e] of entries) {
    if (!e.name || !key.includes(' ')) continue
    for (const edge of [key.slice(0, key.indexOf(' ')), key.slice(key.lastIndexOf(' ') + 1)]) {
      const other = byEdge.get(edge)
      if (!other || e.count > other.count) byEdge.set(edge, e)
    }
  }
  for (const [key, e] of entries) {
    if (!e.name || key.includes(' ')) continue
    const longer = byEdge.get(key)
    if (!longer) continue
    longer.count += e.count
    entries.delete(key)
  }
}

/** The first character is an ASCII digit (as `/^\d/` would say). */
function startsWithDigit(s: string): boolean {
  const c = s.charCodeAt(0)
  return c >= 48 && c <= 57
}

/**
 * The form to show. In general the most frequent one. Russian and Ukrainian inflect names and nouns, and the
 * nominative is the shortest form or, among forms of one length, the one ending in -а/-я or a consonant
 * («Путин» before «Путина», «Москва» before «Москвы»); a form seen at least a third as often as the most frequent
 * one competes on that. A lone genitive is turned back where the ending is unambiguous («России» → «Россия»).
 */
function bestForm(e: Entry, language: Language): string {
  let best = ''
  let bestCount = -1
  for (let k = 0; k < e.forms.length; k++) {
    const form = e.forms[k] as string
    const n = e.formCounts[k] as number
    if (n > bestCount || (n === bestCount && form.length < best.length)) {
      best = form
      bestCount = n
    }
  }
  if (language !== 'ru' && language !== 'uk') return best
  let pick = best
  for (let k = 0; k < e.forms.length; k++) {
    const form = e.forms[k] as string
    const n = e.formCounts[k] as number
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
  const last = form.at(-1)?.toLowerCase() ?? ''
  if ('ая'.includes(last) || !'аеёиіїоуыэюяєь'.includes(last)) return 0
  if ('ыиіуюї'.includes(last)) return 2
  return 1
}

function nominativeOfName(form: string, language: Language): string {
  if (language === 'ru') {
    if (/[иИ][иИ]$/u.test(form)) return `${form.slice(0, -1)}я` // России → Россия
    if (form.length > 4 && /[^аеёиоуыэюя]ы$/iu.test(form)) return `${form.slice(0, -1)}а` // Москвы → Москва
  } else if (/[іІ][їЇ]$/u.test(form)) return `${form.slice(0, -1)}я` // Росії → Росія
  return form
}
