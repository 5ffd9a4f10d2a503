import { classAt, LETTER, LOWER, LOWER_STABLE, NUMBER, UPPER, unitClass, widthAt } from '../text/chars'
import { CLOSERS, isDashCharCode, isLongDashCharCode, isSpaceCharCode, isSpacedDashAt } from './marks'
import type { QuoteCandidate } from './scanner'
import { labelColon } from './transcripts'

/**
 * Dialogue-dash replicas of one paragraph that starts with a dash: `— Реплика, — сказал он. — Ещё.`
 * The paragraph alternates replica, author's words, replica…, separated by a dash after a comma or a
 * sentence end. Adds the replicas (without the author's words) to `out`, each as a candidate, and returns it:
 * the caller's one list for all paragraphs, not a new one per paragraph. Linear in the paragraph: every
 * character is looked at once.
 */
export function scanDialogue(
  text: string,
  start: number,
  end: number,
  out: QuoteCandidate[] = [],
): QuoteCandidate[] {
  if (!isDashCharCode(text.charCodeAt(start))) return out
  // `-О першій годині…, – розповідає Юлія. -Я спочатку…`: a hyphen typed against a capital, where the press
  // sets a dash and a space. Read as the spaced dash; the same hand may type the dash back to the words so too.
  const hyphenAgainstCapital = text.charCodeAt(start) === 0x2d && opensWithCapital(text, start + 1)
  if (!isSpaceCharCode(text.charCodeAt(start + 1)) && !hyphenAgainstCapital)
    return isLongDashCharCode(text.charCodeAt(start)) ? scanAttachedDashes(text, start, end, out) : out
  const before = out.length
  let segStart = start + 1
  let speech = true
  // `— Мы перечисляли доводы (сейчас у него 132-я статья. — Прим. ред.). Рассказывали…`: an editor's note in
  // brackets has its own dash, which is no turn to the author's words.
  let bracketDepth = 0
  for (let i = start + 2; i <= end; i++) {
    const code = text.charCodeAt(i)
    if (code === 0x28 /* ( */) bracketDepth++
    else if (code === 0x29 /* ) */ && bracketDepth > 0) bracketDepth--
    const boundary =
      i === end ||
      (bracketDepth === 0 && authorsDashAt(text, i)) ||
      (hyphenAgainstCapital && !speech && dashAgainstCapitalAt(text, i) && afterStop(text, i - 1))
    if (hyphenAgainstCapital && speech && dashAgainstLowerAt(text, i)) {
      // `-Es inaceptable -declaró Díaz-.`: author's words set the Spanish way, with hyphens this scan does not
      // read (Díaz-Ayuso). The paragraph is left as if it had no dash rather than given the author's words.
      out.length = before
      return out
    }
    if (!boundary) continue
    if (speech) {
      const c = replica(text, segStart, i, start)
      if (c) out.push(c)
    }
    // `— Почему ты ушёл? — Главная причина…`: after a question, a capital opens the answer, not the author's
    // words, which go on in lower case (`— Почему? — спросил он.`).
    speech = !speech || (i < end && answersQuestion(text, i))
    // A replica after the author's words starts after this dash.
    segStart = i + 1
  }
  return out
}

/**
 * Replicas in the Spanish way, the dash written against the words it opens: `—Es inaceptable —declaró Díaz—.
 * Vamos a actuar.` A replica runs to a dash that has a space before it and a letter after (the author's words
 * begin); the author's words run to a dash written right after a word or a mark (`Díaz—.`), or to the end of the
 * paragraph; what follows that closing dash, if anything, is the next replica. Linear in the paragraph.
 */
function scanAttachedDashes(
  text: string,
  start: number,
  end: number,
  out: QuoteCandidate[],
): QuoteCandidate[] {
  if (
    !(unitClass(text.charCodeAt(start + 1)) & (LETTER | NUMBER)) &&
    !isOpeningSign(text.charCodeAt(start + 1))
  )
    return out
  let segStart = start + 1
  let speech = true
  for (let i = start + 1; i <= end; i++) {
    // Only long dashes: a hyphen joins a word (Díaz-Ayuso) and ends nothing.
    if (i < end && !isLongDashCharCode(text.charCodeAt(i))) continue
    const opensAuthor =
      i < end && isSpaceCharCode(text.charCodeAt(i - 1)) && unitClass(text.charCodeAt(i + 1)) & LETTER
    const closesAuthor = i === end || !isSpaceCharCode(text.charCodeAt(i - 1))
    if (speech && (opensAuthor || i === end)) {
      const c = replica(text, segStart, i, segStart - 1)
      if (c) out.push(c)
      speech = false
      segStart = i + 1
    } else if (!speech && closesAuthor && i < end) {
      // The replica after the author's words starts past the closing dash and its punctuation.
      let j = i + 1
      while (j < end && (isSpaceCharCode(text.charCodeAt(j)) || isClauseMark(text.charCodeAt(j)))) j++
      speech = true
      segStart = j
      i = j - 1
    }
  }
  return out
}

/** An upper-case letter at i, or ¿ ¡ before one: the first character of a replica. */
function opensWithCapital(text: string, i: number): boolean {
  const k = isOpeningSign(text.charCodeAt(i)) ? i + 1 : i
  return (unitClass(text.charCodeAt(k)) & UPPER) !== 0
}

/** A dash at i with a space before it and a capital right after it (` -Но`). */
function dashAgainstCapitalAt(text: string, i: number): boolean {
  return (
    isDashCharCode(text.charCodeAt(i)) &&
    isSpaceCharCode(text.charCodeAt(i - 1)) &&
    opensWithCapital(text, i + 1)
  )
}

/** A dash at i with a space before it and a lower-case letter right after it (` -declaró`). */
function dashAgainstLowerAt(text: string, i: number): boolean {
  return (
    isDashCharCode(text.charCodeAt(i)) &&
    isSpaceCharCode(text.charCodeAt(i - 1)) &&
    (unitClass(text.charCodeAt(i + 1)) & LOWER) !== 0
  )
}

/** ¿ and ¡, which open a Spanish question or exclamation. */
function isOpeningSign(code: number): boolean {
  return code === 0xbf || code === 0xa1
}

function isClauseMark(code: number): boolean {
  return code === 0x2c || code === 0x2e || code === 0x3b || code === 0x3a // , . ; :
}

/** Whether the dash at i follows a question mark and comes before a capital: a second replica. */
function answersQuestion(text: string, i: number): boolean {
  if (codeBeforeSpaces(text, i - 1) !== 0x3f /* ? */) return false
  let k = i + 1
  while (k < text.length && isSpaceCharCode(text.charCodeAt(k))) k++
  return (unitClass(text.charCodeAt(k)) & UPPER) !== 0
}

/**
 * A spaced dash at i after `,` `.` `!` `?` `…`: where a replica turns to the author's words, or back. Web copy
 * also types the long dash against the mark before it (`…на 12-й этаж,— сокрушается пенсионерка.`): a space
 * after it still sets it off from the words, which a hyphen joins.
 */
export function authorsDashAt(text: string, i: number): boolean {
  if (isSpacedDashAt(text, i)) return afterStop(text, i - 1)
  return (
    isLongDashCharCode(text.charCodeAt(i)) &&
    isStopCode(text.charCodeAt(i - 1)) &&
    isSpaceCharCode(text.charCodeAt(i + 1))
  )
}

/** Whether the dash at i follows `,` `.` `!` `?` `…` (then spaces): a turn between replica and author. */
function afterStop(text: string, i: number): boolean {
  return isStopCode(codeBeforeSpaces(text, i))
}

function isStopCode(c: number): boolean {
  return c === 0x2c || c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026 // , . ! ? …
}

/** The char code at `i`, or back from it past spaces. */
export function codeBeforeSpaces(text: string, i: number): number {
  let j = i
  while (j > 0 && isSpaceCharCode(text.charCodeAt(j))) j--
  return text.charCodeAt(j)
}

/** The longest stage direction looked for before a replica's words, in characters. */
const MAX_STAGE_DIRECTION = 60

/**
 * `— (Улыбается.) Да, конечно.`: a stage direction in brackets before the words is the reporter's; the replica
 * starts after it (and its spaces). Looks at most MAX_STAGE_DIRECTION characters ahead; `s` if there is none.
 */
function pastStageDirection(text: string, s: number, e: number): number {
  if (text.charCodeAt(s) !== 0x28 /* ( */) return s
  const limit = Math.min(e, s + MAX_STAGE_DIRECTION)
  for (let i = s + 1; i < limit; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x28) return s
    if (c !== 0x29 /* ) */) continue
    let k = i + 1
    while (k < e && isSpaceCharCode(text.charCodeAt(k))) k++
    return k < e ? k : s
  }
  return s
}

export function replica(text: string, from: number, to: number, open: number): QuoteCandidate | null {
  let s = from
  let e = to
  while (s < e && isSpaceCharCode(text.charCodeAt(s))) s++
  s = pastStageDirection(text, s, e)
  while (e > s && (isSpaceCharCode(text.charCodeAt(e - 1)) || text.charCodeAt(e - 1) === 0x2c)) e--
  if (e <= s || !hasLetterOrDigit(text, s, Math.min(e, s + 200))) return null
  // A list item ("— повышение налогов;") is not a replica: replicas open with a capital and do not end in ';'.
  // (A high surrogate alone is its own lower case too.)
  // ¿ ¡ open a Spanish replica, a quotation mark one that starts on a name in marks («– «Кривбас» – крок уперед…»):
  // the capital is the letter after them.
  const opener = isOpeningSign(text.charCodeAt(s)) || (text[s] as string) in CLOSERS
  // (A line that is one quotation in marks, `- «Школа - это модель государства»`, is left to the marks.)
  if (opener && wholeInMarks(text, s, e)) return null
  // Nor a list item that gives a speaker and their words in marks (`- Democratic Sen. Chris Coons: "We're going…"`).
  if (labelledQuotation(text, s, e)) return null
  const first = text.charCodeAt(opener && s + 1 < e ? s + 1 : s)
  if ((first >= 0xd800 && first <= 0xdbff) || unitClass(first) & LOWER_STABLE) return null
  if (text.charCodeAt(e - 1) === 0x3b /* ; */) return null
  return {
    open: s === from ? open : from - 1,
    close: to,
    start: s,
    end: e,
    mark: '—',
    nested: false,
    dialogue: true,
    continues: -1,
    unmarked: null,
  }
}

/**
 * text[s, e) is a speaker's label (transcripts.ts `labelColon`: capitalised words, `Democratic Sen. Chris Coons`), a
 * colon and one quotation in marks to the end.
 */
function labelledQuotation(text: string, s: number, e: number): boolean {
  const colon = labelColon(text, { start: s, end: e })
  if (colon < 0) return false
  let k = colon + 1
  while (k < e && isSpaceCharCode(text.charCodeAt(k))) k++
  return k < e && (text[k] as string) in CLOSERS && wholeInMarks(text, k, e)
}

/** text[s, e) is one quotation: the mark at `s` first closes at its end, or before a final . ! ? …. */
function wholeInMarks(text: string, s: number, e: number): boolean {
  const closers = CLOSERS[text[s] as string]
  if (!closers) return false
  let i = s + 1
  while (i < e && !closers.includes(text[i] as string)) i++
  if (i === e) return false
  for (let k = i + 1; k < e; k++) if (!'.!?…'.includes(text[k] as string)) return false
  return true
}

/** A letter or digit among the code points wholly inside `text[from, to)`: `/[\p{L}\p{N}]/u` on that slice, unmade. */
export function hasLetterOrDigit(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; ) {
    const w = widthAt(text, i)
    if (i + w <= to && classAt(text, i) & (LETTER | NUMBER)) return true
    i += w
  }
  return false
}
