/**
 * The distinct words of one text, so that a word met again is the string made the first time, not a new slice of
 * the text: news repeats its words (at 100k words, one word in five is new), and every slice is an object the
 * garbage collector copies while the analysis holds its tokens. A word met again is also a string whose hash V8 has
 * computed already, for every look-up the later stages make with it (forms.ts, terms.ts). An open-addressing table
 * keyed by the word's characters, looked up without making the string. Cleared after each text: a slice of 13
 * characters or more is a view of the text and would keep it alive.
 */
/** Slots kept from one text to the next: room for an article's 2,000 distinct words. */
const KEPT_SLOTS = 1 << 12

export class WordTable {
  /** Per slot: 0 empty, else the word's index + 1. Power-of-two size, at most half full. */
  private slots = new Int32Array(KEPT_SLOTS)
  private readonly words: string[] = []
  /** Each word's lower-case form, once asked for. */
  private readonly lowers: (string | undefined)[] = []

  /** The index of the word text[start, end): the same for each time it is met. */
  index(text: string, start: number, end: number): number {
    const mask = this.slots.length - 1
    for (let s = hashOf(text, start, end) & mask; ; s = (s + 1) & mask) {
      const slot = this.slots[s] as number
      if (slot === 0) return this.add(text, start, end, s)
      if (sameChars(this.words[slot - 1] as string, text, start, end)) return slot - 1
    }
  }

  /** The word of an index, the string made when it was first met. */
  word(i: number): string {
    return this.words[i] as string
  }

  /** The lower-case form of the word of an index, made once. */
  lower(i: number): string {
    let lower = this.lowers[i]
    if (lower === undefined) {
      lower = (this.words[i] as string).toLowerCase()
      this.lowers[i] = lower
    }
    return lower
  }

  /** Forgets every word; the room a long text grew is given back. */
  clear(): void {
    if (this.slots.length > KEPT_SLOTS) this.slots = new Int32Array(KEPT_SLOTS)
    else this.slots.fill(0)
    this.words.length = 0
    this.lowers.length = 0
  }

  private add(text: string, start: number, end: number, slot: number): number {
    const i = this.words.length
    this.words.push(text.slice(start, end))
    this.lowers.push(undefined)
    this.slots[slot] = i + 1
    if (2 * (i + 1) > this.slots.length) this.grow()
    return i
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2)
    const mask = slots.length - 1
    for (let i = 0; i < this.words.length; i++) {
      const w = this.words[i] as string
      let s = hashOf(w, 0, w.length) & mask
      while (slots[s] !== 0) s = (s + 1) & mask
      slots[s] = i + 1
    }
    this.slots = slots
  }
}

/** FNV-1a over the UTF-16 code units of s[start, end). */
function hashOf(s: string, start: number, end: number): number {
  let h = 0x811c9dc5
  for (let i = start; i < end; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193)
  return h
}

function sameChars(w: string, text: string, start: number, end: number): boolean {
  if (w.length !== end - start) return false
  for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) !== text.charCodeAt(start + i)) return false
  return true
}
