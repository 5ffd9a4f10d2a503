import { CLOSERS, isLetterOrDigit, isOpeningMark } from './marks'

/** A stretch of text between quotation marks, found by the character scanner. */
export interface QuoteCandidate {
  /** Index of the opening mark. */
  open: number
  /** Index of the closing mark. */
  close: number
  /** The words between the marks: [open + 1, close), trimmed. */
  start: number
  end: number
  mark: string
}

/**
 * Finds top-level quotations in one character pass. Never fails on unbalanced marks: an opener with no closer
 * in its paragraph is skipped and the scan restarts after it. Apostrophes (don’t, l’État, O'Neil) are not
 * openers or closers. Quotes nested in another style («…„…“…») stay inside the outer quote.
 */
export function scanQuotes(text: string, from = 0, to = text.length): QuoteCandidate[] {
  const out: QuoteCandidate[] = []
  // For each opening mark, the position before which a search already failed: a later opener of the same
  // style in the same paragraph cannot find a closer either. This keeps the scan linear on "«««««…".
  const failedUntil = new Map<string, number>()
  let i = from
  while (i < to) {
    const ch = text[i] as string
    if (isOpeningMark(ch) && canOpen(text, i)) {
      const paraEnd = paragraphEnd(text, i, to)
      if ((failedUntil.get(ch) ?? -1) >= paraEnd) {
        i++
        continue
      }
      const close = findCloser(text, i, paraEnd)
      if (close < 0) {
        failedUntil.set(ch, paraEnd)
        i++
        continue
      }
      let s = i + 1
      let e = close
      while (s < e && /\s/.test(text[s] as string)) s++
      while (e > s && /\s/.test(text[e - 1] as string)) e--
      if (e > s) out.push({ open: i, close, start: s, end: e, mark: ch })
      i = close + 1
      continue
    }
    i++
  }
  return out
}

function paragraphEnd(text: string, i: number, to: number): number {
  const nl = text.indexOf('\n', i)
  return nl < 0 || nl > to ? to : nl
}

/** Apostrophe guard for straight and single marks: an opener follows a space, punctuation or the start. */
function canOpen(text: string, i: number): boolean {
  const ch = text[i] as string
  const next = text[i + 1]
  if (next === undefined || /\s/.test(next)) return ch === '«' || ch === '»' // French « with a space inside
  if (ch === "'" || ch === '‘' || ch === '"' || ch === '’') return !isLetterOrDigit(text[i - 1])
  return true
}

function canClose(text: string, i: number): boolean {
  const ch = text[i] as string
  if (ch === "'" || ch === '’' || ch === '"') return !isLetterOrDigit(text[i + 1])
  return true
}

/** The matching closer of the opener at `open`, before `limit`; nested openers of the same style count depth. */
function findCloser(text: string, open: number, limit: number): number {
  const opener = text[open] as string
  const closers = CLOSERS[opener] as string
  const symmetric = closers.includes(opener)
  let depth = 0
  for (let j = open + 1; j < limit; j++) {
    const c = text[j] as string
    if (closers.includes(c) && canClose(text, j) && j > open + 1) {
      if (depth === 0) return j
      depth--
    } else if (!symmetric && c === opener) depth++
  }
  return -1
}
