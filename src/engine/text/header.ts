import type { Span } from '../types'

/** Metadata lines some feeds put before the article body, e.g. ` date 2025-09-03 ` in the sample article. */
export interface Header extends Span {
  date: string | null
}

// A leading `date YYYY-MM-DD` (or `Date: YYYY-MM-DD`) field. The body may continue on the same line, so the
// header ends where the whitespace after the date ends. Bounded, anchored pattern: no backtracking risk.
const DATE_FIELD = /^[ \t\uFEFF]*date:?[ \t]+(\d{4})-(\d{2})-(\d{2})(?=\s|$)[ \t]*\n?/i

/** Reads the leading metadata header; `end` is where the body starts (0 when there is no header). */
export function readHeader(text: string): Header {
  const m = DATE_FIELD.exec(text)
  if (!m) return { start: 0, end: 0, date: null }
  const [, y, mo, d] = m
  const date = `${y}-${mo}-${d}`
  return { start: 0, end: m[0].length, date: isCalendarDate(date) ? date : null }
}

function isCalendarDate(iso: string): boolean {
  const t = Date.parse(`${iso}T00:00:00Z`)
  return Number.isFinite(t) && new Date(t).toISOString().startsWith(iso)
}
