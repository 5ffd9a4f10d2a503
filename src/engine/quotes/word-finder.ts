import { scratchInt32 } from '../text/scratch'
import type { Word } from './context'

/** A table entry of the finder covers 2^BLOCK_BITS characters of the text. */
const BLOCK_BITS = 4

/**
 * The first word that starts at or after a character position, among a document's words (in text order). The
 * quote stage asks it several times per quotation: where its words begin, where the reporter's words after it begin
 * and before it end, which paragraph it opens in. Asked by bisection over all the words, each answer read some 17
 * words scattered over the whole text in a dialogue of 20,000 lines, and took 10–17% of its analysis. The finder
 * keeps, for every 16th character, the first word at or after it, and steps from there along the words: one read
 * of the table and a few of words stored side by side, for a quarter of a byte per character of the text.
 */
export class WordFinder {
  /** firstAtBlock[b]: the index of the first word starting at or after character b × 2^BLOCK_BITS. */
  private readonly firstAtBlock: Int32Array

  constructor(
    readonly words: Word[],
    textLength: number,
  ) {
    const blocks = (textLength >> BLOCK_BITS) + 1
    this.firstAtBlock = scratchInt32(blocks)
    let w = 0
    for (let b = 0; b < blocks; b++) {
      const pos = b << BLOCK_BITS
      while (w < words.length && (words[w] as Word).start < pos) w++
      this.firstAtBlock[b] = w
    }
  }

  /** The index of the first word starting at or after `pos`; the number of words when none does. */
  atOrAfter(pos: number): number {
    const { words } = this
    if (pos <= 0) return 0
    const b = pos >> BLOCK_BITS
    if (b >= this.firstAtBlock.length) return words.length
    let i = this.firstAtBlock[b] as number
    while (i < words.length && (words[i] as Word).start < pos) i++
    return i
  }
}
