import type { Pcm } from '../engine/espeak'

/** Reads the 16-bit mono PCM that espeak-ng writes (RIFF/WAVE; espeak leaves the sizes of a file it wrote whole). */
export function parseWav(bytes: Uint8Array): Pcm {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (ascii(bytes, 0) !== 'RIFF' || ascii(bytes, 8) !== 'WAVE') throw new Error('not a WAV file')
  let sampleRate = 0
  let p = 12
  while (p + 8 <= bytes.length) {
    const id = ascii(bytes, p)
    const size = view.getUint32(p + 4, true)
    const body = p + 8
    if (id === 'fmt ') {
      const channels = view.getUint16(body + 2, true)
      const bits = view.getUint16(body + 14, true)
      if (channels !== 1 || bits !== 16) throw new Error(`unexpected WAV format: ${channels} ch, ${bits} bit`)
      sampleRate = view.getUint32(body + 4, true)
    } else if (id === 'data') {
      // espeak may leave the data size at 0x7ffff000-ish when it streams; trust the bytes that are there.
      const end = Math.min(bytes.length, body + size)
      const count = (end - body) >> 1
      const samples = new Int16Array(count)
      for (let i = 0; i < count; i++) samples[i] = view.getInt16(body + i * 2, true)
      if (!sampleRate) throw new Error('WAV data before fmt')
      return { samples, sampleRate }
    }
    p = body + size + (size & 1)
  }
  throw new Error('WAV without data')
}

/**
 * The 44-byte header of a streamed WAV. The length is unknown when the first bytes leave, so the RIFF and
 * data sizes are 0xFFFFFFFF, the convention of live WAV streams (browsers, ffmpeg and sox read to the end).
 */
export function streamingWavHeader(sampleRate: number): Uint8Array {
  const h = new Uint8Array(44)
  const v = new DataView(h.buffer)
  h.set(enc('RIFF'), 0)
  v.setUint32(4, 0xffffffff, true)
  h.set(enc('WAVEfmt '), 8)
  v.setUint32(16, 16, true) // fmt chunk size
  v.setUint16(20, 1, true) // PCM
  v.setUint16(22, 1, true) // mono
  v.setUint32(24, sampleRate, true)
  v.setUint32(28, sampleRate * 2, true) // byte rate
  v.setUint16(32, 2, true) // block align
  v.setUint16(34, 16, true) // bits per sample
  h.set(enc('data'), 36)
  v.setUint32(40, 0xffffffff, true)
  return h
}

/** Little-endian bytes of 16-bit samples (a copy: the samples may be reused). */
export function pcmBytes(samples: Int16Array): Uint8Array {
  const out = new Uint8Array(samples.length * 2)
  const v = new DataView(out.buffer)
  for (let i = 0; i < samples.length; i++) v.setInt16(i * 2, samples[i] as number, true)
  return out
}

const ascii = (b: Uint8Array, at: number) => String.fromCharCode(...b.subarray(at, at + 4))
const enc = (s: string) => new TextEncoder().encode(s)
