import type { Lexicon } from '../lang/lexicon'
import type { Paragraph, Sentence } from './document'

/** A promo marker line ("Также по теме", "Read more") is this short; the line after it is the linked title. */
const MAX_MARKER_WORDS = 6
const MAX_LINKED_TITLE_WORDS = 25

/** Whether a line or sentence is non-prose by the language's patterns (promo links, bylines, photo captions). */
export function isBoilerplate(text: string, lex: Lexicon): boolean {
  const quick = quickChecks(lex.boilerplate)
  for (let k = 0; k < quick.length; k++) {
    const q = quick[k]
    // The quick check is a necessary condition: only when it matches can the pattern itself match.
    if (q && !q.test(text)) continue
    if ((lex.boilerplate[k] as RegExp).test(text)) return true
  }
  return false
}

// Every sentence of an article is tested against every pattern, and most patterns never match. A pattern that
// opens with a look at the character before it — `\b`, a lookbehind, or "the start or one of these characters"
// (`(?:^|[\s—–-])`) — and is not anchored ("\blast updated at \d", «(?:^|[\s—–-])в материале …») is tried at every
// position of the sentence: the leading context keeps V8 from skipping ahead to where its first letters occur,
// which costs several times more than the same pattern without it. Without that context the pattern matches
// whenever the original does (the rest of a match is a match of the rest), so it makes an exact pre-filter; the
// original pattern still decides.
const quickCache = new WeakMap<readonly RegExp[], ReadonlyArray<RegExp | null>>()

/** `\b`, a lookbehind with no group inside, or `(?:^|[…])` at the start of a pattern's source. */
const LEADING_CONTEXT = /^(?:\\b|\(\?<[=!](?:\\.|[^()\\])*\)|\(\?:\^\|\[(?:\\.|[^\]\\])*\]\))/

function quickChecks(patterns: readonly RegExp[]): ReadonlyArray<RegExp | null> {
  let quick = quickCache.get(patterns)
  if (!quick) {
    quick = patterns.map((re) => {
      if (re.global || re.sticky) return null
      const context = LEADING_CONTEXT.exec(re.source)
      if (context) return new RegExp(re.source.slice(context[0].length), re.flags)
      const opening = costlyAnchored(re.source) ? anchoredOpening(re.source) : null
      return opening ? new RegExp(opening, re.flags) : null
    })
    quickCache.set(patterns, quick)
  }
  return quick
}

// An anchored pattern fails at once on a sentence that does not open as it does, but V8 compiles a pattern on its
// first use, and one with letter classes (`\p{L}`) repeated by its quantifiers costs milliseconds to compile: the
// byline pattern of English, ^by [\p{Lu}][\p{L}.'-]+(?: [\p{Lu}][\p{L}.'-]+){0,3}…, 7 ms — paid by a new isolate's
// first request, for a pattern most articles never match. Its opening alone ("^by ") is a necessary condition and
// compiles in microseconds, so the pattern itself is compiled only for a sentence that opens as it does.

function costlyAnchored(source: string): boolean {
  return source.startsWith('^') && source.includes('\\p{')
}

/**
 * `^` and what the pattern opens with — a run of plain characters ("^by ") or a group with no letter classes
 * ("^(?:фото|видео)") that no quantifier follows — when the pattern has no alternative at its top level; else null.
 */
function anchoredOpening(source: string): string | null {
  if (hasTopLevelAlternative(source)) return null
  let end = 1
  if (source[1] === '(') end = groupEnd(source, 1)
  else while (end < source.length && !SYNTAX.has(source[end] as string)) end++
  // A quantifier after the opening makes it optional (a run's last character, or the whole group).
  if (QUANTIFIERS.has(source[end] as string)) end = source[1] === '(' ? 1 : end - 1
  const opening = source.slice(0, end)
  return end > 2 && !opening.includes('\\p{') ? opening : null
}

const SYNTAX = new Set('\\^$.|?*+()[]{}')
const QUANTIFIERS = new Set('?*+{')

/** The index after the group that opens at `open`, or `open` when it does not close. */
function groupEnd(source: string, open: number): number {
  let depth = 0
  for (let i = open; i < source.length; i++) {
    const c = source[i]
    if (c === '\\') i++
    else if (c === '[') i = classEnd(source, i) - 1
    else if (c === '(') depth++
    else if (c === ')' && --depth === 0) return i + 1
  }
  return open
}

/** The index after the character class that opens at `open`. */
function classEnd(source: string, open: number): number {
  for (let i = open + 1; i < source.length; i++) {
    if (source[i] === '\\') i++
    else if (source[i] === ']') return i + 1
  }
  return source.length
}

function hasTopLevelAlternative(source: string): boolean {
  let depth = 0
  for (let i = 0; i < source.length; i++) {
    const c = source[i]
    if (c === '\\') i++
    else if (c === '[') i = classEnd(source, i) - 1
    else if (c === '(') depth++
    else if (c === ')') depth--
    else if (c === '|' && depth === 0) return true
  }
  return false
}

/**
 * Marks paragraphs that are wholly non-prose: a one-sentence paragraph matching a boilerplate pattern, the
 * short line right after a promo marker (the title of the linked article) and the linked article's teaser after
 * it when it ends in an ellipsis. A promo sentence at the end of a
 * prose paragraph ("… — в материале URA.RU.") leaves the paragraph alone; the summary filters such sentences.
 */
export function markPromo(
  text: string,
  paragraphs: Paragraph[],
  sentences: readonly Sentence[],
  lex: Lexicon,
): void {
  let afterMarker = false
  let afterLinkedTitle = false
  for (const p of paragraphs) {
    const count = p.lastSentence - p.firstSentence
    let words = 0
    for (let i = p.firstSentence; i < p.lastSentence; i++) words += (sentences[i] as Sentence).tokens.length
    const linkedTitle = afterMarker && count === 1 && words <= MAX_LINKED_TITLE_WORDS
    // The teaser of the linked article, cut off with an ellipsis ("… пообещал нокаутировать россиянина. Он...").
    const teaser = afterLinkedTitle && /(?:\.\.\.|…)$/u.test(text.slice(p.start, p.end))
    const boiler = count <= 1 && isBoilerplate(text.slice(p.start, p.end), lex)
    afterMarker = boiler && words <= MAX_MARKER_WORDS
    afterLinkedTitle = linkedTitle
    p.promo = boiler || linkedTitle || teaser
  }
}
