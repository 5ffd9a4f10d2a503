/**
 * Zeroed typed arrays for the analysis under way, cut from one buffer kept from one analysis to the next.
 *
 * A typed array longer than 64 bytes gets memory of its own outside V8's heap, which V8 allocates, registers,
 * and frees after a collection: about 2 µs each in Node 20 (`new Float64Array(200)`), against 0.06 µs for a view
 * of an existing buffer, zero-filled. An analysis makes some twenty of them (per-sentence and per-token numbers
 * of the summary, the speaker model, the quote stage): 5–8% of the time of an article of a few hundred words.
 *
 * analyze() calls `beginScratch()` first: every array handed out before it may be handed out again, so an array from
 * here is valid until the next analysis starts (as a TokenPool's tokens are), and none may be kept past it. Code that
 * runs the stages on its own without `beginScratch()` only ever gets new memory. A request the buffer cannot hold
 * moves to a buffer twice as large, up to MAX_BYTES; past that, a plain new typed array.
 */

const INITIAL_BYTES = 1 << 16
/** The most the kept buffer grows to: a 100k-word article's arrays take 1.9 MB, a 1,000-word one's 55 KB. */
const MAX_BYTES = 1 << 22

let buffer = new ArrayBuffer(INITIAL_BYTES)
let used = 0

/** Every array handed out so far may be handed out again: called once at the start of each analysis. */
export function beginScratch(): void {
  used = 0
}

/** Zeroed Int32Array of `length`, valid until the next beginScratch(). */
export function scratchInt32(length: number): Int32Array {
  const at = reserve(length * 4)
  return at < 0 ? new Int32Array(length) : new Int32Array(buffer, at, length).fill(0)
}

/** Zeroed Float64Array of `length`, valid until the next beginScratch(). */
export function scratchFloat64(length: number): Float64Array {
  const at = reserve(length * 8)
  return at < 0 ? new Float64Array(length) : new Float64Array(buffer, at, length).fill(0)
}

/** Zeroed Uint8Array of `length`, valid until the next beginScratch(). */
export function scratchUint8(length: number): Uint8Array {
  const at = reserve(length)
  return at < 0 ? new Uint8Array(length) : new Uint8Array(buffer, at, length).fill(0)
}

/**
 * The offset of `bytes` reserved in `buffer` (8-aligned, so that any element type fits), or -1 when they are to be
 * new memory. A buffer outgrown is left to the arrays already cut from it.
 */
function reserve(bytes: number): number {
  const at = (used + 7) & ~7
  if (at + bytes <= buffer.byteLength) {
    used = at + bytes
    return at
  }
  let size = buffer.byteLength * 2
  while (size < bytes && size <= MAX_BYTES) size *= 2
  if (size > MAX_BYTES) return -1
  buffer = new ArrayBuffer(size)
  used = bytes
  return 0
}
