/**
 * A copy of `s` that shares no memory with the text it was cut from. V8 keeps a slice of 13 characters or more as
 * a view into its parent string, so a word used as the key of a memo that outlives the request (the lexicon's
 * word tables live as long as the isolate) would keep its whole article in memory. Concatenating a character and
 * slicing it off again makes V8 flatten the word into a string of its own. Shorter strings are copies already.
 */
export function detach(s: string): string {
  return s.length < 13 ? s : `${s} `.slice(0, -1)
}
