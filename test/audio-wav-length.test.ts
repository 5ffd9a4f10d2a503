import { describe, expect, it } from 'vitest'
import { withWavLengths } from '../src/audio/wav-length'
import { decodeWav } from '../tts/test/decode'

/** A mono 16-bit WAV as the TTS Worker streams it: sizes unknown, then `extra` chunks, then `samples` of PCM. */
function streamedWav(samples: number, extra: Uint8Array = new Uint8Array(0)): Uint8Array {
  const bytes = new Uint8Array(36 + extra.length + 8 + samples * 2)
  const v = new DataView(bytes.buffer)
  const put = (s: string, at: number) => bytes.set(new TextEncoder().encode(s), at)
  put('RIFF', 0)
  v.setUint32(4, 0xffffffff, true)
  put('WAVEfmt ', 8)
  v.setUint32(16, 16, true)
  v.setUint16(20, 1, true)
  v.setUint16(22, 1, true)
  v.setUint32(24, 22050, true)
  v.setUint32(28, 44100, true)
  v.setUint16(32, 2, true)
  v.setUint16(34, 16, true)
  bytes.set(extra, 36)
  put('data', 36 + extra.length)
  v.setUint32(40 + extra.length, 0xffffffff, true)
  for (let i = 0; i < samples; i++) v.setInt16(44 + extra.length + i * 2, i - 50, true)
  return bytes
}

const riffSize = (b: Uint8Array) => new DataView(b.buffer, b.byteOffset).getUint32(4, true)

describe('withWavLengths: a WAV sent whole declares its real length', () => {
  it('sets the RIFF and data sizes of a streamed WAV; the samples stay as they were', () => {
    const wav = withWavLengths(streamedWav(100))
    expect(riffSize(wav)).toBe(wav.length - 8)
    const decoded = decodeWav(wav)
    expect(decoded.declaredDataBytes).toBe(200)
    expect([...decoded.samples.slice(0, 3)]).toEqual([-50, -49, -48])
  })

  it('finds the data chunk after other chunks of known size (an odd size is padded)', () => {
    const list = new Uint8Array([0x4c, 0x49, 0x53, 0x54, 3, 0, 0, 0, 1, 2, 3, 0]) // "LIST", 3 bytes + pad
    const wav = withWavLengths(streamedWav(10, list))
    expect(decodeWav(wav).declaredDataBytes).toBe(20)
    expect(riffSize(wav)).toBe(wav.length - 8)
  })

  it('leaves alone what it cannot read safely: not RIFF/WAVE, too short, a chunk of unknown size before data', () => {
    const mp3 = new Uint8Array([0xff, 0xf3, 0x64, 0xc4, 0, 0, 0, 0, 0, 0, 0, 0])
    expect([...withWavLengths(mp3.slice())]).toEqual([...mp3])
    expect([...withWavLengths(new Uint8Array([0x52, 0x49]))]).toEqual([0x52, 0x49])
    const unknown = new Uint8Array([0x4a, 0x55, 0x4e, 0x4b, 0xff, 0xff, 0xff, 0xff])
    const odd = streamedWav(4, unknown)
    expect([...withWavLengths(odd.slice())]).toEqual([...odd])
    const headerOnly = streamedWav(0).slice(0, 40) // cut inside the data chunk's header
    expect([...withWavLengths(headerOnly.slice())]).toEqual([...headerOnly])
  })
})
