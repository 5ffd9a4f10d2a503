/**
 * Splits text into chunks of whole sentences, each at most `max` characters, for one synthesis call each:
 * espeak's memory is a fixed 32 MiB, and small chunks let the response start streaming early.
 * A sentence longer than `max` is cut at the last space before the limit (or hard, if there is none).
 */
export function chunkText(text: string, locale: string, max = 600): string[] {
  const chunks: string[] = []
  let current = ''
  const segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' })
  for (const { segment } of segmenter.segment(endLines(text))) {
    for (const piece of splitLong(segment, max)) {
      if (current && current.length + piece.length > max) {
        pushChunk(chunks, current)
        current = ''
      }
      current += piece
    }
  }
  pushChunk(chunks, current)
  return chunks
}

function pushChunk(chunks: string[], text: string): void {
  const t = text.trim()
  // A chunk with no letter or digit is silence: espeak would read nothing, or read punctuation names.
  if (/[\p{L}\p{N}]/u.test(t)) chunks.push(t)
}

function splitLong(sentence: string, max: number): string[] {
  const out: string[] = []
  let rest = sentence
  while (rest.length > max) {
    let cut = rest.lastIndexOf(' ', max)
    if (cut < max / 2) cut = max
    out.push(rest.slice(0, cut))
    rest = rest.slice(cut)
  }
  out.push(rest)
  return out
}

/**
 * A line that ends without punctuation is a heading or a list item: it gets a full stop, so espeak ends it with
 * a falling tone and a pause instead of running it into the next line.
 */
export function endLines(text: string): string {
  return text.replace(/([^\s.!?…:;,])[ \t]*\n\s*/gu, '$1.\n')
}
