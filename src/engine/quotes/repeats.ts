import type { Cluster } from '../speakers/clusters'
import type { SpeakerModel } from '../speakers/model'
import { attributed, type Item } from './attribution'
import type { Word } from './context'

/** The fewest words a repeated quotation has: "Yes, we did." said twice is two people's as often as one's. */
const MIN_REPEAT_WORDS = 5

/**
 * A quotation printed twice, word for word — a pull quote set apart and again in the body, or a page that repeats
 * its lead — is one person's words: a copy the cascade left without a speaker takes the speaker of an attributed
 * copy (`echo`, as a headline's echo of the body). Two attributed copies with different speakers name no one.
 * Quotations without marks are left alone (their speaker is read only from their own attribution). One key per
 * quotation of MIN_REPEAT_WORDS words or more, made only when some such quotation is unattributed.
 */
export function attributeRepeats(model: SpeakerModel, items: readonly Item[]): void {
  const open = items.filter((it) => !it.result?.cluster && it.unmarked === null && repeatable(it))
  if (open.length === 0) return
  const speakerOf = new Map<string, Cluster | null>()
  for (const it of items) {
    const c = it.result?.cluster
    if (!c || !repeatable(it)) continue
    const key = keyOf(model, it)
    const known = speakerOf.get(key)
    speakerOf.set(key, known === undefined || known === c ? c : null)
  }
  for (const it of open) {
    const c = speakerOf.get(keyOf(model, it))
    if (c) it.result = attributed(c, null, 'echo', 0.6, false)
  }
}

function repeatable(it: Item): boolean {
  return it.frame.inTo - it.frame.inFrom >= MIN_REPEAT_WORDS
}

/** The quotation's words in lower case, one space apart: the same words however the copies are punctuated. */
function keyOf(model: SpeakerModel, it: Item): string {
  let key = ''
  for (let i = it.frame.inFrom; i < it.frame.inTo; i++) key += `${(model.words[i] as Word).lower} `
  return key
}
