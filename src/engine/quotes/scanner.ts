import { append } from '../text/append'
import { wordsIn } from '../text/chars'
import { APOSTROPHES, CLOSERS, isLetterOrDigit, isSpace, SYMMETRIC } from './marks'

/** A stretch of text between quotation marks (or a dialogue replica), found by the character scanner. */
export interface QuoteCandidate {
  /** Index of the opening mark (of the dash for a dialogue replica). */
  open: number
  /** Index of the closing mark; for a replica or an unclosed paragraph of a multi-paragraph quote, its end. */
  close: number
  /** The words inside: [start, end), trimmed of spaces and of a comma before the attribution. */
  start: number
  end: number
  mark: string
  /** Inside another quotation. */
  nested: boolean
  /** A dialogue-dash replica rather than marked words. */
  dialogue: boolean
  /** `open` of the previous paragraph of the same multi-paragraph quotation, else -1. */
  continues: number
  /**
   * Words quoted without marks: a paragraph quoted as a block, its attribution below (blockquotes.ts), or a
   * transcript's turn after its speaker's label or a paragraph that goes on one, or a statement after a label of
   * its own (transcripts.ts), or a
   * headline's words after a name and a colon (`label`: «Олег Знарок: В раздевалке был серьёзный разговор»), or
   * a printed interview's question or answer paragraph (printed-interviews.ts); else null.
   */
  unmarked: Unmarked | null
}

/** How words quoted without marks are quoted (see QuoteCandidate.unmarked). */
export type Unmarked = 'block' | 'turn' | 'statement' | 'label' | 'question' | 'answer'

interface Frame {
  mark: string
  pos: number
  children: QuoteCandidate[]
  /**
   * What closesOnLaterLine learnt of this frame at an earlier line break: where the look-ahead found its closing
   * mark (-1: none looked for yet), and the first character after that break's spaces and blank lines.
   */
  closesAt: number
  textAfterBreak: number
}

/**
 * Finds quotations in one character pass with a stack of open marks, so it stays linear on any input
 * (50,000 marks or dashes included). Never fails on unbalanced marks: an opener left open at the end of its
 * paragraph is dropped as a literal character and the quotes found inside it move up a level — unless one of
 * the next few lines closes it (a quotation of several paragraphs marked only at its two ends). Apostrophes
 * (don’t, l’État, O'Neil) open and close nothing. A mark of another style inside a quote nests
 * («…„…“…»). English multi-paragraph quotations — the opening mark repeated at each paragraph, the closing one
 * only at the end — become one candidate per paragraph, linked by `continues`.
 */
export function scanQuotes(text: string, from = 0, to = text.length): QuoteCandidate[] {
  const out: QuoteCandidate[] = []
  const stack: Frame[] = []
  // A multi-paragraph quotation waiting for its next paragraph: its mark and the candidate of the last one.
  let pending: Pending | null = null
  let paraStart = from
  // The line's first character after its spaces, found once per line: a waiting multi-paragraph quotation asks at
  // every closing mark, and a line of many quotations after a long indent made that quadratic.
  let paraFirst = -1
  const lineFirst = () => {
    if (paraFirst < 0) paraFirst = firstNonSpace(text, paraStart, to)
    return paraFirst
  }
  // The regex engine finds the next mark or line break: most characters are neither, and its compiled class
  // skips them faster than a test per char code here. `test` moves `lastIndex` past the match and makes no
  // match array.
  const next = new RegExp(MARK_OR_BREAK)
  next.lastIndex = from
  for (;;) {
    const i = next.test(text) && next.lastIndex <= to ? next.lastIndex - 1 : to
    if (i === to || text.charCodeAt(i) === 10) {
      if (i < to && stack.length > 0 && closesOnLaterLine(text, stack[0] as Frame, i, to)) {
        // One quotation over a line break, marked only at its two ends: it goes on; an inner opener left open
        // at the break is a literal mark.
        while (stack.length > 1) dropFrame(stack, out)
        continue
      }
      pending = endParagraph(text, stack, out, paraStart, i, pending)
      paraStart = i + 1
      paraFirst = -1
      if (i === to) break
      continue
    }
    const ch = text[i] as string
    const closes = closingDepth(text, stack, ch, i)
    if (closes >= 0) {
      // Openers above the one closed were never closed: literal characters; their quotes move down.
      while (stack.length - 1 > closes) dropFrame(stack, out)
      const frame = stack.pop() as Frame
      const parent = stack.at(-1)
      const cand = makeCandidate(text, frame.pos, i, frame.mark, parent !== undefined)
      if (cand) {
        if (pending && frame.mark === pending.mark && frame.pos === lineFirst()) {
          cand.continues = pending.open
          pending = null
        }
        const into = parent ? parent.children : out
        into.push(cand)
        append(into, frame.children, nest)
      } else append(parent ? parent.children : out, frame.children)
      continue
    }
    if (ch in CLOSERS && stack.length < MAX_DEPTH && canOpen(text, i, ch, stack))
      stack.push({ mark: ch, pos: i, children: [], closesAt: -1, textAfterBreak: -1 })
  }
  return out.sort((a, b) => a.open - b.open)
}

interface Pending {
  mark: string
  open: number
}

/** How many lines a quotation marked only at its two ends may run on to (paragraphs of one statement). */
const MAX_LATER_LINES = 3

/**
 * Whether the quotation opened by `f` and left open at the line break `br` is closed on one of the next few
 * lines, before any of them opens a quotation of its own: «…⏎…», — отметил Никифоров. A line that opens with the
 * same mark is the English convention instead (see endParagraph). Each line is looked at from at most a few
 * breaks before it, so the scan stays linear: once a look-ahead has found the closing mark, the breaks before it
 * ask only whether their next line opens with the mark — a look-ahead from each of them would cross the same
 * lines again, and a run of blank lines made that quadratic (20,000 openers over 200,000 blank lines: a minute).
 */
function closesOnLaterLine(text: string, f: Frame, br: number, to: number): boolean {
  const closers = CLOSERS[f.mark] as string
  const symmetric = SYMMETRIC.has(f.mark)
  // A break inside the blank lines after the last one has the same next line.
  const first = br < f.textAfterBreak ? f.textAfterBreak : firstNonSpace(text, br + 1, to)
  f.textAfterBreak = first
  if (text[first] === f.mark) return false
  // The lines from here to the closing mark were crossed by the look-ahead that found it: from here it would find
  // it again, or a closing mark before it.
  if (br < f.closesAt) return true
  let lines = 1
  // Titles in the same marks inside the later lines («…⏎Вдячний … з «Олімпіком» … гравець важливий»): a pair
  // opened and closed on one line is passed over. Only for marks that tell opening from closing.
  let inner = 0
  // From mark to mark, as the scan itself goes (the letters between are skipped by the regex engine).
  const next = new RegExp(MARK_OR_BREAK)
  next.lastIndex = first
  // (A blank line between paragraphs is no line of the quotation: the paragraphs count alike however they are
  // set apart.)
  let lineStart = first
  while (next.test(text) && next.lastIndex <= to) {
    const j = next.lastIndex - 1
    const c = text[j] as string
    if (c === '\n') {
      const blank = firstNonSpace(text, lineStart, j) >= j
      lineStart = j + 1
      if (blank) continue
      if (++lines > MAX_LATER_LINES || inner > 0) return false
      continue
    }
    // A straight mark after a space opens; only after a word or punctuation does it close.
    const closes = closers.includes(c) && canClose(text, j, c) && !(symmetric && isSpace(text[j - 1]))
    if (closes && inner > 0) inner--
    else if (closes) {
      f.closesAt = j
      return true
    } else if (c === f.mark && !symmetric && isSpace(text[j - 1])) inner++
    else if (c === f.mark) return false
  }
  return false
}

/** A quotation mark or apostrophe of any style (" ' « » ‘ ’ ‚ ‛ “ ” „ ‹ ›), or a line break. */
const MARK_OR_BREAK = /["'\n\u00ab\u00bb\u2018-\u201e\u2039\u203a]/g

/** Nesting deeper than this is not prose: further openers are literal characters (keeps «««… linear). */
const MAX_DEPTH = 6

/** The depth of the open frame that `ch` at `i` closes, or -1. Looks at most a few frames down. */
function closingDepth(text: string, stack: Frame[], ch: string, i: number): number {
  const lowest = Math.max(0, stack.length - 3)
  for (let d = stack.length - 1; d >= lowest; d--) {
    const f = stack[d] as Frame
    if ((CLOSERS[f.mark] as string).includes(ch) && i > f.pos + 1 && canClose(text, i, ch)) return d
    // A symmetric mark that could open (a new quote) must not close a frame further down.
    if (SYMMETRIC.has(ch) && ch === f.mark) return -1
  }
  return -1
}

/** Opening marks follow a space, punctuation or the start; apostrophe-like marks never follow a letter. */
function canOpen(text: string, i: number, ch: string, stack: Frame[]): boolean {
  const next = text[i + 1]
  const prev = text[i - 1]
  if (next === undefined || next === '\n') return false
  // « Bonjour » (French spacing). Not » before a space, which opens no quotation in any style (»…« has none) and on
  // web pages sets off a breadcrumb ("France » La première ministre…").
  if (isSpace(next)) return ch === '«' || ch === '”' || (ch === '"' && spacedStraightOpener(text, i))
  if (ch === '”') return stack.length === 0 && (prev === undefined || isSpace(prev))
  if (SYMMETRIC.has(ch) || APOSTROPHES.has(ch)) {
    if (isLetterOrDigit(prev)) return false
    // A straight mark nests in itself only where it can only open: after a space, before a letter
    // ("Представители АО "КрасЭКО" не могут…").
    if (SYMMETRIC.has(ch) && stack.some((f) => f.mark === ch)) {
      return stack.length < 3 && (prev === undefined || isSpace(prev)) && isLetterOrDigit(next)
    }
  }
  return true
}

/**
 * `" Je suis une ex-première partie ", s’amuse…`: a straight mark spaced off its words the French way opens where a
 * line starts or after a space — not after a number, where it is the inch sign (`a 12 " screen`).
 */
function spacedStraightOpener(text: string, i: number): boolean {
  if (i === 0 || text.charCodeAt(i - 1) === 10) return true
  if (!isSpace(text[i - 1])) return false
  const before = text.charCodeAt(i - 2)
  return !(before >= 48 && before <= 57)
}

/**
 * Closing marks that are also apostrophes close only when no letter follows (O’Neill, don’t). “ closes only where
 * it cannot open: after no space, before no letter (German „…“; "…lernen.“), not "…said “yes”".
 */
function canClose(text: string, i: number, ch: string): boolean {
  if (ch === '“') return !isSpace(text[i - 1]) && !isLetterOrDigit(text[i + 1])
  if (SYMMETRIC.has(ch) || APOSTROPHES.has(ch)) {
    if (isLetterOrDigit(text[i + 1])) return false
    if (ch === "'" || ch === '’') return !isSpace(text[i - 1]) || text[i - 2] === ','
  }
  return true
}

function nest(c: QuoteCandidate): QuoteCandidate {
  c.nested = true
  return c
}

function dropFrame(stack: Frame[], out: QuoteCandidate[]): void {
  const f = stack.pop() as Frame
  const parent = stack.at(-1)
  for (const c of f.children) {
    if (!parent) c.nested = false
    ;(parent ? parent.children : out).push(c)
  }
}

/**
 * At a paragraph end every open frame is unclosed. The bottom one starts a multi-paragraph quotation when
 * the next paragraph opens with the same mark (the English convention); it then yields a candidate for this
 * paragraph. It also does when it opens a paragraph of such a quotation whose closing mark was left out (the
 * last paragraph of an excerpt, or a slip), or when the text ends with this paragraph (an excerpt cut off inside
 * a quotation): the statement runs to the paragraph's end. Otherwise it is a literal mark and the scan goes on
 * after it.
 */
function endParagraph(
  text: string,
  stack: Frame[],
  out: QuoteCandidate[],
  paraStart: number,
  paraEnd: number,
  pending: Pending | null,
): Pending | null {
  // A blank line between its paragraphs keeps a multi-paragraph quotation waiting.
  if (stack.length === 0 && firstNonSpace(text, paraStart, paraEnd) === paraEnd) return pending
  let next: Pending | null = null
  // Another opener of the bottom one's style left open above it: stray marks, not a quotation cut off.
  const strays = stack.length > 1 && stack.some((g, k) => k > 0 && g.mark === (stack[0] as Frame).mark)
  while (stack.length > 1) dropFrame(stack, out)
  const f = stack.pop()
  const shared = f ? sharedCloser(text, f) : null
  if (f && shared) {
    // «…поговорки «сапожник без сапог», — сказал он: the outer quotation shares the inner one's closing mark.
    const cand = makeCandidate(text, f.pos, shared.close, f.mark, false)
    if (cand) {
      out.push(cand)
      append(out, f.children, nest)
    }
  } else if (f) {
    const nextStart = firstNonSpace(text, paraEnd + 1, text.length)
    const reopens = text[nextStart] === f.mark
    const continues =
      pending !== null && pending.mark === f.mark && f.pos === firstNonSpace(text, paraStart, paraEnd)
    // The text ends inside a quotation of a sentence or more: an excerpt or a feed's teaser cut off before its
    // closing mark. A few words after a mark are as often a stray mark («купил «билет.»), and so is one that holds
    // quotations in its own marks. (Nor for » or ”, which open only in rare styles and far more often are a
    // closing mark left over.)
    const cut =
      nextStart >= text.length &&
      f.mark !== '»' &&
      f.mark !== '”' &&
      !strays &&
      ownStyleChildren(f) === 0 &&
      wordsIn(text, f.pos, paraEnd, MIN_CUT_WORDS) >= MIN_CUT_WORDS
    const cand = reopens || continues || cut ? makeCandidate(text, f.pos, paraEnd, f.mark, false) : null
    if (cand) {
      if (continues) cand.continues = (pending as Pending).open
      out.push(cand)
      if (reopens) next = { mark: f.mark, open: f.pos }
    }
    for (const c of f.children) {
      c.nested = false
      out.push(c)
    }
  }
  return next
}

/** How many words a quotation the text ends in must hold to be read as one cut off (see endParagraph). */
const MIN_CUT_WORDS = 6

/**
 * An unclosed guillemet whose last inner quotation is of the same style: Russian and Ukrainian typography does
 * not double the closing mark («…«…» for «…«…»»), so the two end together. Not when it holds two or more of its
 * style: that is a guillemet left unclosed before the paragraph's own quotations («Fue una chiquillada…, comentaba
 * una vecina. «No tengo…», opinaba Araceli. … «Creo que…»).
 */
function sharedCloser(_text: string, f: Frame): QuoteCandidate | null {
  if (f.mark !== '«' && f.mark !== '„') return null
  const last = f.children.at(-1)
  return last && last.mark === f.mark && ownStyleChildren(f) === 1 ? last : null
}

/** How many quotations in its own marks a frame holds, counted up to two. */
function ownStyleChildren(f: Frame): number {
  let n = 0
  for (const c of f.children) if (c.mark === f.mark && ++n > 1) break
  return n
}

function firstNonSpace(text: string, from: number, to: number): number {
  let i = from
  while (i < to && isSpace(text[i])) i++
  return i
}

/** The candidate between an opener and a closer, or null when nothing but spaces lies between. */
function makeCandidate(text: string, open: number, close: number, mark: string, nested: boolean) {
  let s = open + 1
  let e = close
  while (s < e && isSpace(text[s])) s++
  while (e > s && isSpace(text[e - 1])) e--
  // "…,” he said / «…», — the comma belongs to the sentence around the quote, not to the words quoted.
  if (e > s && text[e - 1] === ',') e--
  while (e > s && isSpace(text[e - 1])) e--
  if (e <= s || !hasWord(text, s, e)) return null
  return {
    open,
    close,
    start: s,
    end: e,
    mark,
    nested,
    dialogue: false,
    continues: -1,
    unmarked: null,
  } as QuoteCandidate
}

/** Words quoted without marks ([start, end), the reporter's words from `close` on): blockquotes.ts, transcripts.ts. */
export function unmarkedCandidate(
  start: number,
  end: number,
  close: number,
  unmarked: Unmarked,
  continues = -1,
): QuoteCandidate {
  return { open: start, close, start, end, mark: '', nested: false, dialogue: false, continues, unmarked }
}

function hasWord(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (isLetterOrDigit(text[i])) return true
  return false
}
