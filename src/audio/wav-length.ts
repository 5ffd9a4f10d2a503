/**
 * A WAV whose bytes are all at hand, with the lengths its header declares set to the real ones. The TTS Worker
 * streams WAV with both sizes unknown (0xFFFFFFFF), as live WAV streams do; a file sent whole can say how long it
 * is, so that a player shows its duration and can seek. Anything that is not RIFF/WAVE with a data chunk reached
 * through chunks of known size is returned as it is. The bytes are changed in place.
 */
export function withWavLengths<Bytes extends Uint8Array>(bytes: Bytes): Bytes {
  if (bytes.length < 12 || tag(bytes, 0) !== 'RIFF' || tag(bytes, 8) !== 'WAVE') return bytes
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let at = 12
  while (at + 8 <= bytes.length) {
    if (tag(bytes, at) === 'data') {
      view.setUint32(4, bytes.length - 8, true)
      view.setUint32(at + 4, bytes.length - at - 8, true)
      return bytes
    }
    const size = view.getUint32(at + 4, true)
    if (size === 0xffffffff) return bytes
    at += 8 + size + (size & 1)
  }
  return bytes
}

const tag = (bytes: Uint8Array, at: number) =>
  String.fromCharCode(bytes[at] ?? 0, bytes[at + 1] ?? 0, bytes[at + 2] ?? 0, bytes[at + 3] ?? 0)
