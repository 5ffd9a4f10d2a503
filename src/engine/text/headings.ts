const MAX_HEADING_WORDS = 14
// Headings end without sentence punctuation; a closing quote or bracket alone does not make a sentence.
const SENTENCE_END = /[.!?…:;,»"”“)\]]$/u

/** Whether one line reads as a section heading (not as a sentence of the body). */
export function isHeadingLine(line: string): boolean {
  const trimmed = line.trim()
  if (!trimmed || SENTENCE_END.test(trimmed)) return false
  const first = trimmed[0] ?? ''
  if (first === first.toLowerCase()) return false // headings start with a capital (or a digit, rejected here too)
  if (/^[—–-]/.test(trimmed)) return false // a dialogue line
  const words = trimmed.split(/\s+/).length
  return words >= 1 && words <= MAX_HEADING_WORDS
}
