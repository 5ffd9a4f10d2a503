// Decoders the audio tests use to look inside what comes back: WAV to samples, MP3 to frames and side info,
// loudness and pitch. Written for the formats quotecast produces (16-bit mono WAV; MPEG Layer III).

export interface Wav {
  sampleRate: number
  channels: number
  bits: number
  samples: Int16Array
  /** The declared data size: 0xFFFFFFFF for a streamed WAV of unknown length. */
  declaredDataBytes: number
}

export function decodeWav(bytes: Uint8Array): Wav {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const tag = (at: number) => String.fromCharCode(...bytes.subarray(at, at + 4))
  if (tag(0) !== 'RIFF' || tag(8) !== 'WAVE') throw new Error('not RIFF/WAVE')
  let p = 12
  let fmt: Omit<Wav, 'samples' | 'declaredDataBytes'> | null = null
  while (p + 8 <= bytes.length) {
    const id = tag(p)
    const size = v.getUint32(p + 4, true)
    if (id === 'fmt ') {
      if (v.getUint16(p + 8, true) !== 1) throw new Error('not PCM')
      fmt = {
        channels: v.getUint16(p + 10, true),
        sampleRate: v.getUint32(p + 12, true),
        bits: v.getUint16(p + 22, true),
      }
    } else if (id === 'data') {
      if (!fmt) throw new Error('data before fmt')
      const end = Math.min(bytes.length, p + 8 + size)
      const count = (end - p - 8) >> 1
      const samples = new Int16Array(count)
      for (let i = 0; i < count; i++) samples[i] = v.getInt16(p + 8 + i * 2, true)
      return { ...fmt, samples, declaredDataBytes: size }
    }
    p += 8 + size + (size & 1)
  }
  throw new Error('no data chunk')
}

export interface Mp3Info {
  frames: number
  sampleRate: number
  bitrateKbps: number
  durationSeconds: number
  /** Frames whose granules carry spectral data (part2_3_length > 0): a silent frame carries none. */
  audibleFrames: number
  /** Bytes not covered by frames (junk between or after frames). */
  strayBytes: number
  /** The last frame is cut off. */
  truncated: boolean
}

const BITRATES: Record<string, number[]> = {
  // MPEG-1 Layer III; MPEG-2/2.5 Layer III (LSF)
  '1': [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320],
  '2': [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
}
const RATES: Record<number, number[]> = {
  3: [44100, 48000, 32000],
  2: [22050, 24000, 16000],
  0: [11025, 12000, 8000],
}

/** Walks MPEG Layer III frames from the first byte (after an optional ID3v2 tag) to the last. */
export function decodeMp3(bytes: Uint8Array): Mp3Info {
  let p = 0
  if (bytes[0] === 0x49 && bytes[1] === 0x44 && bytes[2] === 0x33) {
    p =
      10 +
      (((bytes[6] as number) << 21) |
        ((bytes[7] as number) << 14) |
        ((bytes[8] as number) << 7) |
        (bytes[9] as number))
  }
  let frames = 0
  let samples = 0
  let audible = 0
  let stray = 0
  let sampleRate = 0
  let bitrate = 0
  while (p + 4 <= bytes.length) {
    const b1 = bytes[p + 1] as number
    const b2 = bytes[p + 2] as number
    const b3 = bytes[p + 3] as number
    if (bytes[p] !== 0xff || (b1 & 0xe0) !== 0xe0 || ((b1 >> 1) & 3) !== 1) {
      stray++
      p++
      continue
    }
    const version = (b1 >> 3) & 3 // 3: MPEG-1, 2: MPEG-2, 0: MPEG-2.5
    const lsf = version !== 3
    const kbps = (BITRATES[lsf ? '2' : '1'] as number[])[b2 >> 4] ?? 0
    const rate = RATES[version]?.[(b2 >> 2) & 3] ?? 0
    if (!kbps || !rate) {
      stray++
      p++
      continue
    }
    const padding = (b2 >> 1) & 1
    const mono = b3 >> 6 === 3
    const length = Math.floor(((lsf ? 72 : 144) * kbps * 1000) / rate) + padding
    const crc = (b1 & 1) === 0 ? 2 : 0
    if (granuleBits(bytes, p + 4 + crc, lsf, mono) > 0) audible++
    frames++
    samples += lsf ? 576 : 1152
    sampleRate = rate
    bitrate = kbps
    p += length
  }
  return {
    frames,
    sampleRate,
    bitrateKbps: bitrate,
    durationSeconds: sampleRate ? samples / sampleRate : 0,
    audibleFrames: audible,
    strayBytes: stray,
    truncated: p > bytes.length,
  }
}

/** part2_3_length of the first granule/channel: the bits of scale factors and Huffman data. */
function granuleBits(bytes: Uint8Array, at: number, lsf: boolean, mono: boolean): number {
  const r = new BitReader(bytes, at)
  r.read(lsf ? 8 : 9) // main_data_begin
  r.read(lsf ? (mono ? 1 : 2) : mono ? 5 : 3) // private bits
  if (!lsf) r.read(mono ? 4 : 8) // scfsi
  return r.read(12)
}

class BitReader {
  private bit = 0
  constructor(
    private readonly bytes: Uint8Array,
    private readonly at: number,
  ) {}
  read(n: number): number {
    let v = 0
    for (let i = 0; i < n; i++) {
      const byte = this.bytes[this.at + (this.bit >> 3)] ?? 0
      v = (v << 1) | ((byte >> (7 - (this.bit & 7))) & 1)
      this.bit++
    }
    return v
  }
}

export function rms(samples: Int16Array, from = 0, to = samples.length): number {
  let sum = 0
  for (let i = from; i < to; i++) sum += ((samples[i] as number) / 32768) ** 2
  return to > from ? Math.sqrt(sum / (to - from)) : 0
}

/**
 * Median fundamental frequency of the voiced, loud frames of [from, to): autocorrelation over 40 ms frames,
 * 60–450 Hz. Enough to tell espeak's voices apart, which differ by 15 % or more.
 */
export function medianF0(samples: Int16Array, sampleRate: number, from = 0, to = samples.length): number {
  const n = Math.round(0.04 * sampleRate)
  const hop = Math.round(0.01 * sampleRate)
  const level = rms(samples, from, to) * 0.8
  const minLag = Math.floor(sampleRate / 450)
  const maxLag = Math.ceil(sampleRate / 60)
  const found: number[] = []
  const frame = new Float64Array(n)
  for (let i = from; i + n <= to; i += hop) {
    let mean = 0
    for (let k = 0; k < n; k++) mean += (samples[i + k] as number) / 32768
    mean /= n
    let energy = 0
    for (let k = 0; k < n; k++) {
      const x = (samples[i + k] as number) / 32768 - mean
      frame[k] = x
      energy += x * x
    }
    if (Math.sqrt(energy / n) < level) continue
    let best = 0
    let bestLag = 0
    for (let lag = minLag; lag <= maxLag; lag++) {
      let ac = 0
      for (let k = 0; k + lag < n; k++) ac += (frame[k] as number) * (frame[k + lag] as number)
      if (ac > best) {
        best = ac
        bestLag = lag
      }
    }
    if (bestLag && best / energy > 0.5) found.push(sampleRate / bestLag)
  }
  found.sort((a, b) => a - b)
  return found.length ? (found[found.length >> 1] as number) : 0
}

export async function bytesOf(res: Response): Promise<Uint8Array> {
  return new Uint8Array(await res.arrayBuffer())
}
