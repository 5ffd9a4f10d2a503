import type { Span } from '../types'

/** A dateline opening the body: "МОСКВА, 9 августа. /ТАСС/.", "WASHINGTON (Reuters) -", "Москва. 22 мая. INTERFAX.RU -". */
export interface Dateline extends Span {
  /** ISO date when the dateline names day, month and year; otherwise null. */
  date: string | null
}

const CITY = String.raw`\p{Lu}[\p{L}'’\-]+(?:[ \-]\p{Lu}[\p{L}'’\-]+){0,2}`
const DAY_MONTH = String.raw`(\d{1,2})\s+(\p{L}{3,10})\.?(?:\s+(\d{4}))?`
const MONTH_DAY = String.raw`(\p{Lu}\p{Ll}{2,8})\.?\s+(\d{1,2})(?:,\s*(\d{4}))?`
// Before the separator only an unmistakable agency: /ТАСС/, (Reuters), INTERFAX.RU — not any capitalised word.
const CAPS_AGENCY = String.raw`(?:\/[^/\n]{2,20}\/|\([^()\n]{2,25}\)|\p{Lu}{2,}[\p{Lu}.\-]*)`
const AGENCY = String.raw`(?:\/[^/\n]{2,20}\/|\([^()\n]{2,25}\)|\p{Lu}[\p{L}.\-]+(?:\s\p{Lu}[\p{L}.\-]+)?)`
// City, date, then an agency and/or a separator. Anchored, bounded quantifiers: no catastrophic backtracking.
const WITH_DATE = new RegExp(
  String.raw`^${CITY}[,.]\s*(?:${DAY_MONTH}|${MONTH_DAY})(?<dot>\.)?(?:\s*(?<agency>${CAPS_AGENCY})\.?)?\s*(?:(?<dash>[—–-])\s*(?:${AGENCY}\.(?=\s|$))?\s*)?`,
  'u',
)
// An upper-case city with an agency in brackets or a dash: "WASHINGTON (Reuters) — ", "LONDON — ".
const CAPS_CITY =
  /^\p{Lu}{3,}(?:[ -]\p{Lu}{2,}){0,2}(?:,\s*\p{Lu}[\p{L}.]+)?\s*(?:\([^()\n]{2,25}\)\s*)?[—–-]{1,2}\s+/u

const MONTHS: Record<string, number> = {}
const MONTH_NAMES = [
  'янв jan jän ene sty січ',
  'фев feb fév févr лют',
  'мар mar mär бер',
  'апр apr avr abr кві',
  'мая май may mai тра',
  'июн jun jui juin чер',
  'июл jul juil лип',
  'авг aug aoû ago сер',
  'сен sep sept set вер',
  'окт oct okt жов',
  'ноя nov лис',
  'дек dec dez déc dic гру',
]
for (const [i, names] of MONTH_NAMES.entries()) for (const n of names.split(' ')) MONTHS[n] = i + 1

/** The dateline at `text[start, end)` (the first body paragraph), or null. */
export function readDateline(text: string, start: number, end: number): Dateline | null {
  const line = text.slice(start, Math.min(end, start + 160))
  const m = DATE_SHAPE.test(line) ? WITH_DATE.exec(line) : null
  if (m?.groups && (m.groups.dot || m.groups.agency || m.groups.dash)) {
    const [, day1, month1, year1, month2, day2, year2] = m
    return { start, end: start + m[0].length, date: isoDate(year1 ?? year2, month1 ?? month2, day1 ?? day2) }
  }
  const c = mayOpenWithCapitals(line) ? CAPS_CITY.exec(line) : null
  if (c) return { start, end: start + c[0].length, date: null }
  return null
}

// The two expressions above are compiled on their first use, which with their letter classes costs a new isolate
// about 10 ms. A first paragraph seldom has the shape they need; these tests of the few characters that shape
// requires (true wherever the expression could match) spare most articles that cost.

/**
 * WITH_DATE up to the date's first digit, in plain characters: at most three words (the city) before the line's
 * first comma or full stop, then a number, or a word (the month) and a number.
 */
const DATE_SHAPE = /^[^\s,.]+(?: [^\s,.]+){0,2}[,.]\s*(?:\d|[^\s\d.]{3,9}\.?\s+\d)/

/** CAPS_CITY: the line opens with three characters none of which is in lower case, and has a dash before a space. */
function mayOpenWithCapitals(line: string): boolean {
  const head = line.slice(0, 3)
  return head.length === 3 && head.toUpperCase() === head && /[—–-]\s/.test(line)
}

function isoDate(year?: string, month?: string, day?: string): string | null {
  if (!year || !month || !day) return null
  const lower = month.toLowerCase()
  const mo = MONTHS[lower.slice(0, 4)] ?? MONTHS[lower.slice(0, 3)]
  if (!mo) return null
  const iso = `${year}-${String(mo).padStart(2, '0')}-${day.padStart(2, '0')}`
  const t = Date.parse(`${iso}T00:00:00Z`)
  return Number.isFinite(t) && new Date(t).toISOString().startsWith(iso) ? iso : null
}
