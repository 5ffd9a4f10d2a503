import type { Vocabulary } from '../speakers/vocabulary'
import { endsSentence, isAbbreviation, type Word } from './context'
import type { WordFinder } from './word-finder'

/** A quotation as the attribution rules see it: its words and the reporter's words around it. */
export interface Frame {
  /** Word range inside the quotation. */
  inFrom: number
  inTo: number
  /** Reporter's words after the closing mark, up to the end of the sentence or the next quotation. */
  afterFrom: number
  afterTo: number
  /** Reporter's words before the opening mark, from the start of the sentence or the previous quotation. */
  beforeFrom: number
  beforeTo: number
  /** Punctuation between the closing mark and the first word after; between the last word before and the opener. */
  afterGap: string
  beforeGap: string
  paragraph: number
  /** Nothing but this quotation (and its attribution) starts the paragraph. */
  opensParagraph: boolean
}

const MAX_AFTER = 14
/** How far past the closing mark its line is looked at for the first word after (a dash, spaces, a comma). */
const MAX_MARK_GAP = 8
const MAX_BEFORE = 30

export function buildFrame(
  text: string,
  find: WordFinder,
  v: Vocabulary,
  open: number,
  close: number,
  start: number,
  end: number,
  paragraph: number,
): Frame {
  const { words } = find
  const inFrom = find.atOrAfter(start)
  let inTo = inFrom
  while (inTo < words.length && (words[inTo] as Word).end <= end) inTo++
  // After: from the first word after the closing mark, on the mark's line: that of the quotation's last words (a
  // quotation may run over a line break: scanner.ts), or the line below for a block whose attribution is there
  // (blockquotes.ts).
  const afterFrom = find.atOrAfter(close + 1)
  let afterTo = afterFrom
  const first = words[afterFrom]
  const closing =
    first && first.start - close < MAX_MARK_GAP && !hasLineBreak(text, close, first.start)
      ? first.paragraph
      : inTo > inFrom
        ? (words[inTo - 1] as Word).paragraph
        : paragraph
  const afterGap = first && first.paragraph === closing ? text.slice(close + 1, first.start) : ''
  if (
    first &&
    first.paragraph === closing &&
    !endsSentence(afterGap) &&
    !closedSentence(text, close, first)
  ) {
    afterTo = afterFrom + 1
    while (afterTo < words.length && afterTo - afterFrom < MAX_AFTER) {
      const w = words[afterTo] as Word
      if (w.paragraph !== closing || w.quote >= 0) break
      if (sentenceBreak(words[afterTo - 1] as Word, w, v)) break
      afterTo++
    }
    if ((words[afterFrom] as Word).quote >= 0) afterTo = afterFrom
  }
  // Before: back from the last word before the opening mark.
  const beforeTo = find.atOrAfter(open)
  let beforeFrom = beforeTo
  const last = words[beforeTo - 1]
  const beforeGap = last && last.paragraph === paragraph ? text.slice(last.end, open) : ''
  if (last && last.paragraph === paragraph && last.quote < 0 && !endsSentence(beforeGap)) {
    beforeFrom = beforeTo - 1
    while (beforeFrom > 0 && beforeTo - beforeFrom < MAX_BEFORE) {
      const cur = words[beforeFrom] as Word
      const prev = words[beforeFrom - 1] as Word
      if (prev.paragraph !== paragraph || prev.quote >= 0) break
      if (sentenceBreak(prev, cur, v)) break
      beforeFrom--
    }
  }
  const firstOfParagraph = words[beforeTo - 1]
  const opensParagraph = !firstOfParagraph || firstOfParagraph.paragraph !== paragraph
  return {
    inFrom,
    inTo,
    afterFrom,
    afterTo,
    beforeFrom,
    beforeTo,
    afterGap,
    beforeGap,
    paragraph,
    opensParagraph,
  }
}

/**
 * A quotation that ends its own sentence with a full stop inside the closing mark, followed by a capital
 * ("…opened in 2012." The mayor also said…): the words after it start a new sentence, not an attribution
 * ("…," the mayor said). A question or exclamation mark does not end it so: "Why?" Smith asked.
 */
function closedSentence(text: string, close: number, first: Word): boolean {
  let i = close - 1
  while (i >= 0 && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0xa0)) i--
  return text.charCodeAt(i) === 0x2e && first.capitalized && text.charCodeAt(i - 1) !== 0x2e // not "…" as "..."
}

/**
 * A full stop (or ! ? ; …) between two words ends the reporter's sentence there — unless it follows an abbreviation
 * or an initial (Mr. / J.), or the document model's sentence goes on past it (an ordinal: „am 15. Dezember“; a
 * lexicon's abbreviation: «театру ім. Івана Франка»; a short parenthesis: "(Wr. Neustadt, 1:3)"). Not where no
 * space follows the stop: the model's sentences run on over a stop glued to the next word ("…del torneo
 * regiomontano.DP"), which still ends the reporter's sentence.
 */
function sentenceBreak(prev: Word, cur: Word, v: Vocabulary): boolean {
  if (!endsSentence(cur.gap) || isAbbreviation(prev, v.speech.honorifics)) return false
  if (prev.sentence < 0 || prev.sentence !== cur.sentence) return true
  // A full stop glued to the next word ends a sentence the page ran together («сказал он.Потом»), not a site's name
  // in lower case after it («рассказывает Gazeta.ua Оксана Новикова»), nor «им.» before a namesake («РЭУ
  // им.Н.Плеханова»).
  return (
    !/\s/.test(cur.gap) && !isNumber(prev.text) && cur.capitalized && !v.speech.namesakeWords.has(prev.lower)
  )
}

function isNumber(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i)
    if (c < 0x30 || c > 0x39) return false
  }
  return word.length > 0
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true
  return false
}
