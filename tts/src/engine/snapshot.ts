/**
 * A copy of wasm linear memory taken once, right after espeak-ng's start-up, so that every synthesis starts
 * from that state. espeak's CLI `main()` cannot simply run twice (getopt's optind and the voice state are
 * globals), and a fresh instance costs 100+ ms; restoring ~4 MB costs about a millisecond.
 *
 * The embedded espeak-ng-data files (~9 MB of dictionaries) are never written, so they are left out: the
 * snapshot keeps everything below them (static data) and above them up to the last non-zero byte (data, bss,
 * stack, heap); above that, memory is zero-filled again on restore.
 */
export interface Region {
  start: number
  end: number
}

export class MemorySnapshot {
  private readonly low: Uint8Array
  private readonly high: Uint8Array

  constructor(
    private readonly memory: WebAssembly.Memory,
    private readonly readOnly: Region,
  ) {
    const bytes = new Uint8Array(memory.buffer)
    const top = lastNonZero(bytes) + 1
    this.low = bytes.slice(0, readOnly.start)
    this.high = bytes.slice(readOnly.end, Math.max(readOnly.end, top))
  }

  get size(): number {
    return this.low.length + this.high.length
  }

  restore(): void {
    const bytes = new Uint8Array(this.memory.buffer)
    bytes.set(this.low, 0)
    bytes.set(this.high, this.readOnly.end)
    bytes.fill(0, this.readOnly.end + this.high.length)
  }
}

function lastNonZero(bytes: Uint8Array): number {
  // Word-wise from the end: the heap tail is megabytes of zeros.
  const words = new Uint32Array(bytes.buffer, 0, bytes.length >>> 2)
  let i = words.length - 1
  while (i >= 0 && words[i] === 0) i--
  return i * 4 + 3
}
