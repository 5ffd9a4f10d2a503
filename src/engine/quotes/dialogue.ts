import { classAt, LETTER, LOWER_STABLE, NUMBER, unitClass, widthAt } from '../text/chars'
import { isDashCharCode, isSpaceCharCode, isSpacedDashAt } from './marks'
import type { QuoteCandidate } from './scanner'

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
  if (!isDashCharCode(text.charCodeAt(start)) || !isSpaceCharCode(text.charCodeAt(start + 1))) return out
  let segStart = start + 1
  let speech = true
  for (let i = start + 2; i <= end; i++) {
    const boundary = i === end || (isSpacedDashAt(text, i) && afterStop(text, i - 1))
    if (!boundary) continue
    if (speech) {
      const c = replica(text, segStart, i, start)
      if (c) out.push(c)
    }
    speech = !speech
    // A replica after the author's words starts after this dash.
    segStart = i + 1
  }
  return out
}

/** Whether the dash at i follows `,` `.` `!` `?` `…` (then spaces): a turn between replica and author. */
function afterStop(text: string, i: number): boolean {
  let j = i
  while (j > 0 && isSpaceCharCode(text.charCodeAt(j))) j--
  const c = text.charCodeAt(j)
  return c === 0x2c || c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026 // , . ! ? …
}

function replica(text: string, from: number, to: number, open: number): QuoteCandidate | null {
  let s = from
  let e = to
  while (s < e && isSpaceCharCode(text.charCodeAt(s))) s++
  while (e > s && (isSpaceCharCode(text.charCodeAt(e - 1)) || text.charCodeAt(e - 1) === 0x2c)) e--
  if (e <= s || !hasLetterOrDigit(text, s, Math.min(e, s + 200))) return null
  // A list item ("— повышение налогов;") is not a replica: replicas open with a capital and do not end in ';'.
  // (A high surrogate alone is its own lower case too.)
  const first = text.charCodeAt(s)
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
  }
}

/** A letter or digit among the code points wholly inside `text[from, to)`: `/[\p{L}\p{N}]/u` on that slice, unmade. */
function hasLetterOrDigit(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; ) {
    const w = widthAt(text, i)
    if (i + w <= to && classAt(text, i) & (LETTER | NUMBER)) return true
    i += w
  }
  return false
}
