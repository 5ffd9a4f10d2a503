import { beginArticle, type Form, formOfLexeme } from '../speakers/forms'
import type { Vocabulary } from '../speakers/vocabulary'
import { isDigit } from '../speakers/word-facts'
import type { Document, Sentence } from '../text/document'
import type { Token } from '../text/tokens'

/**
 * A word of the article with what the attribution rules need to know about its surroundings: a token of the
 * document (text/tokens.ts), whose fields say where it stands (`gap`, `paragraph`, `sentence`, `initial`) and
 * carry what this stage learns of it:
 * - `quote`: index of the speech candidate the word lies in, or -1 (outside every quotation);
 * - `titled`: inside a name or title in quotation marks («Газпром»): the reporter's text, never a speaker;
 * - `form`: what the lexicon says of the word's lower-case form (speakers/forms.ts), shared by every word
 *   written so: the mention reader asks a dozen questions of each word, and a bit test is cheaper than a look-up;
 * - `modifier`: whether the word can qualify a role from the left (speakers/mentions.ts `isModifier`), once asked.
 */
export type Word = Token & { form: Form }

/**
 * All words of the document in order: the sentences' own tokens (buildDocument has filled in where each stands),
 * with this stage's fields set afresh (a document may be analysed more than once, with another lexicon). Linear;
 * one look-up and no allocation per word once the forms are known. The list is made here, after the document is
 * built, rather than while tokens are made: V8 pays far more for storing a newly made object in a very large
 * array than an older one, and by now most tokens have left the young generation.
 */
export function buildWords(doc: Document, v: Vocabulary): Word[] {
  beginArticle(v)
  const sentences = doc.sentences
  let count = 0
  // (Indexed rather than for…of: code run once per analysis is often not yet optimised, and there each for…of step
  // makes an object.)
  for (let si = 0; si < sentences.length; si++) count += (sentences[si] as Sentence).tokens.length
  // Made at its final size: at 100k words, growing the list by push cost more than the rest of this loop.
  const words = new Array<Word>(count)
  let i = 0
  for (let si = 0; si < sentences.length; si++) {
    const tokens = (sentences[si] as Sentence).tokens
    for (let ti = 0; ti < tokens.length; ti++) {
      const t = tokens[ti] as Token
      t.quote = -1
      t.titled = false
      t.form = formOfLexeme(v, t.lexeme)
      t.modifier = undefined
      words[i++] = t as Word
    }
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
  // (A lone digit is the end of a number or a score, «— 2:0.», not an initial.)
  return (w.text.length === 1 && !isDigit(w.text.charCodeAt(0))) || honorifics.has(w.lower)
}
