import { createEncoder } from 'wasm-media-encoders'
import { MP3_KBPS } from '../../../src/audio/protocol'
import lameWasm from '../../vendor/mp3.wasm'

export interface Mp3Encoder {
  /** MP3 frames for these samples (may be empty: LAME buffers). The array is a copy, safe to keep. */
  encode(samples: Int16Array): Uint8Array
  finish(): Uint8Array
}

/**
 * One LAME encoder per response. The wasm comes precompiled (wasm-media-encoders accepts a
 * WebAssembly.Module), so no code is generated at run time; instantiating it costs well under a millisecond.
 */
export async function createMp3Encoder(sampleRate: number): Promise<Mp3Encoder> {
  const lame = await createEncoder('audio/mpeg', lameWasm)
  lame.configure({ channels: 1, sampleRate, bitrate: MP3_KBPS })
  return {
    encode(samples) {
      const f = new Float32Array(samples.length)
      for (let i = 0; i < samples.length; i++) f[i] = (samples[i] as number) / 32768
      // The returned view points into LAME's memory and is overwritten by the next call: copy it.
      return lame.encode([f]).slice()
    },
    finish: () => lame.finalize().slice(),
  }
}
