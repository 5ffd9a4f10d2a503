import { isSpaceCharCode, isSpacedDashAt } from './marks'

/**
 * An attribution inserted inside one pair of marks: «…, — объясняет юрист. — …» / « …, dit-il, … ». Returns
 * the offsets of the inserted words [from, to), or null. Only a dash-delimited insert whose first word is in
 * lower case qualifies; the caller checks that it starts with a verb of saying. Linear in the quote.
 */
export function findInset(text: string, start: number, end: number): { from: number; to: number } | null {
  for (let i = start + 1; i < end - 2; i++) {
    if (!isSpacedDashAt(text, i)) continue
    const p = prevNonSpace(text, i - 1)
    if (p !== ',' && p !== '.' && p !== '!' && p !== '?' && p !== '…') continue
    const first = text[i + 2]
    if (!first || first === first.toUpperCase()) continue
    // The insert runs to the next ". —" or ", —".
    for (let j = i + 2; j < Math.min(end - 1, i + 120); j++) {
      if (!isSpacedDashAt(text, j)) continue
      const q = prevNonSpace(text, j - 1)
      if (q === ',' || q === '.') return { from: i, to: j + 1 }
      break
    }
  }
  return null
}

function prevNonSpace(text: string, i: number): string | undefined {
  let k = i
  while (k > 0 && isSpaceCharCode(text.charCodeAt(k))) k--
  return text[k]
}
