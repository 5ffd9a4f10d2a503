import type { Document } from '../text/document'
import type { Token } from '../text/tokens'

/**
 * A word of the article with what the attribution rules need to know about its surroundings: a token of the
 * document (text/tokens.ts), whose fields say where it stands (`gap`, `paragraph`, `sentence`, `initial`) and
 * carry what this stage learns of it:
 * - `quote`: index of the speech candidate the word lies in, or -1 (outside every quotation);
 * - `titled`: inside a name or title in quotation marks («Газпром»): the reporter's text, never a speaker;
 * - `roleStem`, `countryId`, `modifier`, `kindNoun`: the answers of `roleOf`, `countryOf`, `isModifier` and
 *   `isKindNoun` (speakers/), kept on the word once asked (undefined until then): the mention reader asks them of
 *   one word several times, and a field is cheaper than a memo look-up.
 */
export type Word = Token

/**
 * All words of the document in order: the document's own tokens, with this stage's fields reset (a document may
 * be analysed more than once, with another lexicon). Linear, and allocates nothing per word.
 */
export function buildWords(doc: Document): Word[] {
  const words = doc.words
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word
    w.quote = -1
    w.titled = false
    w.roleStem = undefined
    w.countryId = undefined
    w.modifier = undefined
    w.kindNoun = undefined
  }
  return words
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
