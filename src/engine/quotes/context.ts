import type { Document } from '../text/document'

/** A word of the article with what the attribution rules need to know about its surroundings. */
export interface Word {
  start: number
  end: number
  text: string
  lower: string
  cap: boolean
  /** Characters between the previous word of the paragraph (or its start) and this one: punctuation, marks. */
  gap: string
  paragraph: number
  sentence: number
  /** First word of its sentence, or right after an opening mark, colon or dash: capitals say nothing there. */
  initial: boolean
  /** Index of the speech candidate this word lies in, or -1 (outside every quotation). */
  quote: number
  /** Inside a name or title in quotation marks («Газпром»): part of the reporter's text, never a speaker. */
  titled: boolean
  /**
   * The answers of `roleOf` and `countryOf` for this word, kept on the word once asked (undefined until then):
   * the mention reader asks them of one word several times, and a field is cheaper than a memo look-up.
   */
  roleStem?: string | null
  countryId?: string | null
  /** Whether the word can qualify a role from the left (speakers/mentions.ts `isModifier`), once asked. */
  modifier?: boolean
  /** Whether the word is a noun that introduces a name or title (`isKindNoun`), once asked. */
  kindNoun?: boolean
}

/**
 * All words of the document in order, with gaps; built once, linear in the text. The array is allocated at its
 * final size, and gaps of one or two characters (" ", ", ", ". ", "«", "\n") are shared strings rather than a
 * new slice per word: at 100k words the slices were most of what the scavenger copied.
 */
export function buildWords(doc: Document): Word[] {
  const { text } = doc
  let n = 0
  for (const s of doc.sentences) n += s.tokens.length
  const out: Word[] = new Array(n)
  let k = 0
  for (const p of doc.paragraphs) {
    let prevEnd = p.start
    for (let si = p.firstSentence; si < p.lastSentence; si++) {
      const s = doc.sentences[si]
      if (!s) continue
      let first = true
      for (const t of s.tokens) {
        const gap = gapOf(text, prevEnd, t.start)
        out[k++] = {
          start: t.start,
          end: t.end,
          text: t.text,
          lower: t.lower,
          cap: t.capitalized,
          gap,
          paragraph: p.index,
          sentence: si,
          initial: first || opensClause(gap),
          quote: -1,
          titled: false,
          roleStem: undefined,
          countryId: undefined,
          modifier: undefined,
          kindNoun: undefined,
        }
        first = false
        prevEnd = t.end
      }
    }
  }
  // Sentences outside every paragraph's range would leave holes; there are none, but never hand out a hole.
  out.length = k
  return out
}

/** Shared strings for gaps of one or two characters, by their char codes (a gap is almost always one of few). */
const shortGaps = new Map<number, string>()

function gapOf(text: string, from: number, to: number): string {
  const len = to - from
  if (len === 0) return ''
  if (len > 2) return text.slice(from, to)
  const key = len === 1 ? text.charCodeAt(from) : text.charCodeAt(from) * 0x10000 + text.charCodeAt(from + 1)
  let gap = shortGaps.get(key)
  if (gap === undefined) {
    gap = text.slice(from, to)
    // Bounded: only one- and two-character strings, and a text rarely holds more than a few dozen kinds.
    if (shortGaps.size < 4096) shortGaps.set(key, gap)
  }
  return gap
}

/** The gap ends with an opening mark, a colon or a dash (then spaces): capitals after it prove nothing. */
function opensClause(gap: string): boolean {
  if (gap === ' ') return false
  let i = gap.length - 1
  while (i >= 0 && (gap[i] === ' ' || gap[i] === '\u00a0' || gap[i] === '\n')) i--
  const c = gap[i]
  return (
    c === '«' ||
    c === '“' ||
    c === '"' ||
    c === '„' ||
    c === '‘' ||
    c === '(' ||
    c === ':' ||
    c === '—' ||
    c === '–'
  )
}

/** Whether a gap ends a sentence: . ! ? … (outside any quotation) — a new sentence starts after it. */
export function endsSentence(gap: string): boolean {
  for (let i = 0; i < gap.length; i++) {
    const c = gap[i]
    if (c === '.' || c === '!' || c === '?' || c === '…' || c === ';') return true
  }
  return false
}

/** Whether the word right before a gap is an abbreviation or an initial (Mr. / Lt. / J. / М.), not a sentence end. */
export function isAbbreviation(w: Word | undefined, honorifics: ReadonlySet<string>): boolean {
  if (!w) return false
  return w.text.length === 1 || honorifics.has(w.lower)
}
