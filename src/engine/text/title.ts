import type { Lexicon } from '../lang/lexicon'

const MAX_TITLE_WORDS = 20
const MAX_PLAIN_TITLE_WORDS = 14
/** A headline in sentence form is much shorter than the lead sentence under it. */
const HEADLINE_TO_LEAD = 0.75

/**
 * Whether the article's first line is its headline (the first line of PolNeAR and WMT articles). A headline is one
 * sentence followed by more text, and either has no final full stop, or is written in Title Case, or reads as
 * headline prose: short, much shorter than the next sentence, no comma, and not opening with a function word
 * ("The decree, or fatwa, was…" is a lead).
 */
export function isTitleLine(line: string, sentenceCount: number, nextWords: number, lex: Lexicon): boolean {
  if (sentenceCount === 2) {
    // «"Ми ніколи не реагуємо на плітки". У МЗС відмовилися коментувати…»: a quotation, then the headline's
    // words about it, with no full stop at the end.
    const quoted = OPENING_QUOTATION.exec(line)
    return (
      quoted !== null && isTitleLine(line.slice(quoted[0].length), 1, nextWords, lex) && !/\.$/.test(line)
    )
  }
  if (sentenceCount !== 1) return false
  const words = line.split(/\s+/).filter(Boolean)
  if (words.length < 2 || words.length > MAX_TITLE_WORDS) return false
  if (/^[—–-]/.test(line)) return false // a dialogue line
  const stripped = line.slice(0, endBeforeClosers(line))
  if (!/[.!?…:;,]$/.test(stripped)) return true
  if (!stripped.endsWith('.')) return false
  if (isTitleCase(words)) return true
  const first = (words[0] ?? '').toLowerCase().replace(/[^\p{L}]/gu, '')
  return (
    words.length <= MAX_PLAIN_TITLE_WORDS &&
    words.length <= nextWords * HEADLINE_TO_LEAD &&
    !line.includes(',') &&
    !lex.stopWords.has(first)
  )
}

/** A quotation that is the line's first sentence, with the full stop after it. */
const OPENING_QUOTATION = /^["«“„][^"«»“”„\n]{2,200}[.!?…]?["»”“]\.?\s+(?=\S)/

const CLOSERS = new Set(['"', "'", '»', '”', '’', ')', ']'])

/**
 * Where the line ends once trailing closing quotes and brackets are dropped. A loop from the end, not
 * `/[…]+$/`: that regex retries from every mark of a long run and is quadratic on it.
 */
function endBeforeClosers(line: string): number {
  let end = line.length
  while (end > 0 && CLOSERS.has(line[end - 1] as string)) end--
  return end
}

/** Most longer words capitalised: "Clinton Hid Past Health Problems From Public". */
function isTitleCase(words: string[]): boolean {
  let long = 0
  let upper = 0
  for (const w of words) {
    const letters = w.replace(/[^\p{L}]/gu, '')
    if (letters.length < 4) continue
    long++
    if (/^\p{Lu}/u.test(letters)) upper++
  }
  return long >= 3 && upper / long >= 0.75
}
